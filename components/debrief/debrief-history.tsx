import { LocalTime } from "@/components/ui/local-time";

import type { DebriefHistoryEntry } from "@/lib/debrief/load-debrief";

/** The audit trail of this application: scorecard submissions and the decision. */
export function DebriefHistory({ entries }: { entries: DebriefHistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-1.5 text-sm" data-testid="debrief-history">
      {entries.map((e) => (
        <li key={e.id} className="flex flex-wrap justify-between gap-x-3" data-action={e.action}>
          <span>
            <span className="font-medium">{e.actorName ?? "System"}</span> · {e.summary}
          </span>
          <span className="text-slate-500">
            <LocalTime iso={e.at.toISOString()} withWeekday={false} />
          </span>
        </li>
      ))}
    </ol>
  );
}
