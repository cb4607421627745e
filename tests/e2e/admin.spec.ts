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
