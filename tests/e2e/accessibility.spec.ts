import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures";
import { MATRIX_SEED_FILE, type MatrixSeed } from "./permission-matrix/data";

/**
 * An automated accessibility check (axe, WCAG 2.1 A and AA) of every main page, for every kind of user,
 * at desktop and phone widths. A page fails on any "serious" or "critical" violation; the failure names
 * the page, the rule, its help text and the elements to fix.
 *
 * Read only: demo entities are opened and looked at, never changed (other specs own them and run in parallel).
 */

const ROLE = "Backend Engineer, Payments";
const DEFAULT_FRAMEWORK = "Levelset Senior/Staff framework";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** A small Markdown checklist to paste into the import page, so its preview is checked too. */
const CHECKLIST = [
  "# Small checklist",
  "",
  "## System design",
  "",
  "- [ ] Writes a design doc",
  "- [ ] Plans for failure",
  "",
  "## Collaboration",
  "",
  "- Reviews code kindly",
  "",
].join("\n");

/** Runs axe on the page as it is now and records (softly) every serious or critical violation under the page's name. */
async function checkPage(page: Page, name: string) {
  await test.step(`axe: ${name}`, async () => {
    // The page's own heading is on screen (the route has rendered), and its client code has loaded.
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState("load");
    // Exactly one main landmark: the 403 and 404 pages must not nest a second <main> inside the signed-in shell's.
    expect.soft(await page.locator("main").count(), `${name} (${page.url()}) should have exactly one <main>`).toBe(1);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const lines = serious.map(
      (v) => `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n    on: ${v.nodes.map((n) => n.target.join(" ")).join("\n        ")}`,
    );
    expect.soft(lines, `${name} (${page.url()}) has serious or critical accessibility violations:\n${lines.join("\n")}`).toEqual([]);
  });
}

/** Opens the page a link points to (found by its accessible name inside `scope`), as a person following it would; returns its path. */
async function follow(page: Page, scope: ReturnType<Page["locator"]> | Page, name: string | RegExp) {
  const link = scope.getByRole("link", { name, exact: typeof name === "string" ? true : undefined }).first();
  const href = await link.getAttribute("href");
  if (!href) throw new Error(`No link named ${String(name)}`);
  await page.goto(href);
  return href;
}

