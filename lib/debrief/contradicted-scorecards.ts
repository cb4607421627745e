import { findContradictions } from "@/lib/scorecards/contradictions";
import { RECOMMENDATION_LABELS } from "@/lib/scorecards/scorecard-content";
import type { RaisedRedFlag, ScorecardColumn } from "./load-panels";

export type ContradictedScorecard = {
  scorecardId: string;
  interviewerName: string;
  stageName: string;
  /** Each contradiction in the debrief's words (third person). */
  reasons: string[];
  /** The interviewer's note on why both hold; null for a scorecard submitted before notes were asked for. */
  note: string | null;
};

/**
 * The panel's scorecards whose recommendation their own red flags rule out (lib/scorecards/contradictions.ts),
 * with the note each interviewer gave, so the debrief reads the reason instead of guessing. Pure.
 */
export function contradictedScorecards(scorecards: readonly ScorecardColumn[], raised: readonly RaisedRedFlag[]): ContradictedScorecard[] {
  return scorecards.flatMap((card) => {
    const flags = raised.filter((f) => f.scorecardId === card.scorecardId);
    // Titles are unique within one scorecard's flags, so they stand in for the flag ids here.
    const found = findContradictions(
      { overallRecommendation: card.overallRecommendation, redFlags: flags.map((f) => ({ redFlagId: f.title, note: f.note })) },
      flags.map((f) => ({ id: f.title, title: f.title, severity: f.severity })),
    );
    if (found.length === 0 || card.overallRecommendation === null) return [];
    const level = RECOMMENDATION_LABELS[card.overallRecommendation];
    const reasons = found.map((c) => {
      const flag = flags.find((f) => f.title === c.redFlagId);
      const effect = flag?.severity === "blocks-hire" ? "which blocks a hire" : "which caps the level at Senior";
      return `recommends ${level} but raised “${c.redFlagId}”, ${effect}`;
    });
    const note = card.contradictionNote?.trim() ? card.contradictionNote.trim() : null;
    return [{ scorecardId: card.scorecardId, interviewerName: card.interviewerName, stageName: card.stageName, reasons, note }];
  });
}
