"use client";

import Link from "next/link";
import { InterviewStateBadge } from "@/components/interview-state-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/panel";
import { LocalTime } from "@/components/ui/local-time";
import type { DebriefSummary } from "@/lib/home/list-my-debriefs";
import type { RoleSummary } from "@/lib/home/load-role-summaries";
import type { MyInterview } from "@/lib/interviews/list-my-interviews";

/*
 * The home's lists, as client components fed the rows they show: rendered on the server, their markup is written
 * once into the HTML instead of once there and again, element by element, in the page's RSC payload.
 */

/** Interviews as links to their kits, with when and their state. */
export function InterviewList({ interviews, empty }: { interviews: Omit<MyInterview, "durationMinutes">[]; empty: string }) {
  if (interviews.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100">
      {interviews.map((i) => (
        <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
          <div className="min-w-0">
            <Link href={`/interviews/${i.id}`} className="link">
              {i.candidateName}
            </Link>
            <p className="text-sm text-slate-500">
              {i.stageName} · {i.roleTitle} · <LocalTime iso={i.scheduledAt.toISOString()} />
            </p>
          </div>
          <InterviewStateBadge state={i.state} />
        </li>
      ))}
    </ul>
  );
}

/** Roles with their pipeline counts; `roles` holds one more than `shown` when there are more to see on /roles. */
export function RoleList({ roles, shown: limit, label }: { roles: RoleSummary[]; shown: number; label: string }) {
  const shown = roles.slice(0, limit);
  return (
    <ul className="divide-y divide-slate-100">
      {shown.map((r) => (
        <li key={r.id} className="py-2.5">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div>
              <Link href={`/roles/${r.id}`} className="link">
                {r.title}
              </Link>
              <p className="text-sm text-slate-500">
                {r.team} · hires {[r.hiresSenior ? "Senior" : null, r.hiresStaff ? "Staff" : null].filter(Boolean).join(" or ")}
              </p>
            </div>
            {r.status === "closed" ? <Badge>Closed</Badge> : null}
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {r.counts.active} active · {r.counts.debrief} in debrief · {r.counts.decided} decided · {r.counts.withdrawn} withdrawn
          </p>
        </li>
      ))}
      {roles.length > shown.length ? (
        <li className="py-2.5 text-sm">
          <Link href="/roles" className="link">
            See all {label}
          </Link>
          <span className="text-slate-600"> · the first {shown.length} by title are shown here</span>
        </li>
      ) : null}
    </ul>
  );
}

/** The hiring manager's debriefs waiting for a decision, with how many scorecards are in; `total` counts them all. */
export function DebriefList({ debriefs, total }: { debriefs: DebriefSummary[]; total: number }) {
  return (
    <ul className="divide-y divide-slate-100">
      {debriefs.map((d) => (
        <li key={d.applicationId} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
          <div>
            <Link href={`/applications/${d.applicationId}/debrief`} className="link">
              {d.candidateName}
            </Link>
            <p className="text-sm text-slate-500">{d.roleTitle}</p>
          </div>
          <Badge tone={d.submitted === d.interviews ? "green" : "amber"}>
            {d.submitted} of {d.interviews} scorecards in
          </Badge>
        </li>
      ))}
      {total > debriefs.length ? (
        <li className="py-2.5 text-sm text-slate-600">
          And {total - debriefs.length} more, waiting longest first. Open a role&apos;s pipeline to see them all.
        </li>
      ) : null}
    </ul>
  );
}