function definePageChecks(width: "desktop" | "phone") {
  const isPhone = width === "phone";

  test("signed out: the sign-in page, empty and with field errors", async ({ page }) => {
    await page.goto("/sign-in");
    await checkPage(page, "sign-in");
    // The form's own error message is part of the page too.
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await checkPage(page, "sign-in with field errors");
    // An unsubscribe link from a notification opens without signing in (a valid one the e2e seed signed; opening it changes nothing).
    const seed = JSON.parse(fs.readFileSync(path.join(process.env.E2E_AUTH_DIR ?? "", MATRIX_SEED_FILE), "utf8")) as MatrixSeed;
    await page.goto(`/unsubscribe/${encodeURIComponent(seed.unsubscribeToken)}`);
    await checkPage(page, "unsubscribe page");
    // Joining and recovering, signed out: the seed's open links (opening a page uses nothing up), a dead link, the reset request.
    await page.goto(`/join/${seed.invitationToken}`);
    await checkPage(page, "join page");
    await page.goto(`/reset-password/${seed.resetToken}`);
    await checkPage(page, "reset password page");
    await page.goto(`/join/${"A".repeat(43)}`);
    await checkPage(page, "join page, a dead link");
    await page.goto("/forgot-password");
    await checkPage(page, "forgot password page");
  });

  // The recruiter sees the most pages: three journeys, so each has a budget of its own and they run in parallel.
  test("recruiter: home, frameworks, a framework, the import page and its preview", async ({ page }) => {
    await signInAs(page, "recruiter");
    await checkPage(page, "recruiter home");

    await page.goto("/frameworks");
    await checkPage(page, "frameworks");
    await follow(page, page.getByRole("table"), new RegExp(`^${DEFAULT_FRAMEWORK}`));
    await checkPage(page, "framework viewer (published default framework)");

    await page.goto("/frameworks/import");
    await checkPage(page, "framework import");
    await page.getByText("Or paste the text").click();
    await page.getByLabel("Paste the ladder document").fill(CHECKLIST);
    await page.getByRole("button", { name: "Preview pasted text" }).click();
    await expect(page.getByTestId("checklist-preview")).toBeVisible();
    await checkPage(page, "framework import with a checklist preview");
  });

  test("recruiter: roles, a role's pipeline and each of its tabs", async ({ page }) => {
    await signInAs(page, "recruiter");
    await page.goto("/roles");
    await checkPage(page, "roles");
    const rolePath = await follow(page, page.locator("main"), ROLE);
    await checkPage(page, "role pipeline");
    // The close confirmation, opened and left without closing anything.
    const status = page.getByRole("region", { name: "Role status" });
    await status.getByRole("button", { name: /Close role/ }).click();
    await expect(status.getByRole("form", { name: `Close ${ROLE}` })).toBeVisible();
    await checkPage(page, "role pipeline, close confirmation open");
    await status.getByRole("button", { name: "Keep it open" }).click();
    for (const [tab, path] of [
      ["settings", "/settings"],
      ["plan", "/plan"],
      ["team", "/team"],
      ["analytics", "/analytics"],
    ] as const) {
      await page.goto(`${rolePath}${path}`);
      await checkPage(page, `role ${tab}`);
    }
  });

  test("recruiter: applications, a new candidate, a new role, a debrief", async ({ page }) => {
    await signInAs(page, "recruiter");
    await page.goto("/roles");
    const rolePath = await follow(page, page.locator("main"), ROLE);
    const faridPath = await follow(page, page.getByTestId("pipeline-table"), "Farid Rahimi");
    await checkPage(page, "application without interviews (Farid Rahimi)");
    await page.goto(`${faridPath}/edit`);
    await checkPage(page, "edit candidate (Farid Rahimi)");
    await page.goto(rolePath);
    await follow(page, page.getByTestId("pipeline-table"), "Elena Rossi");
    await checkPage(page, "application with scheduled interviews (Elena Rossi)");
    await page.goto(`${rolePath}/candidates/new`);
    await checkPage(page, "new candidate");
    await page.goto("/roles/new");
    await checkPage(page, "new role");

    await page.goto(`${rolePath}/analytics`);
    await follow(page, page.getByRole("region", { name: "Applications", exact: true }), "Alice Chen");
    await checkPage(page, "debrief, read by a recruiter (Alice Chen)");
  });

  test("hiring manager: home, my interviews, a debrief with its decision form", async ({ page }) => {
    await signInAs(page, "hiringManager");
    await checkPage(page, "hiring manager home");
    await page.goto("/interviews");
    await checkPage(page, "hiring manager's interviews");
    await page.goto("/");
    await follow(page, page.getByRole("region", { name: "Debriefs I own" }), "Alice Chen");
    await expect(page.getByRole("button", { name: "Record decision" })).toBeVisible();
    await checkPage(page, "debrief with the decision form (Alice Chen)");
  });

  test("interviewer: home, my interviews, an interview kit, the 403 and 404 pages", async ({ page }) => {
    await signInAs(page, "interviewer");
    await checkPage(page, "interviewer home");
    await page.goto("/interviews");
    await checkPage(page, "interviewer's interviews");
    await follow(page, page.locator("main"), /Grace Kim/);
    await checkPage(page, "interview kit (Priya, Grace Kim)");
    if (isPhone) {
      await page.getByRole("tab", { name: "Scorecard" }).click();
      await checkPage(page, "interview kit, scorecard tab (Priya, Grace Kim)");
    }

    await page.goto("/profile");
    await checkPage(page, "profile with notification settings");

    const forbidden = await page.goto("/people");
    expect(forbidden?.status()).toBe(403);
    await checkPage(page, "403");
    const missing = await page.goto("/no-such-page");
    expect(missing?.status()).toBe(404);
    await checkPage(page, "404 (unknown URL)");
    const missingInterview = await page.goto("/interviews/00000000-0000-0000-0000-000000000000");
    expect(missingInterview?.status()).toBe(404);
    await checkPage(page, "404 (unknown interview)");
  });

  test("interviewer with a draft: the interview kit and its scorecard draft", async ({ page }) => {
    await signInAs(page, "lee");
    await page.goto("/interviews");
    await follow(page, page.locator("main"), /Elena Rossi/);
    await checkPage(page, "interview kit with a draft (Lee, Elena Rossi)");
    if (isPhone) {
      await page.getByRole("tab", { name: "Scorecard" }).click();
      await checkPage(page, "interview kit, scorecard tab with a draft (Lee, Elena Rossi)");
    }
  });

  test("admin: home, people, a new person, the audit log, the outbox", async ({ page }) => {
    await signInAs(page, "admin");
    await checkPage(page, "admin home");
    await page.goto("/people");
    await checkPage(page, "people");
    await page.goto("/people/new");
    await checkPage(page, "new person");
    // A person's page and their deactivation page with its hand-over list (opened, never submitted).
    await page.goto("/people");
    await follow(page, page, "Edit Priya Nair");
    await checkPage(page, "person (Priya Nair)");
    await follow(page, page, /^Deactivate/);
    await expect(page.getByRole("heading", { name: "Deactivate Priya Nair" })).toBeVisible();
    await checkPage(page, "deactivate a person (Priya Nair)");
    await page.goto("/audit");
    await checkPage(page, "audit log");
    await page.goto("/outbox");
    await checkPage(page, "outbox");
    // A message's text opens from its subject, by keyboard too.
    await page.getByTestId("outbox-message").first().locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("outbox-message").first().locator("pre")).toBeVisible();
    await checkPage(page, "outbox with a message open");
  });
}

