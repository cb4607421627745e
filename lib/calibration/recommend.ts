/**
 * The Senior/Staff recommendation: a pure function from one application's submitted
 * scorecards to a level, a confidence, every rule with its numbers, panel flags, reasons
 * and a next step. The rules are exactly those of design.md, "The recommendation".
 */
import { CalibrationInputError, resolveThresholds, type Thresholds } from "@/lib/calibration/thresholds";
import { isStaffOrAbove } from "@/lib/people/staff-or-above";
import { STAFF_CRITICAL_MIN_STAGES } from "@/lib/roles/coverage";

// ---------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------

export type Rating = 0 | 1 | 2;
export type EvidenceScope = "team" | "multi-team" | "org";
export type RedFlagSeverity = "note" | "caps-at-senior" | "blocks-hire";

export type PanelSection = {
  id: string;
  staffCritical: boolean;
  /** Shown in reasons and next steps; the id is used when absent. */
  name?: string;
};

export type PanelRating = {
  sectionId: string;
  /** null = not assessed, which is never counted as 0. */
  rating: Rating | null;
  scope?: EvidenceScope;
};

export type PanelRedFlag = {
  severity: RedFlagSeverity;
  title?: string;
  /** The section the flag was raised under, when there is one. */
  sectionId?: string;
};

export type PanelScorecard = {
  interviewer: { id: string; level: "senior" | "staff" | "principal" | (string & {}); name?: string };
  ratings: PanelRating[];
  redFlags?: PanelRedFlag[];
};

export type PlannedCoverage = {
  sectionId: string;
  /** Stages of the interview plan that focus on this section; entries for the same section add up. */
  stages: number;
};

export type Panel = {
  /** The role's sections in play, in display order. */
  sections: PanelSection[];
  thresholds?: Partial<Thresholds>;
  scorecards: PanelScorecard[];
  /** The interview plan's focus sections; when given, coverage gaps become panel flags. */
  plannedCoverage?: PlannedCoverage[];
  /** Scheduled interviews whose scorecard has not been submitted. */
  missingScorecards?: number;
  /** Scorecards submitted after the expected time. */
  lateScorecards?: number;
};

// ---------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------

export type Level = "staff" | "senior" | "below-senior-bar" | "insufficient-evidence" | "no-hire";
export type OrderedLevel = Exclude<Level, "insufficient-evidence">;
export type Confidence = "high" | "medium" | "low";

/** Which branch of the verdict order produced the level. */
export type VerdictBasis =
  "blocked-by-red-flag" | "too-few-sections-assessed" | "staff-bar" | "staff-bar-capped" | "staff-thinly-rated" | "senior-bar" | "below-senior-bar";

export type RuleId =
  | "no-blocking-red-flag"
  | "min-assessed-share"
  | "senior-assessed-share"
  | "senior-twos"
  | "staff-critical-score"
  | "staff-critical-twos"
  | "staff-critical-scope"
  | "staff-critical-raters"
  | "no-capping-red-flag";

export type RuleResult = {
  id: RuleId;
  group: "red-flags" | "evidence" | "senior-bar" | "staff-bar";
  /** The rule in plain English, with the role's threshold in it. */
  label: string;
  /** The measured number (a share, a count or a score); null when there is nothing to measure. */
  actual: number | null;
  required: number;
  comparison: "at-least" | "at-most";
  passed: boolean;
  /** Sections that miss this rule's per-section test (for count rules: the ones not counted), in section order. */
  failingSectionIds: string[];
  /** One sentence with the numbers. */
  detail: string;
};

export type SectionRating = {
  interviewerId: string;
  interviewerName?: string;
  interviewerLevel: string;
  rating: Rating;
  scope: EvidenceScope | null;
};

export type SectionScore = {
  sectionId: string;
  name: string;
  staffCritical: boolean;
  /** The ratings given (not-assessed marks left out), sorted by interviewer. */
  ratings: SectionRating[];
  /** Median of the ratings; null when not assessed. */
  score: number | null;
  /** Distinct interviewers who rated it. */
  raters: number;
  /** One interviewer gave 0 and another 2. */
  disagreement: boolean;
  /** Distinct evidence scopes, narrowest first. */
  scopes: EvidenceScope[];
  assessed: boolean;
};

