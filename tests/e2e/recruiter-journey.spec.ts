import path from "node:path";
import { expect, test } from "@playwright/test";
import { PEOPLE, signInAs } from "./fixtures";
import { addStage, localInput, ready, stageGroup } from "./journey-helpers";

/**
 * The end-to-end journey, in one go, as a recruiter would live it: import a Markdown
 * checklist from a file, review the preview, shape and publish the framework; build a role on it,
 * plan four stages until the coverage check is clean; add a candidate and schedule the loop; then
 * the interviewer signs in and finds the interview with that stage's kit.
 *
 * Everything it touches is its own (framework, role, candidate, interview times), so it runs
 * beside the other specs and again on the same database without clashing.
 */

const CHECKLIST = path.join(__dirname, "fixtures", "checklists", "backend-competencies.md");

// The sections the fixture's competencies become, and the three this framework makes Staff-critical.
const ARCH = "Architecture and system design";
const OPS = "Operational excellence";
const CODE = "Code quality and review";
const LEAD = "Technical leadership";
const MENTOR = "Mentoring and growing others";
const DELIVERY = "Delivery and estimation";
const STAFF_CRITICAL = [ARCH, OPS, LEAD];

const LEAD_QUESTION = "Tell me about a technical direction you set that other teams adopted.";
const LEAD_QUESTION_STAFF = "Several teams changed their roadmaps; they explain how they won over the sceptics.";

