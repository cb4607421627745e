import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { InterviewStateBadge } from "@/components/interview-state-badge";
import { InterviewDayList } from "@/components/interviews/interview-day-list";
import { Badge } from "@/components/ui/badge";
import { AuditEntryItem } from "@/components/ui/audit-entry";
import { LocalTime } from "@/components/ui/local-time";
import { EmptyState, Panel } from "@/components/ui/panel";
import { hasRole, requireUser } from "@/lib/auth/guards";
import { RecruiterTodoList } from "@/components/home/recruiter-todo";
import { loadAdminOverview } from "@/lib/home/load-admin-overview";
import { loadRecruiterTodo } from "@/lib/home/load-recruiter-todo";
import { listMyDebriefs } from "@/lib/home/list-my-debriefs";
import { loadRoleSummaries, type RoleSummary } from "@/lib/home/load-role-summaries";
import { listMyInterviews, type MyInterview } from "@/lib/interviews/list-my-interviews";
import { toDayListInterview } from "@/lib/interviews/when";
import { isRecruiterOrAdmin } from "@/lib/permissions/app-roles";
import { remindNowAction } from "./reminder-actions";

export const metadata: Metadata = { title: "Home" };

/** Roles listed per home panel; a hiring manager of fifty gets the first ten by title and a link to all of them. */
const HOME_ROLE_LIMIT = 10;
/** Interviews listed per home list; the rest are on My interviews, behind a "See all" link. */
const HOME_INTERVIEW_LIMIT = 10;