export type PanelFlagKind = "no-staff-level-rater" | "possible-scope-inflation" | "coverage-gap" | "missing-scorecards" | "late-scorecards";

export type PanelFlag = { kind: PanelFlagKind; message: string; sectionIds: string[] };

export type Recommendation = {
  level: Level;
  basis: VerdictBasis;
  confidence: Confidence;
  rules: RuleResult[];
  sectionScores: SectionScore[];
  flags: PanelFlag[];
  reasons: string[];
  nextStep: string;
  thresholds: Thresholds;
};

// ---------------------------------------------------------------------------------------
// Levels
// ---------------------------------------------------------------------------------------

/** Lowest first. Insufficient evidence stands outside the order. */
export const LEVEL_ORDER: readonly OrderedLevel[] = Object.freeze(["no-hire", "below-senior-bar", "senior", "staff"]);

/** Position in LEVEL_ORDER, or null for insufficient evidence. */
export function levelRank(level: Level): number | null {
  const rank = LEVEL_ORDER.indexOf(level as OrderedLevel);
  return rank === -1 ? null : rank;
}

/** Negative, zero or positive like a comparator; null when either level is outside the order. */
export function compareLevels(a: Level, b: Level): number | null {
  const rankA = levelRank(a);
  const rankB = levelRank(b);
  return rankA === null || rankB === null ? null : rankA - rankB;
}

/** One definition, shared with the plan's coverage check. */
export { isStaffOrAbove };

// ---------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------

export function recommend(panel: Panel): Recommendation {
  const thresholds = resolveThresholds(panel.thresholds ?? {});
  validatePanel(panel);
  const sectionScores = scoreSections(panel);
  const redFlags = collectRedFlags(panel.scorecards);
  const rules = evaluateRules(sectionScores, redFlags, thresholds);
  const { level, basis } = decideLevel(rules);
  const confidence = rateConfidence(sectionScores);
  const flags = raisePanelFlags(panel, sectionScores, level);
  return {
    level,
    basis,
    confidence,
    rules,
    sectionScores,
    flags,
    reasons: explain(basis, rules),
    nextStep: suggestNextStep(basis, rules, sectionScores, flags, redFlags),
    thresholds,
  };
}

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

const RATINGS: readonly unknown[] = [0, 1, 2];
const SCOPES: readonly EvidenceScope[] = ["team", "multi-team", "org"];
const SEVERITIES: readonly unknown[] = ["note", "caps-at-senior", "blocks-hire"];

function validatePanel(panel: Panel): void {
  if (panel.sections.length === 0) {
    throw new CalibrationInputError("The role has no sections in play; choose at least one before computing a recommendation.");
  }
  const sectionIds = new Set<string>();
  for (const section of panel.sections) {
    if (sectionIds.has(section.id)) {
      throw new CalibrationInputError(`Section "${section.id}" is listed twice; each section in play must appear once.`);
    }
    sectionIds.add(section.id);
  }
  if (panel.scorecards.length === 0) {
    throw new CalibrationInputError("The panel has no submitted scorecards; a recommendation needs at least one.");
  }
  panel.scorecards.forEach((scorecard) => validateScorecard(scorecard, sectionIds));
  validateCounts(panel);
  for (const planned of panel.plannedCoverage ?? []) {
    if (!sectionIds.has(planned.sectionId)) {
      throw new CalibrationInputError(`The interview plan focuses on section "${planned.sectionId}", which is not in play for this role.`);
    }
    if (!Number.isInteger(planned.stages) || planned.stages < 0) {
      throw new CalibrationInputError(
        `The interview plan's stage count for section "${planned.sectionId}" must be a whole number of 0 or more; got ${planned.stages}.`,
      );
    }
  }
}

