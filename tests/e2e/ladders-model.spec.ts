/**
 * Issue 10, the model side: bar guidance, the panel evidence checklist and per-level reference text are
 * edited on a draft, saved, published, shown on the framework page and exported; the kit shows the bar.
 * (A role on the new version with an interview would take a long setup; the kit loader's reading of a
 * version's reference text is covered by tests/unit/frameworks/db-ladders-model.test.ts.)
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures";
import { openMyInterview } from "./interviews-helpers";

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

function jsonUpload(name: string) {
  const file = path.join(__dirname, "fixtures", "checklists", "payments-framework.json");
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as { framework: { name: string } };
  data.framework.name = name;
  return { name: "payments-framework.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data, null, 2)) };
}

test("a recruiter edits bar guidance, a checklist item and a level reference on a draft, publishes, and the version shows and exports them", async ({
  page,
}) => {
  const name = unique("Ladder model");
  await signInAs(page, "recruiter");
  await page.goto("/frameworks/import?format=json");
  await page.getByLabel("Levelset JSON file", { exact: true }).setInputFiles(jsonUpload(name));
  await page.getByRole("button", { name: "Create draft framework" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft v1");

  // Bar guidance: one Senior line, two Staff lines (Enter adds the next).
  await page.getByRole("button", { name: "Add Senior line" }).click();
  await expect(page.getByLabel("Senior guidance line 1", { exact: true })).toBeFocused();
  await page.keyboard.type("Owns the payment service end to end.");
  await page.getByRole("button", { name: "Add Staff line" }).click();
  await page.keyboard.type("Sets how every team moves money.");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Staff guidance line 2", { exact: true })).toBeFocused();
  await page.keyboard.type("Other teams adopt their ledger patterns.");

  // Checklist: copy the built-in one, then make the first item this framework's own.
  const checklist = page.getByTestId("checklist-editor");
  await checklist.getByRole("button", { name: "Customize the checklist" }).click();
  await expect(page.getByLabel("Checklist item 1", { exact: true })).toBeFocused();
  await page.getByLabel("Checklist item 1", { exact: true }).fill("Two money-movement deep-dives");
  await page.getByLabel("What checklist item 1 asks for").fill("Each with the failure it had to survive.");
  const item1Sections = checklist.getByRole("group", { name: "Sections whose evidence counts for item 1" });
  await item1Sections.getByLabel("Money correctness").check();
  await page.getByLabel("Interviewers needed for item 1").fill("2");
  // The built-in items point at sections this framework does not have: remove the rest.
  for (let i = 0; i < 3; i++)
    await checklist
      .getByRole("button", { name: /^Remove checklist item/ })
      .nth(1)
      .click();
  await expect(checklist.getByTestId("checklist-item-editor")).toHaveCount(1);

  // A level reference on the first section.
  const money = page.getByRole("listitem", { name: "Money correctness" });
  if ((await money.getByRole("button", { name: "Add level reference" }).count()) === 0)
    await money.getByRole("button", { expanded: false }).first().click();
  await money.getByRole("button", { name: "Add level reference" }).click();
  await expect(money.getByLabel("Level name 1", { exact: true })).toBeFocused();
  await page.keyboard.type("IC2");
  await money.getByLabel("What level IC2 looks like").fill("Fixes a reconciliation bug with guidance.");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-status")).toHaveText(/Draft v1 saved/);

  // Saved for real: a reload shows the same values.
  await page.reload();
  await expect(page.getByLabel("Staff guidance line 2", { exact: true })).toHaveValue("Other teams adopt their ledger patterns.");
  await expect(page.getByLabel("Checklist item 1", { exact: true })).toHaveValue("Two money-movement deep-dives");
  await expect(page.getByLabel("Interviewers needed for item 1")).toHaveValue("2");
  await expect(page.getByTestId("save-status")).toHaveText("No unsaved changes.");

  await page.getByRole("button", { name: "Publish…" }).click();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Published v1");

  // The published version shows all three.
  await expect(page.getByTestId("bar-guidance")).toContainText("Owns the payment service end to end.");
  await expect(page.getByTestId("bar-guidance")).toContainText("Other teams adopt their ledger patterns.");
  const view = page.getByTestId("view-checklist");
  await expect(view).toContainText("Two money-movement deep-dives");
  await expect(view).toContainText("Counts: Money correctness · needs 2 interviewers");
  const references = page.getByTestId("level-references").first();
  await references.getByText("Other levels in the source ladder").click();
  await expect(references).toContainText("IC2");
  await expect(references).toContainText("Fixes a reconciliation bug with guidance.");

  // The JSON export carries them (schemaVersion 2).
  const frameworkUrl = page.url().replace(/\?.*$/, "");
  const exported = await page.request.get(`${frameworkUrl}/export?format=json`);
  expect(exported.ok()).toBe(true);
  const file = (await exported.json()) as {
    schemaVersion: number;
    framework: {
      guidance?: { staff: string[] };
      evidenceChecklist?: { label: string; required?: number }[];
      sections: { levelReferences?: { level: string }[] }[];
    };
  };
  expect(file.schemaVersion).toBe(2);
  expect(file.framework.guidance?.staff).toEqual(["Sets how every team moves money.", "Other teams adopt their ledger patterns."]);
  expect(file.framework.evidenceChecklist).toHaveLength(1);
  expect(file.framework.evidenceChecklist?.[0]).toMatchObject({ key: "project-deep-dives", label: "Two money-movement deep-dives", required: 2 });
  expect(file.framework.sections[0]?.levelReferences?.[0]?.level).toBe("IC2");
});

test("the interview kit shows the bar guidance of the role's framework version", async ({ page }) => {
  await signInAs(page, "interviewer");
  await openMyInterview(page, "Elena Rossi");
  const kit = page.getByRole("article", { name: "Interview kit" });
  await expect(kit.getByRole("heading", { name: "The bar: what Senior and Staff look like" })).toBeVisible();
  await expect(kit.getByTestId("bar-guidance")).toContainText("Changes what the organization can do");
  await expect(kit.getByTestId("bar-guidance")).toContainText("Owns a problem area end to end");
});
