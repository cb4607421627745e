import { describe, expect, it } from "vitest";
import { emptyContent, type ScorecardContent, type SectionRatingInput } from "@/lib/scorecards/scorecard-content";
import { fieldKey, validateAmendmentReason, validateScorecard, type KitRules } from "@/lib/scorecards/validate-scorecard";

const kit: KitRules = {
  sections: [
    { id: "sd", name: "System design", itemIds: ["sd-1", "sd-2"] },
    { id: "td", name: "Technical depth", itemIds: ["td-1"] },
  ],
  redFlags: [{ id: "rf-1", title: "Scope inflation", severity: "note" }],
};

const rating = (sectionId: string, patch: Partial<SectionRatingInput> = {}): SectionRatingInput => ({
  sectionId,
  rating: 1,
  notAssessed: false,
  evidence: "",
  scope: null,
  itemsObserved: [],
  ...patch,
});

/** A scorecard that passes every submit rule; each case below breaks one thing. */
const complete = (): ScorecardContent => ({
  ratings: [
    rating("sd", { rating: 2, evidence: "Designed the idempotency contract.", scope: "org" }),
    rating("td", { notAssessed: true, rating: null }),
  ],
  redFlags: [{ redFlagId: "rf-1", note: "Called a team migration an org strategy." }],
  overallRecommendation: "staff",
  confidence: "high",
  summary: "",
});

type Case = [name: string, change: (c: ScorecardContent) => ScorecardContent, mode: "draft" | "submit", key: string | null, message: RegExp | null];

const withRating = (c: ScorecardContent, sectionId: string, patch: Partial<SectionRatingInput>) => ({
  ...c,
  ratings: c.ratings.map((r) => (r.sectionId === sectionId ? { ...r, ...patch } : r)),
});