function validateScorecard(scorecard: PanelScorecard, sectionIds: Set<string>): void {
  const who = `The scorecard of interviewer "${scorecard.interviewer.id}"`;
  const rated = new Set<string>();
  for (const { sectionId, rating, scope } of scorecard.ratings) {
    if (!sectionIds.has(sectionId)) {
      throw new CalibrationInputError(
        `${who} rates section "${sectionId}", which is not in play for this role; remove the rating or add the section to the role.`,
      );
    }
    if (rated.has(sectionId)) {
      throw new CalibrationInputError(`${who} rates section "${sectionId}" twice; keep one rating per section.`);
    }
    rated.add(sectionId);
    if (rating !== null && !RATINGS.includes(rating)) {
      throw new CalibrationInputError(
        `${who} gives section "${sectionId}" the rating ${String(rating)}; ratings are 0, 1 or 2, or null for not assessed.`,
      );
    }
    if (scope !== undefined && !SCOPES.includes(scope)) {
      throw new CalibrationInputError(`${who} tags section "${sectionId}" with scope "${String(scope)}"; use team, multi-team or org.`);
    }
  }
  for (const flag of scorecard.redFlags ?? []) {
    if (!SEVERITIES.includes(flag.severity)) {
      throw new CalibrationInputError(`${who} raises a red flag with severity "${String(flag.severity)}"; use note, caps-at-senior or blocks-hire.`);
    }
    if (flag.sectionId !== undefined && !sectionIds.has(flag.sectionId)) {
      throw new CalibrationInputError(`${who} raises a red flag under section "${flag.sectionId}", which is not in play for this role.`);
    }
  }
}

function validateCounts(panel: Panel): void {
  const counts = { missingScorecards: panel.missingScorecards, lateScorecards: panel.lateScorecards };
  for (const [field, value] of Object.entries(counts)) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw new CalibrationInputError(`${field} must be a whole number of 0 or more; got ${value}.`);
    }
  }
}

// ---------------------------------------------------------------------------------------
// Section scores
// ---------------------------------------------------------------------------------------

function scoreSections(panel: Panel): SectionScore[] {
  const bySection = new Map<string, SectionRating[]>(panel.sections.map((s) => [s.id, []]));
  for (const { interviewer, ratings } of panel.scorecards) {
    for (const { sectionId, rating, scope } of ratings) {
      if (rating === null) continue;
      bySection.get(sectionId)?.push({
        interviewerId: interviewer.id,
        ...(interviewer.name === undefined ? {} : { interviewerName: interviewer.name }),
        interviewerLevel: interviewer.level,
        rating,
        scope: scope ?? null,
      });
    }
  }
  return panel.sections.map((section) => {
    const ratings = (bySection.get(section.id) ?? []).sort(compareSectionRatings);
    const values = ratings.map((r) => r.rating);
    return {
      sectionId: section.id,
      name: section.name ?? section.id,
      staffCritical: section.staffCritical,
      ratings,
      score: median(values),
      raters: new Set(ratings.map((r) => r.interviewerId)).size,
      disagreement: values.includes(0) && values.includes(2),
      scopes: SCOPES.filter((scope) => ratings.some((r) => r.scope === scope)),
      assessed: ratings.length > 0,
    };
  });
}

/** Median; an even count takes the mean of the two middle values, so 1.5 exists. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const upper = sorted[Math.floor(sorted.length / 2)] as number;
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] as number;
  return (lower + upper) / 2;
}

// Total order on every field so the output does not depend on the order of scorecards.
function compareSectionRatings(a: SectionRating, b: SectionRating): number {
  return (
    compareStrings(a.interviewerId, b.interviewerId) ||
    a.rating - b.rating ||
    compareStrings(a.scope ?? "", b.scope ?? "") ||
    compareStrings(a.interviewerLevel, b.interviewerLevel) ||
    compareStrings(a.interviewerName ?? "", b.interviewerName ?? "")
  );
}

// Code-unit order, not localeCompare: the result must not depend on the machine's locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hasBroadEvidence(section: SectionScore): boolean {
  return section.scopes.includes("multi-team") || section.scopes.includes("org");
}

// ---------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------

type RaisedRedFlag = { severity: RedFlagSeverity; title: string | null };

function collectRedFlags(scorecards: PanelScorecard[]): RaisedRedFlag[] {
  return scorecards
    .flatMap((scorecard) => scorecard.redFlags ?? [])
    .map((flag) => ({ severity: flag.severity, title: flag.title?.trim() || null }))
    .sort((a, b) => compareStrings(a.severity, b.severity) || compareStrings(a.title ?? "", b.title ?? ""));
}

/** The rules that make up the Staff bar (the Senior bar included), in the order they are shown. */
export const STAFF_BAR_RULES: readonly RuleId[] = Object.freeze([
  "senior-assessed-share",
  "senior-twos",
  "staff-critical-score",
  "staff-critical-twos",
  "staff-critical-scope",
  "staff-critical-raters",
] as RuleId[]);

