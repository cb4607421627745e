import { describe, expect, it } from "vitest";
import type { Level, Recommendation } from "@/lib/calibration";
import { againstRecommendation, partialPanelProblems, restateDecision, type DecisionChoice } from "@/lib/debrief/decision-rules";
import { nextStepAfterDecision, sectionsToProbe } from "@/lib/debrief/next-step";

const both = { hiresSenior: true, hiresStaff: true };
const staffOnly = { hiresSenior: false, hiresStaff: true };
const hold: DecisionChoice = { level: "none", hire: false, held: true };

describe("restateDecision: the sentence the confirmation shows", () => {
  const cases: [string, Parameters<typeof restateDecision>[0], string][] = [
    [
      "hire against the recommendation",
      { candidateName: "Ada Lovelace", choice: { level: "staff", hire: true }, recommended: "senior", role: both },
      "Hire Ada Lovelace at Staff, against the recommendation (Senior).",
    ],
    [
      "hire in line",
      { candidateName: "Ada Lovelace", choice: { level: "senior", hire: true }, recommended: "senior", role: both },
      "Hire Ada Lovelace at Senior, in line with the recommendation (Senior).",
    ],
    [
      "no hire below the bar",
      { candidateName: "Chloe Okafor", choice: { level: "none", hire: false }, recommended: "below-senior-bar", role: both },
      "Do not hire Chloe Okafor, in line with the recommendation (Below Senior bar).",
    ],
    [
      "no hire assessed Senior on a Staff-only role",
      { candidateName: "Lena Vogel", choice: { level: "senior", hire: false }, recommended: "senior", role: staffOnly },
      "Do not hire Lena Vogel (assessed Senior), in line with the recommendation (Senior).",
    ],
    [
      "deciding without missing scorecards",
      { candidateName: "Elena Rossi", choice: { level: "senior", hire: true }, recommended: "senior", role: both, missingScorecards: 3 },
      "Hire Elena Rossi at Senior, in line with the recommendation (Senior), without the 3 scorecards still missing.",
    ],
    [
      "one missing scorecard",
      { candidateName: "Elena Rossi", choice: { level: "none", hire: false }, recommended: "senior", role: both, missingScorecards: 1 },
      "Do not hire Elena Rossi, against the recommendation (Senior), without the scorecard still missing.",
    ],
    [
      "a hold names its sections and is not against",
      {
        candidateName: "Dev Patel",
        choice: hold,
        recommended: "insufficient-evidence",
        role: both,
        probeSectionNames: ["Cross-team influence", "Product and business thinking"],
      },
      "Hold Dev Patel for more signal: an extra interview on Cross-team influence and Product and business thinking. This is not a decision against the recommendation (Insufficient evidence).",
    ],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(restateDecision(input)).toBe(expected);
  });
});

describe("partialPanelProblems: deciding while scheduled scorecards are missing", () => {
  const base = { missingScorecards: 2, decideWithoutMissing: false, missingReason: undefined as string | undefined, minReason: 10 };
  const cases: [string, Parameters<typeof partialPanelProblems>[0], string[]][] = [
    ["a full panel needs nothing", { ...base, outcome: "hire", missingScorecards: 0 }, []],
    ["a hire without the checkbox is refused", { ...base, outcome: "hire" }, ["decideWithoutMissing"]],
    ["a no hire without the checkbox is refused too", { ...base, outcome: "no-hire" }, ["decideWithoutMissing"]],
    ["the checkbox without a reason is refused", { ...base, outcome: "hire", decideWithoutMissing: true }, ["missingReason"]],
    [
      "the checkbox with a short reason is refused",
      { ...base, outcome: "hire", decideWithoutMissing: true, missingReason: "  soon  " },
      ["missingReason"],
    ],
    [
      "the checkbox with a reason is allowed",
      { ...base, outcome: "hire", decideWithoutMissing: true, missingReason: "The last interviewer is on leave for a month." },
      [],
    ],
    ["a hold is exempt", { ...base, outcome: "hold" }, []],
  ];
  it.each(cases)("%s", (_name, input, fields) => {
    expect(Object.keys(partialPanelProblems(input))).toEqual(fields);
  });

  it("says how many are missing and what to do", () => {
    expect(partialPanelProblems({ ...base, outcome: "hire", missingScorecards: 1 }).decideWithoutMissing?.[0]).toBe(
      '1 scheduled scorecard is not in yet. Wait for them, or tick "Decide without them" and say why.',
    );
  });
});

