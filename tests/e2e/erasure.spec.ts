import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { newSignedInPage, signInAs } from "./fixtures";

/**
 * The erasure journey: a recruiter erases Erin Vale (an e2e-only candidate, scripts/e2e-server.ts), a wrong
 * name is refused and kept, a replay of the action by an interviewer or hiring manager is refused, and
 * afterwards the pipeline, the debrief and the audit log show "Erased candidate" and nothing of her.
 * Then the admin's retention dry run (Rhea Old decided 13 months ago, Tomas Recent 1 month ago).
 */

const ROLE = "Backend Engineer, Payments";
const NAME = "Erin Vale";
const EVIDENCE = "ledger reconciler";

async function rolePath(page: Page, title: string): Promise<string> {
  await page.goto("/roles");
  const href = await page.getByRole("link", { name: title, exact: true }).first().getAttribute("href");
  expect(href).toMatch(/^\/roles\/[\w-]+$/);
  return href as string;
}

test("a recruiter erases a candidate by typing her name; nothing of her is left on the pipeline, debrief or audit log", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await signInAs(page, "recruiter");
  const pipeline = await rolePath(page, ROLE);
  await page.goto(pipeline);
  await page.getByRole("link", { name: NAME, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NAME);
  const applicationPath = new URL(page.url()).pathname;

  // The danger zone says what goes and what stays.
  const zone = page.getByRole("region", { name: "Erase candidate" });
  await expect(zone).toContainText("This cannot be undone");
  await expect(zone).toContainText("Ratings, scopes and decisions stay as anonymous numbers");
  await zone.getByRole("button", { name: "Erase candidate…" }).click();
  const dialog = page.getByRole("dialog", { name: `Erase ${NAME}?` });
  await expect(dialog).toBeVisible();
  const field = dialog.getByLabel("Type the candidate's name to confirm");
  await expect(field).toBeFocused();

  // A wrong name is refused on the server, with the text kept as typed. The request is kept for the replay below.
  await field.fill("Erin Val");
  const requestPromise = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await dialog.getByRole("button", { name: "Erase permanently" }).click();
  const request = await requestPromise;
  await expect(dialog.getByText("The name you typed does not match the candidate's name.").first()).toBeVisible();
  await expect(field).toHaveValue("Erin Val");
  await expect(field).toHaveAttribute("aria-invalid", "true");

  // The same action replayed with the right name by an interviewer and by a hiring manager is refused.
  const body = (request.postData() ?? "").replace('"confirmName":"Erin Val"', `"confirmName":"${NAME}"`);
  expect(body).toContain(`"confirmName":"${NAME}"`);
  const headers = {
    "next-action": request.headers()["next-action"] ?? "",
    "content-type": request.headers()["content-type"] ?? "text/plain;charset=UTF-8",
    accept: "text/x-component",
  };
  for (const who of ["interviewer", "hiringManager"] as const) {
    const other = await newSignedInPage(browser, who, { baseURL });
    const response = await other.request.post(applicationPath, { headers, data: body });
    expect(await response.text()).toMatch(/"code":"forbidden"/);
    await other.context().close();
  }

  // The right name erases (so the replays erased nothing: a second erasure would be refused).
  await field.fill(NAME);
  await dialog.getByRole("button", { name: "Erase permanently" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Erased candidate");
  await expect(page.getByTestId("candidate-erased")).toContainText("were removed from every role");
  const main = page.getByRole("main");
  await expect(main).not.toContainText("Erin");
  await expect(main).not.toContainText("erin.vale@example.com");
  await expect(page.getByRole("region", { name: "Erase candidate" })).toHaveCount(0);

  // The pipeline lists the application as an erased candidate, and a search finds no Erin.
  await page.goto(pipeline);
  await expect(page.getByRole("link", { name: "Erased candidate" }).first()).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(NAME);
  await page.getByLabel("Search candidates by name or email").fill("Erin");
  await page.getByLabel("Search candidates by name or email").press("Enter");
  await expect(page).toHaveURL(/q=Erin/);
  await expect(page.getByRole("link", { name: "Erased candidate" })).toHaveCount(0);

  // The debrief keeps the ratings, without the name or the written evidence.
  await page.goto(`${applicationPath}/debrief`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Debrief: Erased candidate");
  await expect(page.getByRole("main")).not.toContainText(EVIDENCE);
  await expect(page.getByRole("main")).not.toContainText("Erin");
  await expect(page.getByRole("table").first()).toContainText("2");

  // The audit log records the erasure by Rita, without the name; searching for her finds nothing.
  const admin = await newSignedInPage(browser, "admin", { baseURL });
  await admin.goto("/audit?action=candidate.erased");
  const row = admin.getByRole("row", { name: /Erased a candidate/ }).filter({ hasText: "Rita Recruiter" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Candidate erased");
  await expect(admin.getByRole("main")).not.toContainText("Erin");
  await admin.goto("/audit?q=Erin");
  await expect(admin.getByText("No events match these filters.")).toBeVisible();
  await admin.goto(`/audit?q=${encodeURIComponent(EVIDENCE)}`);
  await expect(admin.getByText("No events match these filters.")).toBeVisible();
  await admin.context().close();
});

test("the admin's retention setting is off by default; its dry run lists exactly who is past the period, and runs it", async ({ page }) => {
  test.slow();
  await signInAs(page, "admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Retention" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Retention" })).toBeVisible();
  const dryRun = page.getByRole("region", { name: "Would be erased now" });
  await expect(dryRun).toContainText("Automatic erasure is off");
  const enabled = page.getByLabel("Erase candidates automatically");
  await expect(enabled).not.toBeChecked();

  // A bad number is refused with the value kept.
  await enabled.check();
  const months = page.getByLabel("Months after their final decision");
  await months.fill("twelve");
  await page.getByRole("button", { name: "Save setting" }).click();
  await expect(page.getByText("Enter a whole number of months from 1 to 120.")).toBeVisible();
  await expect(months).toHaveValue("twelve");
  await expect(months).toHaveAttribute("aria-invalid", "true");

  await months.fill("12");
  await page.getByRole("button", { name: "Save setting" }).click();
  await expect(page.getByTestId("retention-saved")).toHaveText("Saved: candidates are erased 12 months after their final decision.");

  // Rhea was decided 13 months ago: due. Tomas, 1 month ago, and everyone with an open application: not.
  const due = dryRun.getByRole("region", { name: "Candidates due for erasure" });
  await expect(due.getByRole("row")).toHaveCount(2);
  await expect(due.getByRole("row", { name: /Rhea Old/ })).toContainText("Staff Platform Engineer");
  await expect(dryRun).not.toContainText("Tomas Recent");

  await dryRun.getByRole("button", { name: "Erase this candidate now" }).click();
  await expect(page.getByTestId("retention-run")).toHaveText("Erased 1 candidate.");
  await expect(dryRun).toContainText("No candidate is due");
  await expect(dryRun).not.toContainText("Rhea Old");

  // And off again, so no other journey meets an erasure it did not expect.
  await enabled.uncheck();
  await page.getByRole("button", { name: "Save setting" }).click();
  await expect(page.getByTestId("retention-saved")).toHaveText("Saved: automatic erasure is off.");
  await expect(dryRun).toContainText("Automatic erasure is off");
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the erase dialog and the retention page are readable, keyboard-operable and pass axe (read only)", async ({ page }) => {
    await signInAs(page, "recruiter");
    await page.goto(await rolePath(page, "Staff Platform Engineer"));
    await page.getByRole("link", { name: "Tomas Recent", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tomas Recent");
    const open = page.getByRole("button", { name: "Erase candidate…" });
    await open.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Erase Tomas Recent?" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Type the candidate's name to confirm")).toBeFocused();
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    // Escape closes it without erasing anything.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tomas Recent");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await signInAs(page, "admin");
    await page.goto("/retention");
    await expect(page.getByRole("heading", { level: 1, name: "Retention" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
