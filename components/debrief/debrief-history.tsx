import { AuditEntryItem } from "@/components/ui/audit-entry";

import type { DebriefHistoryEntry } from "@/lib/debrief/load-debrief";

/** The audit trail of this application: scorecard submissions and the decision. */
export function DebriefHistory({ entries }: { entries: DebriefHistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-1.5 text-sm" data-testid="debrief-history">
      {entries.map((e) => (
        <AuditEntryItem key={e.id} entry={e} action={e.action} />
      ))}
    </ol>
  );
}
