"use client";

import { ScrollRegion } from "@/components/ui/data-table";
import { HeatmapCell, HeatmapLegend } from "@/components/charts/heatmap-cell";
import { ENGINEER_LEVEL_LABELS, SCOPE_LABELS, formatScore } from "@/lib/debrief/labels";
import { interviewerAbbreviations, type MatrixColumn, type MatrixRow } from "@/lib/debrief/ratings-matrix";
import { PLAIN_TERMS } from "@/lib/debrief/labels";

/** Scope under a rating where a phone's column is too narrow for "Multi-team". */
const SCOPE_SHORT = { "multi-team": "Multi", org: "Org" } as const;

/**
 * The ratings matrix as an accessible heatmap: a real table, every rating written as text,
 * colour only as an extra cue, disagreement marked with a symbol and spoken text.
 * On a phone the columns are the interviewers' initials, keyed below the table, so a panel of four fits the screen
 * without scrolling; a larger panel scrolls sideways with the section names kept in view.
 * A client component fed the grid's data, so its markup is written once, into the HTML, and not again element by
 * element in the page's RSC payload.
 */
export function RatingsMatrix({
  candidateName,
  columns,
  rows,
  contradicted = [],
}: {
  candidateName: string;
  /** Only what the headers show: pass these four fields, not whole scorecards (they would all go to the browser). */
  columns: Pick<MatrixColumn, "scorecardId" | "interviewerName" | "interviewerLevel" | "stageName">[];
  rows: MatrixRow[];
  /** Ids of the scorecards submitted despite a contradiction; their column links to the interviewer's note. */
  contradicted?: string[];
}) {
  const contradictedIds = new Set(contradicted);
  const short = interviewerAbbreviations(columns.map((c) => c.interviewerName));
  return (
    <div className="space-y-3 print:break-inside-avoid">
      <p className="text-sm text-slate-600">
        Each cell is one interviewer&apos;s rating: 0 limited evidence, 1 some evidence or inconsistent, 2 strong evidence with repeated outcomes.{" "}
        {PLAIN_TERMS.median} “n/a” means the interviewer marked the section not assessed, which never counts as 0.
      </p>
      <ScrollRegion label="Ratings matrix, scrolls sideways" className="rounded-lg border border-slate-200 print:overflow-visible">
        <table className="w-full border-collapse text-sm [-webkit-print-color-adjust:exact] [print-color-adjust:exact]">
          <caption className="sr-only">Ratings of {candidateName} by section and interviewer, 0 to 2, with each section&apos;s median</caption>
          <thead>
            <tr className="bg-slate-50 text-left align-bottom text-xs text-slate-600">
              <th scope="col" className="sticky left-0 z-10 min-w-24 bg-slate-50 px-2 py-2 font-semibold sm:min-w-44 sm:px-3">
                Section
              </th>
              {columns.map((col, i) => (
                <th key={col.scorecardId} scope="col" className="min-w-10 px-1 py-2 text-center font-semibold sm:min-w-28 sm:px-3">
                  <span aria-hidden="true" className="block text-slate-900 sm:hidden" title={col.interviewerName}>
                    {short[i]}
                    {contradictedIds.has(col.scorecardId) ? <span className="text-amber-800">!</span> : null}
                  </span>
                  <span className="sr-only sm:not-sr-only sm:block sm:text-slate-900">{col.interviewerName}</span>
                  <span className="hidden font-normal sm:block">{col.stageName}</span>
                  <span className="hidden font-normal sm:block">{ENGINEER_LEVEL_LABELS[col.interviewerLevel] ?? col.interviewerLevel}</span>
                  {contradictedIds.has(col.scorecardId) ? (
                    <a
                      href={`#contradiction-${col.scorecardId}`}
                      className="mt-0.5 hidden font-medium text-amber-800 underline underline-offset-2 sm:block"
                    >
                      Submitted despite a contradiction
                    </a>
                  ) : null}
                </th>
              ))}
              <th scope="col" className="px-1 py-2 text-center font-semibold sm:px-3">
                Median
              </th>
              <th scope="col" className="hidden px-3 py-2 text-center font-semibold sm:table-cell">
                Raters
              </th>
              <th scope="col" className="hidden min-w-32 px-3 py-2 font-semibold sm:table-cell">
                Evidence scope
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.sectionId} className="border-t border-slate-100">
                <th scope="row" className="sticky left-0 z-10 bg-white px-2 py-2 text-left text-xs font-medium text-slate-900 sm:px-3 sm:text-sm">
                  {row.name}
                  {row.staffCritical ? (
                    <span className="ml-1 text-violet-700" title="Staff-critical">
                      <span aria-hidden="true">★</span>
                      <span className="sr-only">(Staff-critical)</span>
                    </span>
                  ) : null}
                </th>
                {row.cells.map((cell, i) => {
                  const col = columns[i];
                  const key = col?.scorecardId ?? i;
                  if (cell.kind === "rated") {
                    return (
                      <HeatmapCell
                        key={key}
                        value={cell.rating}
                        title={`${col?.interviewerName ?? ""}: ${cell.rating}${cell.scope ? `, ${SCOPE_LABELS[cell.scope]} scope` : ""}`}
                      >
                        <span className="font-semibold">{cell.rating}</span>
                        {cell.scope && cell.scope !== "team" ? (
                          <>
                            <span aria-hidden="true" className="block text-[11px] leading-tight sm:hidden">
                              {SCOPE_SHORT[cell.scope]}
                            </span>
                            <span className="sr-only block text-[11px] leading-tight sm:not-sr-only">{SCOPE_LABELS[cell.scope]}</span>
                          </>
                        ) : null}
                      </HeatmapCell>
                    );
                  }
                  if (cell.kind === "not-assessed") {
                    return (
                      <HeatmapCell key={key} value={null} className="bg-slate-50" title="Not assessed">
                        <span aria-hidden="true">n/a</span>
                        <span className="sr-only">Not assessed</span>
                      </HeatmapCell>
                    );
                  }
                  return (
                    <HeatmapCell key={key} value={null} title="Not covered in this interview">
                      <span aria-hidden="true" className="text-slate-500">
                        ·
                      </span>
                      <span className="sr-only">Not covered in this interview</span>
                    </HeatmapCell>
                  );
                })}
                <HeatmapCell value={row.median} className="border-l-2 border-l-slate-300 font-semibold">
                  {formatScore(row.median)}
                  {row.disagreement ? (
                    <span
                      className="ml-1 inline-block rounded bg-red-700 px-1 text-xs font-bold text-white"
                      title="Disagreement: one interviewer gave 0 and another 2"
                    >
                      <span aria-hidden="true">≠</span>
                      <span className="sr-only">Disagreement: one interviewer gave 0 and another 2</span>
                    </span>
                  ) : null}
                </HeatmapCell>
                <td className="hidden px-3 py-2 text-center tabular-nums text-slate-700 sm:table-cell">{row.raters}</td>
                <td className="hidden px-3 py-2 text-slate-700 sm:table-cell">
                  {row.scopes.length === 0 ? "—" : row.scopes.map((s) => SCOPE_LABELS[s]).join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ul aria-label="Interviewers in the matrix" className="grid gap-1 text-xs text-slate-600 sm:hidden print:hidden">
        {columns.map((col, i) => (
          <li key={col.scorecardId}>
            <span className="font-semibold text-slate-900">{short[i]}</span> {col.interviewerName}, {col.stageName},{" "}
            {ENGINEER_LEVEL_LABELS[col.interviewerLevel] ?? col.interviewerLevel}
            {contradictedIds.has(col.scorecardId) ? (
              <>
                {" "}
                <a href={`#contradiction-${col.scorecardId}`} className="font-medium text-amber-800 underline underline-offset-2">
                  ! submitted despite a contradiction
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <HeatmapLegend />
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Symbols">
          <li>
            <span aria-hidden="true" className="mr-1 inline-block rounded bg-red-700 px-1 font-bold text-white">
              ≠
            </span>
            disagreement: a 0 and a 2
          </li>
          <li>
            <span aria-hidden="true" className="mr-1 text-violet-700">
              ★
            </span>
            Staff-critical
          </li>
          <li>
            <span aria-hidden="true" className="mr-1">
              n/a
            </span>
            not assessed
          </li>
          <li>
            <span aria-hidden="true" className="mr-1 font-bold">
              ·
            </span>
            not covered in that interview
          </li>
          <li>Multi-team (Multi on a phone) or Org under a rating: the scope of its evidence (team scope is not marked). {PLAIN_TERMS.scope}</li>
        </ul>
      </div>
    </div>
  );
}
