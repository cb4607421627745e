import { describe, expect, it } from "vitest";
import {
  CalibrationInputError,
  DEFAULT_THRESHOLDS,
  LEVEL_ORDER,
  STAFF_BAR_RULES,
  THRESHOLD_KEYS,
  THRESHOLD_SPECS,
  compareLevels,
  isStaffOrAbove,
  levelRank,
  median,
  recommend,
  resolveThresholds,
  type Confidence,
  type Level,
  type Panel,
  type PanelFlagKind,
  type PanelRating,
  type PanelRedFlag,
  type PanelScorecard,
  type PanelSection,
  type PlannedCoverage,
  type Recommendation,
  type RuleId,
  type RuleResult,
  type SectionScore,
  type Thresholds,
  type VerdictBasis,
} from "@/lib/calibration";

// ---------------------------------------------------------------------------------------
// A small panel language: one string per section, one token per interviewer.
// ---------------------------------------------------------------------------------------

/** The default framework's nine sections; ★ design, influence and leadership are Staff-critical. */
const SECTIONS: PanelSection[] = [
  { id: "scope", name: "Scope and impact", staffCritical: false },
  { id: "depth", name: "Technical depth", staffCritical: false },
  { id: "design", name: "System design and architecture", staffCritical: true },
  { id: "execution", name: "Execution and delivery", staffCritical: false },
  { id: "quality", name: "Code quality and engineering excellence", staffCritical: false },
  { id: "influence", name: "Cross-team influence", staffCritical: true },
  { id: "leadership", name: "Leadership without authority", staffCritical: true },
  { id: "product", name: "Product and business thinking", staffCritical: false },
  { id: "reliability", name: "Reliability and operations", staffCritical: false },
];

type SectionKey = "scope" | "depth" | "design" | "execution" | "quality" | "influence" | "leadership" | "product" | "reliability";

/**
 * One string per section, one space-separated token per interviewer (alice, bob, carol, dan):
 * "0" | "1" | "2" rating with the default scope (org in Staff-critical sections, team elsewhere),
 * a scope suffix "t" | "m" | "o" overrides it, "?" leaves it untagged,
 * "-" is an explicit not assessed, "." leaves the section off that scorecard.
 */
type Grid = Partial<Record<SectionKey, string>>;

const INTERVIEWERS = [
  { id: "alice", name: "Alice", level: "staff" },
  { id: "bob", name: "Bob", level: "senior" },
  { id: "carol", name: "Carol", level: "senior" },
  { id: "dan", name: "Dan", level: "principal" },
] as const;

type PanelOptions = Omit<Partial<Panel>, "scorecards"> & {
  levels?: string[];
  /** Red flags per interviewer index. */
  redFlags?: PanelRedFlag[][];
};

function buildPanel(grid: Grid, options: PanelOptions = {}): Panel {
  const { levels, redFlags, sections = SECTIONS, ...rest } = options;
  const rows = Object.entries(grid).map(([sectionId, cells]) => ({ sectionId, tokens: (cells ?? "").split(/\s+/).filter(Boolean) }));
  const count = Math.max(1, ...rows.map((row) => row.tokens.length), redFlags?.length ?? 0);
  const scorecards: PanelScorecard[] = Array.from({ length: count }, (_, index) => {
    const person = INTERVIEWERS[index] ?? { id: `interviewer-${index}`, name: `Interviewer ${index}`, level: "senior" };
    const ratings = rows.flatMap(({ sectionId, tokens }) => parseToken(tokens[index] ?? ".", sectionId, sections));
    return {
      interviewer: { id: person.id, name: person.name, level: levels?.[index] ?? person.level },
      ratings,
      ...(redFlags?.[index] ? { redFlags: redFlags[index] } : {}),
    };
  });
  return { sections, scorecards, ...rest };
}

function parseToken(token: string, sectionId: string, sections: PanelSection[]): PanelRating[] {
  if (token === ".") return [];
  if (token === "-") return [{ sectionId, rating: null }];
  const match = /^([012])([tmo?]?)$/.exec(token);
  if (!match) throw new Error(`Bad grid token "${token}" for ${sectionId}`);
  const rating = Number(match[1]) as 0 | 1 | 2;
  const critical = sections.find((s) => s.id === sectionId)?.staffCritical ?? false;
  const suffix = match[2] || (critical ? "o" : "t");
  if (suffix === "?") return [{ sectionId, rating }];
  const scope = ({ t: "team", m: "multi-team", o: "org" } as const)[suffix as "t" | "m" | "o"];
  return [{ sectionId, rating, scope }];
}

/**
 * Staff with high confidence: every section rated twice, four 2s, Staff-critical scores 2, 2 and 1.5.
 * alice (staff) and bob (senior) interview.
 */
const STAFF: Grid = {
  scope: "2 2",
  depth: "2 2",
  design: "2 2",
  execution: "1 1",
  quality: "1 1",
  influence: "2 2",
  leadership: "2 1",
  product: "1 1",
  reliability: "1 1",
};

/** STAFF, but leadership scores 1: below the Staff-critical minimum of 1.5, so Senior. */
const SENIOR: Grid = { ...STAFF, leadership: "1 1" };

/** Only two sections score 2: below the Senior bar's three. */
const BELOW: Grid = { ...STAFF, scope: "1 1", depth: "1 1" };

/** STAFF, but only alice rated cross-team influence: every Staff rule holds except the two-rater rule. */
const THIN: Grid = { ...STAFF, influence: "2 ." };

/** Four of nine sections assessed: fewer than half. */
const SPARSE: Grid = { scope: "2 2", depth: "2 2", design: "2 2", influence: "2 2" };

