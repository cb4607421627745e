import { expect, test, type Browser, type Page } from "@playwright/test";
import { newSignedInPage, signInAs, signInThroughForm, type Person } from "./fixtures";
import { E2E_PAGED_ROLE, E2E_WITHDRAWAL } from "./upcoming-data";

/**
 * The recruiter's journey through roles, interview plans, candidates and scheduling, the bad input
 * each step refuses, and the server refusing every write to people who may not make it.
 * Every test works on roles and candidates it creates; demo entities are only read. The withdrawal journey uses
 * Wanda Quit, an e2e-only candidate (scripts/e2e-server.ts).
 */

const FRAMEWORK = "Levelset Senior/Staff framework — v1";
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A datetime-local value `days` from now at hh:mm, in the browser's own zone. */
function localInput(days: number, time: string): string {
  const d = new Date(Date.now() + days * 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
}

function openAs(browser: Browser, baseURL: string | undefined, who: Person): Promise<Page> {
  return newSignedInPage(browser, who, { baseURL });
}

async function roleIdByTitle(page: Page, title: string): Promise<string> {
  await page.goto("/roles");
  const href = await page.getByRole("link", { name: title, exact: true }).getAttribute("href");
  const id = href?.split("/").pop();
  if (!id) throw new Error(`No role ${title}`);
  return id;
}

/** Creates a role through the form: Senior and Staff, the default framework, Hugo as hiring manager and four interviewers. */
async function createRole(page: Page, title: string): Promise<string> {
  await page.goto("/roles/new");
  await ready(page, "Create role");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Team", { exact: true }).fill("Checkout");
  await page.getByLabel("Framework version").selectOption({ label: FRAMEWORK });
  await page.getByLabel("Hiring manager").selectOption({ label: "Hugo Park (hm@levelset.test)" });
  const interviewers = page.getByRole("group", { name: "Interviewers" });
  for (const name of ["Priya Nair", "Sam Okoro", "Lee Wong", "Hugo Park"])
    await interviewers.getByRole("checkbox", { name: new RegExp(name) }).check();
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByTestId("role-created")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop();
  if (!id) throw new Error("No role id in the URL");
  return id;
}

/** Form pages keep their buttons disabled until React has hydrated; wait for that before typing. */
async function ready(page: Page, button: string) {
  await expect(page.getByRole("button", { name: button, exact: true })).toBeEnabled();
}

type StagePlan = { name: string; minutes?: string; focus: string[]; pool: string[] };

async function addStage(page: Page, index: number, stage: StagePlan) {
  await page.getByRole("button", { name: "Add stage" }).click();
  const label = `Stage ${index}`;
  // Adding a stage puts the cursor in its name field.
  await expect(page.getByLabel(`${label} name`)).toBeFocused();
  await page.getByLabel(`${label} name`).fill(stage.name);
  if (stage.minutes) await page.getByLabel(`${label} length (minutes)`).fill(stage.minutes);
  const focus = page.getByRole("group", { name: `${label} focus sections` });
  for (const section of stage.focus) await focus.getByRole("checkbox", { name: new RegExp(`^${section}`) }).check();
  const pool = page.getByRole("group", { name: `${label} interviewer pool` });
  for (const person of stage.pool) await pool.getByRole("checkbox", { name: new RegExp(person) }).check();
}

test.describe("a recruiter's journey", () => {
  // The recruiter works from India: "14:30" in the form must mean 14:30 there (09:00 UTC).
  test.use({ timezoneId: "Asia/Kolkata" });

  test("build a role on the published default framework, plan four stages until coverage is clean, add a candidate, schedule the loop; the interviewer sees it at once", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    const title = `Staff Engineer, Checkout ${unique()}`;
    await signInAs(page, "recruiter");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
    await page.getByRole("link", { name: "New role" }).click();

    // The framework's three Staff-critical sections are ticked by default; mark Technical depth as well.
    await page.getByLabel("Framework version").selectOption({ label: FRAMEWORK });
    for (const s of ["System design and architecture", "Cross-team influence", "Leadership without authority"]) {
      await expect(page.getByLabel(`${s} Staff-critical`)).toBeChecked();
    }
    await expect(page.getByLabel("Technical depth Staff-critical")).not.toBeChecked();
    const roleId = await createRole(page, title);
    await page.getByRole("link", { name: "Scorecard settings" }).click();
    await ready(page, "Save settings");
    await page.getByLabel("Technical depth Staff-critical").check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("role-form-message")).toHaveText(/Settings saved/);

    // Plan the loop; the coverage check answers as the plan grows.
    await page.getByRole("link", { name: "Interview plan" }).click();
    const coverage = page.getByRole("complementary", { name: "Coverage check" });
    await expect(coverage.getByTestId("coverage-warning-count")).toHaveText("9 coverage warnings");
    await addStage(page, 1, {
      name: "System design",
      focus: ["System design and architecture", "Technical depth", "Reliability and operations"],
      pool: ["Priya Nair"],
    });
    await addStage(page, 2, {
      name: "Cross-team leadership",
      minutes: "45",
      focus: ["Cross-team influence", "Leadership without authority", "Scope and impact"],
      pool: ["Lee Wong"],
    });
    await expect(coverage.getByTestId("coverage-warnings")).toContainText(
      'No interviewer at Staff level or above is in the pool of the stages covering "Cross-team influence"',
    );
    await expect(coverage.getByTestId("coverage-warnings")).toContainText('"Technical depth" is Staff-critical but only "System design" covers it');
    // A Senior interviewer alone can't back a Staff call on a Staff-critical section: swap in Sam (Staff).
    const pool2 = page.getByRole("group", { name: "Stage 2 interviewer pool" });
    await pool2.getByRole("checkbox", { name: /Lee Wong/ }).uncheck();
    await pool2.getByRole("checkbox", { name: /Sam Okoro/ }).check();
    await expect(coverage.getByTestId("coverage-warnings")).not.toContainText("No interviewer at Staff level");
    await addStage(page, 3, {
      name: "Technical depth and code",
      focus: ["Technical depth", "Code quality and engineering excellence", "Execution and delivery"],
      pool: ["Lee Wong"],
    });
    await addStage(page, 4, {
      name: "Hiring manager",
      minutes: "45",
      focus: ["System design and architecture", "Cross-team influence", "Leadership without authority", "Product and business thinking"],
      pool: ["Hugo Park"],
    });
    await expect(coverage.getByTestId("coverage-clean")).toBeVisible();
    // The kit: a new focus section brings its first two questions; each shows its Senior and Staff signals on demand.
    const questions = page.getByRole("group", { name: "Stage 1 probing questions" });
    await expect(questions.getByRole("checkbox").first()).toBeChecked();
    await questions.getByText("Senior and Staff signals").first().click();
    await expect(questions.getByText(/^Staff:/).first()).toBeVisible();
    await page.getByRole("button", { name: "Save plan" }).click();
    await expect(page.getByTestId("plan-message")).toHaveText("Plan saved: 4 stages, coverage clean.");
    await page.reload();
    await expect(page.getByLabel("Stage 4 name")).toHaveValue("Hiring manager");
    await expect(coverage.getByTestId("coverage-clean")).toBeVisible();

    // Add a candidate.
    await page.getByRole("link", { name: "Pipeline" }).click();
    await page.getByRole("link", { name: "Add candidate" }).click();
    await expect(page.getByRole("heading", { name: "Add a candidate" })).toBeVisible();
    await ready(page, "Add candidate");
    const email = `kai.${unique()}@example.com`;
    await page.getByLabel("Name", { exact: true }).fill("Kai Lindqvist");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Links").fill("https://github.com/example-kai");
    await page.getByLabel("Recruiter notes").fill("Strong referral from the payments team.");
    await page.getByRole("button", { name: "Add candidate" }).click();
    await expect(page.getByTestId("candidate-added")).toContainText("Kai Lindqvist is in the");
    const applicationUrl = new URL(page.url()).pathname;
    const link = page.getByRole("link", { name: "https://github.com/example-kai" });
    await expect(link).toHaveAttribute("rel", "noreferrer noopener");
    await expect(page.getByTestId("time-zone").first()).toHaveText(/^Asia\/(Kolkata|Calcutta)$/);

    // Schedule the loop.
    const loop = [
      { stage: "System design (60 min)", who: "Priya Nair · Principal", at: localInput(20, "14:30") },
      { stage: "Cross-team leadership (45 min)", who: "Sam Okoro · Staff", at: localInput(20, "16:00") },
      { stage: "Technical depth and code (60 min)", who: "Lee Wong · Senior", at: localInput(21, "10:00") },
      { stage: "Hiring manager (45 min)", who: "Hugo Park · Staff", at: localInput(21, "15:00") },
    ];
    await ready(page, "Schedule interview");
    const rows = page.getByTestId("interview-row");
    for (const [i, step] of loop.entries()) {
      await page.getByLabel("Stage", { exact: true }).selectOption({ label: step.stage });
      await page.getByLabel("Interviewer", { exact: true }).selectOption({ label: step.who });
      await page.getByLabel("Date and time").fill(step.at);
      await page.getByRole("button", { name: "Schedule interview" }).click();
      await expect(rows).toHaveCount(i + 1);
      await expect(page.getByTestId("schedule-message")).toContainText(`with ${step.who.split(" · ")[0]} is scheduled`);
    }
    // 14:30 in Kolkata (UTC+5:30) is 09:00 UTC: the server stored the instant the recruiter meant.
    const [first] = loop;
    const expectedInstant = new Date(`${first!.at.slice(0, 10)}T09:00:00.000Z`).toISOString();
    await expect(rows.first().locator("time")).toHaveAttribute("datetime", expectedInstant);
    await expect(rows.first()).toContainText(/02:30\sPM|14:30/);

    // The pipeline counts it.
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("row", { name: /Kai Lindqvist/ })).toContainText("0 of 4");

    // Lee signs in and finds the interview on his home.
    const lee = await openAs(browser, baseURL, "lee");
    const mine = lee.getByRole("region", { name: "My interviews" });
    await expect(mine).toContainText("Kai Lindqvist");
    await expect(mine).toContainText("Technical depth and code");
    // He may open the application, read-only and without the recruiter's notes.
    await lee.goto(applicationUrl);
    await expect(lee.getByRole("heading", { name: "Kai Lindqvist" })).toBeVisible();
    await expect(lee.getByTestId("candidate-notes")).toHaveCount(0);
    await expect(lee.getByText("Strong referral")).toHaveCount(0);
    await expect(lee.getByRole("form", { name: "Schedule an interview" })).toHaveCount(0);
    await expect(lee.getByRole("button", { name: /Reschedule|Cancel/ })).toHaveCount(0);
    // …but not the role's pages.
    expect((await lee.goto(`/roles/${roleId}/plan`))?.status()).toBe(403);
    await lee.context().close();
  });
});

