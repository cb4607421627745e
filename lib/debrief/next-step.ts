/**
 * The debrief's "next step" line and the sections a hold should probe. Pure: built from the engine's
 * output and the recorded decision, so the page, the decision form and the tests agree.
 */
import type { Recommendation } from "@/lib/calibration";
import type { DecisionChoice } from "./decision-rules";
import { describeDecision } from "./labels";

/**
 * The sections the engine's next step points at, in the role's section order: the sections nobody assessed
 * (too few assessed), the thinly rated Staff-critical ones, a 0-versus-2 split, Staff-critical sections with no
 * Staff-level rater, single-rated sections, and coverage gaps against the interview plan.
 */
export function sectionsToProbe(rec: Pick<Recommendation, "basis" | "rules" | "sectionScores" | "flags">): string[] {
  const failing = (id: string) => rec.rules.find((r) => r.id === id && !r.passed)?.failingSectionIds ?? [];
  const wanted = new Set<string>();
  const add = (ids: string[]) => ids.forEach((id) => wanted.add(id));
  if (rec.basis === "too-few-sections-assessed") add(failing("min-assessed-share"));
  if (rec.basis === "staff-thinly-rated") add(failing("staff-critical-raters"));
  add(rec.sectionScores.filter((s) => s.disagreement).map((s) => s.sectionId));
  for (const flag of rec.flags) if (flag.kind === "no-staff-level-rater" || flag.kind === "coverage-gap") add(flag.sectionIds);
  if (wanted.size === 0) add(rec.sectionScores.filter((s) => s.assessed && s.ratings.length === 1).map((s) => s.sectionId));
  return rec.sectionScores.map((s) => s.sectionId).filter((id) => wanted.has(id));
}

const joinNames = (names: string[]) => (names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`);

/**
 * The next step once a decision stands: the decision itself, or with a hold the extra interview on the named
 * sections. Null while nothing is decided, so the page shows the engine's own next step.
 */
export function nextStepAfterDecision(decision: (DecisionChoice & { probeSectionNames: string[] }) | null): string | null {
  if (!decision) return null;
  if (decision.held) {
    const sections = decision.probeSectionNames;
    return sections.length > 0
      ? `Schedule the extra interview on ${joinNames(sections)}; once its scorecard is in, revise the hold into a decision.`
      : "Schedule the extra interview; once its scorecard is in, revise the hold into a decision.";
  }
  return `Decided: ${describeDecision(decision).replace(/^./, (c) => c.toLowerCase())}. Nothing more to probe unless the decision is reopened.`;
}
