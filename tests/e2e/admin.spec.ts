import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures";

test("an admin adds a person, changes their roles, and finds both in the audit log", async ({ page }) => {
  await signInAs(page, "admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await page.getByRole("link", { name: "Add person" }).click();

  // A refused save keeps what was typed.
  await page.getByLabel("Name").fill("Noor Haddad");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByText("Enter a valid email address, like name@company.com.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Noor Haddad");

  await page.getByLabel("Email").fill("noor@levelset.test");
  await page.getByLabel("Engineering level").selectOption("staff");
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status")).toHaveText("Person added.");
  const row = page.getByRole("row", { name: /Noor Haddad/ });
  await expect(row).toContainText("Interviewer");
  await expect(row).toContainText("Staff");

  await row.getByRole("link", { name: "Edit Noor Haddad" }).click();
  await expect(page.getByRole("heading", { name: "Noor Haddad" })).toBeVisible();
  await page.getByLabel("Hiring manager", { exact: true }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  await page.goto("/audit?q=Noor");
  await expect(page.getByRole("row", { name: /Added Noor Haddad/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Updated Noor Haddad: roles interviewer → hiring-manager, interviewer/ })).toBeVisible();
});

test("an admin cannot lock themselves out", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/people");
  await page.getByRole("link", { name: "Edit Ada Admin" }).click();
  await expect(page.getByRole("heading", { name: "Ada Admin" })).toBeVisible();
  await page.getByLabel("Admin", { exact: true }).uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText(/can't remove your own admin role/);
  await page.goto("/people");
  await expect(page.getByRole("row", { name: /Ada Admin/ })).toContainText("Admin");
});

for (const { who, path } of [
  { who: "interviewer", path: "/people" },
  { who: "recruiter", path: "/audit" },
  { who: "hiringManager", path: "/people/new" },
] as const) {
  test(`${who} gets a 403 from ${path}, answered by the server`, async ({ page }) => {
    await signInAs(page, who);
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" })).toHaveCount(0);
  });
}

test("the audit log reads in words, filters by a day range in the admin's zone, and downloads what it shows as CSV", async ({ browser, baseURL }) => {
  // Auckland is UTC+12/13: "today" there is often a different UTC day, which a UTC-only range would get wrong.
  const zone = "Pacific/Auckland";
  const context = await browser.newContext({ baseURL, timezoneId: zone, acceptDownloads: true });
  const page = await context.newPage();
  await signInAs(page, "admin");
  await page.goto("/audit");

  // Actions are named in words, in the filter and in the table.
  const action = page.getByLabel("Action");
  await expect(action.getByRole("option", { name: "Scorecard submitted" })).toHaveCount(1);
  await expect(action.getByRole("option", { name: "scorecard.submitted" })).toHaveCount(0);
  await action.selectOption({ label: "Role created" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=role.created/);
  const rows = page.getByRole("region", { name: "Audit events" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("Role created");
  await expect(page.getByRole("region", { name: "Audit events" })).not.toContainText("role.created");

  // Today, in Auckland, holds the roles the demo seed created when the server started.
  const today = new Date().toLocaleDateString("en-CA", { timeZone: zone });
  await page.getByLabel("From").fill(today);
  await page.getByLabel("To").fill(today);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`tz=${encodeURIComponent(zone)}`));
  await expect(page.getByTestId("audit-zone")).toContainText(`midnight to midnight in ${zone}`);
  await expect(rows.nth(1)).toContainText("Role created");

  // A To date before the From date is refused with a sentence, and what was typed stays.
  await page.getByLabel("From").fill("2030-05-10");
  await page.getByLabel("To").fill("2030-05-01");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("The To date is before the From date")).toBeVisible();
  await expect(page.getByLabel("To")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("From")).toHaveValue("2030-05-10");
  await expect(page.getByLabel("To")).toHaveValue("2030-05-01");

  // The CSV holds every matching event with its label and key.
  await page.getByLabel("From").fill(today);
  await page.getByLabel("To").fill(today);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download as CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^levelset-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await fs.readFile((await file.path()) ?? "", "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("When (UTC),Who,Action,Action key,What,Entity type,Entity id");
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toContain("Role created,role.created,");

  // The download is the admin's alone.
  const recruiter = await browser.newContext({ baseURL });
  const other = await recruiter.newPage();
  await signInAs(other, "recruiter");
  expect((await other.request.get("/api/audit.csv")).status()).toBe(403);
  await recruiter.close();
  await context.close();
});