export const SENIOR_BAR_RULES: readonly RuleId[] = Object.freeze(["senior-assessed-share", "senior-twos"] as RuleId[]);

function evaluateRules(sections: SectionScore[], redFlags: RaisedRedFlag[], t: Thresholds): RuleResult[] {
  return [
    redFlagRule("no-blocking-red-flag", redFlags, "blocks-hire"),
    minAssessedShareRule(sections, t),
    seniorAssessedShareRule(sections, t),
    seniorTwosRule(sections, t),
    staffCriticalScoreRule(sections, t),
    staffCriticalTwosRule(sections, t),
    staffCriticalScopeRule(sections),
    staffCriticalRatersRule(sections, t),
    redFlagRule("no-capping-red-flag", redFlags, "caps-at-senior"),
  ];
}

function redFlagRule(id: RuleId, redFlags: RaisedRedFlag[], severity: RedFlagSeverity): RuleResult {
  const raised = redFlags.filter((flag) => flag.severity === severity);
  const verb = severity === "blocks-hire" ? ["blocks", "block", "the hire"] : ["caps", "cap", "the level at Senior"];
  const [singular, pluralVerb, object] = verb as [string, string, string];
  const subject = raised.length === 1 ? "A red flag" : `${raised.length} red flags`;
  return {
    id,
    group: "red-flags",
    label: `No red flag ${singular} ${object}`,
    actual: raised.length,
    required: 0,
    comparison: "at-most",
    passed: raised.length === 0,
    failingSectionIds: [],
    detail:
      raised.length === 0
        ? `No red flag ${singular} ${object}.`
        : `${subject} ${plural(raised.length, singular, pluralVerb)} ${object}: ${describeRedFlags(raised)}.`,
  };
}

function minAssessedShareRule(sections: SectionScore[], t: Thresholds): RuleResult {
  const assessed = sections.filter((s) => s.assessed).length;
  const share = assessed / sections.length;
  return {
    id: "min-assessed-share",
    group: "evidence",
    label: `At least ${percent(t.minAssessedShare)} of the sections in play are assessed`,
    actual: share,
    required: t.minAssessedShare,
    comparison: "at-least",
    passed: share >= t.minAssessedShare,
    failingSectionIds: sections.filter((s) => !s.assessed).map((s) => s.sectionId),
    detail: `${assessed} of ${sections.length} sections in play were assessed (${percent(share)}; ${percent(t.minAssessedShare)} needed).`,
  };
}

function seniorAssessedShareRule(sections: SectionScore[], t: Thresholds): RuleResult {
  const assessed = sections.filter((s) => s.score !== null);
  const atLeastOne = assessed.filter((s) => (s.score ?? 0) >= 1).length;
  // With nothing assessed there is no share to measure, and no Senior evidence either.
  const share = assessed.length === 0 ? null : atLeastOne / assessed.length;
  return {
    id: "senior-assessed-share",
    group: "senior-bar",
    label: `At least ${percent(t.seniorMinAssessedShare)} of assessed sections score 1 or more`,
    actual: share,
    required: t.seniorMinAssessedShare,
    comparison: "at-least",
    passed: share !== null && share >= t.seniorMinAssessedShare,
    failingSectionIds: assessed.filter((s) => (s.score ?? 0) < 1).map((s) => s.sectionId),
    detail:
      share === null
        ? "No section was assessed."
        : `${atLeastOne} of ${assessed.length} assessed sections score 1 or more (${percent(share)}; ${percent(t.seniorMinAssessedShare)} needed).`,
  };
}

