import type { ContradictedScorecard } from "@/lib/debrief/contradicted-scorecards";

/** Scorecards submitted although their recommendation and their own red flags disagree, each with the interviewer's note. */
export function ContradictionNotes({ items }: { items: ContradictedScorecard[] }) {
  if (items.length === 0) return null;
  return (
    <div className="space-y-2" data-testid="contradiction-notes">
      <h3 className="text-sm font-semibold text-slate-900">Submitted despite a contradiction</h3>
      <ul className="space-y-2">
        {items.map((item) => (
          <li
            key={item.scorecardId}
            id={`contradiction-${item.scorecardId}`}
            className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          >
            <p>
              <span className="font-medium">{item.interviewerName}</span> ({item.stageName}) submitted despite: {item.reasons.join("; ")}.
            </p>
            {item.note ? (
              <p className="mt-1 whitespace-pre-line">
                <span className="font-medium">Note:</span> {item.note}
              </p>
            ) : (
              <p className="mt-1 italic">No note: this scorecard was submitted before a note was asked for.</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