/** Four of nine sections, every Staff-critical one among them, all 2s: Staff if the evidence gate allowed it. */
const FOUR_STRONG: Grid = { depth: "2 2", design: "2 2", influence: "2 2", leadership: "2 2" };

const BLOCKS_HIRE: PanelRedFlag = { severity: "blocks-hire", title: "Heroics instead of fixing the system" };
const CAPS_AT_SENIOR: PanelRedFlag = { severity: "caps-at-senior", title: "Scope inflation" };
const NOTE: PanelRedFlag = { severity: "note", title: "Impact claimed without numbers" };

const rule = (result: Recommendation, id: RuleId): RuleResult => {
  const found = result.rules.find((r) => r.id === id);
  if (!found) throw new Error(`rule ${id} missing`);
  return found;
};

const score = (result: Recommendation, sectionId: string): SectionScore => {
  const found = result.sectionScores.find((s) => s.sectionId === sectionId);
  if (!found) throw new Error(`section ${sectionId} missing`);
  return found;
};

const run = (grid: Grid, options: PanelOptions = {}) => recommend(buildPanel(grid, options));

describe("fixtures", () => {
  it.each([
    ["STAFF", "staff", STAFF],
    ["SENIOR", "senior", SENIOR],
    ["BELOW", "below-senior-bar", BELOW],
    ["THIN", "insufficient-evidence", THIN],
    ["SPARSE", "insufficient-evidence", SPARSE],
  ] as const)("%s gives %s", (_name, level, grid) => {
    expect(run(grid).level).toBe(level);
  });
});

