import type { RatingCell, ScorecardColumn } from "@/lib/debrief/load-panels";
import type { MatrixRow } from "@/lib/debrief/ratings-matrix";
import { ENGINEER_LEVEL_LABELS, formatScore } from "@/lib/debrief/labels";
import { ScopeBadge } from "./scope-badge";

/** Written evidence grouped by section (in the matrix's order), each note with its interviewer, rating and scope. */
export function EvidenceBySection({ rows, scorecards, ratings }: { rows: MatrixRow[]; scorecards: ScorecardColumn[]; ratings: RatingCell[] }) {
  const sections = rows.map((row) => ({
    sectionId: row.sectionId,
    name: row.name,
    staffCritical: row.staffCritical,
    median: row.median,
    entries: scorecards.flatMap((card) => {
      const r = ratings.find((x) => x.scorecardId === card.scorecardId && x.sectionId === row.sectionId);
      return r ? [{ key: card.scorecardId, ...card, ...r }] : [];
    }),
  }));
  return (
    <div className="space-y-5">
      {sections.map((section) => (
        <section key={section.sectionId} aria-labelledby={`evidence-${section.sectionId}`} className="break-inside-avoid">
          <h3 id={`evidence-${section.sectionId}`} className="flex flex-wrap items-baseline gap-x-2 font-semibold text-slate-900">
            {section.name}
            {section.staffCritical ? <span className="text-xs font-medium text-violet-700">★ Staff-critical</span> : null}
            <span className="text-sm font-normal text-slate-600">median {formatScore(section.median)}</span>
          </h3>
          {section.entries.length === 0 ? (
            <p className="mt-1 text-sm text-slate-500">No interviewer covered this section.</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {section.entries.map((e) => (
                <li key={e.key} className="rounded-lg border border-slate-200 px-3 py-2">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-medium text-slate-900">{e.interviewerName}</span>
                    <span className="text-slate-500">
                      {ENGINEER_LEVEL_LABELS[e.interviewerLevel] ?? e.interviewerLevel} · {e.stageName}
                    </span>
                    <span className="ml-auto flex items-center gap-2">
                      {e.rating === null ? (
                        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                          {e.notAssessed ? "Not assessed" : "Not rated"}
                        </span>
                      ) : (
                        <span className="rounded bg-slate-900 px-1.5 py-0.5 text-xs font-semibold text-white">Rating {e.rating}</span>
                      )}
                      {e.scope ? <ScopeBadge scope={e.scope} /> : null}
                    </span>
                  </div>
                  {e.evidence.trim() ? (
                    <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{e.evidence}</p>
                  ) : (
                    <p className="mt-1 text-sm italic text-slate-500">No written evidence.</p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
