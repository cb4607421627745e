import type { AmendmentView } from "@/lib/scorecards/load-scorecard";
import { LocalTime } from "@/components/ui/local-time";
import { ScorecardBodyView } from "./scorecard-body-view";

/** Every amendment with its reason, and the scorecard as originally submitted, still readable. */
export function AmendmentHistory({ amendments }: { amendments: AmendmentView[] }) {
  if (amendments.length === 0) return null;
  const original = amendments[0]?.before;
  return (
    <section aria-labelledby="amendments-title" className="panel">
      <h2 id="amendments-title" className="border-b border-slate-100 px-4 py-3 font-semibold">
        Amendment history
      </h2>
      <ol className="divide-y divide-slate-100">
        {[...amendments].reverse().map((a, i) => (
          <li key={a.id} className="px-4 py-3">
            <p className="text-sm">
              <span className="font-medium">Amendment {amendments.length - i}</span> by {a.amendedByName} ·{" "}
              <LocalTime iso={a.createdAt.toISOString()} />
              {a.afterPanelVisible ? <AfterPanelMark /> : null}
            </p>
            <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">
              <span className="font-medium text-slate-600">Reason: </span>
              {a.reason}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">Show the scorecard before this amendment</summary>
              <div className="mt-2 rounded-lg bg-slate-50 p-3">
                <ScorecardBodyView body={a.before} headingLevel={4} />
                <ContradictionNoteLine note={a.before.contradictionNote} />
              </div>
            </details>
          </li>
        ))}
      </ol>
      {original ? (
        <details className="border-t border-slate-100 px-4 py-3" data-testid="original-scorecard">
          <summary className="cursor-pointer text-sm font-semibold text-slate-800">
            Original scorecard, as submitted
            {original.submittedAt ? (
              <>
                {" "}
                on <LocalTime iso={original.submittedAt} />
              </>
            ) : null}
          </summary>
          <div className="mt-2 rounded-lg bg-slate-50 p-3">
            <ScorecardBodyView body={original} headingLevel={4} />
            <ContradictionNoteLine note={original.contradictionNote} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

/** Marks an amendment made when its author could already read the other scorecards (design.md, Fairness mechanics). */
export function AfterPanelMark() {
  return (
    <span data-testid="after-panel" className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
      after reading the panel
    </span>
  );
}

/** The note a snapshot was submitted with on a contradiction between its recommendation and its red flags. */
function ContradictionNoteLine({ note }: { note: string | null | undefined }) {
  if (!note) return null;
  return (
    <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-800">
      <span className="font-medium">Note on the contradiction: </span>
      {note}
    </p>
  );
}
