/**
 * Independent scoring and bad input, proved on the server: pages, the action, the JSON routes.
 *
 * Demo interviews used (each test keeps to its own; specs run in parallel on one database):
 * - Jonas Berg / Maya and Jonas Berg / Priya (two hours ago, added by scripts/e2e-server.ts): the blind
 *   rule (both end up submitted; a scorecard is refused before its interview's start).
 * - Grace Kim / Helen: bad input through the autosave route (a draft only; never submitted).
 * - Grace Kim / Omar: read only here (its id and its sections as "someone else's").
 */
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures";
import { actionPayload, captureServerAction, formSections, openMyInterview, replayServerAction, section } from "./interviews-helpers";

/** Rates every focus section 1 by keyboard and picks a recommendation: enough to submit. */
async function fillMinimalScorecard(page: Page) {
  const sections = await formSections(page);
  await section(page, sections[0]?.name ?? "")
    .getByRole("radio")
    .first()
    .focus();
  for (let i = 0; i < sections.length; i++) {
    await page.keyboard.press("1");
    if (i < sections.length - 1) await page.keyboard.press("Alt+ArrowDown");
  }
  await page.getByRole("radio", { name: "Senior", exact: true }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("radio", { name: "Medium", exact: true }).focus();
  await page.keyboard.press("Space");
}

test("the blind rule: another interviewer's scorecard stays out of reach until I submit mine", async ({ browser }) => {
  const mayaContext = await browser.newContext();
  const maya = await mayaContext.newPage();
  await signInAs(maya, "maya");
  const mayaInterviewId = await openMyInterview(maya, "Jonas Berg");
  await fillMinimalScorecard(maya);
  await maya.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(maya.getByTestId("locked-scorecard")).toBeVisible();
  const mayaJsonPath = (await maya.getByTestId("scorecard-json-link").getAttribute("href")) ?? "";
  expect(mayaJsonPath).toMatch(/^\/api\/scorecards\/[0-9a-f-]{36}$/);
  const mayaBefore = (await (await maya.request.get(mayaJsonPath)).json()) as { scorecard: { revision: number } };

  const priyaContext = await browser.newContext();
  const priya = await priyaContext.newPage();
  await signInAs(priya, "interviewer");

  // By URL guessing: the JSON route, the interview page, its panel page, the autosave route.
  const json = await priya.request.get(mayaJsonPath);
  expect(json.status()).toBe(404);
  expect(await json.text()).not.toContain("Maya");
  const kitPage = await priya.goto(`/interviews/${mayaInterviewId}`);
  expect(kitPage?.status()).toBe(404);
  await expect(priya.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  expect((await priya.goto(`/interviews/${mayaInterviewId}/panel`))?.status()).toBe(404);
  const put = await priya.request.put(`/api/interviews/${mayaInterviewId}/scorecard-draft`, {
    data: {
      baseRevision: mayaBefore.scorecard.revision,
      content: { ratings: [], redFlags: [], overallRecommendation: null, confidence: null, summary: "" },
    },
  });
  expect(put.status()).toBe(404);

  // By page: her own panel page says to submit first and lists nobody.
  const priyaInterviewId = await openMyInterview(priya, "Jonas Berg");
  await priya.goto(`/interviews/${priyaInterviewId}/panel`);
  await expect(priya.getByTestId("blind-notice")).toContainText("Submit your own scorecard first");
  await expect(priya.getByText("Maya Cohen")).toHaveCount(0);

  // By action: her submit action, replayed with Maya's interview id, is refused.
  await priya.goto(`/interviews/${priyaInterviewId}`);
  await fillMinimalScorecard(priya);
  const submit = await captureServerAction(priya, () => priya.getByRole("button", { name: "Submit scorecard" }).click(), { block: true });
  await expect(priya.getByTestId("action-error")).toContainText("Couldn't reach the server");
  const refused = await replayServerAction(priya, submit, (args) => [
    args[0],
    { ...actionPayload(args), interviewId: mayaInterviewId, baseRevision: mayaBefore.scorecard.revision },
  ]);
  expect(refused).toContain("This interview was not found, or you don't have access to it.");
  const mayaAfter = (await (await maya.request.get(mayaJsonPath)).json()) as { scorecard: { revision: number; interviewerName: string } };
  expect(mayaAfter.scorecard.revision).toBe(mayaBefore.scorecard.revision);

  // Once Priya submits hers, Maya's is readable by URL and on the panel page.
  await priya.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(priya.getByTestId("locked-scorecard")).toBeVisible();
  const after = await priya.request.get(mayaJsonPath);
  expect(after.status()).toBe(200);
  expect(((await after.json()) as { scorecard: { interviewerName: string } }).scorecard.interviewerName).toBe("Maya Cohen");
  await priya.getByRole("link", { name: "Read the panel's scorecards" }).click();
  await expect(priya.getByRole("region", { name: /Maya Cohen · Architecture deep-dive/ })).toBeVisible();
  await expect(priya.getByTestId("blind-notice")).toHaveCount(0);

  await mayaContext.close();
  await priyaContext.close();
});

test("bad input to the autosave route is refused with a clear message and nothing stored", async ({ browser }) => {
  // Someone else's interview and a section outside Helen's stage, read from Omar's own page.
  const omarContext = await browser.newContext();
  const omar = await omarContext.newPage();
  await signInAs(omar, "omar");
  const omarInterviewId = await openMyInterview(omar, "Grace Kim");
  const omarSections = await formSections(omar);
  await omarContext.close();

  const helenContext = await browser.newContext();
  const helen = await helenContext.newPage();
  await signInAs(helen, "otherHiringManager");
  const interviewId = await openMyInterview(helen, "Grace Kim");
  const sections = await formSections(helen);
  const outside = omarSections.find((s) => !sections.some((mine) => mine.id === s.id));
  expect(outside?.name).toMatch(/^(Technical depth|Execution and delivery|Code quality and engineering excellence)$/);
  const first = sections[0];
  if (!first || !outside) throw new Error("The demo stages changed.");

  const url = `/api/interviews/${interviewId}/scorecard-draft`;
  const rating = (patch: Record<string, unknown> = {}) => ({
    sectionId: first.id,
    rating: 1,
    notAssessed: false,
    evidence: "Thinks in contracts and deprecation plans.",
    scope: "multi-team",
    itemsObserved: [],
    ...patch,
  });
  const content = (ratings: unknown[]) => ({ ratings, redFlags: [], overallRecommendation: null, confidence: null, summary: "" });

  const created = await helen.request.put(url, { data: { baseRevision: 0, content: content([rating()]) } });
  expect(created.status()).toBe(200);
  const { data } = (await created.json()) as { data: { scorecardId: string; revision: number } };
  expect(data.revision).toBe(1);

  const refusals: [string, string, unknown, number, RegExp][] = [
    [
      "a rating outside 0–2",
      url,
      { baseRevision: 1, content: content([rating({ rating: 3 })]) },
      422,
      /A rating must be 0, 1 or 2, or Not assessed\./,
    ],
    ["a negative rating", url, { baseRevision: 1, content: content([rating({ rating: -1 })]) }, 422, /A rating must be 0, 1 or 2/],
    [
      "a section not in the stage's focus",
      url,
      { baseRevision: 1, content: content([rating({ sectionId: outside.id })]) },
      422,
      /not a focus of this interview's stage/,
    ],
    [
      "someone else's interview id",
      `/api/interviews/${omarInterviewId}/scorecard-draft`,
      { baseRevision: 0, content: content([rating({ sectionId: omarSections[0]?.id })]) },
      404,
      /^This interview was not found, or you don't have access to it\.$/,
    ],
    [
      "oversized evidence",
      url,
      { baseRevision: 1, content: content([rating({ evidence: "x".repeat(5001) })]) },
      422,
      new RegExp(`^The draft was not saved\\. ${first.name}: the evidence is 5,001 characters; shorten it to 5,000 or fewer\\.`),
    ],
    ["a stale revision", url, { baseRevision: 0, content: content([rating({ evidence: "Stale." })]) }, 409, /changed in another tab or window/],
    ["an unknown field", url, { baseRevision: 1, content: content([rating()]), status: "submitted" }, 422, /The draft was not saved\./],
  ];
  for (const [what, target, body, status, message] of refusals) {
    const res = await helen.request.put(target, { data: body });
    expect(res.status(), what).toBe(status);
    expect(((await res.json()) as { message: string }).message, what).toMatch(message);
  }
  const notJson = await helen.request.put(url, { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
  expect(notJson.status()).toBe(400);

  // Nothing of it was stored.
  const stored = (await (await helen.request.get(`/api/scorecards/${data.scorecardId}`)).json()) as {
    scorecard: { revision: number; status: string; ratings: { sectionId: string; rating: number; evidence: string }[] };
  };
  expect(stored.scorecard).toMatchObject({ revision: 1, status: "draft" });
  expect(stored.scorecard.ratings).toEqual([
    expect.objectContaining({ sectionId: first.id, rating: 1, evidence: "Thinks in contracts and deprecation plans." }),
  ]);
  await helenContext.close();
});