test("a pipeline longer than a page shows 50 rows at a time, with links to the next and previous pages that keep the filter", async ({ page }) => {
  await signInAs(page, "recruiter");
  const roleId = await roleIdByTitle(page, E2E_PAGED_ROLE.title);
  await page.goto(`/roles/${roleId}`);
  const pages = page.getByRole("navigation", { name: "Pipeline pages" });
  await expect(pages.getByTestId("pagination-status")).toHaveText("Showing 1–50 of 55 applications");
  await expect(page.getByTestId("pipeline-row")).toHaveCount(50);
  await expect(pages.getByText("Previous page")).not.toHaveAttribute("href");
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2\b/);
  await expect(pages.getByTestId("pagination-status")).toHaveText("Showing 51–55 of 55 applications");
  await expect(page.getByTestId("pipeline-row")).toHaveCount(5);
  await expect(page.getByTestId("pipeline-row").first()).toContainText(`${E2E_PAGED_ROLE.namePrefix} 51`);
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(pages.getByTestId("pagination-status")).toHaveText("Showing 1–50 of 55 applications");
  await expect(page.getByTestId("pipeline-row").first()).toContainText(`${E2E_PAGED_ROLE.namePrefix} 01`);

  // A filter fits on one page: no page links, and the count is of the filtered rows.
  await page
    .getByRole("navigation", { name: "Filter by status" })
    .getByRole("link", { name: /Debrief/ })
    .click();
  await expect(pages.getByTestId("pagination-status")).toHaveText("Showing 1–11 of 11 applications");
  await expect(page.getByTestId("pipeline-row")).toHaveCount(11);
  await expect(pages.getByRole("link", { name: /page/ })).toHaveCount(0);
  // A page past the end shows the last one.
  await page.goto(`/roles/${roleId}?page=9`);
  await expect(pages.getByTestId("pagination-status")).toHaveText("Showing 51–55 of 55 applications");
});

