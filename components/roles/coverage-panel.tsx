import { Badge } from "@/components/ui/badge";
import type { CoverageReport } from "@/lib/roles/coverage";

/** The coverage check of an interview plan: every section in play with the stages that cover it, then the warnings. */
export function CoverageView({ report, hiresStaff, compact = false }: { report: CoverageReport; hiresStaff: boolean; compact?: boolean }) {
  return (
    <div className="space-y-3" data-testid="coverage-check">
      {report.clean ? (
        <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="coverage-clean">
          Coverage is clean: every section in play is covered, and every Staff-critical section by at least two stages
          {hiresStaff ? " with a Staff-level interviewer in a pool" : ""}.
        </p>
      ) : (
        <div className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium" data-testid="coverage-warning-count">
            {report.warnings.length} coverage warning{report.warnings.length === 1 ? "" : "s"}
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-5" data-testid="coverage-warnings">
            {report.warnings.map((w, i) => (
              <li key={`${w.kind}-${w.sectionId}-${w.stageId ?? ""}-${i}`}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}
      {compact ? null : (
        <ul className="divide-y divide-slate-100 text-sm">
          {report.sections.map((s) => (
            <li key={s.sectionId} className="flex flex-wrap items-start justify-between gap-2 py-2" data-testid="coverage-section">
              <div className="min-w-0">
                <p className="font-medium">
                  {s.sectionName}
                  {s.staffCritical ? <span className="ml-1.5 text-xs font-normal text-amber-700">Staff-critical</span> : null}
                </p>
                <p className="text-xs text-slate-500">
                  {s.stages.length === 0 ? "No stage covers it yet" : s.stages.map((st) => st.name).join(" · ")}
                </p>
              </div>
              <div className="flex flex-wrap gap-1">
                {s.status === "covered" ? (
                  <Badge tone="green">
                    {s.stages.length} stage{s.stages.length === 1 ? "" : "s"}
                  </Badge>
                ) : s.status === "thin" ? (
                  <Badge tone="amber">1 stage, needs 2</Badge>
                ) : (
                  <Badge tone="red">Uncovered</Badge>
                )}
                {hiresStaff && s.staffCritical && s.stages.length > 0 ? (
                  s.hasStaffInterviewer ? (
                    <Badge tone="blue">Staff+ rater</Badge>
                  ) : (
                    <Badge tone="red">No Staff+ rater</Badge>
                  )
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
