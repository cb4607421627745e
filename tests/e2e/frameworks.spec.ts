import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { signInAs, type Person } from "./fixtures";
import { dropServerActions } from "./network-helpers";

const FIXTURES = path.join(__dirname, "fixtures", "checklists");
const fixture = (name: string) => path.join(FIXTURES, name);
const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A framework JSON fixture with its name replaced, so reruns and parallel tests never collide. */
function jsonUpload(file: string, name: string) {
  const data = JSON.parse(fs.readFileSync(fixture(file), "utf8")) as { framework: { name: string } };
  data.framework.name = name;
  return { name: file, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data, null, 2)) };
}

async function sectionOrder(page: Page) {
  return page.getByTestId("section-editor").locator("[id$='-heading']").allTextContents();
}

async function importJsonDraft(page: Page, name: string) {
  await page.goto("/frameworks/import?format=json");
  await page.getByLabel("Levelset JSON file", { exact: true }).setInputFiles(jsonUpload("payments-framework.json", name));
  await expect(page.getByTestId("json-preview")).toBeVisible();
  await page.getByRole("button", { name: "Create draft framework" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  return page.url().replace(/\?.*$/, "");
}

test("a recruiter imports a Markdown checklist, reviews the preview, saves a draft, reorders and edits it, and publishes", async ({
  page,
  browser,
}) => {
  const name = unique("Platform checklist");
  await signInAs(page, "recruiter");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Frameworks" }).click();
  await page.getByRole("link", { name: "Import a framework" }).click();
  await expect(page.getByRole("link", { name: "Ladder or checklist" })).toHaveAttribute("aria-current", "page");

  await page.getByLabel("Ladder document file", { exact: true }).setInputFiles(fixture("platform-checklist.md"));
  const preview = page.getByTestId("checklist-preview");
  await expect(preview).toBeVisible();
  await expect(page.getByTestId("preview-summary")).toContainText("8 sections recognised; 4 included with 13 items");
  await expect(page.getByLabel("Framework name")).toHaveValue("Platform engineering interview checklist");

  // Non-competency sections start unticked, with the reason.
  await expect(page.getByLabel("Include How to use this checklist")).not.toBeChecked();
  await expect(preview.getByText("Looks like an introduction or instructions, not a competency.")).toBeVisible();
  await expect(page.getByLabel("Include Rating scale")).not.toBeChecked();
  await expect(preview.getByText("Looks like a rating-scale legend, not a competency.")).toBeVisible();
  await expect(page.getByLabel("Include References")).not.toBeChecked();
  await expect(page.getByLabel("Include System design")).toBeChecked();
  // The set-aside text is listed with line numbers and reasons.
  // A list of nothing but links (the References section) is navigation: set aside, never items (issue 10).
  await preview.getByText(/^Set aside \(3\)/).click();
  await expect(page.getByTestId("preview-set-aside")).toContainText("A list of links to other pages, not expectations");
  await expect(page.getByTestId("preview-set-aside")).toContainText("Line 1 · YAML front matter");
  await expect(page.getByTestId("preview-set-aside")).toContainText("Table (rows are not read as checklist items)");
  // Items are shown per section, markup reduced to text.
  await preview.getByTestId("preview-section").filter({ hasText: "Reliability and operations" }).getByText("Show the 3 items").click();
  await expect(preview.getByText("Ships safely: canaries; feature flags; rollbacks")).toBeVisible();

  // Exclude one competency, include nothing else; name it.
  await page.getByLabel("Include Product sense").uncheck();
  await expect(page.getByTestId("preview-summary")).toContainText("3 included with 11 items");
  await page.getByLabel("Framework name").fill(name);
  await page.getByRole("button", { name: "Create draft framework" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft v1");
  await expect(page.getByText("Imported as a draft.")).toBeVisible();
  expect(await sectionOrder(page)).toEqual(["System design", "Reliability and operations", "Cross-team influence"]);

  // Reorder by keyboard: focus the button and press Enter; focus stays on the moved section's button.
  const moveUp = page.getByRole("button", { name: "Move Cross-team influence up" });
  await moveUp.focus();
  await page.keyboard.press("Enter");
  expect(await sectionOrder(page)).toEqual(["System design", "Cross-team influence", "Reliability and operations"]);
  await expect(page.getByRole("button", { name: "Move Cross-team influence up" })).toBeFocused();
  await page.keyboard.press("Enter");
  expect(await sectionOrder(page)).toEqual(["Cross-team influence", "System design", "Reliability and operations"]);
  await expect(page.getByTestId("editor-announcement")).toHaveText("Cross-team influence moved to position 1 of 3.");

  // Reorder by pointer: drag Reliability onto the first row.
  await page.getByTitle("Drag Reliability and operations to reorder").dragTo(page.getByTestId("section-editor").first());
  expect(await sectionOrder(page)).toEqual(["Reliability and operations", "Cross-team influence", "System design"]);

  // Edit a section: signals, a probing question with both answers, a red flag with severity, item order.
  const design = page.getByRole("listitem", { name: "System design" });
  await design.getByRole("button", { name: /System design/, expanded: false }).click();
  await design.getByLabel("Senior signal").fill("Designs a service with its failure modes.");
  await design.getByLabel("Staff signal").fill("Sets the design standard several teams follow.");
  await design.getByRole("button", { name: "Add question" }).click();
  await design.getByLabel("Question", { exact: true }).fill("Tell me about a design you had to take back.");
  await design.getByLabel("Senior-signal answer").fill("Reverted their own service design after load tests.");
  await design.getByLabel("Staff-signal answer").fill("Retired a pattern across teams and wrote the migration plan.");
  await design.getByRole("button", { name: "Add red flag" }).click();
  await design.getByLabel("Title of red flag 1").fill("Designs only the happy path");
  await design.getByLabel("Severity").selectOption("caps-at-senior");
  await design.getByRole("button", { name: /^Move item “Defines interfaces and a versioning plan \(https:.*” up$/ }).click();
  const firstItem = design.getByLabel("Item 1 of System design");
  await expect(firstItem).toHaveValue("Defines interfaces and a versioning plan (https://example.com/versioning)");
  // Items also move by pointer.
  await design
    .getByTitle("Drag item “Plans guardrails: timeouts, retries, circuit breakers” to reorder")
    .dragTo(design.getByLabel("Item 1 of System design"));
  await expect(firstItem).toHaveValue("Plans guardrails: timeouts, retries, circuit breakers");

  await expect(page.getByTestId("save-status")).toHaveText("Unsaved changes");
  await expect(page.getByRole("button", { name: "Publish…" })).toBeDisabled();
  // Leaving through the header asks first; staying keeps every edit.
  const editorUrl = page.url();
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  await expect.poll(() => asked).toContain("unsaved changes");
  expect(page.url()).toBe(editorUrl);
  await expect(page.getByTestId("save-status")).toHaveText("Unsaved changes");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-status")).toHaveText(/Draft v1 saved/);

  // What was saved is what comes back.
  await page.reload();
  expect(await sectionOrder(page)).toEqual(["Reliability and operations", "Cross-team influence", "System design"]);
  const designAgain = page.getByRole("listitem", { name: "System design" });
  await designAgain.getByRole("button", { name: /System design/, expanded: false }).click();
  await expect(designAgain.getByLabel("Item 1 of System design")).toHaveValue("Plans guardrails: timeouts, retries, circuit breakers");
  await expect(designAgain.getByLabel("Severity")).toHaveValue("caps-at-senior");
  await expect(designAgain.getByLabel("Staff-signal answer")).toHaveValue("Retired a pattern across teams and wrote the migration plan.");

  // Publish: warned (not blocked) about sections without questions, then frozen.
  await page.getByRole("button", { name: "Publish…" }).click();
  await expect(page.getByTestId("publish-warnings")).toContainText(
    '"Reliability and operations" and "Cross-team influence" have no probing questions',
  );
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Version 1 is published. Roles can now pin it.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Published v1");
  await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit (starts draft v2)" })).toBeVisible();

  // Versions: who published, and a read-only view.
  await page.getByRole("link", { name: "Versions" }).click();
  await expect(page.getByTestId("version-1")).toContainText("Rita Recruiter");
  await page.getByRole("link", { name: "View v1" }).click();
  await expect(page.getByText("Read-only.")).toBeVisible();
  await expect(page.getByText("No role uses this version.")).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  // Counts read as words: System design has one red flag, and says so in the singular.
  await expect(page.getByText(/^\d+ items? · \d+ questions? · 1 red flag$/)).toHaveCount(1);

  // Export JSON: a versioned file that imports back as a copy.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export JSON" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/-v1\.json$/);
  const exported = JSON.parse(fs.readFileSync(await download.path(), "utf8")) as {
    schemaVersion: number;
    framework: { name: string; sections: { name: string }[] };
  };
  expect(exported.schemaVersion).toBe(2);
  expect(exported.framework.sections.map((s) => s.name)).toEqual(["Reliability and operations", "Cross-team influence", "System design"]);

  // The audit log records the import and the publication.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, "admin");
  await admin.goto(`/audit?q=${encodeURIComponent(name)}`);
  await expect(admin.getByRole("row", { name: new RegExp(`Published ${name} v1`) })).toBeVisible();
  await expect(admin.getByRole("row", { name: new RegExp(`Imported ${name} from a Markdown checklist`) })).toBeVisible();
  await adminContext.close();
});

test("editing a published framework starts draft v2; v1 stays as it was", async ({ page }) => {
  const name = unique("Payments v2");
  await signInAs(page, "recruiter");
  await page.goto("/frameworks/import?format=json");
  await page.getByLabel("Levelset JSON file", { exact: true }).setInputFiles(jsonUpload("payments-framework.json", name));
  await page.getByLabel("Publish now").check();
  await page.getByRole("button", { name: "Create and publish framework" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Published v1");

  await page.getByRole("button", { name: "Edit (starts draft v2)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft v2");
  await page.getByLabel("Framework name").fill(`${name} (revised)`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-status")).toHaveText(/Draft v2 saved/);

  await page.getByRole("link", { name: "Versions" }).click();
  await expect(page.getByTestId("version-2")).toContainText("Draft v2");
  await expect(page.getByTestId("version-1")).toContainText("Published v1");
  await page.getByRole("link", { name: "View v1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${name}Published v1`);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("revised");

  // Discarding the draft leaves v1 as the current version.
  await page.getByRole("link", { name: `${name} (revised)` }).click();
  await page.getByRole("button", { name: "Discard draft…" }).click();
  await page.getByRole("button", { name: "Discard draft", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Published v1");
});

test("a recruiter builds a framework from scratch with the keyboard and publishes it", async ({ page }) => {
  const name = unique("From scratch");
  await signInAs(page, "recruiter");
  await page.goto("/frameworks");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft v1");
  await expect(page.getByText("No sections yet.")).toBeVisible();

  // An empty framework cannot be saved.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("A framework needs at least one section.").first()).toBeVisible();

  await page.getByRole("button", { name: "Add section" }).click();
  await expect(page.getByLabel("Section name")).toBeFocused();
  await page.keyboard.type("Incident leadership");
  await expect(page.getByLabel("Key")).toHaveValue("incident-leadership");
  const section = page.getByRole("listitem", { name: "Incident leadership" });
  await section.getByLabel("Item 1 of Incident leadership").fill("Runs the incident call calmly");
  await page.keyboard.press("Enter"); // Enter adds the next item and moves to it
  await expect(section.getByLabel("Item 2 of Incident leadership")).toBeFocused();
  await page.keyboard.type("Writes the postmortem within a week");
  await page.getByRole("button", { name: "Add section" }).click();
  await page.keyboard.type("Mentoring");
  await page.getByRole("listitem", { name: "Mentoring" }).getByLabel("Item 1 of Mentoring").fill("Grows a teammate into an owner");
  await page.getByRole("button", { name: "Move Mentoring up" }).press("Enter");
  expect(await sectionOrder(page)).toEqual(["Mentoring", "Incident leadership"]);
  await page.keyboard.press("Control+s");
  await expect(page.getByTestId("save-status")).toHaveText(/Draft v1 saved/);

  await page.getByRole("button", { name: "Publish…" }).click();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Published v1");
  await expect(page.getByRole("list", { name: "Sections" })).toContainText("1. Mentoring");
  await expect(page.getByRole("list", { name: "Sections" })).toContainText("2. Incident leadership");
});

test.describe("bad input gets a clear message and saves nothing", () => {
  test("Markdown: a 5 MB file, a binary file, duplicate sections and an empty heading", async ({ page }) => {
    await signInAs(page, "recruiter");
    await page.goto("/frameworks/import");
    const file = page.getByLabel("Ladder document file", { exact: true });

    await file.setInputFiles({ name: "huge.md", mimeType: "text/markdown", buffer: Buffer.alloc(5 * 1024 * 1024, "- item\n") });
    await expect(page.getByTestId("import-file-error")).toHaveText(
      "huge.md: The file is 5.0 MB; Levelset imports files up to 2.0 MB. Split it into smaller files or remove what is not a checklist, then try again.",
    );
    await expect(page.getByTestId("checklist-preview")).toHaveCount(0);

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await file.setInputFiles({ name: "checklist.md", mimeType: "text/markdown", buffer: png });
    await expect(page.getByTestId("import-file-error")).toContainText("checklist.md: This file is not text");
    await expect(page.getByTestId("checklist-preview")).toHaveCount(0);

    const latin1 = Buffer.from("## R\xe9sum\xe9\n- caf\xe9\n", "latin1");
    await file.setInputFiles({ name: "latin1.md", mimeType: "text/markdown", buffer: latin1 });
    await expect(page.getByTestId("import-file-error")).toContainText("latin1.md: This file is not text");

    // Duplicate section names are merged and an empty heading is named, each with a warning to review.
    await file.setInputFiles(fixture("duplicate-sections.md"));
    await expect(page.getByTestId("preview-warnings")).toContainText('The heading on line 6 is empty; it was named "Untitled section".');
    await expect(page.getByTestId("preview-warnings")).toContainText(
      'The section "debugging" on line 9 repeats the one on line 3; 1 new item was merged into it.',
    );
    await expect(page.getByTestId("preview-section")).toHaveCount(2);

    // Excluding every section leaves nothing to save.
    await page.getByLabel("Include Debugging").uncheck();
    await page.getByLabel("Include Untitled section").uncheck();
    await expect(page.getByRole("button", { name: "Create draft framework" })).toBeDisabled();
    await expect(page.getByText("Include at least one section to continue.")).toBeVisible();

    // A name that is taken is refused beside the field, and nothing is created.
    await page.getByLabel("Include Debugging").check();
    await page.getByLabel("Framework name").fill("levelset senior/staff FRAMEWORK");
    // The name is an existing framework's: a new version of it is offered; asking for a new framework clashes.
    await expect(page.getByTestId("import-target")).toContainText("already exists");
    await page.getByLabel("Create a new framework").check();
    await page.getByRole("button", { name: "Create draft framework" }).click();
    await expect(page.locator("#import-name-error")).toHaveText(
      'A framework named "levelset senior/staff FRAMEWORK" already exists. Choose another name.',
    );
    await expect(page.getByLabel("Framework name")).toHaveAttribute("aria-invalid", "true");

    await page.goto("/frameworks");
    await expect(page.getByRole("link", { name: "Duplicated checklist" })).toHaveCount(0);
    await expect(page.getByRole("table").getByRole("link", { name: /levelset senior\/staff framework/i })).toHaveCount(1);
  });

  test("JSON: invalid JSON, an unknown schemaVersion, duplicate section names, an empty title", async ({ page }) => {
    await signInAs(page, "recruiter");
    await page.goto("/frameworks/import?format=json");
    const file = page.getByLabel("Levelset JSON file", { exact: true });
    const error = page.getByTestId("import-error");
    const names: string[] = [];

    await file.setInputFiles(fixture("invalid.json"));
    await expect(error).toContainText("The file is not valid JSON: line 6, column 5");
    await expect(page.getByTestId("json-preview")).toHaveCount(0);

    const cases = [
      { file: "unknown-schema-version.json", path: "schemaVersion", text: "This file uses schemaVersion 99; Levelset reads schemaVersion 1 and 2." },
      {
        file: "duplicate-section-names.json",
        path: "framework.sections[1].name",
        text: 'The name "Money Correctness" is already used by sections[0]; section names must be unique.',
      },
      {
        file: "empty-section-title.json",
        path: "framework.sections[0].name",
        text: "The section name is empty; write at least one non-space character.",
      },
    ];
    for (const c of cases) {
      const name = unique(`Bad ${c.file}`);
      names.push(name);
      await file.setInputFiles(jsonUpload(c.file, name));
      await expect(error).toContainText(c.text);
      if (c.path) await expect(error.locator("code")).toHaveText(c.path);
      await expect(error).toContainText("nothing was saved");
      await expect(page.getByTestId("json-preview")).toHaveCount(0);
    }

    await file.setInputFiles({ name: "export.json", mimeType: "application/json", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
    await expect(page.getByTestId("import-file-error")).toContainText("export.json: This file is not text");

    await page.goto("/frameworks");
    for (const name of names) await expect(page.getByText(name)).toHaveCount(0);
  });

  test("the editor refuses duplicate section names and empty titles beside the fields and keeps the edits", async ({ page }) => {
    const name = unique("Editor errors");
    await signInAs(page, "recruiter");
    await importJsonDraft(page, name);

    page.on("dialog", (dialog) => void dialog.accept()); // leaving with unsaved edits asks first
    const second = page.getByRole("listitem", { name: "Cross-team influence", exact: true });
    await page.getByRole("button", { name: "Expand all" }).click();
    await second.getByLabel("Section name").fill("money correctness");
    await page.getByRole("listitem", { name: "Money correctness", exact: true }).getByLabel("Item 1 of Money correctness").fill("");
    await page.getByLabel("Framework name").fill(`${name} renamed`);
    await page.getByRole("button", { name: "Save draft" }).click();

    await expect(page.getByTestId("save-status")).toHaveText("Nothing was saved: 2 fields need attention. Your edits are still here.");
    await expect(page.getByTestId("editor-errors")).toBeFocused();
    const duplicate = page.getByRole("listitem", { name: "money correctness", exact: true }).getByLabel("Section name");
    await expect(duplicate).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText('The name "money correctness" is already used by sections[0]; section names must be unique.').last()).toBeVisible();
    await expect(page.getByText("A checklist item is empty; write at least one non-space character.").last()).toBeVisible();
    await expect(page.getByLabel("Framework name")).toHaveValue(`${name} renamed`);
    await expect(duplicate).toHaveValue("money correctness");

    // Nothing was saved: the server still has the imported draft.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText("renamed");
    expect(await sectionOrder(page)).toEqual(["Money correctness", "Cross-team influence"]);
  });
});

test("two people editing one draft: the second save is refused with the conflict banner, nothing is overwritten, and Reload shows the first person's work", async ({
  page,
  browser,
}) => {
  const name = unique("Two editors");
  await signInAs(page, "recruiter");
  const editorUrl = await importJsonDraft(page, name);

  // The admin opens the same draft and saves first.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, "admin");
  await admin.goto(editorUrl);
  await admin.getByLabel("Framework description").fill("The admin's description");
  await admin.getByRole("button", { name: "Save draft" }).click();
  await expect(admin.getByTestId("save-status")).toContainText("saved");

  // The recruiter, still on the revision they opened, edits and saves: refused, with who saved, and focus on the banner.
  await page.getByLabel("Framework description").fill("The recruiter's description");
  await page.getByRole("button", { name: "Save draft" }).click();
  const banner = page.getByTestId("conflict");
  await expect(banner).toContainText("Someone else saved this draft while you were editing it.");
  await expect(banner).toContainText("Ada Admin saved it just now");
  await expect(banner).toBeFocused();
  expect(await seriousViolations(page), "the framework editor with the conflict banner").toEqual([]);
  // Their edit is still on the page, and nothing more can be sent until they reload.
  await expect(page.getByLabel("Framework description")).toHaveValue("The recruiter's description");
  await expect(page.getByRole("button", { name: "Save draft" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Discard draft…" })).toBeDisabled();
  // Ctrl+S does not slip a save past the banner either.
  await page.getByLabel("Framework description").press("ControlOrMeta+s");
  await expect(banner).toBeVisible();

  // Copy keeps their edits as framework JSON, ready to import.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await banner.getByRole("button", { name: "Copy my edits as JSON" }).click();
  await expect(banner.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { format: string; framework: { description: string } };
  expect(copied.format).toBe("levelset-framework");
  expect(copied.framework.description).toBe("The recruiter's description");

  // Reload (no leave prompt: the banner said what it does) shows the admin's save; saving from there works.
  let prompted = false;
  page.on("dialog", (dialog) => {
    prompted = true;
    void dialog.dismiss();
  });
  await banner.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByLabel("Framework description")).toHaveValue("The admin's description");
  expect(prompted).toBe(false);
  await page.getByLabel("Framework description").fill("Agreed description");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-status")).toContainText("saved");
  await expect(page.getByTestId("conflict")).toHaveCount(0);

  // Now the admin's copy is the stale one: Publish from it is refused the same way, and nothing is published.
  await admin.getByRole("button", { name: "Publish…" }).click();
  await admin.getByRole("button", { name: "Publish version 1" }).click();
  await expect(admin.getByTestId("conflict")).toContainText("Rita Recruiter saved it just now");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft v1");
  await expect(page.getByLabel("Framework description")).toHaveValue("Agreed description");
  await adminContext.close();
});

test.describe("only recruiters and admins may touch frameworks, checked on the server", () => {
  async function frameworkUrls(browser: Browser) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, "recruiter");
    await page.goto("/frameworks");
    const href = await page.getByRole("table").getByRole("link", { name: "Levelset Senior/Staff framework" }).getAttribute("href");
    await context.close();
    if (!href) throw new Error("The default framework should be listed.");
    return ["/frameworks", "/frameworks/import", "/frameworks/import?format=json", href, `${href}/versions`, `${href}/versions/1`];
  }

  for (const who of ["hiringManager", "interviewer"] as const satisfies Person[]) {
    test(`${who} gets a 403 from every framework page and the export`, async ({ page, browser }) => {
      const urls = await frameworkUrls(browser);
      await signInAs(page, who);
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Frameworks" })).toHaveCount(0);
      for (const url of urls) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(403);
        await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
      }
      const frameworkPath = urls[3] ?? "";
      const exported = await page.request.get(`${frameworkPath}/export?format=json`);
      expect(exported.status()).toBe(403);
      expect(await exported.text()).not.toContain("levelset-framework");
    });
  }

  test("a hiring manager and an interviewer replaying the editor's server actions are refused, and nothing changes", async ({ page, browser }) => {
    const name = unique("Replay target");
    await signInAs(page, "recruiter");
    const editorUrl = await importJsonDraft(page, name);

    // Capture the real Save and Publish requests the editor sends, without letting them through.
    page.on("dialog", (dialog) => void dialog.accept());
    const editorPath = new URL(editorUrl).pathname;
    const isEditor = (url: URL) => url.pathname === editorPath;
    const save = await dropServerActions(page, isEditor);
    await page.getByLabel("Framework name").fill("Hijacked by a replay");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect.poll(() => save.dropped.length).toBe(1);
    // The failed save says so and keeps the edit.
    await expect(page.getByTestId("save-status")).toContainText("could not be reached");
    await expect(page.getByLabel("Framework name")).toHaveValue("Hijacked by a replay");
    await save.restore();
    await page.reload();
    const publish = await dropServerActions(page, isEditor);
    await page.getByRole("button", { name: "Publish…" }).click();
    await page.getByRole("button", { name: "Publish version 1" }).click();
    await expect.poll(() => publish.dropped.length).toBe(1);
    await publish.restore();
    const captured = [...save.dropped, ...publish.dropped];

    for (const who of ["hiringManager", "interviewer"] as const) {
      const context = await browser.newContext();
      const other = await context.newPage();
      await signInAs(other, who);
      for (const call of captured) {
        const answer = await other.evaluate(
          async ({ url, action, body }) => {
            const response = await fetch(url, {
              method: "POST",
              headers: { "Next-Action": action, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
              body,
            });
            return { status: response.status, text: await response.text() };
          },
          { url: editorUrl, action: call.action, body: call.body },
        );
        expect(answer.text).toContain('"code":"forbidden"');
        expect(answer.text).not.toContain('"ok":true');
      }
      await context.close();
    }

    // The recruiter still sees the draft exactly as imported: not renamed, not published.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft v1");
    await expect(page.getByLabel("Framework name")).toHaveValue(name);
  });
});
