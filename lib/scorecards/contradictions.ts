import { LIMITS, RECOMMENDATION_LABELS, type ScorecardContent } from "./scorecard-content";

/**
 * A scorecard that says two things that cannot both hold: a level recommendation its own red flags rule out.
 * Submitting one is allowed (the interviewer may know something the flag's wording doesn't), but only with a
 * note saying why both hold, so the debrief reads the note instead of guessing. Pure, shared by the form and the
 * server.
 */

export type FlagSeverity = "note" | "caps-at-senior" | "blocks-hire";
export type ContradictionFlag = { id: string; title: string; severity: FlagSeverity };
export type Contradiction = { redFlagId: string; message: string };

export function findContradictions(
  content: Pick<ScorecardContent, "redFlags" | "overallRecommendation">,
  flags: readonly ContradictionFlag[],
): Contradiction[] {
  const recommendation = content.overallRecommendation;
  if (recommendation === null || recommendation === "no-hire") return [];
  const byId = new Map(flags.map((f) => [f.id, f]));
  const found: Contradiction[] = [];
  const seen = new Set<string>();
  for (const raised of content.redFlags) {
    const flag = byId.get(raised.redFlagId);
    if (!flag || seen.has(flag.id)) continue;
    seen.add(flag.id);
    const level = RECOMMENDATION_LABELS[recommendation];
    if (flag.severity === "blocks-hire") {
      found.push({ redFlagId: flag.id, message: `You recommend hiring at ${level}, but you raised “${flag.title}”, which blocks a hire.` });
    } else if (flag.severity === "caps-at-senior" && recommendation === "staff") {
      found.push({ redFlagId: flag.id, message: `You recommend Staff, but you raised “${flag.title}”, which caps the level at Senior.` });
    }
  }
  return found;
}

/** The note a contradictory scorecard needs; null when it is fine (or when nothing contradicts). */
export function validateContradictionNote(note: string | undefined, contradictions: readonly Contradiction[]): string | null {
  if (contradictions.length === 0) return null;
  const trimmed = (note ?? "").trim();
  if (trimmed.length < LIMITS.reasonMin) {
    return `${contradictions[0]!.message} Change the recommendation or the flag, or say in a note why both hold (at least ${LIMITS.reasonMin} characters).`;
  }
  if (trimmed.length > LIMITS.note) {
    return `The note is ${trimmed.length.toLocaleString("en-US")} characters; shorten it to ${LIMITS.note.toLocaleString("en-US")} or fewer.`;
  }
  return null;
}