test("bad input gets a clear message next to the field, and nothing half-saved", async ({ page }) => {
  test.slow();
  await signInAs(page, "recruiter");

  // An empty title: the form says so and keeps the rest of what was typed.
  await page.goto("/roles/new");
  await ready(page, "Create role");
  await page.getByLabel("Team", { exact: true }).fill("Growth");
  await page.getByLabel("Senior", { exact: true }).uncheck();
  await page.getByLabel("Staff", { exact: true }).uncheck();
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByText("Give the role a title, like “Backend Engineer, Payments”.")).toBeVisible();
  await expect(page.getByText("Choose the level this role hires for: Senior, Staff, or both.")).toBeVisible();
  await expect(page.getByText("Choose the hiring manager.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  // Focus lands on the first field to fix, not on the page body.
  await expect(page.getByLabel("Title")).toBeFocused();
  await expect(page.getByLabel("Team", { exact: true })).toHaveValue("Growth");
  await expect(page).toHaveURL(/\/roles\/new$/);

  const title = `Senior Engineer, Growth ${unique()}`;
  const roleId = await createRole(page, title);

  // The plan: duplicate stage names and a stage without a focus section are refused as a whole.
  await page.goto(`/roles/${roleId}/plan`);
  await addStage(page, 1, { name: "System design", focus: ["System design and architecture"], pool: ["Priya Nair"] });
  await addStage(page, 2, { name: "system design", focus: [], pool: ["Sam Okoro"] });
  await expect(page.getByText("Another stage already has this name. Give each stage its own name.")).toBeVisible();
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByTestId("plan-message")).toHaveText("Some fields need attention; nothing was saved.");
  await expect(page.getByText("Choose at least one focus section: it tells the interviewer what to assess.")).toBeVisible();
  await expect(page.getByLabel("Stage 2 name")).toHaveValue("system design");
  await page.reload();
  await expect(page.getByLabel("Stage 1 name")).toHaveCount(0);

  // Fixed, it saves; the first stage moves down by keyboard.
  await addStage(page, 1, { name: "System design", focus: ["System design and architecture"], pool: ["Priya Nair"] });
  await addStage(page, 2, { name: "Code and craft", focus: ["Technical depth"], pool: ["Lee Wong", "Sam Okoro"] });
  await page.getByRole("button", { name: "Move Stage 1 down" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Stage 1 name")).toHaveValue("Code and craft");
  await expect(page.getByRole("button", { name: "Move Stage 2 up" })).toBeFocused();
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByTestId("plan-message")).toHaveText(/Plan saved: 2 stages/);

  // A bad email: the message says how to fix it, and the typed name stays.
  await page.goto(`/roles/${roleId}/candidates/new`);
  await ready(page, "Add candidate");
  await page.getByLabel("Name", { exact: true }).fill("Noa Berg");
  await page.getByLabel("Email", { exact: true }).fill("noa.example.com");
  await page.getByLabel("Links").fill("not a link");
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("“not a link” is not a web address. Enter one link per line, starting with https://.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Noa Berg");
  await page.goto(`/roles/${roleId}`);
  await expect(page.getByTestId("pipeline-table")).toHaveCount(0);

  await page.goto(`/roles/${roleId}/candidates/new`);
  await ready(page, "Add candidate");
  await page.getByLabel("Name", { exact: true }).fill("Noa Berg");
  await page.getByLabel("Email", { exact: true }).fill(`noa.${unique()}@example.com`);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByTestId("candidate-added")).toBeVisible();
  await ready(page, "Schedule interview");

  // A time in the past for a new interview.
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "System design (60 min)" });
  await page.getByLabel("Interviewer", { exact: true }).selectOption({ label: "Priya Nair · Principal" });
  await page.getByLabel("Date and time").fill(localInput(-1, "09:00"));
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByText("That time has already passed. Choose a date and time in the future.")).toBeVisible();
  await expect(page.getByText("No interviews scheduled yet.")).toBeVisible();

  // An interviewer outside the stage's pool, forced into the form: the server refuses.
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Code and craft (60 min)" });
  const leeId = await page.getByLabel("Interviewer", { exact: true }).locator("option", { hasText: "Lee Wong" }).getAttribute("value");
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "System design (60 min)" });
  await page.getByLabel("Interviewer", { exact: true }).evaluate((select, id) => {
    const option = document.createElement("option");
    option.value = id ?? "";
    option.textContent = "Lee Wong (forced)";
    select.appendChild(option);
  }, leeId);
  await page.getByLabel("Interviewer", { exact: true }).selectOption({ label: "Lee Wong (forced)" });
  await page.getByLabel("Date and time").fill(localInput(5, "11:00"));
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByText(/Choose an interviewer from the pool of “System design”/)).toBeVisible();
  await expect(page.getByText("No interviews scheduled yet.")).toBeVisible();

  // Rescheduled and cancelled interviews: cancel asks first, and the interview stays listed as cancelled.
  await page.getByLabel("Interviewer", { exact: true }).selectOption({ label: "Priya Nair · Principal" });
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByTestId("schedule-message")).toContainText("is scheduled");
  await page.getByRole("button", { name: "Reschedule System design with Priya Nair" }).click();
  await expect(page.getByLabel("New date and time")).toBeFocused();
  await page.getByLabel("New date and time").fill(localInput(-2, "11:00"));
  await page.getByRole("button", { name: "Save new time" }).click();
  await expect(page.getByText("That time has already passed. Choose a date and time in the future.")).toBeVisible();
  await page.getByLabel("New date and time").fill(localInput(6, "13:15"));
  await page.getByRole("button", { name: "Save new time" }).click();
  await expect(page.getByTestId("interview-row")).toContainText(/01:15\sPM|13:15/);
  await page.getByRole("button", { name: "Cancel System design with Priya Nair" }).click();
  await expect(page.getByRole("group", { name: "Confirm cancelling System design with Priya Nair" })).toBeFocused();
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByText("Upcoming")).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel System design with Priya Nair" })).toBeFocused();
  await page.getByRole("button", { name: "Cancel System design with Priya Nair" }).click();
  await page.getByRole("button", { name: "Yes, cancel the interview" }).click();
  await expect(page.getByTestId("interview-row")).toContainText("Cancelled");
  // The row's buttons are gone; focus stays on the row instead of dropping to the page body.
  await expect(page.getByTestId("interview-row-title")).toBeFocused();
  await page.reload();
  await expect(page.getByTestId("interview-row")).toContainText("Cancelled");
});

