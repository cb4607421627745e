import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { addCandidateSchema } from "@/lib/candidates/candidate-schema";
import { decisionSchema } from "@/lib/debrief/decision-schema";
import { frameworkNameField } from "@/lib/frameworks/framework-action-schemas";
import { createPersonSchema } from "@/lib/people/person-schema";
import { planStageSchema } from "@/lib/roles/plan-schema";
import { createRoleSchema } from "@/lib/roles/role-schema";
import { amendScorecardSchema, scorecardContentSchema } from "@/lib/scorecards/scorecard-schema";
import { isSafeText, safeLine, safeText, unsafeTextProblem } from "@/lib/validation/text";

// eslint-disable-next-line no-control-regex -- NUL is what the rule forbids
const FORBIDDEN = /\u0000|[\u202A-\u202E\u2066-\u2069]/;
const BAD: [string, string, RegExp][] = [
  ["NUL", "a\u0000b", /null character/],
  ["lone high surrogate", "a\uD800b", /broken character/],
  ["lone low surrogate", "\uDC00", /broken character/],
  ["LRE", "\u202Aabc", /text-direction/],
  ["RLO", "evil\u202Egnp.exe", /text-direction/],
  ["PDF", "x\u202C", /text-direction/],
  ["LRI", "\u2066x", /text-direction/],
  ["PDI", "x\u2069", /text-direction/],
];
const GOOD = ["plain", "", "Zoë Ørsted", "emoji 🎉 pair", "עברית and العربية", "tab\tnew\nline", "zero\u200Bwidth"];

describe("unsafeTextProblem", () => {
  it.each(BAD)("rejects %s", (_name, text, message) => {
    expect(unsafeTextProblem(text)).toMatch(message);
    expect(safeText({ max: 100 }).safeParse(text).success).toBe(false);
  });
  it.each(GOOD)("accepts %j", (text) => {
    expect(unsafeTextProblem(text)).toBeNull();
    expect(safeText({ max: 100 }).safeParse(text).success).toBe(true);
  });
  it("safeLine trims and refuses line breaks", () => {
    expect(safeLine({ max: 10 }).parse("  a  ")).toBe("a");
    expect(safeLine({ max: 10 }).safeParse("a\nb").success).toBe(false);
  });
});

describe("property: no accepted string holds NUL, a lone surrogate or a bidi control", () => {
  const alphabet = fc.constantFrom("a", " ", "\n", "\u0000", "\uD800", "\uDC00", "\u202A", "\u202E", "\u2066", "\u2069", "é", "🎉", "\u200F");
  const strings = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: alphabet }));
  it("safeText", () => {
    fc.assert(
      fc.property(strings, (text) => {
        const parsed = safeText({ max: 10_000 }).safeParse(text);
        if (parsed.success) {
          expect(FORBIDDEN.test(parsed.data)).toBe(false);
          expect(parsed.data.isWellFormed()).toBe(true);
        }
        expect(parsed.success).toBe(isSafeText(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe("every free-text field follows the rule", () => {
  const role = { title: "Backend", team: "Core", hiresSenior: true, hiresStaff: false, sectionIds: [], staffCriticalSectionIds: [] };
  const evidenceCard = (evidence: string) => ({
    ratings: [{ sectionId: "s1", rating: 1, notAssessed: false, evidence, scope: null, itemsObserved: [] }],
    redFlags: [],
    overallRecommendation: null,
    confidence: null,
    summary: "",
  });
  const cases: [string, z.ZodType, (bad: string) => unknown][] = [
    ["candidate name", addCandidateSchema, (b) => ({ roleId: "r", name: `Ada${b}`, email: "a@example.com" })],
    ["candidate notes", addCandidateSchema, (b) => ({ roleId: "r", name: "Ada", email: "a@example.com", notes: b })],
    ["candidate links", addCandidateSchema, (b) => ({ roleId: "r", name: "Ada", email: "a@example.com", links: `https://x.dev/${b}` })],
    ["decision rationale", decisionSchema, (b) => ({ applicationId: "a", level: "none", hire: "false", rationale: `long enough ${b}` })],
    [
      "decision override",
      decisionSchema,
      (b) => ({ applicationId: "a", level: "none", hire: "false", rationale: "long enough text", overrideReason: b }),
    ],
    ["framework name", frameworkNameField, (b) => `Name${b}`],
    ["person name", createPersonSchema, (b) => ({ name: `P${b}`, email: "p@example.com", roles: ["interviewer"], level: "senior" })],
    ["stage name", planStageSchema, (b) => ({ name: `Stage${b}`, durationMinutes: 60, focusSectionIds: ["s"] })],
    ["role title", createRoleSchema, (b) => ({ ...role, title: `T${b}` })],
    ["role team", createRoleSchema, (b) => ({ ...role, team: `T${b}` })],
    ["scorecard summary", scorecardContentSchema, (b) => ({ ...evidenceCard(""), summary: b })],
    ["scorecard evidence", scorecardContentSchema, (b) => evidenceCard(b)],
    ["amendment reason", amendScorecardSchema, (b) => ({ reason: b })],
  ];
  it.each(cases)("%s", (_name, schema, input) => {
    for (const [, bad] of BAD) {
      const result = schema.safeParse(input(bad));
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toMatch(/null character|broken character|text-direction/);
    }
  });
});