describe("median", () => {
  it.each([
    [[], null],
    [[2], 2],
    [[2, 1], 1.5],
    [[0, 1], 0.5],
    [[0, 2], 1],
    [[1, 2, 2], 2],
    [[2, 0, 1, 2], 1.5],
    [[0, 0, 2, 2], 1],
    [[0, 1, 1, 2, 2], 1],
  ])("median of %j is %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("section scores", () => {
  it.each([
    ["2 1", 1.5],
    ["1 2 2 1", 1.5],
    ["0 1", 0.5],
    ["0 2", 1],
    ["1 2 2", 2],
    ["2 -", 2],
    ["- 1", 1],
    ["- -", null],
    [". .", null],
  ])("execution rated %j scores %s (even counts take the mean of the middle two)", (cells, expected) => {
    const result = run({ ...STAFF, execution: cells });
    expect(score(result, "execution").score).toBe(expected);
    expect(score(result, "execution").assessed).toBe(expected !== null);
  });

  it.each([
    ["0 2", true],
    ["2 0", true],
    ["0 1 2", true],
    ["0 1", false],
    ["1 2", false],
    ["0 0", false],
    ["2 -", false],
  ])("ratings %j disagree: %s", (cells, expected) => {
    expect(score(run({ ...STAFF, execution: cells }), "execution").disagreement).toBe(expected);
  });

  it("never counts not assessed as 0: the rating list, raters and score leave it out", () => {
    const execution = score(run({ ...STAFF, execution: "2 - 2" }), "execution");
    expect(execution.ratings.map((r) => r.rating)).toEqual([2, 2]);
    expect(execution.raters).toBe(2);
    expect(execution.score).toBe(2);
  });

  it("lists ratings by interviewer with their level, and distinct scopes narrowest first", () => {
    const influence = score(run({ ...STAFF, influence: "2o 1t 2m" }), "influence");
    expect(influence.ratings).toEqual([
      { interviewerId: "alice", interviewerName: "Alice", interviewerLevel: "staff", rating: 2, scope: "org" },
      { interviewerId: "bob", interviewerName: "Bob", interviewerLevel: "senior", rating: 1, scope: "team" },
      { interviewerId: "carol", interviewerName: "Carol", interviewerLevel: "senior", rating: 2, scope: "multi-team" },
    ]);
    expect(influence.scopes).toEqual(["team", "multi-team", "org"]);
    expect(influence.name).toBe("Cross-team influence");
    expect(influence.staffCritical).toBe(true);
  });

  it("counts distinct interviewers as raters when one interviewer has two scorecards", () => {
    const panel = buildPanel(STAFF);
    const alice = panel.scorecards[0];
    if (!alice) throw new Error("no scorecard");
    panel.scorecards = [alice, { ...alice, ratings: [{ sectionId: "influence", rating: 2, scope: "org" }] }];
    const result = recommend(panel);
    expect(score(result, "influence").ratings).toHaveLength(2);
    expect(score(result, "influence").raters).toBe(1);
    expect(rule(result, "staff-critical-raters").failingSectionIds).toEqual(expect.arrayContaining(["influence"]));
  });

  it("falls back to the section id when a section has no name", () => {
    const sections = SECTIONS.map(({ id, staffCritical }) => ({ id, staffCritical }));
    expect(score(run(STAFF, { sections }), "design").name).toBe("design");
  });
});

type RuleCase = [
  description: string,
  grid: Grid,
  options: PanelOptions,
  id: RuleId,
  expected: { passed: boolean; actual: number | null; required: number; failing?: string[] },
];

describe("rules", () => {
  const ruleCases: RuleCase[] = [
    ["a note does not block", STAFF, { redFlags: [[NOTE]] }, "no-blocking-red-flag", { passed: true, actual: 0, required: 0 }],
    ["a blocks-hire flag blocks", STAFF, { redFlags: [[], [BLOCKS_HIRE]] }, "no-blocking-red-flag", { passed: false, actual: 1, required: 0 }],
    [
      "two blocks-hire flags count twice",
      STAFF,
      { redFlags: [[BLOCKS_HIRE], [BLOCKS_HIRE]] },
      "no-blocking-red-flag",
      { passed: false, actual: 2, required: 0 },
    ],
    ["9 of 9 assessed", STAFF, {}, "min-assessed-share", { passed: true, actual: 1, required: 0.5, failing: [] }],
    [
      "5 of 9 assessed (more than half)",
      { ...SPARSE, execution: "1 1" },
      {},
      "min-assessed-share",
      { passed: true, actual: 5 / 9, required: 0.5, failing: ["quality", "leadership", "product", "reliability"] },
    ],
    [
      "4 of 9 assessed (fewer than half)",
      SPARSE,
      {},
      "min-assessed-share",
      { passed: false, actual: 4 / 9, required: 0.5, failing: ["execution", "quality", "leadership", "product", "reliability"] },
    ],
    [
      "exactly half assessed is not fewer than half",
      { scope: "2 2", depth: "2 2" },
      { sections: SECTIONS.slice(0, 4) },
      "min-assessed-share",
      { passed: true, actual: 0.5, required: 0.5, failing: ["design", "execution"] },
    ],
    ["all assessed sections score 1 or more", STAFF, {}, "senior-assessed-share", { passed: true, actual: 1, required: 0.75, failing: [] }],
    [
      "6 of 8 assessed sections score 1 or more: exactly 75%",
      { ...STAFF, execution: "0 0", quality: "0 0", reliability: ". ." },
      {},
      "senior-assessed-share",
      { passed: true, actual: 0.75, required: 0.75, failing: ["execution", "quality"] },
    ],
    [
      "6 of 9 assessed sections score 1 or more",
      { ...STAFF, execution: "0 0", quality: "0 0", product: "0 1" },
      {},
      "senior-assessed-share",
      { passed: false, actual: 6 / 9, required: 0.75, failing: ["execution", "quality", "product"] },
    ],
    [
      "unassessed sections stay out of the share",
      { ...STAFF, execution: "0 0", quality: "- -", product: ". ." },
      {},
      "senior-assessed-share",
      { passed: true, actual: 6 / 7, required: 0.75, failing: ["execution"] },
    ],
    ["four sections score 2", STAFF, {}, "senior-twos", { passed: true, actual: 4, required: 3 }],
    ["three sections score 2", { ...STAFF, scope: "1 1" }, {}, "senior-twos", { passed: true, actual: 3, required: 3 }],
    ["two sections score 2", BELOW, {}, "senior-twos", { passed: false, actual: 2, required: 3 }],
    ["a 1.5 is not a 2", { ...STAFF, scope: "2 1" }, {}, "senior-twos", { passed: true, actual: 3, required: 3 }],
    ["lowest Staff-critical score 1.5", STAFF, {}, "staff-critical-score", { passed: true, actual: 1.5, required: 1.5, failing: [] }],
    ["leadership scores 1", SENIOR, {}, "staff-critical-score", { passed: false, actual: 1, required: 1.5, failing: ["leadership"] }],
    [
      "two Staff-critical sections below 1.5",
      { ...SENIOR, design: "0 2" },
      {},
      "staff-critical-score",
      { passed: false, actual: 1, required: 1.5, failing: ["design", "leadership"] },
    ],
    ["two Staff-critical sections score 2", STAFF, {}, "staff-critical-twos", { passed: true, actual: 2, required: 2, failing: ["leadership"] }],
    [
      "one Staff-critical section scores 2",
      { ...STAFF, influence: "2 1" },
      {},
      "staff-critical-twos",
      { passed: false, actual: 1, required: 2, failing: ["influence", "leadership"] },
    ],
    ["org evidence everywhere", STAFF, {}, "staff-critical-scope", { passed: true, actual: 3, required: 3, failing: [] }],
    [
      "multi-team evidence counts",
      { ...STAFF, influence: "2t 2m" },
      {},
      "staff-critical-scope",
      { passed: true, actual: 3, required: 3, failing: [] },
    ],
    [
      "team-only evidence fails",
      { ...STAFF, influence: "2t 2t" },
      {},
      "staff-critical-scope",
      { passed: false, actual: 2, required: 3, failing: ["influence"] },
    ],
    [
      "untagged evidence is not multi-team or org",
      { ...STAFF, influence: "2t 2?" },
      {},
      "staff-critical-scope",
      { passed: false, actual: 2, required: 3, failing: ["influence"] },
    ],
    ["two raters each", STAFF, {}, "staff-critical-raters", { passed: true, actual: 2, required: 2, failing: [] }],
    ["influence rated once", THIN, {}, "staff-critical-raters", { passed: false, actual: 1, required: 2, failing: ["influence"] }],
    [
      "leadership rated by nobody",
      { ...STAFF, leadership: ". ." },
      {},
      "staff-critical-raters",
      { passed: false, actual: 0, required: 2, failing: ["leadership"] },
    ],
    ["a note does not cap", STAFF, { redFlags: [[NOTE]] }, "no-capping-red-flag", { passed: true, actual: 0, required: 0 }],
    ["a caps-at-senior flag caps", STAFF, { redFlags: [[CAPS_AT_SENIOR]] }, "no-capping-red-flag", { passed: false, actual: 1, required: 0 }],
  ];

  it.each(ruleCases.map(([description, grid, options, id, expected]) => ({ description, grid, options, id, expected })))(
    "$id: $description",
    ({ grid, options, id, expected }) => {
      const result = rule(run(grid, options), id);
      expect(result.passed).toBe(expected.passed);
      expect(result.actual).toBeCloseTo(expected.actual ?? Number.NaN, 10);
      expect(result.required).toBe(expected.required);
      if (expected.failing) expect(result.failingSectionIds).toEqual(expected.failing);
    },
  );

  it("reports every rule, in order, with a label, a comparison and a detail sentence", () => {
    const result = run(STAFF);
    expect(result.rules.map((r) => r.id)).toEqual([
      "no-blocking-red-flag",
      "min-assessed-share",
      "senior-assessed-share",
      "senior-twos",
      "staff-critical-score",
      "staff-critical-twos",
      "staff-critical-scope",
      "staff-critical-raters",
      "no-capping-red-flag",
    ]);
    for (const r of result.rules) {
      expect(r.label.length).toBeGreaterThan(10);
      expect(r.detail).toMatch(/\.$/);
    }
    expect(STAFF_BAR_RULES).toEqual(result.rules.filter((r) => r.group === "senior-bar" || r.group === "staff-bar").map((r) => r.id));
  });

  it("puts the numbers in the rule detail", () => {
    const result = run({ ...STAFF, execution: "0 0", quality: "0 0", product: "0 1" });
    expect(rule(result, "senior-assessed-share").label).toBe("At least 75% of assessed sections score 1 or more");
    expect(rule(result, "senior-assessed-share").detail).toBe("6 of 9 assessed sections score 1 or more (66.7%; 75% needed).");
    expect(rule(result, "senior-twos").detail).toBe("4 sections score 2 (3 needed).");
    expect(rule(run(THIN), "staff-critical-raters").detail).toBe(
      "Only one interviewer rated Cross-team influence; each Staff-critical section needs at least 2 interviewers.",
    );
  });
});

type OutcomeCase = [description: string, grid: Grid, options: PanelOptions, level: Level, basis: VerdictBasis];

describe("outcomes, in the verdict order of design.md", () => {
  const outcomeCases: OutcomeCase[] = [
    ["every Staff rule holds", STAFF, {}, "staff", "staff-bar"],
    ["a note changes nothing", STAFF, { redFlags: [[NOTE], [NOTE]] }, "staff", "staff-bar"],
    ["Staff capped by a caps-at-senior flag", STAFF, { redFlags: [[], [CAPS_AT_SENIOR]] }, "senior", "staff-bar-capped"],
    ["Senior bar holds, a Staff-critical section below 1.5", SENIOR, {}, "senior", "senior-bar"],
    ["Senior bar holds, only one Staff-critical 2", { ...STAFF, influence: "2 1" }, {}, "senior", "senior-bar"],
    ["Senior bar holds, Staff evidence all team-scoped", { ...STAFF, influence: "2t 2t" }, {}, "senior", "senior-bar"],
    ["Senior with a caps-at-senior flag stays Senior", SENIOR, { redFlags: [[CAPS_AT_SENIOR]] }, "senior", "senior-bar"],
    ["too few 2s", BELOW, {}, "below-senior-bar", "below-senior-bar"],
    ["too few sections score 1 or more", { ...STAFF, execution: "0 0", quality: "0 0", product: "0 1" }, {}, "below-senior-bar", "below-senior-bar"],
    ["fewer than half assessed", SPARSE, {}, "insufficient-evidence", "too-few-sections-assessed"],
    ["fewer than half assessed beats a capping flag", SPARSE, { redFlags: [[CAPS_AT_SENIOR]] }, "insufficient-evidence", "too-few-sections-assessed"],
    ["every Staff rule but the two-rater rule", THIN, {}, "insufficient-evidence", "staff-thinly-rated"],
    ["a Staff-critical section nobody rated", { ...STAFF, leadership: ". ." }, {}, "insufficient-evidence", "staff-thinly-rated"],
    ["thin, but the score rule fails too: Senior", { ...SENIOR, influence: "2 ." }, {}, "senior", "senior-bar"],
    ["thin, but the Senior bar fails too: below", { ...BELOW, influence: "2 ." }, {}, "below-senior-bar", "below-senior-bar"],
    ["thin and capped: Staff is out of reach, so Senior", THIN, { redFlags: [[CAPS_AT_SENIOR]] }, "senior", "senior-bar"],
    ["a blocks-hire flag", STAFF, { redFlags: [[BLOCKS_HIRE]] }, "no-hire", "blocked-by-red-flag"],
    ["a blocks-hire flag beats too few sections assessed", SPARSE, { redFlags: [[BLOCKS_HIRE]] }, "no-hire", "blocked-by-red-flag"],
    ["a blocks-hire flag beats a capping flag", STAFF, { redFlags: [[CAPS_AT_SENIOR, BLOCKS_HIRE]] }, "no-hire", "blocked-by-red-flag"],
  ];

  it.each(outcomeCases.map(([description, grid, options, level, basis]) => ({ description, grid, options, level, basis })))(
    "$description → $level",
    ({ grid, options, level, basis }) => {
      const result = run(grid, options);
      expect(result.level).toBe(level);
      expect(result.basis).toBe(basis);
    },
  );
});

describe("a Staff-critical section nobody rated", () => {
  it.each([
    ["left off every scorecard", ". ."],
    ["marked not assessed", "- -"],
  ])("%s fails the two-rater rule only", (_description, cells) => {
    const result = run({ ...STAFF, leadership: cells });
    expect(rule(result, "staff-critical-raters")).toMatchObject({ passed: false, actual: 0, failingSectionIds: ["leadership"] });
    // The score and scope rules look only at design and influence, which were rated.
    expect(rule(result, "staff-critical-score")).toMatchObject({ passed: true, actual: 2, failingSectionIds: [] });
    expect(rule(result, "staff-critical-scope")).toMatchObject({ passed: true, actual: 2, required: 2 });
    expect(rule(result, "staff-critical-twos")).toMatchObject({ passed: true, actual: 2 });
    expect(result.level).toBe("insufficient-evidence");
    expect(result.nextStep).toBe("Probe Leadership without authority: nobody rated it.");
  });

  it("still needs the rated Staff-critical sections to pass the score rule", () => {
    const result = run({ ...STAFF, leadership: ". .", influence: "1 1" });
    expect(rule(result, "staff-critical-score").failingSectionIds).toEqual(["influence"]);
    expect(result.level).toBe("senior");
  });

  it("cannot reach Staff when every Staff-critical section is unrated", () => {
    const result = run({ ...STAFF, design: ". .", influence: ". .", leadership: ". .", product: "2 2" });
    expect(rule(result, "staff-critical-score")).toMatchObject({ passed: true, actual: null });
    expect(rule(result, "staff-critical-twos")).toMatchObject({ passed: false, actual: 0 });
    expect(result.level).toBe("senior");
  });
});

describe("confidence", () => {
  it.each([
    ["every assessed section rated twice, no split", "high", STAFF],
    ["unassessed sections do not lower it", "high", { ...STAFF, product: ". .", reliability: "- -" }],
    ["0 and 1 is not a disagreement", "high", { ...STAFF, execution: "0 1" }],
    ["one disagreement", "medium", { ...STAFF, execution: "0 2" }],
    // Issue 11, item 4: single ratings count only in Staff-critical sections (the coverage rule asks one stage of the others).
    ["one single-rated non-critical section does not lower it", "high", { ...STAFF, execution: "1 ." }],
    ["two single-rated non-critical sections do not lower it", "high", { ...STAFF, execution: "1 .", quality: ". 1" }],
    ["one single-rated Staff-critical section", "medium", THIN],
    ["a disagreement and a single-rated non-critical section", "medium", { ...STAFF, execution: "0 2", quality: "1 ." }],
    ["a disagreement and a single-rated Staff-critical section", "low", { ...STAFF, execution: "0 2", design: "2 ." }],
    ["two single-rated Staff-critical sections", "low", { ...STAFF, design: "2 .", influence: ". 2" }],
    ["two disagreements", "low", { ...STAFF, execution: "0 2", quality: "2 0" }],
    ["a disagreement in a non-critical section counts", "medium", { ...STAFF, reliability: "2 0" }],
    ["nothing assessed", "low", { scope: "- -" }],
  ] as [string, Confidence, Grid][])("%s → %s", (_description, confidence, grid) => {
    expect(run(grid).confidence).toBe(confidence);
  });
});

describe("panel flags", () => {
  const kinds = (result: Recommendation) => result.flags.map((f) => f.kind);

  it("raises none on a clean Staff panel", () => {
    expect(run(STAFF).flags).toEqual([]);
  });

  it.each([
    ["two senior interviewers", ["senior", "senior"], true],
    ["an interviewer of unknown level", ["lead", "senior"], true],
    ["a staff interviewer", ["staff", "senior"], false],
    ["a principal interviewer", ["senior", "principal"], false],
    ["a senior staff interviewer", ["Senior Staff", "senior"], false],
    ["a distinguished engineer", ["senior", "distinguished"], false],
  ])("a Staff call rated by %s: flag raised %s", (_description, levels, raised) => {
    const result = run(STAFF, { levels });
    expect(result.level).toBe("staff");
    expect(kinds(result).includes("no-staff-level-rater")).toBe(raised);
  });

  it("flags a Staff call whose only Staff-level interviewer rated no Staff-critical section", () => {
    const result = run({ ...STAFF, scope: "2 2 2" }, { levels: ["senior", "senior", "principal"] });
    expect(result.flags).toEqual([
      {
        kind: "no-staff-level-rater",
        message:
          "Staff call without a Staff-level interviewer: nobody at Staff level or above rated System design and architecture, Cross-team influence or Leadership without authority.",
        sectionIds: ["design", "influence", "leadership"],
      },
    ]);
  });

  it("does not raise the Staff-level flag on a Senior call", () => {
    expect(kinds(run(SENIOR, { levels: ["senior", "senior"] }))).not.toContain("no-staff-level-rater");
  });

  it.each([
    ["a 2 in a Staff-critical section with team evidence only", { influence: "2t 2t" }, ["influence"]],
    ["a 2 with team and untagged evidence", { influence: "2t 1?" }, ["influence"]],
    ["a 2 beside org evidence", { influence: "2t 1o" }, []],
    ["team evidence without a 2", { influence: "1t 1t" }, []],
    ["a team-scoped 2 outside the Staff-critical sections", { scope: "2t 2t" }, []],
  ] as [string, Grid, string[]][])("possible scope inflation: %s", (_description, change, sectionIds) => {
    const flags = run({ ...STAFF, ...change }).flags.filter((f) => f.kind === "possible-scope-inflation");
    expect(flags.map((f) => f.sectionIds).flat()).toEqual(sectionIds);
    for (const flag of flags) expect(flag.message).toMatch(/team-scoped: possible scope inflation\.$/);
  });

  const fullPlan = SECTIONS.map((s) => ({ sectionId: s.id, stages: s.staffCritical ? 2 : 1 }));

  it.each([
    ["a plan that covers everything", fullPlan, []],
    ["a section in play with no stage", fullPlan.map((p) => (p.sectionId === "product" ? { ...p, stages: 0 } : p)), ["product"]],
    ["a section missing from the plan", fullPlan.filter((p) => p.sectionId !== "quality"), ["quality"]],
    ["a Staff-critical section with one stage", fullPlan.map((p) => (p.sectionId === "design" ? { ...p, stages: 1 } : p)), ["design"]],
    [
      "stages of the same section add up",
      [...fullPlan.filter((p) => p.sectionId !== "influence"), { sectionId: "influence", stages: 1 }, { sectionId: "influence", stages: 1 }],
      [],
    ],
  ] as [string, PlannedCoverage[], string[]][])("coverage gaps: %s", (_description, plannedCoverage, sectionIds) => {
    const flags = run(STAFF, { plannedCoverage }).flags.filter((f) => f.kind === "coverage-gap");
    expect(flags.flatMap((f) => f.sectionIds)).toEqual(sectionIds);
  });

  it("words coverage gaps plainly", () => {
    const plannedCoverage = fullPlan.map((p) =>
      p.sectionId === "design" ? { ...p, stages: 1 } : p.sectionId === "product" ? { ...p, stages: 0 } : p,
    );
    expect(run(STAFF, { plannedCoverage }).flags.map((f) => f.message)).toEqual([
      "Only 1 stage focuses on System design and architecture; a Staff-critical section needs at least 2.",
      "No stage of the interview plan focuses on Product and business thinking.",
    ]);
  });

  it.each([
    [{ missingScorecards: 2 }, ["missing-scorecards"], /^2 scorecards have not been submitted/],
    [{ missingScorecards: 1 }, ["missing-scorecards"], /^1 scorecard has not been submitted/],
    [{ lateScorecards: 1 }, ["late-scorecards"], /^1 scorecard was submitted late/],
    [{ missingScorecards: 0, lateScorecards: 0 }, [], null],
  ] as [PanelOptions, PanelFlagKind[], RegExp | null][])("scorecard counts %j → %j", (options, expected, message) => {
    const result = run(STAFF, options);
    expect(kinds(result)).toEqual(expected);
    if (message) expect(result.flags[0]?.message).toMatch(message);
    expect(result.level).toBe("staff");
  });
});

type ThresholdCase = [
  threshold: keyof Thresholds,
  value: number,
  grid: Grid,
  id: RuleId,
  passed: [before: boolean, after: boolean],
  level: [before: Level, after: Level],
];

describe("thresholds per role change the outcome exactly as the rule says", () => {
  const thresholdCases: ThresholdCase[] = [
    // 4 sections score 2: passes at 3 and 4, fails at 5.
    ["seniorMinTwos", 5, STAFF, "senior-twos", [true, false], ["staff", "below-senior-bar"]],
    // BELOW meets every Staff-critical rule, so lowering the Senior bar's count makes it Staff.
    ["seniorMinTwos", 2, BELOW, "senior-twos", [false, true], ["below-senior-bar", "staff"]],
    ["seniorMinTwos", 3, BELOW, "senior-twos", [false, false], ["below-senior-bar", "below-senior-bar"]],
    // 7 of 9 assessed sections score 1 or more: 77.8%.
    [
      "seniorMinAssessedShare",
      0.8,
      { ...STAFF, execution: "0 0", quality: "0 0" },
      "senior-assessed-share",
      [true, false],
      ["staff", "below-senior-bar"],
    ],
    [
      "seniorMinAssessedShare",
      0.6,
      { ...STAFF, execution: "0 0", quality: "0 0", product: "0 0" },
      "senior-assessed-share",
      [false, true],
      ["below-senior-bar", "staff"],
    ],
    // Leadership scores 1 (SENIOR) or 1.5 (STAFF).
    ["staffCriticalMinScore", 1, SENIOR, "staff-critical-score", [false, true], ["senior", "staff"]],
    ["staffCriticalMinScore", 2, STAFF, "staff-critical-score", [true, false], ["staff", "senior"]],
    // Two Staff-critical sections score 2.
    ["staffCriticalMinTwos", 3, STAFF, "staff-critical-twos", [true, false], ["staff", "senior"]],
    ["staffCriticalMinTwos", 1, { ...STAFF, influence: "2 1" }, "staff-critical-twos", [false, true], ["senior", "staff"]],
    // Every Staff-critical section has two raters (STAFF) or influence has one (THIN).
    ["staffCriticalMinRaters", 3, STAFF, "staff-critical-raters", [true, false], ["staff", "insufficient-evidence"]],
    ["staffCriticalMinRaters", 1, THIN, "staff-critical-raters", [false, true], ["insufficient-evidence", "staff"]],
    // 5 of 9 sections assessed (55.6%), all 2s from two raters: Staff once the gate is passed.
    ["minAssessedShare", 0.6, { ...FOUR_STRONG, scope: "2 2" }, "min-assessed-share", [true, false], ["staff", "insufficient-evidence"]],
    ["minAssessedShare", 0.55, { ...FOUR_STRONG, scope: "2 2" }, "min-assessed-share", [true, true], ["staff", "staff"]],
    // 4 of 9 (44.4%).
    ["minAssessedShare", 0.4, FOUR_STRONG, "min-assessed-share", [false, true], ["insufficient-evidence", "staff"]],
  ];

  it.each(thresholdCases)("%s = %s", (threshold, value, grid, id, passed, level) => {
    const before = run(grid);
    const after = run(grid, { thresholds: { [threshold]: value } });
    expect([rule(before, id).passed, rule(after, id).passed]).toEqual(passed);
    expect(rule(after, id).required).toBe(value);
    expect([before.level, after.level]).toEqual(level);
    // Only the changed rule may flip.
    const others = (result: Recommendation) => result.rules.filter((r) => r.id !== id).map((r) => [r.id, r.passed]);
    expect(others(after)).toEqual(others(before));
    expect(after.thresholds[threshold]).toBe(value);
  });

  it("names the role's threshold in the rule label", () => {
    const result = run(STAFF, { thresholds: { seniorMinAssessedShare: 0.8, staffCriticalMinRaters: 3 } });
    expect(rule(result, "senior-assessed-share").label).toBe("At least 80% of assessed sections score 1 or more");
    expect(rule(result, "staff-critical-raters").label).toBe("Every Staff-critical section is rated by at least 3 interviewers");
  });
});

describe("reasons and next step", () => {
  it.each([
    ["Staff", STAFF, {}, "Staff: the Senior bar and every Staff rule hold.", "Decide at Staff: the panel's ratings are consistent."],
    ["Senior, not Staff", SENIOR, {}, "Senior: the Senior bar holds.", "Decide at Senior: the panel's ratings are consistent."],
    ["below", BELOW, {}, "Below the Senior bar.", "Decide below the Senior bar: the panel's ratings are consistent."],
    [
      "thin Staff evidence",
      THIN,
      {},
      "Insufficient evidence for Staff: every other Staff rule holds, but a Staff-critical section is thinly rated.",
      "Probe Cross-team influence: only one interviewer rated it.",
    ],
    [
      "two thin sections",
      { ...THIN, leadership: ". ." },
      {},
      "Insufficient evidence for Staff: every other Staff rule holds, but a Staff-critical section is thinly rated.",
      "Probe Cross-team influence (only one interviewer rated it) and Leadership without authority (nobody rated it).",
    ],
    [
      "too few assessed",
      SPARSE,
      {},
      "Insufficient evidence: too few sections were assessed to judge the level.",
      "Interview for the sections nobody assessed before deciding: Execution and delivery, Code quality and engineering excellence, Leadership without authority, Product and business thinking and Reliability and operations.",
    ],
    [
      "no hire",
      STAFF,
      { redFlags: [[BLOCKS_HIRE]] },
      "No hire: a red flag blocks the hire whatever the scores.",
      "Record a no-hire decision: the red flag “Heroics instead of fixing the system” blocks the hire.",
    ],
    [
      "capped",
      STAFF,
      { redFlags: [[CAPS_AT_SENIOR]] },
      "Senior, not Staff: every Staff rule holds, but a red flag caps the level.",
      "Decide at Senior, and discuss the red flag that caps the level: “Scope inflation”.",
    ],
    [
      "a split",
      { ...STAFF, execution: "0 2" },
      {},
      "Staff: the Senior bar and every Staff rule hold.",
      "Resolve the split on Execution and delivery in the debrief: one interviewer gave 0 and another 2.",
    ],
    [
      "a single-rated section",
      { ...STAFF, product: "1 ." },
      {},
      "Staff: the Senior bar and every Staff rule hold.",
      "Probe Product and business thinking: only one interviewer rated it.",
    ],
    [
      "no Staff-level interviewer",
      STAFF,
      { levels: ["senior", "senior"] },
      "Staff: the Senior bar and every Staff rule hold.",
      "Ask a Staff-level interviewer to probe System design and architecture, Cross-team influence or Leadership without authority before confirming Staff.",
    ],
  ] as [string, Grid, PanelOptions, string, string][])("%s", (_description, grid, options, firstReason, nextStep) => {
    const result = run(grid, options);
    expect(result.reasons[0]).toBe(firstReason);
    expect(result.nextStep).toBe(nextStep);
  });

  it("explains why Senior and not Staff", () => {
    expect(run(SENIOR).reasons).toEqual([
      "Senior: the Senior bar holds.",
      "9 of 9 assessed sections score 1 or more (100%; 75% needed).",
      "4 sections score 2 (3 needed).",
      "Not Staff: Leadership without authority scores 1; every Staff-critical section needs 1.5 or more.",
    ]);
  });

  it("names the capping flag when a Senior call is also capped", () => {
    expect(run(SENIOR, { redFlags: [[CAPS_AT_SENIOR]] }).reasons).toContain("A red flag caps the level at Senior: “Scope inflation”.");
  });

  it("names the blocking flags in the reasons", () => {
    const result = run(STAFF, { redFlags: [[BLOCKS_HIRE], [{ severity: "blocks-hire" }]] });
    expect(result.reasons[1]).toBe("2 red flags block the hire: “Heroics instead of fixing the system” and 1 untitled flag.");
  });
});

describe("input errors", () => {
  const withScorecard = (ratings: PanelRating[], extra: Partial<PanelScorecard> = {}): Panel => ({
    sections: SECTIONS,
    scorecards: [{ interviewer: { id: "alice", level: "staff" }, ratings, ...extra }],
  });

  it.each([
    ["no sections", { sections: [], scorecards: buildPanel(STAFF).scorecards }, /no sections in play/],
    [
      "duplicate section ids",
      { sections: [...SECTIONS, { id: "design", staffCritical: false }], scorecards: [] },
      /Section "design" is listed twice/,
    ],
    ["no scorecards", { sections: SECTIONS, scorecards: [] }, /no submitted scorecards/],
    ["a rating for an unknown section", withScorecard([{ sectionId: "typing-speed", rating: 2 }]), /section "typing-speed", which is not in play/],
    ["a rating of 3", withScorecard([{ sectionId: "design", rating: 3 as 2 }]), /the rating 3; ratings are 0, 1 or 2/],
    ["a rating of -1", withScorecard([{ sectionId: "design", rating: -1 as 0 }]), /the rating -1/],
    ["a rating of 1.5", withScorecard([{ sectionId: "design", rating: 1.5 as 1 }]), /the rating 1.5/],
    [
      "a missing rating",
      withScorecard([{ sectionId: "design", rating: undefined as unknown as null }]),
      /the rating undefined; .* null for not assessed/,
    ],
    ["a rating given as text", withScorecard([{ sectionId: "design", rating: "2" as unknown as 2 }]), /the rating 2;/],
    [
      "one section rated twice on one scorecard",
      withScorecard([
        { sectionId: "design", rating: 2 },
        { sectionId: "design", rating: 1 },
      ]),
      /rates section "design" twice/,
    ],
    ["an unknown scope", withScorecard([{ sectionId: "design", rating: 2, scope: "galaxy" as "org" }]), /scope "galaxy"/],
    ["an unknown red flag severity", withScorecard([], { redFlags: [{ severity: "fatal" as "note" }] }), /severity "fatal"/],
    [
      "a red flag under an unknown section",
      withScorecard([], { redFlags: [{ severity: "note", sectionId: "typing-speed" }] }),
      /red flag under section "typing-speed"/,
    ],
    ["a threshold out of bounds", { ...buildPanel(STAFF), thresholds: { seniorMinAssessedShare: 1.5 } }, /between 0 and 1/],
    [
      "a plan entry for an unknown section",
      { ...buildPanel(STAFF), plannedCoverage: [{ sectionId: "typing-speed", stages: 1 }] },
      /"typing-speed", which is not in play/,
    ],
    ["a negative stage count", { ...buildPanel(STAFF), plannedCoverage: [{ sectionId: "design", stages: -1 }] }, /whole number of 0 or more/],
    ["a negative missing count", { ...buildPanel(STAFF), missingScorecards: -1 }, /missingScorecards must be a whole number/],
    ["a fractional late count", { ...buildPanel(STAFF), lateScorecards: 0.5 }, /lateScorecards must be a whole number/],
  ] as [string, Panel, RegExp][])("%s", (_description, panel, message) => {
    expect(() => recommend(panel)).toThrow(CalibrationInputError);
    expect(() => recommend(panel)).toThrow(message);
  });

  it("accepts a scorecard that omits sections", () => {
    expect(() => recommend(withScorecard([{ sectionId: "design", rating: 2 }]))).not.toThrow();
  });
});

describe("level order", () => {
  it("orders no hire < below Senior bar < Senior < Staff", () => {
    expect(LEVEL_ORDER).toEqual(["no-hire", "below-senior-bar", "senior", "staff"]);
  });

  it.each([
    ["staff", "senior", 1],
    ["senior", "staff", -1],
    ["no-hire", "below-senior-bar", -1],
    ["senior", "senior", 0],
    ["insufficient-evidence", "senior", null],
    ["staff", "insufficient-evidence", null],
  ] as [Level, Level, number | null][])("compareLevels(%s, %s) has sign %s", (a, b, sign) => {
    const compared = compareLevels(a, b);
    expect(compared === null ? null : Math.sign(compared)).toBe(sign);
  });

  it("keeps insufficient evidence outside the order", () => {
    expect(levelRank("insufficient-evidence")).toBeNull();
    expect(levelRank("no-hire")).toBe(0);
    expect(levelRank("staff")).toBe(3);
  });

  it.each([
    ["staff", true],
    ["Staff", true],
    ["senior-staff", true],
    ["senior staff", true],
    ["principal", true],
    ["distinguished", true],
    ["senior", false],
    ["junior", false],
    ["", false],
    ["tech lead", false],
  ])("isStaffOrAbove(%j) is %s", (level, expected) => {
    expect(isStaffOrAbove(level)).toBe(expected);
  });
});

describe("resolveThresholds", () => {
  it("returns the defaults of design.md", () => {
    expect(resolveThresholds()).toEqual({
      seniorMinAssessedShare: 0.75,
      seniorMinTwos: 3,
      staffCriticalMinScore: 1.5,
      staffCriticalMinTwos: 2,
      staffCriticalMinRaters: 2,
      minAssessedShare: 0.5,
    });
    expect(resolveThresholds()).toEqual(DEFAULT_THRESHOLDS);
  });

  it("overrides only the given keys and never mutates the defaults", () => {
    const resolved = resolveThresholds({ seniorMinTwos: 4, minAssessedShare: undefined });
    expect(resolved).toEqual({ ...DEFAULT_THRESHOLDS, seniorMinTwos: 4 });
    resolved.seniorMinTwos = 9;
    expect(DEFAULT_THRESHOLDS.seniorMinTwos).toBe(3);
  });

  it.each([
    [{ seniorMinAssessedShare: -0.1 }, /between 0 and 1/],
    [{ minAssessedShare: 1.01 }, /between 0 and 1/],
    [{ seniorMinTwos: 2.5 }, /whole number/],
    [{ staffCriticalMinRaters: 0 }, /between 1 and 10/],
    [{ staffCriticalMinScore: 1.2 }, /multiple of 0.5/],
    [{ staffCriticalMinScore: 3 }, /between 0 and 2/],
    [{ staffCriticalMinTwos: Number.NaN }, /must be a number/],
    [{ seniorMinTwos: "3" as unknown as number }, /must be a number/],
  ] as [Partial<Thresholds>, RegExp][])("rejects %j", (partial, message) => {
    expect(() => resolveThresholds(partial)).toThrow(CalibrationInputError);
    expect(() => resolveThresholds(partial)).toThrow(message);
  });

  it("describes every threshold for the role settings form, with defaults inside the bounds", () => {
    expect([...THRESHOLD_KEYS].sort()).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
    for (const key of THRESHOLD_KEYS) {
      const spec = THRESHOLD_SPECS[key];
      expect(spec.label).not.toBe("");
      expect(spec.description).not.toBe("");
      expect(spec.min).toBeLessThanOrEqual(DEFAULT_THRESHOLDS[key]);
      expect(spec.max).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS[key]);
      expect(() => resolveThresholds({ [key]: spec.min })).not.toThrow();
      expect(() => resolveThresholds({ [key]: spec.max })).not.toThrow();
    }
  });
});
