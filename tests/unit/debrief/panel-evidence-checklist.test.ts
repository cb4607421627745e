import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CHECKLIST_RULE,
  CUSTOM_CHECKLIST_RULE,
  checklistRule,
  countsAsEvidence,
  panelEvidenceChecklist,
  type ChecklistRating,
} from "@/lib/debrief/panel-evidence-checklist";
import { DEFAULT_FRAMEWORK, PANEL_EVIDENCE_CHECKLIST } from "@/lib/frameworks/default-framework";
import { exportFrameworkJson, importFrameworkJson } from "@/lib/frameworks/framework-json";
import type { PanelEvidenceContent } from "@/lib/frameworks/types";

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

const rating = (
  sectionKey: string,
  interviewerId: string,
  value: 0 | 1 | 2 | null,
  scope: ChecklistRating["scope"],
  evidence = "Written evidence.",
): ChecklistRating => ({
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
    const result = panelEvidenceChecklist(DEFAULT_SECTIONS, [
      rating("system-design", "maya", 2, "team"),
      rating("leadership-without-authority", "sam", 2, "team"),
    ]);
    expect(result.items.find((i) => i.key === "cross-team-influence-example")?.status).toBe("missing");
  });

  it("collects deep-dives from two different interviewers, not two ratings by one", () => {
    const one = panelEvidenceChecklist(DEFAULT_SECTIONS, [
      rating("system-design", "priya", 2, "team"),
      rating("technical-depth", "priya", 2, "team"),
    ]);
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

describe("panelEvidenceChecklist with a framework's own checklist", () => {
  const sections = [
    { key: "delivery", name: "Delivery" },
    { key: "influence", name: "Influence" },
  ];
  const CUSTOM: PanelEvidenceContent[] = [
    { label: "Three shipped projects", description: "Problem to impact.", sectionKeys: ["delivery"], required: 3 },
    { key: "reach", label: "Reach beyond the team", description: "", sectionKeys: ["influence"], broadScopeOnly: true },
    { label: "Three shipped projects", description: "Same label, its own key.", sectionKeys: ["delivery"] },
    { label: "Not in this role", description: "", sectionKeys: ["architecture"] },
  ];

  it.each([
    [
      "two interviewers are not enough for an item that needs three",
      [rating("delivery", "a", 2, "team"), rating("delivery", "b", 2, "team")],
      "three-shipped-projects",
      "missing",
      2,
    ],
    [
      "three different interviewers collect it",
      [rating("delivery", "a", 2, "team"), rating("delivery", "b", 1, "org"), rating("delivery", "c", 2, "team")],
      "three-shipped-projects",
      "collected",
      3,
    ],
    [
      "the same interviewer twice counts once",
      [rating("delivery", "a", 2, "team"), rating("delivery", "a", 2, "org")],
      "three-shipped-projects",
      "missing",
      1,
    ],
    ["broad scope only: a team-scoped 2 does not count", [rating("influence", "a", 2, "team")], "reach", "missing", 0],
    ["broad scope only: a multi-team 1 counts", [rating("influence", "a", 1, "multi-team")], "reach", "collected", 1],
    ["an item without rules needs one interviewer", [rating("delivery", "a", 2, "team")], "three-shipped-projects-2", "collected", 1],
    ["an item whose sections are not in play is not tracked", [rating("delivery", "a", 2, "org")], "not-in-this-role", "not-tracked", 0],
  ] as const)("%s", (_name, ratings, key, status, found) => {
    const result = panelEvidenceChecklist(sections, [...ratings], CUSTOM);
    expect(result.items.map((i) => i.key)).toEqual(["three-shipped-projects", "reach", "three-shipped-projects-2", "not-in-this-role"]);
    const item = result.items.find((i) => i.key === key);
    expect(item?.status).toBe(status);
    expect(item?.found).toBe(found);
  });

  it("an empty checklist tracks nothing", () => {
    expect(panelEvidenceChecklist(sections, [rating("delivery", "a", 2, "org")], [])).toEqual({ tracked: false, items: [] });
  });

  it("words the rule for the built-in list and for a framework's own", () => {
    expect(checklistRule(undefined)).toBe(CHECKLIST_RULE);
    expect(checklistRule(PANEL_EVIDENCE_CHECKLIST)).toBe(CHECKLIST_RULE);
    expect(checklistRule(CUSTOM)).toBe(CUSTOM_CHECKLIST_RULE);
  });

  it("property: the built-in checklist as data gives what the rules keyed by the built-in keys gave", () => {
    // The rule before checklists became data: two interviewers for deep-dives, broad scope for cross-team influence.
    const legacy = (ratings: ChecklistRating[]) =>
      PANEL_EVIDENCE_CHECKLIST.map((item) => {
        const support = ratings.filter(
          (r) => item.sectionKeys.includes(r.sectionKey) && countsAsEvidence(r, { broadScopeOnly: item.key === "cross-team-influence-example" }),
        );
        const found = new Set(support.map((r) => r.interviewerId)).size;
        return { key: item.key, found, status: found >= (item.key === "project-deep-dives" ? 2 : 1) ? "collected" : "missing" };
      });
    // The same list after a trip through the JSON file, as a stored version would carry it.
    const imported = importFrameworkJson(exportFrameworkJson(DEFAULT_FRAMEWORK));
    if (!imported.ok) throw new Error("the default framework should export and import");
    const ratingArb = fc.record({
      sectionKey: fc.constantFrom(...DEFAULT_SECTIONS.map((s) => s.key)),
      interviewerId: fc.constantFrom("a", "b", "c"),
      rating: fc.constantFrom(0, 1, 2, null),
      scope: fc.constantFrom("team", "multi-team", "org", null),
      evidence: fc.constantFrom("", "Written evidence."),
    });
    fc.assert(
      fc.property(fc.array(ratingArb, { maxLength: 12 }), (raw) => {
        const ratings = raw.map((r) => ({ ...r, sectionName: r.sectionKey, interviewerName: r.interviewerId })) as ChecklistRating[];
        const builtIn = panelEvidenceChecklist(DEFAULT_SECTIONS, ratings);
        expect(builtIn.items.map(({ key, found, status }) => ({ key, found, status }))).toEqual(legacy(ratings));
        expect(panelEvidenceChecklist(DEFAULT_SECTIONS, ratings, imported.content.evidenceChecklist)).toEqual(builtIn);
      }),
      { numRuns: 300 },
    );
  });
});