describe("a hold is never against the recommendation", () => {
  const levels: Level[] = ["staff", "senior", "below-senior-bar", "insufficient-evidence", "no-hire"];
  it.each(levels)("recommended %s, held → not against", (recommended) => {
    expect(againstRecommendation(recommended, hold, both).against).toBe(false);
    expect(againstRecommendation(recommended, hold, staffOnly).against).toBe(false);
  });
  it("while every other choice on insufficient evidence is against", () => {
    expect(againstRecommendation("insufficient-evidence", { level: "none", hire: false }, both).against).toBe(true);
  });
});

describe("nextStepAfterDecision", () => {
  const cases: [string, Parameters<typeof nextStepAfterDecision>[0], string | null][] = [
    ["nothing decided: the engine's next step stands", null, null],
    ["hire", { level: "staff", hire: true, probeSectionNames: [] }, "Decided: hire at Staff. Nothing more to probe unless the decision is reopened."],
    [
      "no hire",
      { level: "senior", hire: false, probeSectionNames: [] },
      "Decided: no hire (assessed Senior). Nothing more to probe unless the decision is reopened.",
    ],
    [
      "hold with sections",
      { ...hold, probeSectionNames: ["Cross-team influence", "Scope and impact"] },
      "Schedule the extra interview on Cross-team influence and Scope and impact; once its scorecard is in, revise the hold into a decision.",
    ],
  ];
  it.each(cases)("%s", (_name, decision, expected) => {
    expect(nextStepAfterDecision(decision)).toBe(expected);
  });
});

describe("sectionsToProbe", () => {
  const score = (sectionId: string, raters: number, extra: Partial<Recommendation["sectionScores"][number]> = {}) => ({
    sectionId,
    name: sectionId,
    staffCritical: false,
    ratings: Array.from({ length: raters }, (_, i) => ({ interviewerId: `i${i}`, interviewerLevel: "staff", rating: 2 as const, scope: null })),
    score: raters > 0 ? 2 : null,
    raters,
    disagreement: false,
    scopes: [],
    assessed: raters > 0,
    ...extra,
  });
  const rule = (id: string, passed: boolean, failingSectionIds: string[] = []) =>
    ({ id, passed, failingSectionIds }) as unknown as Recommendation["rules"][number];
  const rec = (over: Partial<Pick<Recommendation, "basis" | "rules" | "sectionScores" | "flags">>) =>
    ({ basis: "staff-bar", rules: [], flags: [], sectionScores: [score("a", 2), score("b", 2), score("c", 1)], ...over }) as Pick<
      Recommendation,
      "basis" | "rules" | "sectionScores" | "flags"
    >;

  const cases: [string, ReturnType<typeof rec>, string[]][] = [
    ["thinly rated Staff-critical sections", rec({ basis: "staff-thinly-rated", rules: [rule("staff-critical-raters", false, ["b"])] }), ["b"]],
    ["sections nobody assessed", rec({ basis: "too-few-sections-assessed", rules: [rule("min-assessed-share", false, ["c", "a"])] }), ["a", "c"]],
    ["a 0-versus-2 split", rec({ sectionScores: [score("a", 2, { disagreement: true }), score("b", 2)] }), ["a"]],
    ["coverage gaps", rec({ flags: [{ kind: "coverage-gap", message: "", sectionIds: ["b"] }] }), ["b"]],
    ["otherwise single-rated sections", rec({}), ["c"]],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(sectionsToProbe(input)).toEqual(expected);
  });
});
