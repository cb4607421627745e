import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { PEOPLE, signInAs } from "./fixtures";
import { addStage, localInput, ready } from "./journey-helpers";

/** ../shared/fixtures/frameworks beside the repository (a worktree has it one level further up). */
function ladder(name: string): string {
  for (const up of ["../shared", "../../shared"]) {
    const file = path.resolve(process.cwd(), up, "fixtures/frameworks", name);
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`Fixture ${name} not found in ../shared/fixtures/frameworks`);
}

const PLANNING = "Planning and Organising";
const SENIOR_2_PLANNING =
  "Translates complex business requirements into detailed technical plans. Makes pragmatic trade-offs that balance delivery speed and technical debt, aligning with the FT's strategic priorities.";
const PRINCIPAL_PLANNING_TEXT = "Leads large-scale planning initiatives, ensuring technical and business alignment.";
const PRINCIPAL_PLANNING = new RegExp(`^${PRINCIPAL_PLANNING_TEXT.replace(/[.]/g, "\\.")}`);
const SENIOR_1_PLANNING = "Breaks down large, complex technical plans into manageable tasks.";

test("a recruiter imports FT's YAML ladder through the file picker, maps its levels, publishes, and the interviewer's kit shows the signals; a re-import becomes draft v2", async ({
  page,
}) => {
  test.slow();
  const name = `FT engineering ${Date.now().toString(36)}`;
  await signInAs(page, "recruiter");
  await page.goto("/frameworks/import");
  await page.getByLabel("Ladder document file", { exact: true }).setInputFiles(ladder("ft-engineering-progression-engineering.yml"));

  const preview = page.getByTestId("checklist-preview");
  await expect(preview).toBeVisible();
  await expect(page.getByTestId("preview-summary")).toContainText("9 sections recognised; 9 included");
  // The levels are listed with Senior and Staff guessed from their names; the recruiter picks others.
  await expect(page.getByLabel("Senior level")).toHaveValue("Senior Engineer 1");
  await expect(page.getByLabel("Staff level")).toHaveValue("Principal Engineer (Individual Contributor)");
  await page.getByLabel("Senior level").selectOption("Senior Engineer 2 (Individual Contributor)");
  await expect(page.getByTestId("preview-counts")).toHaveText(
    "The document held 72 expectations: 18 became items, 18 went into Senior or Staff signals, 54 are kept as other levels' reference; 0 passages were set aside.",
  );

  await page.getByLabel("Framework name").fill(name);
  await page.getByRole("button", { name: "Create draft framework" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft v1");

  // Each theme carries the mapped levels' text as its signals.
  const planning = page.getByRole("listitem", { name: PLANNING });
  await planning.getByRole("button", { name: new RegExp(PLANNING), expanded: false }).click();
  await expect(planning.getByLabel("Senior signal")).toHaveValue(SENIOR_2_PLANNING);
  await expect(planning.getByLabel("Staff signal")).toHaveValue(PRINCIPAL_PLANNING);

  await page.getByRole("button", { name: "Publish…" }).click();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Published v1");
  const frameworkUrl = new URL(page.url()).pathname;

  // A role on the new framework, one stage probing planning, a candidate and an interview.
  const roleTitle = `Staff Engineer (FT ladder) ${Date.now().toString(36)}`;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  await page.getByRole("link", { name: "New role" }).click();
  await ready(page, "Create role");
  await page.getByLabel("Title").fill(roleTitle);
  await page.getByLabel("Team", { exact: true }).fill("Content platform");
  await page.getByLabel("Framework version").selectOption({ label: `${name} — v1` });
  // The ladder marks no section Staff-critical; the recruiter chooses two for this role.
  for (const section of [PLANNING, "Leadership of Self and Others"]) await page.getByLabel(`${section} Staff-critical`).check();
  await page.getByLabel("Hiring manager").selectOption({ label: `${PEOPLE.hiringManager.name} (${PEOPLE.hiringManager.email})` });
  await page
    .getByRole("group", { name: "Interviewers" })
    .getByRole("checkbox", { name: new RegExp(PEOPLE.sam.name) })
    .check();
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByTestId("role-created")).toBeVisible();
  await page.getByRole("navigation", { name: "Role sections" }).getByRole("link", { name: "Interview plan" }).click();
  await addStage(page, 1, { name: "Planning deep dive", focus: [PLANNING], pool: [PEOPLE.sam.name] });
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByTestId("plan-message")).toContainText("Plan saved: 1 stage");

  await page.getByRole("navigation", { name: "Role sections" }).getByRole("link", { name: "Pipeline" }).click();
  await page.getByRole("link", { name: "Add candidate" }).click();
  await ready(page, "Add candidate");
  const candidate = `Noor Haddad ${Date.now().toString(36)}`;
  await page.getByLabel("Name", { exact: true }).fill(candidate);
  await page.getByLabel("Email", { exact: true }).fill(`noor.${Date.now().toString(36)}@example.com`);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: candidate })).toBeVisible();
  await ready(page, "Schedule interview");
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Planning deep dive (60 min)" });
  await page.getByLabel("Interviewer", { exact: true }).selectOption({ label: "Sam Okoro · Staff" });
  // A day of its own, weeks out, so a retry of this journey does not overlap Sam's earlier interview.
  await page.getByLabel("Date and time").fill(localInput(20 + (Date.now() % 40), "11:00"));
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByTestId("schedule-message")).toContainText("with Sam Okoro is scheduled");

  // The interviewer's kit carries the mapped levels' text as signals and the other levels as reference.
  await signInAs(page, "sam");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My interviews" }).click();
  await page.getByRole("region", { name: "Upcoming" }).getByRole("link").filter({ hasText: roleTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: candidate })).toBeVisible();
  const kit = page.getByRole("article", { name: "Interview kit" });
  const section = kit.getByRole("region", { name: new RegExp(`^${PLANNING}`) });
  await expect(section.getByLabel("Level signals")).toContainText(SENIOR_2_PLANNING);
  await expect(section.getByLabel("Level signals")).toContainText(PRINCIPAL_PLANNING_TEXT);
  await section.getByText("Other levels in the source ladder").click();
  await expect(section.getByTestId("level-references")).toContainText(SENIOR_1_PLANNING);

  // Importing the same ladder under the framework's name offers a new draft version of it, not a clash.
  await signInAs(page, "recruiter");
  await page.goto("/frameworks/import");
  await page.getByLabel("Ladder document file", { exact: true }).setInputFiles(ladder("ft-engineering-progression-engineering.yml"));
  await expect(page.getByTestId("checklist-preview")).toBeVisible();
  await page.getByLabel("Framework name").fill(name);
  const target = page.getByTestId("import-target");
  await expect(target).toContainText(`${name} already exists`);
  await expect(target.getByLabel(`Create a new draft version of ${name} (v2)`)).toBeChecked();
  await page.getByRole("button", { name: `Create draft v2 of ${name}` }).click();
  await expect(page).toHaveURL(new RegExp(`${frameworkUrl}\\?imported=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft v2");
  await expect(page.getByText("Imported as draft v2 of this framework.")).toBeVisible();

  // While that draft exists, a further re-import can only be a new framework.
  await page.goto("/frameworks/import");
  await page.getByLabel("Ladder document file", { exact: true }).setInputFiles(ladder("ft-engineering-progression-engineering.yml"));
  await page.getByLabel("Framework name").fill(name);
  await expect(target.getByLabel(`Create a new draft version of ${name} (v3)`)).toBeDisabled();
  await expect(target).toContainText("It already has a draft (v2).");
  await expect(page.getByRole("button", { name: "Create draft framework" })).toBeVisible();
});
