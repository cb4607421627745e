import { expect, test } from "@playwright/test";
import { newSignedInPage, signInAs } from "./fixtures";
import { E2E_EDIT_CANDIDATE } from "./lifecycle-data";

/**
 * Editing a candidate (issue 11, item 10): the role's hiring manager edits Edda Editable (tests/e2e/lifecycle-data.ts,
 * read by no other journey) from her application page; a refused save keeps what was typed; a form opened before
 * someone else's save is refused instead of overwriting it; another role's hiring manager cannot open the form.
 */

const E = E2E_EDIT_CANDIDATE;
test.describe.configure({ mode: "default" });

test("the hiring manager edits a candidate: a refusal keeps the typed text, the save is audited and shows everywhere", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await signInAs(page, "hiringManager");
  await page.goto("/roles");
  await page.getByRole("link", { name: E.role }).first().click();
  await page.getByRole("link", { name: E.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: E.name })).toBeVisible();
  const applicationPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: `Edit candidate ${E.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit ${E.name}` })).toBeVisible();
  await expect(page.getByTestId("edit-shows-everywhere")).toContainText("a change shows everywhere they appear, in every role they applied to");

  const form = page.getByRole("form", { name: "Edit candidate" });
  await expect(form.getByLabel("Name")).toHaveValue(E.name);
  await expect(form.getByLabel("Email")).toHaveValue(E.email);
  await expect(form.getByLabel("Links")).toHaveValue(E.links.join("\n"));
  await expect(form.getByLabel("Recruiter notes")).toHaveValue(E.notes);

  // A link that is not one: refused on its field, focus on it, everything typed still there.
  await form.getByLabel("Name").fill("Edda M. Editable");
  await form.getByLabel("Links").fill("https://example.com/edda\nnot a link");
  await form.getByLabel("Recruiter notes").fill("Mornings only; moved to Berlin.");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText(/“not a link” is not a web address/)).toBeVisible();
  await expect(form.getByLabel("Links")).toBeFocused();
  await expect(form.getByLabel("Name")).toHaveValue("Edda M. Editable");
  await expect(form.getByLabel("Recruiter notes")).toHaveValue("Mornings only; moved to Berlin.");

  // Another candidate's email: refused on the email field (a hiring manager is not told whose).
  await form.getByLabel("Links").fill("https://example.com/edda\nhttps://edda.example.com");
  await form.getByLabel("Email").fill("alice.chen@example.com");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText(/Another candidate in Levelset already has alice\.chen@example\.com/)).toBeVisible();
  await expect(form.getByLabel("Email")).toBeFocused();
  await expect(form.getByLabel("Links")).toHaveValue("https://example.com/edda\nhttps://edda.example.com");

  // A second tab opened now, before the save, is refused afterwards instead of overwriting.
  const stale = await page.context().newPage();
  await stale.goto(`${applicationPath}/edit`);
  await expect(stale.getByRole("form", { name: "Edit candidate" }).getByLabel("Name")).toHaveValue(E.name);

  await form.getByLabel("Email").fill("Edda.M@Example.com");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("candidate-edited")).toContainText("Edda M. Editable's details are saved.");
  await expect(page.getByRole("heading", { level: 1, name: "Edda M. Editable" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Candidate" })).toContainText("edda.m@example.com");
  await expect(page.getByRole("link", { name: "https://edda.example.com/" })).toBeVisible();
  await expect(page.getByTestId("candidate-notes")).toHaveText("Mornings only; moved to Berlin.");

  const staleForm = stale.getByRole("form", { name: "Edit candidate" });
  await staleForm.getByLabel("Recruiter notes").fill("Typed in the older tab.");
  await staleForm.getByRole("button", { name: "Save changes" }).click();
  await expect(stale.getByTestId("candidate-form-message")).toContainText("Someone changed this candidate's details after you opened the form");
  await expect(stale.getByTestId("candidate-form-message")).toBeFocused();
  await expect(staleForm.getByLabel("Recruiter notes")).toHaveValue("Typed in the older tab.");
  await stale.close();

  // The pipeline shows the new name; the audit log has old → new.
  await page.goto("/roles");
  await page.getByRole("link", { name: E.role }).first().click();
  await expect(page.getByRole("link", { name: "Edda M. Editable" })).toBeVisible();
  const admin = await newSignedInPage(browser, "admin", { baseURL });
  await admin.goto(`/audit?q=${encodeURIComponent("Edda M. Editable")}`);
  await expect(
    admin.getByRole("row", {
      name: /Edited Edda M\. Editable \(was Edda Editable\) from Backend Engineer, Payments: name, email, links, notes changed/,
    }),
  ).toBeVisible();
  await admin.context().close();
});

test("a hiring manager of another role cannot open the edit form, and sees no Edit link anywhere", async ({ page, browser, baseURL }) => {
  // Find the application as the recruiter (who may edit any role), then try it as Helen, who hires for Staff Platform only.
  const recruiter = await newSignedInPage(browser, "recruiter", { baseURL });
  await recruiter.goto(`/roles`);
  await recruiter.getByRole("link", { name: E.role }).first().click();
  await recruiter.getByRole("search").getByRole("searchbox").fill("Edda");
  await recruiter.getByRole("search").getByRole("button", { name: "Search" }).click();
  await recruiter.getByRole("link", { name: /Edda/ }).first().click();
  await expect(recruiter.getByRole("link", { name: /^Edit candidate / })).toBeVisible();
  const applicationPath = new URL(recruiter.url()).pathname;
  await recruiter.context().close();

  await signInAs(page, "otherHiringManager");
  const response = await page.goto(`${applicationPath}/edit`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("form", { name: "Edit candidate" })).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText("edda");
  const application = await page.goto(applicationPath);
  expect(application?.status()).toBe(404);
});