function seniorTwosRule(sections: SectionScore[], t: Thresholds): RuleResult {
  const twos = sections.filter((s) => s.score === 2).length;
  return {
    id: "senior-twos",
    group: "senior-bar",
    label: `At least ${t.seniorMinTwos} ${plural(t.seniorMinTwos, "section scores", "sections score")} 2`,
    actual: twos,
    required: t.seniorMinTwos,
    comparison: "at-least",
    passed: twos >= t.seniorMinTwos,
    failingSectionIds: sections.filter((s) => s.assessed && s.score !== 2).map((s) => s.sectionId),
    detail: `${twos} ${plural(twos, "section scores", "sections score")} 2 (${t.seniorMinTwos} needed).`,
  };
}

function ratedStaffCritical(sections: SectionScore[]): SectionScore[] {
  return sections.filter((s) => s.staffCritical && s.assessed);
}

/**
 * What a rule on every rated Staff-critical section finds: it passes when none of them fails it, names the ones that
 * do, and says so in `met` or `unmet` (or that no Staff-critical section was rated).
 */
function everyRatedStaffCritical(
  rated: SectionScore[],
  failing: SectionScore[],
  detail: { met: string; unmet: () => string },
): Pick<RuleResult, "passed" | "failingSectionIds" | "detail"> {
  return {
    passed: failing.length === 0,
    failingSectionIds: failing.map((s) => s.sectionId),
    detail: rated.length === 0 ? "No Staff-critical section was rated." : failing.length === 0 ? detail.met : detail.unmet(),
  };
}

function staffCriticalScoreRule(sections: SectionScore[], t: Thresholds): RuleResult {
  const rated = ratedStaffCritical(sections);
  const failing = rated.filter((s) => (s.score ?? 0) < t.staffCriticalMinScore);
  const lowest = rated.length === 0 ? null : Math.min(...rated.map((s) => s.score ?? 0));
  return {
    id: "staff-critical-score",
    group: "staff-bar",
    label: `Every rated Staff-critical section scores ${t.staffCriticalMinScore} or more`,
    actual: lowest,
    required: t.staffCriticalMinScore,
    comparison: "at-least",
    ...everyRatedStaffCritical(rated, failing, {
      met: `Every rated Staff-critical section scores ${t.staffCriticalMinScore} or more (lowest ${lowest}).`,
      unmet: () =>
        `${joinNames(failing.map((s) => `${s.name} scores ${s.score}`))}; every Staff-critical section needs ${t.staffCriticalMinScore} or more.`,
    }),
  };
}

function staffCriticalTwosRule(sections: SectionScore[], t: Thresholds): RuleResult {
  const critical = sections.filter((s) => s.staffCritical);
  const twos = critical.filter((s) => s.score === 2).length;
  return {
    id: "staff-critical-twos",
    group: "staff-bar",
    label: `At least ${t.staffCriticalMinTwos} Staff-critical ${plural(t.staffCriticalMinTwos, "section scores", "sections score")} 2`,
    actual: twos,
    required: t.staffCriticalMinTwos,
    comparison: "at-least",
    passed: twos >= t.staffCriticalMinTwos,
    failingSectionIds: critical.filter((s) => s.score !== 2).map((s) => s.sectionId),
    detail: `${twos} Staff-critical ${plural(twos, "section scores", "sections score")} 2 (${t.staffCriticalMinTwos} needed).`,
  };
}

function staffCriticalScopeRule(sections: SectionScore[]): RuleResult {
  const rated = ratedStaffCritical(sections);
  const failing = rated.filter((s) => !hasBroadEvidence(s));
  return {
    id: "staff-critical-scope",
    group: "staff-bar",
    label: "Every rated Staff-critical section has evidence tagged multi-team or org",
    actual: rated.length - failing.length,
    required: rated.length,
    comparison: "at-least",
    ...everyRatedStaffCritical(rated, failing, {
      met: "Every rated Staff-critical section has multi-team or org evidence.",
      unmet: () => `${joinNames(failing.map((s) => s.name))} ${failing.length === 1 ? "has" : "have"} no evidence tagged multi-team or org.`,
    }),
  };
}

