import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { signInAs } from "./fixtures";
import { E2E_THRESHOLDS } from "../../scripts/e2e-decision-seed";

/**
 * Thresholds that flip live recommendations, and bars no candidate could clear (issue 11, item 6), on a role of the
 * journey's own (scripts/e2e-decision-seed.ts): a copy of Staff Platform Engineer, all nine sections in play, with
 * one open Staff debrief. An impossible bar is refused beside its field; a bar that moves the debrief is shown
 * before it is saved, and once confirmed the debrief says what it was.
 */

async function roleId(page: Page): Promise<string> {
  await page.goto("/roles");
  const href = await page.getByRole("link", { name: E2E_THRESHOLDS.role, exact: true }).getAttribute("href");
  const id = href?.split("/").pop();
  if (!id) throw new Error(`No role ${E2E_THRESHOLDS.role}`);
  return id;
}

async function debriefPath(page: Page, role: string): Promise<string> {
  await page.goto(`/roles/${role}/analytics`);
  const href = await page
    .getByRole("region", { name: "Applications", exact: true })
    .getByRole("link", { name: E2E_THRESHOLDS.candidate })
    .getAttribute("href");
  expect(href).toMatch(/^\/applications\/[\w-]+\/debrief$/);
  return href as string;
}

test("an impossible bar is refused at its field; a bar that moves an open debrief is shown before saving, and the debrief says what it was", async ({
  page,
}) => {
  test.slow();
  await signInAs(page, "recruiter");
  const role = await roleId(page);
  const debrief = await debriefPath(page, role);
  await page.goto(debrief);
  await expect(page.getByTestId("recommended-level")).toHaveText("Staff");
  await expect(page.getByTestId("settings-change-notice")).toHaveCount(0);

  await page.goto(`/roles/${role}/settings`);
  const save = page.getByRole("button", { name: "Save settings" });
  await expect(save).toBeEnabled();
  await expect(page.getByText("9 in play · 3 Staff-critical")).toBeVisible();
  const twos = page.getByLabel("Senior bar: sections scoring 2");
  const raters = page.getByLabel("Staff bar: interviewers per Staff-critical section");

  // ── Bars the role's own sections and plan make impossible ──────────────────────────────────────────────────
  await twos.fill("10");
  await raters.fill("5");
  await save.click();
  await expect(page.getByTestId("role-form-message")).toHaveText(
    "Nothing was saved: 2 bars could never be cleared on this role. See the highlighted thresholds.",
  );
  await expect(page.getByText("Only 9 sections are in play, so no candidate could have 10 sections scoring 2.")).toBeVisible();
  await expect(page.getByText(/^The interview plan has \d stages? on .+, so at most \d interviewers? can rate it/)).toBeVisible();
  await expect(twos).toBeFocused();
  await expect(twos).toHaveAttribute("aria-invalid", "true");
  await expect(twos).toHaveValue("10");

  // ── A clearable bar that moves the open debrief: shown first, nothing saved until confirmed ───────────────
  await twos.fill("9");
  await raters.fill("2");
  await save.click();
  const impact = page.getByTestId("settings-impact");
  await expect(impact).toContainText("Nothing is saved yet: these settings change the recommendation on 1 open debrief");
  await expect(impact.getByRole("listitem")).toHaveText([`${E2E_THRESHOLDS.candidate}: Staff → Below Senior bar`]);
  await expect(impact).toBeFocused();
  expect(await seriousViolations(page), "the settings page with the impact panel").toEqual([]);
  await impact.getByRole("button", { name: "Keep editing" }).click();
  await expect(impact).toHaveCount(0);
  await page.goto(debrief);
  await expect(page.getByTestId("recommended-level")).toHaveText("Staff");

  await page.goto(`/roles/${role}/settings`);
  await expect(save).toBeEnabled();
  await twos.fill("9");
  await save.click();
  await impact.getByRole("button", { name: "Save and change 1 open debrief" }).click();
  await expect(page.getByTestId("role-form-message")).toContainText(
    "Settings saved. One open debrief now shows a different recommendation; each says the settings changed.",
  );

  // ── The debrief reads the new level, and says the settings moved it and from what ─────────────────────────
  await page.goto(debrief);
  await expect(page.getByTestId("recommended-level")).toHaveText("Below Senior bar");
  const notice = page.getByTestId("settings-change-notice");
  await expect(notice).toContainText("The role's thresholds changed on");
  await expect(notice).toContainText("(Rita Recruiter): this debrief was Staff, now Below Senior bar.");
  // Readable on a phone, and clean for axe at both widths.
  expect(await seriousViolations(page), "the debrief with its settings notice").toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await notice.scrollIntoViewIfNeeded();
  const box = await notice.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390, "the notice fits the phone's width").toBe(true);
  expect(await seriousViolations(page), "the debrief with its settings notice, phone width").toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await notice.getByRole("link", { name: "See the settings" }).click();
  await expect(twos).toHaveValue("9");

  // The audit log keeps the old and new values.
  await signInAs(page, "admin");
  await page.goto(`/audit?q=${encodeURIComponent(E2E_THRESHOLDS.role)}`);
  await expect(page.getByText(`Updated ${E2E_THRESHOLDS.role}: thresholds`).first()).toBeVisible();
});
