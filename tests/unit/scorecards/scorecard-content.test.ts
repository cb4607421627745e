import { describe, expect, it } from "vitest";
import { alignToSections, contentToPlainText, emptyContent, sameContent, type ScorecardContent } from "@/lib/scorecards/scorecard-content";

const typed: ScorecardContent = {
  ratings: [
    { sectionId: "b", rating: 2, notAssessed: false, evidence: "Led the RFC.", scope: "org", itemsObserved: ["i2", "i1"] },
    { sectionId: "gone", rating: 1, notAssessed: false, evidence: "", scope: null, itemsObserved: [] },
  ],
  redFlags: [
    { redFlagId: "f1", note: "Claimed org scope." },
    { redFlagId: "f-gone", note: "" },
  ],
  overallRecommendation: "staff",
  confidence: "high",
  summary: "",
};

describe("alignToSections", () => {
  it("keeps one row per focus section in kit order and drops what the kit no longer has", () => {
    const aligned = alignToSections(typed, ["a", "b"], ["f1"]);
    expect(aligned.ratings.map((r) => r.sectionId)).toEqual(["a", "b"]);
    expect(aligned.ratings[0]).toMatchObject({ rating: null, notAssessed: false, evidence: "" });
    expect(aligned.ratings[1]?.evidence).toBe("Led the RFC.");
    expect(aligned.redFlags.map((f) => f.redFlagId)).toEqual(["f1"]);
  });
});

describe("sameContent", () => {
  it("ignores order and blank rows, and sees any real change", () => {
    const reordered: ScorecardContent = { ...typed, ratings: [...typed.ratings].reverse(), redFlags: [...typed.redFlags].reverse() };
    expect(sameContent(typed, reordered)).toBe(true);
    expect(sameContent(alignToSections(typed, ["a", "b", "gone"]), typed)).toBe(true);
    expect(sameContent(typed, { ...typed, summary: "x" })).toBe(false);
    expect(sameContent(emptyContent(["a"]), emptyContent(["b"]))).toBe(true);
  });
});

describe("contentToPlainText", () => {
  it("names each section and red flag so the copy makes sense on its own", () => {
    const text = contentToPlainText(typed, { sections: new Map([["b", "Cross-team influence"]]), redFlags: new Map([["f1", "Scope inflation"]]) });
    expect(text).toContain("Cross-team influence — rating: 2, scope: org\nLed the RFC.");
    expect(text).toContain("Red flag: Scope inflation\nClaimed org scope.");
    expect(text).toContain("Recommendation: Staff");
  });
});
