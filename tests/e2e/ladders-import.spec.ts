import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures";

/** ../shared/fixtures/frameworks beside the repository (a worktree has it one level further up). */
function ladder(name: string): string {
  for (const up of ["../shared", "../../shared"]) {
    const file = path.resolve(process.cwd(), up, "fixtures/frameworks", name);
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`Fixture ${name} not found in ../shared/fixtures/frameworks`);
}

test("a recruiter imports FT's YAML ladder through the file picker, maps its levels to Senior and Staff, and publishes", async ({ page }) => {
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
  const planning = page.getByRole("listitem", { name: "Planning and Organising" });
  await planning.getByRole("button", { name: /Planning and Organising/, expanded: false }).click();
  await expect(planning.getByLabel("Senior signal")).toHaveValue(/\S/);
  await expect(planning.getByLabel("Staff signal")).toHaveValue(
    /^Leads large-scale planning initiatives, ensuring technical and business alignment\./,
  );

  await page.getByRole("button", { name: "Publish…" }).click();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Published v1");
});
