import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { newSignedInPage, signInAs, type Person } from "./fixtures";

/**
 * The hiring manager's debrief, decision and calibration analytics. Only Bruno Díaz is decided
 * here; Alice, Chloe and Dev are read-only (other areas' tests read them).
 */

const ROLE = "Backend Engineer, Payments";

const PLATFORM = "Staff Platform Engineer";

/** The role's analytics URL, found the way a hiring manager or recruiter finds it: from their home page. */
async function analyticsUrl(page: Page, role: string = ROLE): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: role, exact: true }).first().getAttribute("href");
  expect(href).toMatch(/^\/roles\/[\w-]+$/);
  return `${href}/analytics`;
}

/** A candidate's debrief URL, from the role's analytics page (works whatever the application's status). */
async function debriefUrl(page: Page, candidate: string, role: string = ROLE): Promise<string> {
  await page.goto(await analyticsUrl(page, role));
  const href = await page.getByRole("region", { name: "Applications", exact: true }).getByRole("link", { name: candidate }).getAttribute("href");
  expect(href).toMatch(/^\/applications\/[\w-]+\/debrief$/);
  return href as string;
}

test("the four demo panels come out Staff, Senior, below bar and insufficient evidence", async ({ page }) => {
  await signInAs(page, "recruiter");
  const expected = [
    ["Alice Chen", "Staff"],
    ["Bruno Díaz", "Senior"],
    ["Chloe Okafor", "Below Senior bar"],
    ["Dev Patel", "Insufficient evidence"],
  ] as const;
  for (const [candidate, level] of expected) {
    await page.goto(await debriefUrl(page, candidate));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Debrief: ${candidate}`);
    await expect(page.getByTestId("recommended-level")).toHaveText(level);
  }
  // Dev Patel's next step names the thinly rated section (nothing is decided on him).
  await expect(page.getByTestId("next-step")).toContainText("Probe Cross-team influence");
  // A recruiter reads the debrief but records no decision.
  await expect(page.getByRole("button", { name: "Record decision" })).toHaveCount(0);
});

test("a hiring manager reads why Bruno is Senior, decides Staff with a reason, and the decision is audited", async ({ page, browser, baseURL }) => {
  await signInAs(page, "hiringManager");
  await page.getByRole("region", { name: "Debriefs I own" }).getByRole("link", { name: "Bruno Díaz" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Debrief: Bruno Díaz");
  // The status badge is a word a person reads ("Debrief" or "Active"), never the raw key.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Debrief: Bruno Díaz\s*(Active|Debrief)$/);
  const debriefPath = new URL(page.url()).pathname;

  // The recommendation and why it is Senior, not Staff.
  await expect(page.getByTestId("recommended-level")).toHaveText("Senior");
  const reasons = page.getByTestId("recommendation-reasons");
  await expect(reasons).toContainText(
    "Not Staff: System design and architecture, Cross-team influence and Leadership without authority have no evidence tagged multi-team or org.",
  );
  await expect(page.getByTestId("rule-staff-critical-scope")).toContainText("Fails");
  await expect(page.getByTestId("rule-senior-twos")).toContainText("Holds");
  // Each rule has a line in plain words, and each group is named once, not on every row.
  await expect(page.getByTestId("rule-staff-critical-scope").getByTestId("rule-plain")).toContainText("reached beyond their own team");
  const rulesTable = page.getByRole("table", { name: "Every rule with its numbers" });
  await expect(rulesTable.getByRole("columnheader", { name: "Staff bar", exact: true })).toHaveCount(1);
  await expect(rulesTable.getByText("Staff bar", { exact: true })).toHaveCount(1);
  await expect(page.getByText(/the middle of its ratings \(the median\)/)).toBeVisible();
  await expect(page.getByTestId("panel-flags")).toContainText("possible scope inflation");

  // The heatmap is a real table: caption, headers, numbers as text.
  const matrix = page.getByRole("table", { name: /Ratings of Bruno Díaz by section and interviewer/ });
  await expect(matrix.getByRole("columnheader", { name: /Maya Cohen/ })).toBeVisible();
  const designRow = matrix.getByRole("row", { name: /System design and architecture/ });
  await expect(designRow.getByRole("cell").first()).toHaveText("2");
  await expect(page.getByTestId("red-flags")).toContainText("Scope inflation");
  await expect(page.getByTestId("checklist-project-deep-dives")).toContainText("Collected");
  await expect(page.getByTestId("checklist-cross-team-influence-example")).toContainText("Missing");

  // Deciding Staff goes against the recommendation; without a reason the server refuses.
  await page.getByRole("radio", { name: "Staff" }).check();
  await page.getByRole("radio", { name: "Hire", exact: true }).check();
  await expect(page.getByTestId("against-hint")).toContainText("Against the recommendation");
  await page.getByLabel("Rationale").fill("Strong technical depth and a clear record of mentoring; ready for Staff scope.");
  const refusedRequest = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith(debriefPath));
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.locator("#decision-override-error")).toContainText("The recommendation is Senior");
  await expect(page.getByLabel("Rationale")).toHaveValue(/ready for Staff scope/);
  await expect(page.getByLabel(/Reason for deciding against the recommendation/)).toHaveAttribute("aria-invalid", "true");

  // The same request, sent by people who may not decide, is refused by the server with "forbidden".
  const request = await refusedRequest;
  const headers = await request.allHeaders();
  const replay = async (who: Person) => {
    const other = await newSignedInPage(browser, who);
    const response = await other.request.post(`${baseURL}${debriefPath}`, {
      headers: {
        "next-action": headers["next-action"] ?? "",
        "content-type": headers["content-type"] ?? "",
        accept: "text/x-component",
        origin: baseURL ?? "",
      },
      data: request.postDataBuffer() ?? Buffer.from(""),
    });
    const body = await response.text();
    await other.context().close();
    return body;
  };
  for (const who of ["interviewer", "recruiter", "otherHiringManager"] as const) {
    expect(await replay(who), `${who} must be refused`).toContain('"code":"forbidden"');
  }
  await page.reload();
  await expect(page.getByRole("button", { name: "Record decision" })).toBeVisible();

  // With a reason, "Record decision" restates the call and asks to confirm; going back keeps everything typed.
  await page.getByRole("radio", { name: "Staff" }).check();
  await page.getByRole("radio", { name: "Hire", exact: true }).check();
  await page.getByLabel("Rationale").fill("Strong technical depth and a clear record of mentoring; ready for Staff scope.");
  await page
    .getByLabel(/Reason for deciding against the recommendation/)
    .fill("References confirmed he led the cross-team ledger migration; the panel under-probed it.");
  await page.getByRole("button", { name: "Record decision" }).click();
  const confirm = page.getByTestId("decision-confirm");
  await expect(confirm).toBeFocused();
  await expect(page.getByTestId("decision-restatement")).toHaveText("Hire Bruno Díaz at Staff, against the recommendation (Senior).");
  await expect(page.getByTestId("decision-summary")).toHaveCount(0);
  // While confirming, the fields and "Record decision" step aside; nothing is recorded yet.
  await expect(page.getByRole("button", { name: "Record decision" })).toBeHidden();
  await expect(page.getByLabel("Rationale")).toBeHidden();
  await page.getByRole("button", { name: "Go back" }).click();
  await expect(page.getByRole("button", { name: "Record decision" })).toBeFocused();
  await expect(page.getByLabel("Rationale")).toHaveValue("Strong technical depth and a clear record of mentoring; ready for Staff scope.");
  await expect(page.getByLabel(/Reason for deciding against the recommendation/)).toHaveValue(/References confirmed/);
  await expect(page.getByRole("radio", { name: "Staff" })).toBeChecked();
  // Keyboard: Enter on the focused button opens the confirmation again, and Tab reaches "Confirm and record".
  await page.keyboard.press("Enter");
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Confirm and record" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("decision-outcome")).toHaveText("Hire at Staff");
  await expect(page.getByTestId("decision-summary")).toContainText("Recommendation at that moment: Senior");
  await expect(page.getByTestId("decision-summary")).toContainText("The decision goes against it.");
  await expect(page.getByTestId("decision-override-reason")).toContainText("References confirmed");
  await expect(page.getByTestId("debrief-history")).toContainText("Decided on Bruno Díaz: hire at Staff (against the recommendation: Senior)");
  await expect(page.getByRole("button", { name: "Record decision" })).toHaveCount(0);

  // A second decision is refused.
  expect(
    await (async () => {
      const response = await page.request.post(`${baseURL}${debriefPath}`, {
        headers: {
          "next-action": headers["next-action"] ?? "",
          "content-type": headers["content-type"] ?? "",
          accept: "text/x-component",
          origin: baseURL ?? "",
        },
        data: request.postDataBuffer() ?? Buffer.from(""),
      });
      return response.text();
    })(),
  ).toContain('"code":"conflict"');

  // An admin finds the decision in the audit log.
  const admin = await newSignedInPage(browser, "admin");
  await admin.goto("/audit?q=Bruno");
  await expect(admin.getByRole("row", { name: /Decided on Bruno Díaz: hire at Staff \(against the recommendation: Senior\)/ })).toBeVisible();
  await expect(admin.getByRole("row", { name: /Decided on Bruno Díaz/ })).toContainText("Hugo Park");
  await admin.context().close();

  // The analytics page shows the charts and counts the decision against the recommendation.
  await page.getByRole("link", { name: "Role analytics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Calibration analytics" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Agreement per section/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Interviewer offsets from the panel median/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Distribution of recommendations/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Decisions compared with the recommendation/ })).toBeVisible();
  const decisions = page.getByRole("region", { name: "Decisions against the recommendation" });
  await expect(decisions.getByRole("row", { name: /Bruno Díaz/ })).toContainText("Yes");
  const offsets = page.getByRole("table", { name: "Interviewer offsets" });
  await expect(offsets.getByRole("row", { name: /Hugo Park/ })).toContainText(/[+-]?\d\.\d\d/);
});

test("the blind rule binds the hiring manager: interviewing Elena himself, Hugo sees no panel until he submits", async ({ browser }) => {
  const rita = await newSignedInPage(browser, "recruiter");
  const elena = await debriefUrl(rita, "Elena Rossi");
  await rita.context().close();

  const hugo = await newSignedInPage(browser, "hiringManager");
  await hugo.goto(elena);
  await expect(hugo.getByTestId("debrief-blinded")).toContainText("Submit your own scorecard to see the panel.");
  await expect(hugo.getByRole("heading", { level: 1 })).toHaveText("Debrief");
  await expect(hugo.getByText("Elena Rossi")).toHaveCount(0);
  await expect(hugo.getByTestId("recommended-level")).toHaveCount(0);
  await hugo.context().close();
});

test("people outside the role's hiring team cannot open the debrief, its analytics or its ratings", async ({ browser, baseURL }) => {
  const hm = await newSignedInPage(browser, "hiringManager");
  const debrief = await debriefUrl(hm, "Alice Chen");
  const analytics = await analyticsUrl(hm);
  const csvUrl = analytics.replace(/\/analytics$/, "/ratings.csv").replace("/roles/", "/api/roles/");
  await hm.context().close();

  const helen = await newSignedInPage(browser, "otherHiringManager");
  expect((await helen.goto(debrief))?.status()).toBe(404);
  expect((await helen.goto(analytics))?.status()).toBe(404);
  expect((await helen.request.get(`${baseURL}${csvUrl}`)).status()).toBe(404);
  await helen.context().close();

  const priya = await newSignedInPage(browser, "interviewer");
  const forbidden = await priya.goto(debrief);
  expect(forbidden?.status()).toBe(403);
  await expect(priya.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  expect((await priya.goto(analytics))?.status()).toBe(403);
  expect((await priya.request.get(`${baseURL}${csvUrl}`)).status()).toBe(403);
  await priya.context().close();
});

test("the ratings CSV is a safe download for the hiring manager", async ({ page, baseURL }) => {
  await signInAs(page, "hiringManager");
  await page.goto(await analyticsUrl(page));
  const href = await page.getByRole("link", { name: "Download ratings (CSV)" }).getAttribute("href");
  const response = await page.request.get(`${baseURL}${href}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["content-disposition"]).toContain('filename="backend-engineer-payments-ratings.csv"');
  const text = await response.text();
  expect(text.split("\r\n")[0]).toContain("role,candidate,application status,stage");
  expect(text).toContain("Alice Chen");
  expect(text).toContain('"Strong on guardrails: timeouts, rate limits and a kill switch were in the first draft, not added after an incident."');
});

