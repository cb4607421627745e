import { expect, test, type Page } from "@playwright/test";
import { newSignedInPage, signInAs } from "./fixtures";
import { ready } from "./journey-helpers";
import { dropServerActions } from "./network-helpers";

/**
 * A dropped connection while saving (issue 9, item 7): every form goes through useFormAction, so instead of the
 * error page the form says Levelset could not be reached, keeps everything typed, and nothing is saved. Shown on the
 * debrief's decision form, the candidate form and a role's scorecard settings, each formerly on the raw action.
 * The connection drops with route.abort() on the action's POST (tests/e2e/network-helpers.ts); nothing is ever saved
 * here, so the seeded demo data stays as other journeys expect it.
 */

const ROLE = "Backend Engineer, Payments";
const UNREACHABLE = "Levelset could not be reached, so nothing was saved.";
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function paymentsPath(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: ROLE, exact: true }).first().getAttribute("href");
  expect(href).toMatch(/^\/roles\/[\w-]+$/);
  return href as string;
}

test("the hiring manager's decision on Chloe: the connection drops at Confirm and record, the typed rationale stays, nothing is recorded", async ({
  page,
}) => {
  await signInAs(page, "hiringManager");
  await page.getByRole("region", { name: "Debriefs I own" }).getByRole("link", { name: "Chloe Okafor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Debrief: Chloe Okafor");
  await ready(page, "Record decision");

  const rationale = "No evidence beyond her own tickets, and no operability plan in either design prompt.";
  await page.getByRole("radio", { name: "No hire", exact: true }).check();
  await page.getByRole("radio", { name: "No level" }).check();
  await expect(page.getByTestId("against-hint")).toContainText("In line with the recommendation");
  await page.getByLabel("Rationale").fill(rationale);
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId("decision-confirm")).toBeFocused();

  const offline = await dropServerActions(page);
  await page.getByRole("button", { name: "Confirm and record" }).click();
  await expect.poll(() => offline.dropped.length).toBe(1);
  // The message shows where the form shows its errors, and the error page never does.
  await expect(page.getByTestId("decision-error")).toContainText(UNREACHABLE);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Debrief: Chloe Okafor");
  await expect(page.getByLabel("Rationale")).toHaveValue(rationale);
  await expect(page.getByRole("radio", { name: "No hire", exact: true })).toBeChecked();
  await expect(page.getByRole("radio", { name: "No level" })).toBeChecked();
  await expect(page.getByRole("button", { name: "Record decision" })).toBeEnabled();
  await offline.restore();

  // Nothing was recorded: the debrief still waits for a decision.
  await page.reload();
  await expect(page.getByRole("button", { name: "Record decision" })).toBeVisible();
  await expect(page.getByTestId("decision-outcome")).toHaveCount(0);
  await expect(page.getByTestId("debrief-history")).not.toContainText("Decided on Chloe Okafor");
});

test("adding a candidate while the connection is down: the form says so, focus goes to the message, what was typed stays, no candidate is added", async ({
  page,
  browser,
}) => {
  await signInAs(page, "recruiter");
  const rolePath = await paymentsPath(page);
  await page.goto(`${rolePath}/candidates/new`);
  await ready(page, "Add candidate");

  const name = `Nadia Offline ${unique()}`;
  const typed = {
    Name: name,
    Email: `nadia.${unique()}@example.com`,
    Links: "https://github.com/example-nadia\nhttps://nadia.example.com",
    "Recruiter notes": "Referred by Lee; prefers afternoons.",
  };
  const form = page.getByRole("form", { name: "Add candidate" });
  for (const [label, value] of Object.entries(typed)) await form.getByLabel(label, { exact: true }).fill(value);

  const offline = await dropServerActions(page);
  await form.getByRole("button", { name: "Add candidate" }).click();
  await expect.poll(() => offline.dropped.length).toBe(1);
  const message = page.getByTestId("candidate-form-message");
  await expect(message).toContainText(UNREACHABLE);
  await expect(message).toBeFocused();
  for (const [label, value] of Object.entries(typed)) await expect(form.getByLabel(label, { exact: true })).toHaveValue(value);
  await expect(page).toHaveURL(new RegExp(`${rolePath}/candidates/new$`));
  await offline.restore();

  // Nothing was saved: not in the role's pipeline, and no "Candidate added" in the audit log.
  await page.goto(rolePath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ROLE);
  await expect(page.getByText(name)).toHaveCount(0);
  const admin = await newSignedInPage(browser, "admin");
  await admin.goto(`/audit?q=${encodeURIComponent(name)}`);
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(admin.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
  await admin.context().close();
});

test("saving a role's scorecard settings while the connection is down keeps the edits and changes nothing", async ({ page }) => {
  await signInAs(page, "recruiter");
  const rolePath = await paymentsPath(page);
  await page.goto(`${rolePath}/settings`);
  await ready(page, "Save settings");
  const form = page.getByRole("form", { name: "Scorecard settings" });
  const title = form.getByLabel("Title", { exact: true });
  const team = form.getByLabel("Team", { exact: true });
  await expect(title).toHaveValue(ROLE);
  const savedTeam = await team.inputValue();

  await title.fill(`${ROLE} (renamed offline)`);
  await team.fill("Offline team");
  const offline = await dropServerActions(page);
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect.poll(() => offline.dropped.length).toBe(1);
  const message = page.getByTestId("role-form-message");
  await expect(message).toContainText(UNREACHABLE);
  await expect(message).toBeFocused();
  // The line by the button points at the message, not at fields that have nothing to fix.
  await expect(form.getByText("Nothing was saved; see the message above.")).toBeVisible();
  await expect(title).toHaveValue(`${ROLE} (renamed offline)`);
  await expect(team).toHaveValue("Offline team");
  await offline.restore();

  await page.reload();
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue(ROLE);
  await expect(form.getByLabel("Team", { exact: true })).toHaveValue(savedTeam);
});