const cases: Case[] = [
  ["a complete scorecard submits", (c) => c, "submit", null, null],
  ["an empty draft saves", () => emptyContent(["sd", "td"]), "draft", null, null],
  ["a draft may leave sections unrated", (c) => withRating(c, "sd", { rating: null, evidence: "" }), "draft", null, null],
  [
    "a 2 without evidence cannot be submitted",
    (c) => withRating(c, "sd", { evidence: "  " }),
    "submit",
    fieldKey.evidence("sd"),
    /^System design: a rating of 2 needs written evidence\.$/,
  ],
  [
    "a 0 without evidence cannot be submitted",
    (c) => withRating(c, "sd", { rating: 0, evidence: "" }),
    "submit",
    fieldKey.evidence("sd"),
    /rating of 0 needs written evidence/,
  ],
  ["a 1 without evidence is fine", (c) => withRating(c, "sd", { rating: 1, evidence: "", scope: null }), "submit", null, null],
  [
    "an unrated section blocks submit",
    (c) => withRating(c, "td", { notAssessed: false, rating: null }),
    "submit",
    fieldKey.rating("td"),
    /^Technical depth: choose a rating \(0, 1 or 2\) or mark it Not assessed\.$/,
  ],
  [
    "a section missing from the payload blocks submit",
    (c) => ({ ...c, ratings: c.ratings.filter((r) => r.sectionId !== "td") }),
    "submit",
    fieldKey.rating("td"),
    /Technical depth/,
  ],
  [
    "evidence needs a scope on submit",
    (c) => withRating(c, "sd", { scope: null }),
    "submit",
    fieldKey.scope("sd"),
    /System design: choose the scope/,
  ],
  [
    "a rating outside 0–2 is refused, even in a draft",
    (c) => withRating(c, "sd", { rating: 3 }),
    "draft",
    fieldKey.rating("sd"),
    /must be 0, 1 or 2/,
  ],
  ["a negative rating is refused", (c) => withRating(c, "sd", { rating: -1 }), "draft", fieldKey.rating("sd"), /must be 0, 1 or 2/],
  ["rating and not assessed together are refused", (c) => withRating(c, "sd", { notAssessed: true }), "draft", fieldKey.rating("sd"), /not both/],
  [
    "a section outside the stage's focus is refused",
    (c) => ({ ...c, ratings: [...c.ratings, rating("other")] }),
    "draft",
    "_form",
    /not a focus of this interview's stage/,
  ],
  ["the same section twice is refused", (c) => ({ ...c, ratings: [...c.ratings, rating("sd")] }), "draft", "_form", /rated twice/],
  [
    "an item of another section is refused",
    (c) => withRating(c, "sd", { itemsObserved: ["td-1"] }),
    "draft",
    fieldKey.items("sd"),
    /does not belong/,
  ],
  ["evidence at the limit is fine", (c) => withRating(c, "sd", { evidence: "x".repeat(5000) }), "submit", null, null],
  [
    "evidence over the limit is refused in a draft",
    (c) => withRating(c, "sd", { evidence: "x".repeat(5001) }),
    "draft",
    fieldKey.evidence("sd"),
    /^System design: the evidence is 5,001 characters; shorten it to 5,000 or fewer\.$/,
  ],
  [
    "a red flag of another stage is refused",
    (c) => ({ ...c, redFlags: [{ redFlagId: "rf-x", note: "n" }] }),
    "draft",
    "_form",
    /does not belong to this stage/,
  ],
  [
    "a red flag needs a note on submit",
    (c) => ({ ...c, redFlags: [{ redFlagId: "rf-1", note: " " }] }),
    "submit",
    fieldKey.redFlagNote("rf-1"),
    /Scope inflation.*add a note/,
  ],
  [
    "a red flag note over 1,000 characters is refused",
    (c) => ({ ...c, redFlags: [{ redFlagId: "rf-1", note: "y".repeat(1001) }] }),
    "draft",
    fieldKey.redFlagNote("rf-1"),
    /1,000 or fewer/,
  ],
  ["a summary over 5,000 characters is refused", (c) => ({ ...c, summary: "z".repeat(5001) }), "draft", "summary", /summary is 5,001 characters/],
  [
    "a recommendation is needed on submit",
    (c) => ({ ...c, overallRecommendation: null }),
    "submit",
    "overallRecommendation",
    /no hire, Senior or Staff/,
  ],
  [
    "every section not assessed blocks submit (a placeholder)",
    (c) => withRating(c, "sd", { notAssessed: true, rating: null, evidence: "", scope: null }),
    "submit",
    "_form",
    /Every section is marked Not assessed\. Rate at least one section/,
  ],
  [
    "every section not assessed is fine in a draft",
    (c) => withRating(c, "sd", { notAssessed: true, rating: null, evidence: "", scope: null }),
    "draft",
    null,
    null,
  ],
  ["one assessed section is enough to submit", (c) => withRating(c, "sd", { rating: 1, evidence: "", scope: null }), "submit", null, null],
  ["a confidence is needed on submit", (c) => ({ ...c, confidence: null }), "submit", "confidence", /low, medium or high/],
];

describe("validateScorecard", () => {
  it.each(cases)("%s", (_name, change, mode, key, message) => {
    const errors = validateScorecard(change(complete()), kit, mode);
    if (key === null) {
      expect(errors).toEqual({});
    } else {
      expect(Object.keys(errors)).toContain(key);
      expect(errors[key]).toMatch(message ?? /./);
    }
  });

  it("reports every problem at once, one message per field", () => {
    const errors = validateScorecard(emptyContent(["sd", "td"]), kit, "submit");
    expect(Object.keys(errors).sort()).toEqual(["confidence", "overallRecommendation", fieldKey.rating("sd"), fieldKey.rating("td")].sort());
  });
});

describe("validateAmendmentReason", () => {
  it.each([
    ["", /at least 10 characters/],
    ["   typo    ", /at least 10 characters/],
    ["Fixed a typo in the evidence.", null],
    ["r".repeat(2001), /2,000 or fewer/],
  ] as const)("%j", (reason, expected) => {
    const result = validateAmendmentReason(reason);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });
});
