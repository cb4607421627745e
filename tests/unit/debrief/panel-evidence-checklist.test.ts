import { describe, expect, it } from "vitest";
import { countsAsEvidence, panelEvidenceChecklist, type ChecklistRating } from "@/lib/debrief/panel-evidence-checklist";

const DEFAULT_SECTIONS = [
  "scope-and-impact",
  "technical-depth",
  "system-design",
  "execution-and-delivery",
  "code-quality",
  "cross-team-influence",
  "leadership-without-authority",
  "product-thinking",
  "reliability-and-operations",
].map((key) => ({ key, name: key }));

const rating = (sectionKey: string, interviewerId: string, value: 0 | 1 | 2 | null, scope: ChecklistRating["scope"], evidence = "Written evidence."): ChecklistRating => ({
  sectionKey,
  sectionName: sectionKey,
  interviewerId,
  interviewerName: interviewerId,
  rating: value,
  scope,
  evidence,
});

describe("countsAsEvidence", () => {
  it.each([
    [2, "team", "text", true],
    [1, "multi-team", "text", true],
    [1, "org", "text", true],
    [1, "team", "text", false],
    [0, "org", "text", false],
    [2, "org", "   ", false],
    [null, "org", "text", false],
  ] as const)("rating %s scope %s evidence %j → %s", (value, scope, evidence, expected) => {
    expect(countsAsEvidence({ rating: value, scope, evidence })).toBe(expected);
  });

  it("counts only multi-team or org evidence where the item is about reach", () => {
    expect(countsAsEvidence({ rating: 2, scope: "team", evidence: "text" }, { broadScopeOnly: true })).toBe(false);
    expect(countsAsEvidence({ rating: 1, scope: "multi-team", evidence: "text" }, { broadScopeOnly: true })).toBe(true);
    expect(countsAsEvidence({ rating: 0, scope: "org", evidence: "text" }, { broadScopeOnly: true })).toBe(false);
  });
});

describe("panelEvidenceChecklist", () => {
  it("marks items collected or missing; deep-dives need two interviewers", () => {
    const result = panelEvidenceChecklist(DEFAULT_SECTIONS, [
      rating("system-design", "priya", 2, "team"),
      rating("reliability-and-operations", "priya", 1, "org"),
      rating("cross-team-influence", "sam", 1, "multi-team"),
      rating("leadership-without-authority", "hugo", 2, "team"),
      rating("code-quality", "lee", 2, "team"),
    ]);
    const status = Object.fromEntries(result.items.map((i) => [i.key, [i.status, i.found]]));
    expect(result.tracked).toBe(true);
    expect(status).toEqual({
      "project-deep-dives": ["missing", 1],
      "hard-incident": ["collected", 1],
      "cross-team-influence-example": ["collected", 1],
      "raising-others-quality": ["collected", 2],
    });
  });

  it("does not take strong team-scoped ratings as cross-team influence", () => {
    const result = panelEvidenceChecklist(DEFAULT_SECTIONS, [rating("system-design", "maya", 2, "team"), rating("leadership-without-authority", "sam", 2, "team")]);
    expect(result.items.find((i) => i.key === "cross-team-influence-example")?.status).toBe("missing");
  });

  it("collects deep-dives from two different interviewers, not two ratings by one", () => {
    const one = panelEvidenceChecklist(DEFAULT_SECTIONS, [rating("system-design", "priya", 2, "team"), rating("technical-depth", "priya", 2, "team")]);
    expect(one.items.find((i) => i.key === "project-deep-dives")?.status).toBe("missing");
    const two = panelEvidenceChecklist(DEFAULT_SECTIONS, [rating("system-design", "priya", 2, "team"), rating("technical-depth", "lee", 2, "team")]);
    expect(two.items.find((i) => i.key === "project-deep-dives")?.status).toBe("collected");
  });

  it("is not tracked when the framework uses other section keys", () => {
    const result = panelEvidenceChecklist([{ key: "communication", name: "Communication" }], [rating("communication", "priya", 2, "org")]);
    expect(result.tracked).toBe(false);
    expect(result.items.every((i) => i.status === "not-tracked")).toBe(true);
  });

  it("marks single items not tracked when none of their sections are in play", () => {
    const result = panelEvidenceChecklist([{ key: "code-quality", name: "Code quality" }], []);
    expect(result.items.find((i) => i.key === "raising-others-quality")?.status).toBe("missing");
    expect(result.items.find((i) => i.key === "hard-incident")?.status).toBe("not-tracked");
  });
});