test("a recruiter imports a checklist, publishes it, builds a role on it, plans a clean loop, schedules a candidate, and the interviewer sees the kit", async ({
  page,
}, testInfo) => {
  test.slow(); // a long journey: three times the default budget
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const frameworkName = `Backend competencies ${suffix}`;
  const roleTitle = `Staff Backend Engineer, Ledger ${suffix}`;
  const candidate = { name: "Marta Sokolova", email: `marta.sokolova.${suffix}@example.com`, link: "https://github.com/example-marta" };
  // Interviewers may not be double-booked: each run of this test (repeat or retry) takes its own days.
  const day = 40 + 3 * testInfo.repeatEachIndex + 30 * testInfo.retry;

  // ── 1. Import the checklist, review the preview, shape the framework, publish ─────────────────
  await signInAs(page, "recruiter");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Frameworks" }).click();
  await page.getByRole("link", { name: "Import a framework" }).click();
  await expect(page.getByRole("link", { name: "Ladder or checklist" })).toHaveAttribute("aria-current", "page");

  const preview = page.getByTestId("checklist-preview");
  // The file input has no "enabled once hydrated" signal: choose the file again if the first choice came too early.
  await expect(async () => {
    await page.getByLabel("Ladder document file", { exact: true }).setInputFiles(CHECKLIST);
    await expect(preview).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: 60_000 });

  const summary = page.getByTestId("preview-summary");
  await expect(summary).toContainText("8 sections recognised; 6 included with 18 items. 2 passages set aside.");
  await expect(page.getByLabel("Framework name")).toHaveValue("Backend engineering competency checklist");
  // The preamble and the rating legend are recognised but set aside, each with its reason.
  await expect(page.getByLabel("Include How to use this checklist")).not.toBeChecked();
  await expect(preview.getByText("Looks like an introduction or instructions, not a competency.")).toBeVisible();
  await expect(page.getByLabel("Include Rating legend")).not.toBeChecked();
  await expect(preview.getByText("Looks like a rating-scale legend, not a competency.")).toBeVisible();
  for (const section of [ARCH, OPS, CODE, LEAD, MENTOR, DELIVERY]) await expect(page.getByLabel(`Include ${section}`)).toBeChecked();
  // Items read from task lists, with a nested list folded into its parent item.
  await preview.getByTestId("preview-section").filter({ hasText: OPS }).getByText("Show the 3 items").click();
  await expect(preview.getByText("Removes a class of failure instead of patching one instance: load shedding; idempotent retries")).toBeVisible();
  await preview.getByTestId("preview-section").filter({ hasText: MENTOR }).getByText("Show the 3 items").click();
  await expect(preview.getByText("Turns a junior engineer into an independent owner")).toBeVisible();
  // What is not a section or an item is listed with its line and why.
  const setAside = page.getByTestId("preview-set-aside");
  await setAside.getByText(/^Set aside \(2\)/).click();
  await expect(setAside).toContainText("Line 1 · YAML front matter");
  await expect(setAside).toContainText("owner: backend-guild");
  await expect(setAside).toContainText("Line 56 · Table (rows are not read as checklist items)");

  // Leave delivery out of this framework, name it, create the draft.
  await page.getByLabel(`Include ${DELIVERY}`).uncheck();
  await expect(summary).toContainText("5 included with 16 items");
  await page.getByLabel("Framework name").fill(frameworkName);
  await page.getByRole("button", { name: "Create draft framework" }).click();

  // The editor opens on the new draft with the five chosen sections, in the file's order.
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toContainText(frameworkName);
  await expect(h1).toContainText("Draft v1");
  await expect(page.getByText("Imported as a draft.")).toBeVisible();
  expect(await page.getByTestId("section-editor").locator("[id$='-heading']").allTextContents()).toEqual([ARCH, OPS, CODE, LEAD, MENTOR]);

  await page.getByRole("button", { name: "Expand all" }).click();
  const editorSection = (name: string) => page.getByRole("listitem", { name, exact: true });
  for (const name of STAFF_CRITICAL) {
    const staffCritical = editorSection(name).getByLabel("Staff-critical by default");
    await expect(staffCritical).not.toBeChecked();
    await staffCritical.check();
  }
  // Probing questions with Senior and Staff answers for two sections, and level signals for the kit.
  const architecture = editorSection(ARCH);
  await architecture.getByLabel("Senior signal", { exact: true }).fill("Designs a service end to end, failure modes included.");
  await architecture.getByLabel("Staff signal", { exact: true }).fill("Sets the architecture several teams build on.");
  await architecture.getByRole("button", { name: "Add question" }).click();
  await architecture.getByLabel("Question", { exact: true }).fill("Walk me through a system you designed that had to change shape a year later.");
  await architecture.getByLabel("Senior-signal answer").fill("Anticipated the change for their service and kept the migration cheap.");
  await architecture.getByLabel("Staff-signal answer").fill("Planned the change across services and sequenced other teams' migrations.");
  const leadership = editorSection(LEAD);
  await leadership.getByLabel("Senior signal", { exact: true }).fill("Leads their team's technical choices.");
  await leadership.getByLabel("Staff signal", { exact: true }).fill("Leads technical choices across teams without owning them.");
  await leadership.getByRole("button", { name: "Add question" }).click();
  await leadership.getByLabel("Question", { exact: true }).fill(LEAD_QUESTION);
  await leadership.getByLabel("Senior-signal answer").fill("Their own team adopted it and shipped it.");
  await leadership.getByLabel("Staff-signal answer").fill(LEAD_QUESTION_STAFF);

  await expect(page.getByTestId("save-status")).toHaveText("Unsaved changes");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-status")).toHaveText(/Draft v1 saved/);

  await page.getByRole("button", { name: "Publish…" }).click();
  await expect(page.getByTestId("publish-warnings")).toContainText(`"${OPS}", "${CODE}" and "${MENTOR}" have no probing questions`);
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Version 1 is published. Roles can now pin it.")).toBeVisible();
  await expect(h1).toContainText("Published v1");

  // ── 2. A role pinned to the new version, its hiring team, and a plan the coverage check likes ──
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  await page.getByRole("link", { name: "New role" }).click();
  await ready(page, "Create role");
  await page.getByLabel("Title").fill(roleTitle);
  await page.getByLabel("Team", { exact: true }).fill("Ledger");
  await expect(page.getByLabel("Senior", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Staff", { exact: true })).toBeChecked();
  await page.getByLabel("Framework version").selectOption({ label: `${frameworkName} — v1` });
  // The three sections marked in the editor come in Staff-critical; every section is in play.
  for (const name of [ARCH, OPS, CODE, LEAD, MENTOR]) await expect(page.getByLabel(`${name} in play`)).toBeChecked();
  for (const name of STAFF_CRITICAL) await expect(page.getByLabel(`${name} Staff-critical`)).toBeChecked();
  for (const name of [CODE, MENTOR]) await expect(page.getByLabel(`${name} Staff-critical`)).not.toBeChecked();
  await expect(page.getByText("5 in play · 3 Staff-critical")).toBeVisible();
  // Default thresholds, untouched: there is nothing to reset.
  await expect(page.getByRole("button", { name: "Reset thresholds to defaults" })).toBeDisabled();
  await page.getByLabel("Hiring manager").selectOption({ label: `${PEOPLE.hiringManager.name} (${PEOPLE.hiringManager.email})` });
  const interviewers = page.getByRole("group", { name: "Interviewers" });
  for (const who of [PEOPLE.interviewer.name, PEOPLE.sam.name, PEOPLE.lee.name, PEOPLE.hiringManager.name]) {
    await interviewers.getByRole("checkbox", { name: new RegExp(who) }).check();
  }
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByTestId("role-created")).toBeVisible();
  await expect(page.getByText(`${frameworkName} v1`).first()).toBeVisible();
  const roleUrl = new URL(page.url()).pathname;

  await page.getByRole("navigation", { name: "Role sections" }).getByRole("link", { name: "Interview plan" }).click();
  const coverage = page.getByRole("complementary", { name: "Coverage check" });
  const warnings = coverage.getByTestId("coverage-warnings");
  await expect(coverage.getByTestId("coverage-warning-count")).toHaveText("5 coverage warnings");

  // A first plan with gaps: mentoring uncovered, operations and leadership in one stage each,
  // and only a Senior interviewer behind the operations stage.
  await addStage(page, 1, { name: "Architecture deep dive", focus: [ARCH, CODE], pool: [PEOPLE.interviewer.name] });
  await addStage(page, 2, { name: "Operations and incidents", focus: [OPS], pool: [PEOPLE.lee.name] });
  await addStage(page, 3, { name: "Code craft pairing", minutes: "90", focus: [CODE], pool: [PEOPLE.sam.name] });
  await addStage(page, 4, {
    name: "Leadership conversation",
    minutes: "45",
    focus: [LEAD, ARCH],
    pool: [PEOPLE.sam.name, PEOPLE.hiringManager.name],
  });
  await expect(coverage.getByTestId("coverage-warning-count")).toHaveText("4 coverage warnings");
  await expect(warnings).toContainText(`No stage covers "${MENTOR}". Add it to the focus of a stage, or take it out of play.`);
  await expect(warnings).toContainText(`"${OPS}" is Staff-critical but only "Operations and incidents" covers it.`);
  await expect(warnings).toContainText(`"${LEAD}" is Staff-critical but only "Leadership conversation" covers it.`);
  await expect(warnings).toContainText(
    `No interviewer at Staff level or above is in the pool of the stages covering "${OPS}" ("Operations and incidents").`,
  );
  await expect(coverage.getByTestId("coverage-section").filter({ hasText: OPS })).toContainText("No Staff+ rater");
  // Saving a plan with gaps is allowed; the answer says what is left.
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByTestId("plan-message")).toHaveText("Plan saved: 4 stages, 4 coverage warnings to look at.");

  // Fix it: a Staff interviewer joins the operations stage, which also takes leadership;
  // the pairing stage covers operations again and mentoring.
  await stageGroup(page, 2, "interviewer pool")
    .getByRole("checkbox", { name: new RegExp(PEOPLE.sam.name) })
    .check();
  await expect(coverage.getByTestId("coverage-warning-count")).toHaveText("3 coverage warnings");
  await expect(warnings).not.toContainText("No interviewer at Staff level");
  await stageGroup(page, 2, "focus sections")
    .getByRole("checkbox", { name: new RegExp(`^${LEAD}`) })
    .check();
  await expect(coverage.getByTestId("coverage-warning-count")).toHaveText("2 coverage warnings");
  for (const section of [OPS, MENTOR])
    await stageGroup(page, 3, "focus sections")
      .getByRole("checkbox", { name: new RegExp(`^${section}`) })
      .check();
  await expect(coverage.getByTestId("coverage-clean")).toBeVisible();
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByTestId("plan-message")).toHaveText("Plan saved: 4 stages, coverage clean.");
  await page.reload();
  await expect(page.getByLabel("Stage 2 name")).toHaveValue("Operations and incidents");
  await expect(coverage.getByTestId("coverage-clean")).toBeVisible();

  // ── 3. A candidate, and the loop scheduled: one interview per stage, from each stage's pool ────
  await page.getByRole("navigation", { name: "Role sections" }).getByRole("link", { name: "Pipeline" }).click();
  await page.getByRole("link", { name: "Add candidate" }).click();
  await ready(page, "Add candidate");
  await page.getByLabel("Name", { exact: true }).fill(candidate.name);
  await page.getByLabel("Email", { exact: true }).fill(candidate.email);
  await page.getByLabel("Links").fill(candidate.link);
  await page.getByLabel("Recruiter notes").fill("Met at the payments meetup; wants to move from a fintech scale-up. Available from May.");
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByTestId("candidate-added")).toHaveText(`${candidate.name} is in the ${roleTitle} pipeline. Schedule their interviews below.`);
  await expect(page.getByRole("heading", { level: 1, name: candidate.name })).toBeVisible();
  await expect(page.getByRole("link", { name: candidate.link })).toBeVisible();
  await expect(page.getByTestId("candidate-notes")).toContainText("payments meetup");

  const loop = [
    { stage: "Architecture deep dive (60 min)", who: "Priya Nair · Principal", at: localInput(day, "10:00") },
    { stage: "Operations and incidents (60 min)", who: "Lee Wong · Senior", at: localInput(day, "13:30") },
    { stage: "Code craft pairing (90 min)", who: "Sam Okoro · Staff", at: localInput(day + 1, "10:00") },
    { stage: "Leadership conversation (45 min)", who: "Hugo Park · Staff", at: localInput(day + 1, "14:00") },
  ];
  await ready(page, "Schedule interview");
  const rows = page.getByTestId("interview-row");
  for (const [i, step] of loop.entries()) {
    await page.getByLabel("Stage", { exact: true }).selectOption({ label: step.stage });
    // Only the stage's pool is offered.
    if (i === 0)
      await expect(page.getByLabel("Interviewer", { exact: true }).locator("option")).toHaveText(["Choose from the stage's pool…", step.who]);
    await page.getByLabel("Interviewer", { exact: true }).selectOption({ label: step.who });
    await page.getByLabel("Date and time").fill(step.at);
    await page.getByRole("button", { name: "Schedule interview" }).click();
    await expect(page.getByTestId("schedule-message")).toContainText(`with ${step.who.split(" · ")[0]} is scheduled`);
    await expect(rows).toHaveCount(i + 1);
  }
  await expect(rows.filter({ hasText: "Lee Wong" })).toContainText("Operations and incidents");
  const applicationPath = new URL(page.url()).pathname;
  await page.goto(roleUrl);
  await expect(page.getByRole("row", { name: new RegExp(candidate.name) })).toContainText("0 of 4");

  // ── 4. The interviewer signs in and finds it, with the stage's kit from the imported framework ─
  // Switch people without signing out: signing out ends every session the shared demo recruiter holds.
  await signInAs(page, "lee");
  const mine = page.getByRole("region", { name: "My interviews" }).getByRole("listitem").filter({ hasText: roleTitle });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText(candidate.name);
  await expect(mine).toContainText("Operations and incidents");
  await expect(mine).toContainText("Upcoming");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My interviews" }).click();
  const upcoming = page.getByRole("region", { name: "Upcoming" }).getByRole("link").filter({ hasText: roleTitle });
  await expect(upcoming).toHaveCount(1);
  await expect(upcoming).toContainText(candidate.name);
  await upcoming.click();

  await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: candidate.name })).toBeVisible();
  await expect(page.getByText(`Operations and incidents · ${roleTitle}`)).toBeVisible();
  const kit = page.getByRole("article", { name: "Interview kit" });
  // The stage's two focus sections, both Staff-critical for this role, and no other section.
  for (const name of [OPS, LEAD]) await expect(kit.getByRole("heading", { level: 3, name: new RegExp(`^${name}`) })).toContainText("Staff-critical");
  for (const name of [ARCH, CODE, MENTOR]) await expect(kit.getByRole("heading", { name: new RegExp(`^${name}`) })).toHaveCount(0);
  // Items, signals and the chosen question, all as written in the checklist and the editor.
  await expect(kit.getByText("Leads an incident calmly and writes a blameless review")).toBeVisible();
  await expect(kit.getByText("Removes a class of failure instead of patching one instance: load shedding; idempotent retries")).toBeVisible();
  await expect(kit.getByText("Resolves a cross-team disagreement with data rather than rank")).toBeVisible();
  await expect(kit.getByText("Leads technical choices across teams without owning them.")).toBeVisible();
  await expect(kit.getByText(LEAD_QUESTION)).toBeVisible();
  await expect(kit.getByText(LEAD_QUESTION_STAFF)).toBeVisible();
  // Lee may open the candidate's application, but not the recruiter's notes.
  await page.goto(applicationPath);
  await expect(page.getByRole("heading", { level: 1, name: candidate.name })).toBeVisible();
  await expect(page.getByText("payments meetup")).toHaveCount(0);
});
