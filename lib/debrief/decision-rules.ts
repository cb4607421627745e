/**
 * When is a hiring decision "against the recommendation"? Pure, so the decision form can show
 * the rule live and the server applies the very same one to the recommendation it recomputes.
 */
import type { Level } from "@/lib/calibration";
import { DECISION_LEVEL_LABELS, LEVEL_LABELS } from "./labels";

export type DecisionLevel = "staff" | "senior" | "none";
export type DecisionChoice = { level: DecisionLevel; hire: boolean };
export type RoleHires = { hiresSenior: boolean; hiresStaff: boolean };

export type AgainstVerdict = { against: boolean; explanation: string };

const hiresAt = (role: RoleHires, level: DecisionLevel) => (level === "staff" ? role.hiresStaff : level === "senior" ? role.hiresSenior : false);

/**
 * The rule, in order:
 * - recommended insufficient evidence: every decision goes beyond the evidence, so it is always against;
 * - recommended no hire or below the Senior bar: hiring is against; not hiring is not;
 * - recommended Senior or Staff: deciding a different level is against, and so is declining a candidate
 *   at the recommended level when the role hires at that level (a Senior recommendation on a Staff-only
 *   role followed by no hire is in line with it).
 */
export function againstRecommendation(recommended: Level, decision: DecisionChoice, role: RoleHires): AgainstVerdict {
  const rec = LEVEL_LABELS[recommended];
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
  if (!decision.hire) return {};
  if (decision.level === "none") return { level: ["To hire, choose the level you hire at: Staff or Senior."] };
  if (!hiresAt(role, decision.level)) {
    const levels = [role.hiresSenior ? "Senior" : null, role.hiresStaff ? "Staff" : null].filter(Boolean).join(" or ");
    return { level: [`This role hires at ${levels} only; choose ${levels}, or record no hire.`] };
  }
  return {};
}
