import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { InterviewDayList } from "@/components/interviews/interview-day-list";
import { AuditEntryItem } from "@/components/ui/audit-entry";
import { EmptyState, Panel } from "@/components/ui/panel";
import { hasRole, requireUser } from "@/lib/auth/guards";
import { DebriefList, InterviewList, RoleList } from "@/components/home/home-lists";
import { RecruiterTodoList } from "@/components/home/recruiter-todo";
import { loadAdminOverview } from "@/lib/home/load-admin-overview";
import { loadRecruiterTodo } from "@/lib/home/load-recruiter-todo";
import { listMyDebriefs } from "@/lib/home/list-my-debriefs";
import { loadRoleSummaries } from "@/lib/home/load-role-summaries";
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
            {drafts.length > 0 ? <InterviewList interviews={drafts.slice(0, HOME_INTERVIEW_LIMIT).map(listed)} empty="" /> : null}
            {upcoming.length > 0 ? (
              <div className={drafts.length > 0 ? "mt-4" : undefined}>
                <InterviewDayList interviews={upcomingShown.map(toDayListInterview)} serverNow={now.toISOString()} />
              </div>
            ) : null}
            {cancelled.length > 0 ? (
              <div className="mt-4" data-testid="cancelled-interviews">
                <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Cancelled</h3>
                <InterviewList interviews={cancelled.slice(0, HOME_INTERVIEW_LIMIT).map(listed)} empty="" />
              </div>
            ) : null}
            {interviewsCut ? <SeeAllInterviews shown={HOME_INTERVIEW_LIMIT} total={open.length + cancelled.length} /> : null}
          </Panel>
        ) : null}

        {isInterviewer ? (
          <Panel id="my-scorecards" title="My open scorecards" description="Drafts and interviews waiting for a scorecard. Overdue after 24 hours.">
            <InterviewList interviews={drafts.slice(0, HOME_INTERVIEW_LIMIT).map(listed)} empty="Nothing waiting on you. Every scorecard is in." />
            {drafts.length > HOME_INTERVIEW_LIMIT ? <SeeAllInterviews shown={HOME_INTERVIEW_LIMIT} total={drafts.length} /> : null}
          </Panel>
        ) : null}

        {debriefs.length > 0 || hasRole(user, "hiring-manager") ? (
          <Panel id="my-debriefs" title="Debriefs I own" description="Candidates whose panel is ready for your decision.">
            {debriefs.length === 0 ? (
              <EmptyState>No debriefs waiting. They appear here when a panel&apos;s scorecards are in.</EmptyState>
            ) : (
              <DebriefList debriefs={debriefs} total={debriefTotal} />
            )}
          </Panel>
        ) : null}

        {managing.length > 0 ? (
          <Panel id="my-roles" title="Roles I hire for">
            <RoleList roles={managing} shown={HOME_ROLE_LIMIT} label="roles you hire for" />
          </Panel>
        ) : null}

        {isRecruiterOrAdmin(user) ? (
          <Panel id="recruiting" title={hasRole(user, "admin") ? "All roles" : "Roles I recruit for"} description="Pipeline by application status.">
            {recruiting.length === 0 ? (
              <EmptyState>No roles yet.</EmptyState>
            ) : (
              <RoleList roles={recruiting} shown={HOME_ROLE_LIMIT} label={hasRole(user, "admin") ? "roles" : "roles you recruit for"} />
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

/** An interview as the home's lists show it (InterviewList): no duration. */
const listed = ({ durationMinutes: _, ...shown }: MyInterview) => shown;

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
