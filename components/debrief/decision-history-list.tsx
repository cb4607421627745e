import { LocalTime } from "@/components/ui/local-time";
import type { EarlierDecision } from "@/lib/debrief/load-debrief";
import { CONFIDENCE_LABELS, LEVEL_LABELS, describeDecision } from "@/lib/debrief/labels";

const CHANGE_WORDS = { revised: "Revised", reopened: "Reopened to the debrief" } as const;

/** Every earlier decision of the application, newest first: what it was, its recommendation, and why it changed. */
export function DecisionHistoryList({ entries }: { entries: EarlierDecision[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="border-t border-slate-200 pt-3">
      <h3 className="text-sm font-semibold text-slate-900">Earlier decisions</h3>
      <ol className="mt-2 space-y-3 text-sm" data-testid="decision-history">
        {entries.map((e) => {
          const confidence = e.snapshot.confidence && e.snapshot.confidence in CONFIDENCE_LABELS ? e.snapshot.confidence : null;
          return (
            <li key={e.id} className="rounded-md border border-slate-200 px-3 py-2" data-change={e.change}>
              <p className="font-medium text-slate-900">
                {describeDecision(e)}
                {e.held && e.probeSectionNames.length > 0 ? ` (probe ${e.probeSectionNames.join(", ")})` : ""}
              </p>
              <p className="text-slate-600">
                Recorded by {e.decidedByName} on <LocalTime iso={e.createdAt.toISOString()} withWeekday={false} />; recommendation then:{" "}
                {e.snapshot.level ? LEVEL_LABELS[e.snapshot.level] : "not recorded"}
                {confidence ? `, ${confidence} confidence` : ""}.
              </p>
              <p className="mt-1 whitespace-pre-line text-slate-700">Rationale: {e.rationale}</p>
              <p className="mt-1 text-slate-800">
                <span className="font-medium">
                  {CHANGE_WORDS[e.change]} by {e.changedByName} on <LocalTime iso={e.changedAt.toISOString()} withWeekday={false} />:
                </span>{" "}
                <span className="whitespace-pre-line">{e.reason}</span>
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