test.describe("people who may not write here are refused by the server", () => {
  const subpaths = ["", "/settings", "/plan", "/team", "/candidates/new"];

  for (const who of ["lee", "otherHiringManager"] as const) {
    test(`${who} cannot open any page of Backend Engineer, Payments, nor create roles`, async ({ page, browser, baseURL }) => {
      const recruiter = await openAs(browser, baseURL, "recruiter");
      const payments = await roleIdByTitle(recruiter, "Backend Engineer, Payments");
      await recruiter.goto(`/roles/${payments}`);
      const farid = await recruiter.getByRole("link", { name: "Farid Rahimi" }).getAttribute("href");
      await recruiter.context().close();

      await signInAs(page, who);
      // Neither interviews Farid, so his application doesn't exist for them.
      expect((await page.goto(farid ?? "/applications/missing"))?.status()).toBe(404);
      for (const sub of subpaths) {
        const response = await page.goto(`/roles/${payments}${sub}`);
        // An interviewer has no role pages at all (403); another role's hiring manager doesn't see this one (404).
        expect(response?.status(), `${who} on /roles/…${sub}`).toBe(who === "lee" ? 403 : 404);
      }
      expect((await page.goto("/roles/new"))?.status()).toBe(403);
    });
  }

  test("a hiring manager works on their own role but not on another's", async ({ page, browser, baseURL }) => {
    const recruiter = await openAs(browser, baseURL, "recruiter");
    const payments = await roleIdByTitle(recruiter, "Backend Engineer, Payments");
    const platform = await roleIdByTitle(recruiter, "Staff Platform Engineer");
    await recruiter.context().close();
    await signInAs(page, "hiringManager");
    await page.goto("/roles");
    await expect(page.getByRole("link", { name: "Backend Engineer, Payments" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Staff Platform Engineer" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New role" })).toHaveCount(0);
    expect((await page.goto(`/roles/${payments}/settings`))?.status()).toBe(200);
    expect((await page.goto(`/roles/${platform}/settings`))?.status()).toBe(404);
  });

  test("a replayed save from an interviewer or another role's hiring manager is refused and changes nothing", async ({ page, browser, baseURL }) => {
    test.slow();
    await signInAs(page, "recruiter");
    const payments = await roleIdByTitle(page, "Backend Engineer, Payments");
    const ownRole = await createRole(page, `Replay target ${unique()}`);

    // Capture the real server-action request the settings form sends for a role the recruiter owns…
    await page.goto(`/roles/${ownRole}/settings`);
    await ready(page, "Save settings");
    const requestPromise = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await page.getByRole("button", { name: "Save settings" }).click();
    const request = await requestPromise;
    await expect(page.getByTestId("role-form-message")).toHaveText(/Settings saved/);
    const body = request.postData() ?? "";
    expect(body).toContain(ownRole);
    const headers = {
      "next-action": request.headers()["next-action"] ?? "",
      "content-type": request.headers()["content-type"] ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
    };

    // …and replay it, aimed at Payments with a new title, as Lee and as Helen.
    const forged = body.replaceAll(ownRole, payments).replace(/"title":"[^"]*"/, '"title":"Hijacked"');
    for (const [who, expected] of [
      ["lee", /"code":"forbidden"/],
      ["otherHiringManager", /"code":"not-found"/],
    ] as const) {
      const other = await openAs(browser, baseURL, who);
      const response = await other.request.post(`/roles/${ownRole}/settings`, { headers, data: forged });
      expect(await response.text()).toMatch(expected);
      await other.context().close();
    }
    await page.goto(`/roles/${payments}/settings`);
    await expect(page.getByLabel("Title")).toHaveValue("Backend Engineer, Payments");
  });
});

