import type { RatingCell, ScorecardColumn } from "@/lib/debrief/load-panels";
import type { MatrixRow } from "@/lib/debrief/ratings-matrix";
import { ENGINEER_LEVEL_LABELS } from "@/lib/debrief/labels";
import { EvidenceSections, type EvidenceSection } from "./evidence-sections";

/**
 * Written evidence grouped by section (in the matrix's order), each note with its interviewer, rating and scope.
 * Only what is shown goes to the client component that draws it: no scorecard's summary, dates or ids beyond the keys.
 */
export function EvidenceBySection({ rows, scorecards, ratings }: { rows: MatrixRow[]; scorecards: ScorecardColumn[]; ratings: RatingCell[] }) {
  const sections = rows.map((row): EvidenceSection => ({
    sectionId: row.sectionId,
    name: row.name,
    staffCritical: row.staffCritical,
    median: row.median,
    entries: scorecards.flatMap((card) => {
      const r = ratings.find((x) => x.scorecardId === card.scorecardId && x.sectionId === row.sectionId);
      return r
        ? [
            {
              key: card.scorecardId,
              interviewerName: card.interviewerName,
              level: ENGINEER_LEVEL_LABELS[card.interviewerLevel] ?? card.interviewerLevel,
              stageName: card.stageName,
              rating: r.rating,
              notAssessed: r.notAssessed,
              scope: r.scope,
              evidence: r.evidence,
            },
          ]
        : [];
    }),
  }));
  return <EvidenceSections sections={sections} />;
}
