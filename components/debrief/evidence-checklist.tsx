import type { ChecklistResult } from "@/lib/debrief/panel-evidence-checklist";
import { SCOPE_LABELS } from "@/lib/debrief/labels";

/** The panel evidence design.md asks for, collected or missing, with the rule that decides it and the ratings behind it. */
export function EvidenceChecklist({ checklist, rule }: { checklist: ChecklistResult; rule: string }) {
  if (!checklist.tracked) {
    return (
      <p className="text-sm text-slate-600" data-testid="checklist-not-tracked">
        Not tracked: this role&apos;s framework does not use the default framework&apos;s sections, so Levelset cannot tell which of the panel
        evidence (project deep-dives, a hard incident, cross-team influence, raising others&apos; quality) was collected.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <ul className="space-y-2" data-testid="evidence-checklist">
        {checklist.items.map((item) => (
          <li key={item.key} className="rounded-lg border border-slate-200 px-3 py-2" data-testid={`checklist-${item.key}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-medium text-slate-900">{item.label}</span>
              <StatusPill status={item.status} found={item.found} required={item.required} />
            </div>
            {item.status === "not-tracked" ? (
              <p className="text-sm text-slate-600">None of its sections are in this role&apos;s scorecard.</p>
            ) : item.support.length > 0 ? (
              <p className="mt-1 text-sm text-slate-600">
                From{" "}
                {item.support
                  .map((s) => `${s.interviewerName} (${s.sectionName}, ${s.rating}${s.scope ? `, ${SCOPE_LABELS[s.scope]}` : ""})`)
                  .join("; ")}
                .
              </p>
            ) : (
              <p className="mt-1 text-sm text-slate-600">No rating in {item.trackedSections.join(", ")} meets the rule below yet.</p>
            )}
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-500">How this is decided: {rule}</p>
    </div>
  );
}

function StatusPill({ status, found, required }: { status: "collected" | "missing" | "not-tracked"; found: number; required: number }) {
  if (status === "collected") {
    return (
      <span className="badge tone-green">
        <span aria-hidden="true">✓ </span>Collected
      </span>
    );
  }
  if (status === "missing") {
    return (
      <span className="badge tone-amber text-amber-900">
        <span aria-hidden="true">✗ </span>Missing{required > 1 ? ` (${found} of ${required} interviewers)` : ""}
      </span>
    );
  }
  return <span className="badge tone-gray">Not tracked</span>;
}