function staffCriticalRatersRule(sections: SectionScore[], t: Thresholds): RuleResult {
  const critical = sections.filter((s) => s.staffCritical);
  const failing = critical.filter((s) => s.raters < t.staffCriticalMinRaters);
  return {
    id: "staff-critical-raters",
    group: "staff-bar",
    label: `Every Staff-critical section is rated by at least ${t.staffCriticalMinRaters} ${plural(t.staffCriticalMinRaters, "interviewer", "interviewers")}`,
    actual: critical.length === 0 ? null : Math.min(...critical.map((s) => s.raters)),
    required: t.staffCriticalMinRaters,
    comparison: "at-least",
    passed: failing.length === 0,
    failingSectionIds: failing.map((s) => s.sectionId),
    detail:
      failing.length === 0
        ? `Every Staff-critical section was rated by at least ${t.staffCriticalMinRaters} ${plural(t.staffCriticalMinRaters, "interviewer", "interviewers")}.`
        : `${capitalize(joinNames(failing.map(describeRaterShortfall)))}; each Staff-critical section needs at least ${t.staffCriticalMinRaters} ${plural(t.staffCriticalMinRaters, "interviewer", "interviewers")}.`,
  };
}

function describeRaterShortfall(section: SectionScore): string {
  if (section.raters === 0) return `nobody rated ${section.name}`;
  if (section.raters === 1) return `only one interviewer rated ${section.name}`;
  return `only ${section.raters} interviewers rated ${section.name}`;
}

// ---------------------------------------------------------------------------------------
// Verdict and confidence
// ---------------------------------------------------------------------------------------

function decideLevel(rules: RuleResult[]): { level: Level; basis: VerdictBasis } {
  const passed = (id: RuleId) => rules.find((rule) => rule.id === id)?.passed === true;
  const capped = !passed("no-capping-red-flag");
  if (!passed("no-blocking-red-flag")) return { level: "no-hire", basis: "blocked-by-red-flag" };
  if (!passed("min-assessed-share")) return { level: "insufficient-evidence", basis: "too-few-sections-assessed" };
  if (STAFF_BAR_RULES.every(passed)) {
    return capped ? { level: "senior", basis: "staff-bar-capped" } : { level: "staff", basis: "staff-bar" };
  }
  // A capped candidate cannot reach Staff, so thin Staff evidence is no reason to withhold Senior.
  const thinOnly = STAFF_BAR_RULES.every((id) => id === "staff-critical-raters" || passed(id));
  if (thinOnly && !capped) return { level: "insufficient-evidence", basis: "staff-thinly-rated" };
  if (SENIOR_BAR_RULES.every(passed)) return { level: "senior", basis: "senior-bar" };
  return { level: "below-senior-bar", basis: "below-senior-bar" };
}

/**
 * design.md: high when every assessed Staff-critical section has two or more ratings and no section disagrees;
 * medium with exactly one such problem; low otherwise. A non-critical section rated once is no problem: the plan's
 * coverage rule asks only one stage of it, so counting it would make every well-run loop "low".
 */
function rateConfidence(sections: SectionScore[]): Confidence {
  const assessed = sections.filter((s) => s.assessed);
  if (assessed.length === 0) return "low";
  const problems = assessed.filter((s) => s.disagreement || (s.staffCritical && s.ratings.length < 2)).length;
  return problems === 0 ? "high" : problems === 1 ? "medium" : "low";
}

// ---------------------------------------------------------------------------------------
// Panel flags
// ---------------------------------------------------------------------------------------

function raisePanelFlags(panel: Panel, sections: SectionScore[], level: Level): PanelFlag[] {
  return [
    ...staffCallWithoutStaffRater(sections, level),
    ...possibleScopeInflation(sections),
    ...coverageGaps(panel, sections),
    ...scorecardCountFlags(panel),
  ];
}