test("a hiring manager adding a person another role knows sees only what they typed, answered as for a new email", async ({ page }) => {
  // Dev Patel is in the Payments pipeline with Payments' notes; Helen hires for Staff Platform only.
  await signInAs(page, "otherHiringManager");
  await page.goto("/roles");
  await page.getByRole("main").getByRole("link", { name: "Staff Platform Engineer" }).first().click();
  await page.getByRole("link", { name: "Add candidate" }).click();
  await ready(page, "Add candidate");
  await page.getByLabel("Name", { exact: true }).fill("D. Patel");
  await page.getByLabel("Email", { exact: true }).fill("dev.patel@example.com");
  await page.getByLabel("Recruiter notes").fill("Met at the platform guild.");
  await page.getByRole("button", { name: "Add candidate" }).click();
  const added = page.getByTestId("candidate-added");
  await expect(added).toContainText("is in the Staff Platform Engineer pipeline");
  expect(new URL(page.url()).searchParams.get("added")).toBe("new");
  await expect(page.getByTestId("candidate-notes")).toHaveText("Met at the platform guild.");
  const main = page.getByRole("main");
  await expect(main).not.toContainText("cross-team influence");
  await expect(main).not.toContainText("Backend Engineer, Payments");
  await expect(main).not.toContainText("already knew");
});

