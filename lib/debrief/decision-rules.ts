/**
 * When is a hiring decision "against the recommendation"? Pure, so the decision form can show
 * the rule live and the server applies the very same one to the recommendation it recomputes.
 */
import type { Level } from "@/lib/calibration";
import { DECISION_LEVEL_LABELS, LEVEL_LABELS } from "./labels";

export type DecisionLevel = "staff" | "senior" | "none";
/** `held`: "hold — more signal needed", neither hire nor no hire yet (then level is "none" and hire false). */
export type DecisionChoice = { level: DecisionLevel; hire: boolean; held?: boolean };
export type DecisionOutcome = "hire" | "no-hire" | "hold";

export const outcomeOf = (d: DecisionChoice): DecisionOutcome => (d.held ? "hold" : d.hire ? "hire" : "no-hire");
export type RoleHires = { hiresSenior: boolean; hiresStaff: boolean };

export type AgainstVerdict = { against: boolean; explanation: string };

const hiresAt = (role: RoleHires, level: DecisionLevel) => (level === "staff" ? role.hiresStaff : level === "senior" ? role.hiresSenior : false);

/**
 * The rule, in order:
 * - a hold is never against: it decides nothing yet, it asks for more signal;
 * - recommended insufficient evidence: every decision goes beyond the evidence, so it is always against;
 * - recommended no hire or below the Senior bar: hiring is against; not hiring is not;
 * - recommended Senior or Staff: deciding a different level is against, and so is declining a candidate
 *   at the recommended level when the role hires at that level (a Senior recommendation on a Staff-only
 *   role followed by no hire is in line with it).
 */
export function againstRecommendation(recommended: Level, decision: DecisionChoice, role: RoleHires): AgainstVerdict {
  const rec = LEVEL_LABELS[recommended];
  if (decision.held) {
    return {
      against: false,
      explanation: "A hold asks the panel for more signal before deciding; it is not a decision against the recommendation.",
    };
  }
  switch (recommended) {
    case "insufficient-evidence":
      return {
        against: true,
        explanation: "The recommendation is insufficient evidence, so any decision goes beyond what the panel collected.",
      };
    case "no-hire":
    case "below-senior-bar":
      return decision.hire
        ? { against: true, explanation: `The recommendation is ${rec}; hiring goes against it.` }
        : { against: false, explanation: `Not hiring follows the recommendation (${rec}).` };
    case "senior":
    case "staff": {
      if (decision.level !== recommended) {
        return {
          against: true,
          explanation: `The recommendation is ${rec}; deciding ${decision.level === "none" ? "no level" : DECISION_LEVEL_LABELS[decision.level]} goes against it.`,
        };
      }
      if (!decision.hire && hiresAt(role, recommended)) {
        return { against: true, explanation: `The recommendation is ${rec} and the role hires at ${rec}; not hiring goes against it.` };
      }
      return { against: false, explanation: `${decision.hire ? "Hiring" : "Not hiring"} at ${rec} follows the recommendation.` };
    }
  }
}

/** Combinations the role cannot take; field errors keyed like the form's fields. */
export function decisionProblems(decision: DecisionChoice, role: RoleHires): Record<string, string[]> {
  if (decision.held || !decision.hire) return {};
  if (decision.level === "none") return { level: ["To hire, choose the level you hire at: Staff or Senior."] };
  if (!hiresAt(role, decision.level)) {
    const levels = [role.hiresSenior ? "Senior" : null, role.hiresStaff ? "Staff" : null].filter(Boolean).join(" or ");
    return { level: [`This role hires at ${levels} only; choose ${levels}, or record no hire.`] };
  }
  return {};
}

/**
 * Deciding on a partial panel: while scheduled scorecards are still missing (not submitted and not marked
 * "did not take place"), a hire or no-hire needs an explicit "decide without them" and a reason. A hold
 * is exempt: it asks for more signal anyway. Field errors keyed like the form's fields; empty when allowed.
 */
export function partialPanelProblems(input: {
  outcome: DecisionOutcome;
  missingScorecards: number;
  decideWithoutMissing: boolean;
  missingReason: string | undefined;
  minReason: number;
}): Record<string, string[]> {
  if (input.outcome === "hold" || input.missingScorecards === 0) return {};
  const count = input.missingScorecards === 1 ? "1 scheduled scorecard is" : `${input.missingScorecards} scheduled scorecards are`;
  if (!input.decideWithoutMissing) {
    return {
      decideWithoutMissing: [`${count} not in yet. Wait for them, or tick "Decide without them" and say why.`],
    };
  }
  if ((input.missingReason?.trim().length ?? 0) < input.minReason) {
    return {
      missingReason: [
        `Explain why you decide before ${count === "1 scheduled scorecard is" ? "it is" : "they are"} in (at least ${input.minReason} characters).`,
      ],
    };
  }
  return {};
}

const joinNames = (names: string[]) => (names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`);

/**
 * The call restated in one sentence, for the confirmation step: "Hire Ada Lovelace at Staff, against the
 * recommendation (Senior)". Pure, so the form and the tests read the same words.
 */
export function restateDecision(input: {
  candidateName: string;
  choice: DecisionChoice;
  recommended: Level;
  role: RoleHires;
  /** With a hold: the sections the extra interview should probe, by name. */
  probeSectionNames?: string[];
  /** Scheduled scorecards still missing when deciding without them. */
  missingScorecards?: number;
}): string {
  const { candidateName: name, choice, recommended } = input;
  const rec = LEVEL_LABELS[recommended];
  if (choice.held) {
    const sections = input.probeSectionNames ?? [];
    return `Hold ${name} for more signal${sections.length > 0 ? `: an extra interview on ${joinNames(sections)}` : ""}. This is not a decision against the recommendation (${rec}).`;
  }
  const call = choice.hire
    ? `Hire ${name} at ${DECISION_LEVEL_LABELS[choice.level]}`
    : choice.level === "none"
      ? `Do not hire ${name}`
      : `Do not hire ${name} (assessed ${DECISION_LEVEL_LABELS[choice.level]})`;
  const verdict = againstRecommendation(recommended, choice, input.role).against ? "against" : "in line with";
  const missing = input.missingScorecards ?? 0;
  const partial = missing > 0 ? `, without the ${missing === 1 ? "scorecard" : `${missing} scorecards`} still missing` : "";
  return `${call}, ${verdict} the recommendation (${rec})${partial}.`;
}
