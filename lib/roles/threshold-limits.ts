import type { Thresholds } from "@/lib/calibration/thresholds";

/**
 * Bars no candidate could ever clear on this role, found before they are saved: a threshold is checked against the
 * role's own sections and plan, not only against its general range (role-schema.ts). No "server-only": the settings
 * form runs the same checks as the person types, and the server runs them again on save.
 */
export type ThresholdLimitInput = {
  thresholds: Pick<Thresholds, "seniorMinTwos" | "staffCriticalMinTwos" | "staffCriticalMinRaters">;
  hiresStaff: boolean;
  /** How many sections are in play. */
  sectionsInPlay: number;
  /** The Staff-critical sections, with how many stages of the interview plan focus on each (undefined: not known here). */
  staffCritical: { name: string; plannedStages?: number | undefined }[];
  /**
   * Check the raters bar against the plan. The caller asks for it when the bar is being raised: a plan still being
   * built is the coverage panel's to flag, and a bar the role already had is not made impossible by this save.
   */
  checkPlan?: boolean;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Field errors keyed the way the settings form shows them (`thresholds.<key>`); empty when every bar can be cleared. */
export function thresholdLimitProblems(input: ThresholdLimitInput): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const { thresholds: t } = input;
  if (input.sectionsInPlay > 0 && t.seniorMinTwos > input.sectionsInPlay) {
    problems["thresholds.seniorMinTwos"] = [
      `Only ${plural(input.sectionsInPlay, "section is", "sections are")} in play, so no candidate could have ${t.seniorMinTwos} sections scoring 2. Enter ${input.sectionsInPlay} or fewer, or put more sections in play.`,
    ];
  }
  if (!input.hiresStaff) return problems;
  const critical = input.staffCritical.length;
  if (critical > 0 && t.staffCriticalMinTwos > critical) {
    problems["thresholds.staffCriticalMinTwos"] = [
      `Only ${plural(critical, "section is", "sections are")} Staff-critical, so no candidate could have ${t.staffCriticalMinTwos} of them scoring 2 and nobody could reach the Staff bar. Enter ${critical} or fewer, or mark more sections Staff-critical.`,
    ];
  }
  // A Staff-critical section the plan does not cover yet is a plan gap (the coverage panel says so), not a bar problem.
  const planned = input.staffCritical.filter((s) => (s.plannedStages ?? 0) > 0);
  const thinnest = planned.reduce<{ name: string; plannedStages?: number | undefined } | null>(
    (min, s) => (min === null || (s.plannedStages ?? 0) < (min.plannedStages ?? 0) ? s : min),
    null,
  );
  const stages = thinnest?.plannedStages ?? 0;
  if (input.checkPlan !== false && thinnest && t.staffCriticalMinRaters > stages) {
    problems["thresholds.staffCriticalMinRaters"] = [
      `The interview plan has ${plural(stages, "stage")} on ${thinnest.name}, so at most ${plural(stages, "interviewer")} can rate it and every Staff call would be insufficient evidence. Enter ${stages} or fewer, or add a stage on ${thinnest.name} to the plan first.`,
    ];
  }
  return problems;
}