test("withdrawing a candidate asks why, cancels their upcoming interviews, and the interviewer sees the cancellation", async ({
  page,
  browser,
  baseURL,
}) => {
  await signInAs(page, "recruiter");
  await page.goto("/roles");
  await page.getByRole("link", { name: "Backend Engineer, Payments" }).first().click();
  await page.getByRole("link", { name: E2E_WITHDRAWAL.candidate }).click();
  await expect(page.getByRole("heading", { level: 1, name: E2E_WITHDRAWAL.candidate })).toBeVisible();
  const rows = page.getByTestId("interview-row");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Upcoming");

  // Withdraw asks first, says what happens to the interview, and needs a reason; focus goes to the reason.
  await page.getByRole("button", { name: `Withdraw: ${E2E_WITHDRAWAL.candidate}` }).click();
  const confirm = page.getByRole("form", { name: `Withdraw ${E2E_WITHDRAWAL.candidate}` });
  await expect(confirm).toContainText("Their 1 upcoming interview is cancelled and leaves the interviewers' lists.");
  await expect(confirm.getByLabel("Reason")).toBeFocused();
  await confirm.getByLabel("Reason").fill("no");
  await confirm.getByRole("button", { name: "Withdraw the candidate" }).click();
  await expect(confirm.getByText(/Say why the candidate is withdrawn/)).toBeVisible();
  await expect(confirm.getByLabel("Reason")).toHaveValue("no");
  await expect(rows).toContainText("Upcoming");
  // Keeping them closes the form and returns to the button.
  await confirm.getByRole("button", { name: "Keep them in the pipeline" }).click();
  await expect(page.getByRole("button", { name: `Withdraw: ${E2E_WITHDRAWAL.candidate}` })).toBeFocused();

  await page.getByRole("button", { name: `Withdraw: ${E2E_WITHDRAWAL.candidate}` }).click();
  await confirm.getByLabel("Reason").fill("Accepted another offer.");
  await confirm.getByRole("button", { name: "Withdraw the candidate" }).click();
  await expect(rows).toContainText("Cancelled");
  await expect(page.getByRole("button", { name: `Reopen: ${E2E_WITHDRAWAL.candidate}` })).toBeVisible();

  // The interviewer sees it called off on their home and their list, not as upcoming.
  const interviewer = await browser.newContext({ baseURL });
  const other = await interviewer.newPage();
  await signInThroughForm(other, { email: E2E_WITHDRAWAL.interviewer, name: E2E_WITHDRAWAL.interviewerName });
  const cancelled = other.getByTestId("cancelled-interviews");
  await expect(cancelled).toContainText(E2E_WITHDRAWAL.candidate);
  await expect(cancelled).toContainText("Cancelled");
  await other.goto("/interviews");
  await expect(other.getByRole("region", { name: "Cancelled" })).toContainText(E2E_WITHDRAWAL.candidate);
  await expect(other.getByRole("region", { name: "Upcoming" })).toHaveCount(0);
  await interviewer.close();

  // The audit log keeps the reason.
  const admin = await newSignedInPage(browser, "admin", { baseURL });
  await admin.goto(`/audit?q=${encodeURIComponent(E2E_WITHDRAWAL.candidate)}`);
  await expect(admin.getByRole("row", { name: /to withdrawn: Accepted another offer\./ })).toBeVisible();
  await expect(admin.getByRole("row", { name: /the candidate was withdrawn/ })).toBeVisible();
  await admin.context().close();
});
