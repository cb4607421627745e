/** Words for the engine's and the decision's values, shared by the debrief, the analytics page and the CSV. */
import type { Confidence, Level, PanelFlagKind, RuleResult } from "@/lib/calibration";

export const LEVEL_LABELS: Record<Level, string> = {
  staff: "Staff",
  senior: "Senior",
  "below-senior-bar": "Below Senior bar",
  "insufficient-evidence": "Insufficient evidence",
  "no-hire": "No hire",
};

/** Display order for distributions: the ordered levels high to low, then insufficient evidence. */
export const LEVELS_FOR_DISPLAY: Level[] = ["staff", "senior", "below-senior-bar", "no-hire", "insufficient-evidence"];

export const CONFIDENCE_LABELS: Record<Confidence, string> = { high: "High", medium: "Medium", low: "Low" };

export const PANEL_FLAG_LABELS: Record<PanelFlagKind, string> = {
  "no-staff-level-rater": "No Staff-level rater",
  "possible-scope-inflation": "Possible scope inflation",
  "coverage-gap": "Coverage gap",
  "missing-scorecards": "Missing scorecards",
  "late-scorecards": "Late scorecards",
};

export const RULE_GROUP_LABELS: Record<RuleResult["group"], string> = {
  "red-flags": "Red flags",
  evidence: "Evidence",
  "senior-bar": "Senior bar",
  "staff-bar": "Staff bar",
};

export const DECISION_LEVEL_LABELS = { staff: "Staff", senior: "Senior", none: "No level" } as const;

export { SEVERITY_LABELS } from "@/lib/frameworks/red-flag-severity";

export const SCOPE_LABELS = { team: "Team", "multi-team": "Multi-team", org: "Org" } as const;

export const OVERALL_LABELS = { "no-hire": "No hire", senior: "Senior", staff: "Staff" } as const;

export const ENGINEER_LEVEL_LABELS: Record<string, string> = {
  none: "no engineering level",
  mid: "Mid",
  senior: "Senior",
  staff: "Staff",
  "senior-staff": "Senior Staff",
  principal: "Principal",
};

/** A rule's measured or required number as a person reads it: shares as percentages, scores and counts as they are. */
export function formatRuleNumber(rule: Pick<RuleResult, "id">, value: number | null): string {
  if (value === null) return "—";
  if (rule.id === "min-assessed-share" || rule.id === "senior-assessed-share") return `${Math.round(value * 1000) / 10}%`;
  return String(Math.round(value * 100) / 100);
}

/** A section score (a median of 0–2) for display. */
export function formatScore(score: number | null): string {
  return score === null ? "—" : String(score);
}

/** "Hire at Staff", "No hire (assessed Senior)", "No hire", "Hold — more signal needed". */
export function describeDecision(d: { level: "staff" | "senior" | "none"; hire: boolean; held?: boolean }): string {
  if (d.held) return "Hold — more signal needed";
  if (d.hire) return `Hire at ${DECISION_LEVEL_LABELS[d.level]}`;
  return d.level === "none" ? "No hire" : `No hire (assessed ${DECISION_LEVEL_LABELS[d.level]})`;
}

/**
 * Each rule in words for someone who has never read the engine: what it checks and why a hiring team cares.
 * Shown under the rule on the debrief, above its numbers.
 */
export const RULE_PLAIN_LANGUAGE: Record<RuleResult["id"], string> = {
  "no-blocking-red-flag": "Nobody saw a warning sign serious enough to stop the hire outright.",
  "min-assessed-share": "The interviews covered enough of the role's topics to judge the candidate at all.",
  "senior-assessed-share": "In most topics the interviews covered, the candidate showed at least some evidence (a 1 or a 2).",
  "senior-twos": "In some topics the evidence was strong, with outcomes repeated: the top mark, 2.",
  "staff-critical-score": "Every topic this role counts most for Staff (marked Staff-critical) reached the mark it needs.",
  "staff-critical-twos": "Several of those Staff-critical topics had strong evidence, not just some.",
  "staff-critical-scope":
    "In those Staff-critical topics, the candidate's examples reached beyond their own team: across several teams, or the whole organisation.",
  "staff-critical-raters": "Enough interviewers judged each Staff-critical topic that no single opinion decides.",
  "no-capping-red-flag": "Nobody saw a warning sign that limits this hire to Senior.",
};

/** The debrief's words a non-engineer stumbles on, said plainly once where they first appear. */
export const PLAIN_TERMS = {
  median: "A section's score is the middle of its ratings (the median): with ratings 1, 2 and 2 it is 2, so one outlier does not move it.",
  scope: "Scope is how far the work in an example reached: the candidate's own team, several teams (multi-team), or the whole organisation (org).",
} as const;