test("the debrief prints as a packet and fits a phone", async ({ page }) => {
  await signInAs(page, "hiringManager");
  await page.goto(await debriefUrl(page, "Alice Chen"));

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole("button", { name: "Print packet" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print packet" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Record decision" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("table", { name: /Ratings of Alice Chen/ })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.setViewportSize({ width: 390, height: 844 });
  // The heatmap fits a phone: interviewers' initials as columns, keyed below, every rating still on screen.
  const region = page.getByRole("region", { name: "Ratings matrix, scrolls sideways" });
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
  const key = page.getByRole("list", { name: "Interviewers in the matrix" });
  await expect(key).toBeVisible();
  await expect(key.getByRole("listitem")).toHaveCount(
    (await page
      .getByRole("table", { name: /Ratings of Alice Chen/ })
      .locator("thead th")
      .count()) - 4,
  );
  await expect(page.getByRole("table", { name: /Ratings of Alice Chen/ }).getByRole("columnheader", { name: "Raters" })).toBeHidden();
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  // On a phone the panels stack with the evidence first: the decision form comes after it, the history last.
  const top = async (name: string) => (await page.getByRole("region", { name, exact: true }).boundingBox())?.y ?? Number.NaN;
  const recommendation = await top("Recommendation");
  const evidence = await top("Evidence by section");
  const decision = await top("Decision");
  expect(recommendation).toBeLessThan(evidence);
  expect(evidence).toBeLessThan(decision);
  expect(decision).toBeLessThan(await top("History"));
  await page.screenshot({ path: test.info().outputPath("debrief-phone.png"), fullPage: true });
  // From lg up the decision sits beside the recommendation again.
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(Math.abs((await top("Recommendation")) - (await top("Decision")))).toBeLessThan(2);
});

test("the hiring manager revises a decision with a reason, and the earlier one stays in the history", async ({ page, browser }) => {
  await signInAs(page, "otherHiringManager");
  await page.goto(await debriefUrl(page, "Rosa Revise", PLATFORM));
  await expect(page.getByTestId("decision-outcome")).toHaveText("Hire at Staff");
  await expect(page.getByTestId("next-step")).toContainText("Decided: hire at Staff.");

  await page.getByRole("button", { name: "Revise the decision" }).click();
  const form = page.getByRole("form", { name: "Revise the decision" });
  await expect(form.getByRole("radio", { name: "Hire", exact: true })).toBeFocused();
  await form.getByRole("radio", { name: "No hire", exact: true }).check();
  await form.getByRole("radio", { name: "No level" }).check();
  await form.getByLabel("Rationale").fill("The offer was declined after a counter-offer; closing the application.");
  await form.getByLabel(/Reason for deciding against the recommendation/).fill("The candidate took a counter-offer; nothing about the evidence.");
  // Without a reason for revising, the server refuses and names the field; the typed text stays.
  await form.getByRole("button", { name: "Revise decision" }).click();
  await expect(form.locator("#revise-reason-error")).toContainText("Write at least 10 characters on why you revise the decision.");
  await expect(form.getByLabel("Rationale")).toHaveValue(/counter-offer/);
  await form.getByLabel("Reason for revising (required)").fill("The candidate accepted a counter-offer from their employer.");
  await form.getByRole("button", { name: "Revise decision" }).click();
  await expect(form.getByTestId("decision-restatement")).toHaveText("Do not hire Rosa Revise, against the recommendation (Staff).");
  await form.getByRole("button", { name: "Confirm and revise" }).click();

  await expect(page.getByTestId("decision-outcome")).toHaveText("No hire");
  const history = page.getByTestId("decision-history");
  await expect(history).toContainText("Hire at Staff");
  await expect(history).toContainText("Staff evidence across the whole panel.");
  await expect(history).toContainText("Revised by Helen Brandt");
  await expect(history).toContainText("The candidate accepted a counter-offer from their employer.");
  await expect(page.getByTestId("debrief-history")).toContainText("Revised the decision on Rosa Revise from hire at Staff to no hire");

  const admin = await newSignedInPage(browser, "admin");
  await admin.goto("/audit?q=Rosa");
  await expect(admin.getByRole("row", { name: /Revised the decision on Rosa Revise from hire at Staff to no hire/ })).toBeVisible();
  await admin.context().close();
});

test("the hiring manager reopens a decided application to the debrief with a reason, and decides again", async ({ page }) => {
  await signInAs(page, "otherHiringManager");
  await page.goto(await debriefUrl(page, "Otto Reopen", PLATFORM));
  await page.getByRole("button", { name: "Reopen the debrief" }).click();
  const form = page.getByRole("form", { name: "Reopen the debrief" });
  await expect(form.getByLabel("Reason for reopening (required)")).toBeFocused();
  await form.getByRole("button", { name: "Reopen to the debrief" }).click();
  await expect(form.locator("#reopen-reason-error")).toContainText("why you reopen the debrief");
  await form.getByLabel("Reason for reopening (required)").fill("The team asked for a fresh look after the reorg.");
  await form.getByRole("button", { name: "Reopen to the debrief" }).click();

  // Back in debrief: the status badge says so, in words.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Debrief: Otto Reopen\s*Debrief$/);
  await expect(page.getByTestId("decision-summary")).toHaveCount(0);
  await expect(page.getByTestId("decision-history")).toContainText("Reopened to the debrief by Helen Brandt");
  await expect(page.getByTestId("decision-history")).toContainText("The team asked for a fresh look after the reorg.");
  await expect(page.getByTestId("debrief-history")).toContainText("Reopened the debrief on Otto Reopen; the decision was hire at Staff");
  // The engine's own next step is back, and a new decision can be recorded.
  await expect(page.getByTestId("next-step")).not.toContainText("Decided");
  await page.getByRole("radio", { name: "Staff" }).check();
  await page.getByRole("radio", { name: "Hire", exact: true }).check();
  await page.getByLabel("Rationale").fill("Staff evidence across the panel, confirmed after the reorg.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await page.getByRole("button", { name: "Confirm and record" }).click();
  await expect(page.getByTestId("decision-outcome")).toHaveText("Hire at Staff");
});

test("a hold names the sections to probe, is not against the recommendation, and leads the recruiter to schedule", async ({ page, browser }) => {
  await signInAs(page, "otherHiringManager");
  const debrief = await debriefUrl(page, "Hana Hold", PLATFORM);
  await page.goto(debrief);
  await expect(page.getByTestId("recommended-level")).toHaveText("Insufficient evidence");
  await page.getByRole("radio", { name: "Hold — more signal needed" }).check();
  // The level is not asked; the engine's section to probe is ticked.
  await expect(page.getByRole("radio", { name: "Staff" })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Cross-team influence" })).toBeChecked();
  await expect(page.getByTestId("against-hint")).toContainText("not a decision against the recommendation");
  await expect(page.getByLabel(/Reason for deciding against the recommendation/)).toHaveCount(0);
  await page.getByLabel("Rationale").fill("Only Sam rated cross-team influence; one more interviewer should probe it.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId("decision-restatement")).toHaveText(
    "Hold Hana Hold for more signal: an extra interview on Cross-team influence. This is not a decision against the recommendation (Insufficient evidence).",
  );
  // The confirmation passes axe and fits a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Confirm and record" }).click();

  await expect(page.getByTestId("decision-outcome")).toHaveText("Hold — more signal needed");
  await expect(page.getByTestId("decision-summary")).toContainText("it is not a decision against it");
  await expect(page.getByTestId("decision-summary")).not.toContainText("goes against");
  await expect(page.getByTestId("hold-probe")).toContainText("Cross-team influence");
  expect(await seriousViolations(page)).toEqual([]);
  await expect(page.getByTestId("next-step")).toHaveText(
    "Next step: Schedule the extra interview on Cross-team influence; once its scorecard is in, revise the hold into a decision.",
  );

  // Analytics count the hold apart, not against the recommendation.
  await page.goto(await analyticsUrl(page, PLATFORM));
  const decisions = page.getByRole("region", { name: "Decisions against the recommendation" });
  await expect(decisions.getByRole("row", { name: /Hana Hold/ })).toContainText("Not counted: on hold");
  await expect(page.getByTestId("decisions-held")).toContainText("on hold for more signal, counted apart");

  // The recruiter follows the link to the application's schedule form.
  const rita = await newSignedInPage(browser, "recruiter");
  await rita.goto(debrief);
  await rita.getByRole("link", { name: "Schedule the extra interview" }).click();
  await expect(rita).toHaveURL(/\/applications\/[\w-]+\?probe=[\w,-]+#schedule$/);
  const schedule = rita.getByRole("form", { name: "Schedule an interview" });
  await expect(schedule).toBeVisible();
  // The stage that covers the section to probe is preselected, the first such stage in the plan.
  await expect(schedule.getByLabel("Stage")).toHaveValue(/.+/);
  await expect(schedule.getByLabel("Stage").locator("option:checked")).toHaveText("Influence and strategy (60 min)");
  await expect(schedule.getByText("Suggested for the hold: this stage covers the sections to probe.")).toBeVisible();
  await rita.context().close();
});

test("on a partial panel the server refuses a decision until 'Decide without them' has a reason", async ({ page }) => {
  await signInAs(page, "otherHiringManager");
  await page.goto(await debriefUrl(page, "Pavel Partial", PLATFORM));
  const partial = page.getByTestId("partial-panel");
  await expect(partial).toContainText("1 scheduled scorecard is not in yet");
  await expect(partial).toContainText("Sam Okoro");
  await page.getByRole("radio", { name: "Staff" }).check();
  await page.getByRole("radio", { name: "Hire", exact: true }).check();
  await page.getByLabel("Rationale").fill("Two strong Staff interviews; the pattern is clear.");
  await page.getByLabel(/Reason for deciding against the recommendation/).fill("The two interviews we have are both Staff-level throughout.");
  // Without the checkbox the form goes straight to the server, which refuses with a sentence naming what to do.
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId("decision-error")).toContainText('still missing, so deciding now needs "Decide without them" and a reason');
  await expect(page.locator("#decision-without-error")).toContainText("Wait for them, or tick");
  await expect(page.getByLabel("Rationale")).toHaveValue("Two strong Staff interviews; the pattern is clear.");
  await expect(page.getByTestId("decision-summary")).toHaveCount(0);

  await page.getByRole("checkbox", { name: "Decide without them" }).check();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Why decide without them (required)").fill("Sam's interview is a month away and the candidate has another offer.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId("decision-restatement")).toHaveText(
    "Hire Pavel Partial at Staff, against the recommendation (Insufficient evidence), without the scorecard still missing.",
  );
  await page.getByRole("button", { name: "Confirm and record" }).click();
  await expect(page.getByTestId("decision-outcome")).toHaveText("Hire at Staff");
  await expect(page.getByTestId("decision-partial-reason")).toContainText("a month away");
});