export default async function HomePage() {
  const user = await requireUser();
  const database = db();
  const now = new Date();
  const isInterviewer = hasRole(user, "interviewer", "hiring-manager");
  const interviews = isInterviewer ? listMyInterviews(database, { userId: user.id, now, openOnly: true }) : [];
  // One more than is shown, to know whether to offer "See all roles".
  const recruiting = isRecruiterOrAdmin(user) ? loadRoleSummaries(database, { user, list: "recruiting", limit: HOME_ROLE_LIMIT + 1 }) : [];
  const managing = hasRole(user, "hiring-manager") ? loadRoleSummaries(database, { user, list: "managing", limit: HOME_ROLE_LIMIT + 1 }) : [];
  const { debriefs, total: debriefTotal } = hasRole(user, "hiring-manager") ? listMyDebriefs(database, { user }) : { debriefs: [], total: 0 };
  const admin = loadAdminOverview(database, user);
  const todo = loadRecruiterTodo(database, { user, now });

  const open = interviews.filter((i) => i.state !== "submitted" && i.state !== "cancelled");
  const cancelled = interviews.filter((i) => i.state === "cancelled");
  const drafts = interviews.filter((i) => i.state === "in-progress" || i.state === "overdue" || i.state === "awaiting-scorecard");
  const upcoming = interviews.filter((i) => i.state === "upcoming");
  // The soonest upcoming ones, as the day list shows them (the query gives newest first).
  const upcomingShown = [...upcoming].sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime()).slice(0, HOME_INTERVIEW_LIMIT);
  const interviewsCut = drafts.length > HOME_INTERVIEW_LIMIT || upcoming.length > HOME_INTERVIEW_LIMIT || cancelled.length > HOME_INTERVIEW_LIMIT;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Good to see you, {user.name.split(" ")[0]}</h1>
        <p className="mt-1 text-slate-600">
          {summaryLine(open.length, drafts.length, debriefTotal, recruiting.length, recruiting.length > HOME_ROLE_LIMIT)}
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        {todo ? (
          <Panel id="todo" title="To do" description="What waits on you across your roles, oldest first.">
            <RecruiterTodoList todo={todo} remindAction={remindNowAction} canOpenOutbox={hasRole(user, "admin")} />
          </Panel>
        ) : null}

        {isInterviewer ? (
          <Panel id="my-interviews" title="My interviews" description="Open an interview to see its kit and write the scorecard.">
            {open.length === 0 ? <EmptyState>No interviews scheduled for you right now.</EmptyState> : null}
            {drafts.length > 0 ? <InterviewList interviews={drafts.slice(0, HOME_INTERVIEW_LIMIT)} empty="" /> : null}
            {upcoming.length > 0 ? (
              <div className={drafts.length > 0 ? "mt-4" : undefined}>
                <InterviewDayList interviews={upcomingShown.map(toDayListInterview)} serverNow={now.toISOString()} />
              </div>
            ) : null}
            {cancelled.length > 0 ? (
              <div className="mt-4" data-testid="cancelled-interviews">
                <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Cancelled</h3>
                <InterviewList interviews={cancelled.slice(0, HOME_INTERVIEW_LIMIT)} empty="" />
              </div>
            ) : null}
            {interviewsCut ? <SeeAllInterviews shown={HOME_INTERVIEW_LIMIT} total={open.length + cancelled.length} /> : null}
          </Panel>
        ) : null}

        {isInterviewer ? (
          <Panel id="my-scorecards" title="My open scorecards" description="Drafts and interviews waiting for a scorecard. Overdue after 24 hours.">
            <InterviewList interviews={drafts.slice(0, HOME_INTERVIEW_LIMIT)} empty="Nothing waiting on you. Every scorecard is in." />
            {drafts.length > HOME_INTERVIEW_LIMIT ? <SeeAllInterviews shown={HOME_INTERVIEW_LIMIT} total={drafts.length} /> : null}
          </Panel>
        ) : null}

        {debriefs.length > 0 || hasRole(user, "hiring-manager") ? (
          <Panel id="my-debriefs" title="Debriefs I own" description="Candidates whose panel is ready for your decision.">
            {debriefs.length === 0 ? (
              <EmptyState>No debriefs waiting. They appear here when a panel&apos;s scorecards are in.</EmptyState>
            ) : (
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
                {debriefTotal > debriefs.length ? (
                  <li className="py-2.5 text-sm text-slate-600">
                    And {debriefTotal - debriefs.length} more, waiting longest first. Open a role&apos;s pipeline to see them all.
                  </li>
                ) : null}
              </ul>
            )}
          </Panel>
        ) : null}

        {managing.length > 0 ? (
          <Panel id="my-roles" title="Roles I hire for">
            <RoleList roles={managing} label="roles you hire for" />
          </Panel>
        ) : null}

        {isRecruiterOrAdmin(user) ? (
          <Panel id="recruiting" title={hasRole(user, "admin") ? "All roles" : "Roles I recruit for"} description="Pipeline by application status.">
            {recruiting.length === 0 ? (
              <EmptyState>No roles yet.</EmptyState>
            ) : (
              <RoleList roles={recruiting} label={hasRole(user, "admin") ? "roles" : "roles you recruit for"} />
            )}
          </Panel>
        ) : null}

        {admin ? (
          <Panel id="admin" title="Workspace" description="People and recent activity.">
            <p className="text-sm text-slate-700">
              <span className="font-semibold">{admin.people}</span> active people:{" "}
              {Object.entries(admin.roleCounts)
                .map(([role, n]) => `${n} ${role.replace("-", " ")}${n === 1 ? "" : "s"}`)
                .join(", ")}
              .
            </p>
            <h3 className="mt-4 text-sm font-semibold text-slate-700">Recent activity</h3>
            <ul className="mt-2 space-y-1.5 text-sm">
              {admin.recent.map((e) => (
                <AuditEntryItem key={e.id} entry={e} />
              ))}
            </ul>
          </Panel>
        ) : null}
      </div>
    </div>
  );
}

function summaryLine(open: number, waiting: number, debriefs: number, roles: number, moreRoles: boolean): string {
  const parts: string[] = [];
  if (open > 0) parts.push(`${open} interview${open === 1 ? "" : "s"} on your list`);
  if (waiting > 0) parts.push(`${waiting} scorecard${waiting === 1 ? "" : "s"} to finish`);
  if (debriefs > 0) parts.push(`${debriefs} debrief${debriefs === 1 ? "" : "s"} ready`);
  if (moreRoles) parts.push(`more than ${roles - 1} roles in your pipeline`);
  else if (roles > 0) parts.push(`${roles} role${roles === 1 ? "" : "s"} in your pipeline`);
  return parts.length > 0 ? `You have ${parts.join(", ")}.` : "You're all caught up.";
}

function SeeAllInterviews({ shown, total }: { shown: number; total: number }) {
  return (
    <p className="mt-2 border-t border-slate-100 pt-2.5 text-sm">
      <Link href="/interviews" className="link">
        See all {total} on My interviews
      </Link>
      <span className="text-slate-600"> · up to {shown} of each kind are shown here</span>
    </p>
  );
}

function InterviewList({ interviews, empty }: { interviews: MyInterview[]; empty: string }) {
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

function RoleList({ roles, label }: { roles: RoleSummary[]; label: string }) {
  const shown = roles.slice(0, HOME_ROLE_LIMIT);
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
