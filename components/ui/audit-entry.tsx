import { LocalTime } from "./local-time";

/** What one line of an audit trail shows: who (or the system) did what, and when. */
export type AuditEntryLine = { actorName: string | null; summary: string; at: Date };

/** One audit event as a list row: "Ana Ruiz · Submitted a scorecard" with its time on the right. */
export function AuditEntryItem({ entry, action }: { entry: AuditEntryLine; action?: string }) {
  return (
    <li className="flex flex-wrap justify-between gap-x-3" data-action={action}>
      <span>
        <span className="font-medium">{entry.actorName ?? "System"}</span> · {entry.summary}
      </span>
      <span className="text-slate-500">
        <LocalTime iso={entry.at.toISOString()} withWeekday={false} />
      </span>
    </li>
  );
}
