import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";

import type { PendingInterview } from "@/lib/debrief/load-panels";

/** Interviews whose scorecard is not in yet; the recommendation leaves them out. */
export function PendingScorecards({ pending }: { pending: PendingInterview[] }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="pending-scorecards">
      {pending.map((p) => (
        <li key={p.interviewId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          <span>
            <span className="font-medium">{p.interviewerName}</span> · {p.stageName} · <LocalTime iso={p.scheduledAt.toISOString()} />
          </span>
          {p.overdue ? (
            <Badge tone="red">Overdue</Badge>
          ) : p.scorecardStatus === "draft" ? (
            <Badge tone="violet">Draft</Badge>
          ) : (
            <Badge tone="blue">Not submitted</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
