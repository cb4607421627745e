import { expect, test, type Page } from "@playwright/test";
import { newSignedInPage, signInThroughForm } from "./fixtures";
import { E2E_LIFECYCLE } from "./lifecycle-data";

/**
 * Closing and reopening a role (issue 11, item 11), on the journey's own role (tests/e2e/lifecycle-data.ts) by its
 * hiring manager, an e2e-only person signed in through the form: nobody else's home or pipeline moves.
 */

const L = E2E_LIFECYCLE;

// One after the other: both open the same role's status control.
test.describe.configure({ mode: "default" });

function rolesIHireFor(page: Page) {
  return page.getByRole("region", { name: "Roles I hire for" });
}

test("a hiring manager closes their role with a reason: it leaves the home, takes no candidates, keeps its debrief and calibration, and reopens", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await signInThroughForm(page, L.manager);
  // A retry after a failure mid-journey finds the role closed: reopen it first, so each attempt starts from an open role.
  if ((await rolesIHireFor(page).getByRole("link", { name: L.role }).count()) === 0) {
    await page.goto("/roles");
    await page.getByRole("region", { name: "Closed roles" }).getByRole("link", { name: L.role }).click();
    await page.getByRole("button", { name: /Reopen role/ }).click();
    await page.getByRole("button", { name: "Reopen the role" }).click();
    await expect(page.getByRole("link", { name: "Add candidate" })).toBeVisible();
    await page.goto("/");
  }
  await expect(rolesIHireFor(page).getByRole("link", { name: L.role })).toBeVisible();
  await rolesIHireFor(page).getByRole("link", { name: L.role }).click();
  await expect(page.getByRole("heading", { level: 1, name: L.role })).toBeVisible();
  const roleUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("link", { name: "Add candidate" })).toBeVisible();

  // A second tab has the add-candidate form open before the role closes: its save is what the server must refuse.
  const stale = await page.context().newPage();
  await stale.goto(`${roleUrl}/candidates/new`);
  await expect(stale.getByRole("form", { name: "Add candidate" })).toBeVisible();

  // Close asks first: the consequences, the counts of what carries on, and a reason (focused).
  const status = page.getByRole("region", { name: "Role status" });
  await status.getByRole("button", { name: /Close role/ }).click();
  const confirm = status.getByRole("form", { name: `Close ${L.role}` });
  await expect(confirm).toContainText("It has 1 active application and 1 upcoming interview.");
  await expect(confirm).toContainText("Closing cancels and decides none of them");
  await expect(confirm).toContainText("leaves the home page's role lists");
  await expect(confirm.getByLabel("Reason")).toBeFocused();
  // Too short: refused on the field, what was typed kept, focus on it.
  await confirm.getByLabel("Reason").fill("no");
  await confirm.getByRole("button", { name: "Close the role" }).click();
  await expect(confirm.getByText(/Say why the role closes/)).toBeVisible();
  await expect(confirm.getByLabel("Reason")).toHaveValue("no");
  await expect(confirm.getByLabel("Reason")).toBeFocused();
  // Keeping it open returns focus to the button.
  await confirm.getByRole("button", { name: "Keep it open" }).click();
  await expect(status.getByRole("button", { name: /Close role/ })).toBeFocused();

  await status.getByRole("button", { name: /Close role/ }).click();
  await confirm.getByLabel("Reason").fill("Position filled by an internal move.");
  await confirm.getByRole("button", { name: "Close the role" }).click();
  await expect(status.getByTestId("role-status-message")).toHaveText(`${L.role} is closed.`);
  await expect(status.getByTestId("role-status-line")).toContainText("Closed: it takes no new candidates or interviews.");
  await expect(page.getByRole("main").getByText("Closed", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add candidate" })).toHaveCount(0);
  await expect(status.getByRole("button", { name: /Reopen role/ })).toBeVisible();

  // The form opened before closing: the server refuses its save, with the reason and the way on, keeping what was typed.
  await stale.getByLabel("Name").fill("Late Arrival");
  await stale.getByLabel("Email").fill("late.arrival@example.com");
  await stale.getByRole("button", { name: "Add candidate" }).click();
  await expect(stale.getByTestId("candidate-form-message")).toHaveText(
    `${L.role} is closed, so it takes no new candidates. Reopen the role on its pipeline page first.`,
  );
  await expect(stale.getByLabel("Name")).toHaveValue("Late Arrival");
  await stale.reload();
  await expect(stale.getByText("This role is closed and takes no new candidates.")).toBeVisible();
  await expect(stale.getByRole("form", { name: "Add candidate" })).toHaveCount(0);
  await stale.close();

  // Off the home; still under Roles, in its own list.
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("link", { name: L.role })).toHaveCount(0);
  await page.goto("/roles");
  await expect(page.getByRole("region", { name: "Closed roles" }).getByRole("link", { name: L.role })).toBeVisible();
  await expect(page.getByRole("region", { name: "Open roles I hire for" }).getByRole("link", { name: L.role })).toHaveCount(0);

  // Its candidate, debrief and calibration stay readable; scheduling says why it is off; the plan is read-only.
  await page.goto(roleUrl);
  await page.getByRole("link", { name: L.candidate }).click();
  await expect(page.getByRole("heading", { level: 1, name: L.candidate })).toBeVisible();
  await expect(page.getByTestId("role-closed-no-scheduling")).toContainText("is closed, so no new interviews can be scheduled");
  await expect(page.getByRole("region", { name: "Schedule an interview" })).toHaveCount(0);
  await page.getByRole("link", { name: "Open the debrief" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Debrief: ${L.candidate}`) })).toBeVisible();
  await page.goto(`${roleUrl}/analytics`);
  await expect(page.getByRole("heading", { level: 1, name: "Calibration analytics" })).toBeVisible();
  await page.goto(`${roleUrl}/plan`);
  await expect(page.getByTestId("closed-role-notice")).toContainText("its interview plan can no longer change");
  const readOnly = page.getByRole("group", { name: /read-only: the role is closed/ });
  await expect(readOnly.getByRole("button", { name: "Save plan" })).toBeDisabled();
  await expect(readOnly.getByRole("textbox").first()).toBeDisabled();

  // The admin's home drops it too, and the audit log keeps the reason.
  const admin = await newSignedInPage(browser, "admin", { baseURL });
  await expect(admin.getByRole("region", { name: "All roles" }).getByRole("link", { name: L.role })).toHaveCount(0);
  await admin.goto(`/audit?q=${encodeURIComponent(L.role)}`);
  await expect(admin.getByRole("row", { name: /Closed Lifecycle Closing Role: Position filled by an internal move\./ })).toBeVisible();

  // Reopen (the reason is optional): back on the home with Add candidate.
  await page.goto(roleUrl);
  await status.getByRole("button", { name: /Reopen role/ }).click();
  const reopen = status.getByRole("form", { name: `Reopen ${L.role}` });
  await expect(reopen.getByLabel("Reason (optional)")).toBeFocused();
  await reopen.getByRole("button", { name: "Reopen the role" }).click();
  await expect(status.getByTestId("role-status-message")).toHaveText(`${L.role} is open again.`);
  await expect(page.getByRole("link", { name: "Add candidate" })).toBeVisible();
  await page.goto("/");
  await expect(rolesIHireFor(page).getByRole("link", { name: L.role })).toBeVisible();
  await admin.reload();
  await admin.goto("/audit?q=Reopened");
  await expect(admin.getByRole("row", { name: /Reopened Lifecycle Closing Role/ })).toBeVisible();
  await admin.context().close();
});

test("the close confirmation fits a phone", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signInThroughForm(page, L.manager);
  await page.goto("/roles");
  await page.getByRole("link", { name: L.role }).first().click();
  const status = page.getByRole("region", { name: "Role status" });
  await status.getByRole("button", { name: /Close role|Reopen role/ }).click();
  const form = status.getByRole("form");
  await expect(form).toBeVisible();
  const box = await form.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await status.getByRole("button", { name: /Keep it/ }).click();
  await context.close();
});