function staffCallWithoutStaffRater(sections: SectionScore[], level: Level): PanelFlag[] {
  if (level !== "staff") return [];
  const critical = sections.filter((s) => s.staffCritical);
  const staffRated = critical.some((s) => s.ratings.some((r) => isStaffOrAbove(r.interviewerLevel)));
  if (staffRated) return [];
  return [
    {
      kind: "no-staff-level-rater",
      message: `Staff call without a Staff-level interviewer: nobody at Staff level or above rated ${joinNames(
        critical.map((s) => s.name),
        "or",
      )}.`,
      sectionIds: critical.map((s) => s.sectionId),
    },
  ];
}

function possibleScopeInflation(sections: SectionScore[]): PanelFlag[] {
  return sections
    .filter((s) => s.staffCritical && s.ratings.some((r) => r.rating === 2) && !hasBroadEvidence(s))
    .map((s) => ({
      kind: "possible-scope-inflation" as const,
      message: `${s.name} has a 2, but all of its evidence is team-scoped: possible scope inflation.`,
      sectionIds: [s.sectionId],
    }));
}

function coverageGaps(panel: Panel, sections: SectionScore[]): PanelFlag[] {
  if (panel.plannedCoverage === undefined) return [];
  const stages = new Map<string, number>();
  for (const { sectionId, stages: count } of panel.plannedCoverage) {
    stages.set(sectionId, (stages.get(sectionId) ?? 0) + count);
  }
  return sections.flatMap((s): PanelFlag[] => {
    const planned = stages.get(s.sectionId) ?? 0;
    if (planned === 0) {
      return [{ kind: "coverage-gap", message: `No stage of the interview plan focuses on ${s.name}.`, sectionIds: [s.sectionId] }];
    }
    if (s.staffCritical && planned < STAFF_CRITICAL_MIN_STAGES) {
      return [
        {
          kind: "coverage-gap",
          message: `Only ${planned} ${plural(planned, "stage focuses", "stages focus")} on ${s.name}; a Staff-critical section needs at least ${STAFF_CRITICAL_MIN_STAGES}.`,
          sectionIds: [s.sectionId],
        },
      ];
    }
    return [];
  });
}