test.describe("accessibility at desktop width", () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  definePageChecks("desktop");
});

test.describe("accessibility at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  definePageChecks("phone");
});

/** Every box matched by `locator` lies inside the 390 px viewport. */
async function expectInsidePhone(locator: ReturnType<Page["locator"]>, what: string) {
  for (const box of await locator.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.left, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.right, `${what} ends on screen`).toBeLessThanOrEqual(390);
  }
}

test.describe("phone layout", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("admin: the main nav is a menu, wide tables show a scroll cue, role tabs fit (read only)", async ({ page }, testInfo) => {
    await signInAs(page, "admin");
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = nav.getByRole("button", { name: "Menu" });
    // The row of links ran off-screen at this width; a menu holds them instead.
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "Audit log" })).toBeHidden();
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link", { name: "Audit log" })).toBeVisible();
    await expectInsidePhone(nav.getByRole("link"), "a main nav link");
    await checkPage(page, "admin home, phone menu open");
    await page.screenshot({ path: testInfo.outputPath("phone-nav-menu.png") });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await page.keyboard.press("Enter");
    await nav.getByRole("link", { name: "People" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "People", includeHidden: true })).toHaveAttribute("aria-current", "page");

    // People, Audit and Roles tables scroll sideways inside the page, with a shadow at the edge that has more.
    for (const path of ["/people", "/audit", "/roles"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      const region = page.locator("main .scroll-cue").first();
      const look = await region.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        attachment: getComputedStyle(el).backgroundAttachment,
        image: getComputedStyle(el).backgroundImage,
      }));
      expect(look.scroll, `${path}: the table is wider than the phone`).toBeGreaterThan(look.client);
      expect(look.attachment, `${path}: the cue's covers scroll with the table`).toContain("local");
      expect(look.image, `${path}: the cue has its edge shadows`).toContain("radial-gradient");
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path}: the page itself does not scroll sideways`,
      ).toBeLessThanOrEqual(390);
      await page.screenshot({ path: testInfo.outputPath(`phone${path.replace("/", "-")}.png`) });
    }

    // A role's tabs wrap instead of running off-screen.
    await follow(page, page.locator("main"), ROLE);
    const tabs = page.getByRole("navigation", { name: "Role sections" }).getByRole("link");
    await expect(tabs).toHaveCount(5);
    await expectInsidePhone(tabs, "a role tab");
    await checkPage(page, "role pipeline, phone");
    await page.screenshot({ path: testInfo.outputPath("phone-role-tabs.png") });
  });
});