function scorecardCountFlags(panel: Panel): PanelFlag[] {
  const flags: PanelFlag[] = [];
  const missing = panel.missingScorecards ?? 0;
  const late = panel.lateScorecards ?? 0;
  if (missing > 0) {
    flags.push({
      kind: "missing-scorecards",
      message: `${missing} ${plural(missing, "scorecard has", "scorecards have")} not been submitted; the recommendation leaves ${missing === 1 ? "it" : "them"} out.`,
      sectionIds: [],
    });
  }
  if (late > 0) {
    flags.push({
      kind: "late-scorecards",
      message: `${late} ${plural(late, "scorecard was", "scorecards were")} submitted late; memory fades, so weigh ${late === 1 ? "its" : "their"} evidence with care.`,
      sectionIds: [],
    });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------
// Reasons and next step
// ---------------------------------------------------------------------------------------

function explain(basis: VerdictBasis, rules: RuleResult[]): string[] {
  const rule = (id: RuleId) => rules.find((r) => r.id === id) as RuleResult;
  const details = (ids: readonly RuleId[]) => ids.map((id) => rule(id).detail);
  const failingStaff = STAFF_BAR_RULES.filter((id) => !rule(id).passed);
  switch (basis) {
    case "blocked-by-red-flag":
      return ["No hire: a red flag blocks the hire whatever the scores.", rule("no-blocking-red-flag").detail];
    case "too-few-sections-assessed":
      return ["Insufficient evidence: too few sections were assessed to judge the level.", rule("min-assessed-share").detail];
    case "staff-bar":
      return ["Staff: the Senior bar and every Staff rule hold.", ...details(STAFF_BAR_RULES)];
    case "staff-bar-capped":
      return ["Senior, not Staff: every Staff rule holds, but a red flag caps the level.", rule("no-capping-red-flag").detail];
    case "staff-thinly-rated":
      return [
        "Insufficient evidence for Staff: every other Staff rule holds, but a Staff-critical section is thinly rated.",
        rule("staff-critical-raters").detail,
      ];
    case "senior-bar": {
      const capped = !rule("no-capping-red-flag").passed;
      return [
        "Senior: the Senior bar holds.",
        ...details(SENIOR_BAR_RULES),
        ...(capped ? [rule("no-capping-red-flag").detail] : []),
        ...details(failingStaff).map((detail) => `Not Staff: ${detail}`),
      ];
    }
    case "below-senior-bar":
      return ["Below the Senior bar.", ...details(SENIOR_BAR_RULES.filter((id) => !rule(id).passed))];
  }
}

function suggestNextStep(basis: VerdictBasis, rules: RuleResult[], sections: SectionScore[], flags: PanelFlag[], redFlags: RaisedRedFlag[]): string {
  const byId = new Map(sections.map((s) => [s.sectionId, s]));
  const namesOf = (ids: string[]) => ids.map((id) => byId.get(id)?.name ?? id);
  const failing = (id: RuleId) => rules.find((r) => r.id === id)?.failingSectionIds ?? [];
  if (basis === "blocked-by-red-flag") {
    const blocking = redFlags.filter((f) => f.severity === "blocks-hire");
    return `Record a no-hire decision: the red ${plural(blocking.length, "flag", "flags")} ${describeRedFlags(blocking)} ${plural(blocking.length, "blocks", "block")} the hire.`;
  }
  if (basis === "too-few-sections-assessed") {
    return `Interview for the sections nobody assessed before deciding: ${joinNames(namesOf(failing("min-assessed-share")))}.`;
  }
  if (basis === "staff-thinly-rated") {
    const thin = failing("staff-critical-raters").flatMap((id) => byId.get(id) ?? []);
    return thin.length === 1 && thin[0]
      ? `Probe ${thin[0].name}: ${raterCountWords(thin[0].raters)} rated it.`
      : `Probe ${joinNames(thin.map((s) => `${s.name} (${raterCountWords(s.raters)} rated it)`))}.`;
  }
  const split = sections.filter((s) => s.disagreement);
  if (split.length > 0) {
    return `Resolve the split on ${joinNames(split.map((s) => s.name))} in the debrief: one interviewer gave 0 and another 2.`;
  }
  const noStaffRater = flags.find((f) => f.kind === "no-staff-level-rater");
  if (noStaffRater) {
    return `Ask a Staff-level interviewer to probe ${joinNames(namesOf(noStaffRater.sectionIds), "or")} before confirming Staff.`;
  }
  const single = sections.filter((s) => s.assessed && s.ratings.length === 1);
  if (single.length > 0) {
    return `Probe ${joinNames(single.map((s) => s.name))}: only one interviewer rated ${single.length === 1 ? "it" : "each"}.`;
  }
  if (basis === "staff-bar-capped") {
    return `Decide at Senior, and discuss the red flag that caps the level: ${describeRedFlags(redFlags.filter((f) => f.severity === "caps-at-senior"))}.`;
  }
  const decision = { "staff-bar": "at Staff", "senior-bar": "at Senior", "below-senior-bar": "below the Senior bar" }[basis];
  return `Decide ${decision}: the panel's ratings are consistent.`;
}

function raterCountWords(raters: number): string {
  return raters === 0 ? "nobody" : raters === 1 ? "only one interviewer" : `only ${raters} interviewers`;
}

// ---------------------------------------------------------------------------------------
// Wording helpers
// ---------------------------------------------------------------------------------------

function describeRedFlags(flags: RaisedRedFlag[]): string {
  const titled = [...new Set(flags.flatMap((f) => (f.title === null ? [] : [`“${f.title}”`])))];
  const untitled = flags.filter((f) => f.title === null).length;
  const parts = [...titled, ...(untitled > 0 ? [`${untitled} untitled ${plural(untitled, "flag", "flags")}`] : [])];
  return joinNames(parts);
}

function joinNames(names: string[], conjunction: "and" | "or" = "and"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
