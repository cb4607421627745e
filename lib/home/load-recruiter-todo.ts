import "server-only";
import { and, asc, count, desc, eq, inArray, not, notExists, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, interviews, outboxMessages, planStages, roleMembers, roles, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { awaitingScorecard, hasInterviewAwaitingScorecard } from "@/lib/interviews/awaiting-scorecard";
import { OVERDUE_AFTER_MS } from "@/lib/interviews/interview-state";
import { isRecruiterOrAdmin } from "@/lib/permissions/app-roles";
import { allOf } from "@/lib/permissions/conditions";
import { editableRolesWhere } from "@/lib/permissions/scopes";

export const TODO_LIMIT = 8;

export type TodoList<T> = { items: T[]; total: number };

/**
 * Every matching row's count, computed before the LIMIT: each list and its total are one statement, so the filter
 * (the costly part on a large workspace) runs once, not once for the page and again for the count.
 */
const rowsInAll = sql<number>`count(*) over ()`;

function withTotal<T extends { total: number }>(rows: T[]): TodoList<Omit<T, "total">> {
  return { items: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0 };
}

export type RecruiterTodo = {
  unscheduled: TodoList<{ applicationId: string; candidateName: string; roleTitle: string; stageName: string }>;
  overdue: TodoList<{
    interviewId: string;
    applicationId: string;
    candidateName: string;
    roleTitle: string;
    stageName: string;
    interviewerName: string;
    scheduledAt: Date;
    lastReminderAt: Date | null;
  }>;
  debriefs: TodoList<{ applicationId: string; candidateName: string; roleTitle: string; submitted: number }>;
  failed: TodoList<{ id: string; to: string; subject: string; lastError: string | null; createdAt: Date }>;
};

/**
 * The recruiter's to-do list on their home: what needs them across the roles they recruit for (an admin: every
 * role). Four short lists, each one query with a limit that also counts every match (the unscheduled stages and the
 * debriefs) or one and a count (the overdue scorecards and the failed messages); the role scope is in every WHERE clause.
 */
export function loadRecruiterTodo(db: Db, opts: { user: SessionUser; now: Date; limit?: number }): RecruiterTodo | null {
  const { user, now } = opts;
  if (!isRecruiterOrAdmin(user)) return null;
  const limit = opts.limit ?? TODO_LIMIT;
  const myRoleIds = db
    .select({ id: roles.id })
    .from(roles)
    .where(
      user.roles.includes("admin")
        ? editableRolesWhere(db, user)
        : allOf(
            editableRolesWhere(db, user),
            inArray(
              roles.id,
              db
                .select({ id: roleMembers.roleId })
                .from(roleMembers)
                .where(and(eq(roleMembers.userId, user.id), eq(roleMembers.membership, "recruiter"))),
            ),
          ),
    );
  const inMyRoles = inArray(applications.roleId, myRoleIds);

  // ── Stages of active applications with no interview scheduled ────────────────────────────────────────────
  const stageOpen = and(
    eq(applications.status, "active"),
    eq(roles.status, "open"),
    inMyRoles,
    notExists(
      db
        .select({ one: sql`1` })
        .from(interviews)
        .where(and(eq(interviews.applicationId, applications.id), eq(interviews.stageId, planStages.id), eq(interviews.status, "scheduled"))),
    ),
  );
  const unscheduled = db
    .select({ applicationId: applications.id, candidateName: candidates.name, roleTitle: roles.title, stageName: planStages.name, total: rowsInAll })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(planStages, eq(planStages.roleId, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(stageOpen)
    .orderBy(asc(applications.createdAt), asc(candidates.name), asc(planStages.position))
    .limit(limit)
    .all();
  // ── Scorecards overdue: a day past the interview's end, not submitted ───────────────────────────────────
  // The start bound lets the (status, scheduled_at) index stop at the overdue ones (an interview ends after it starts).
  const overdueWhere: SQL | undefined = and(
    awaitingScorecard(),
    sql`${interviews.scheduledAt} < ${now.getTime() - OVERDUE_AFTER_MS}`,
    inArray(applications.status, ["active", "debrief"]),
    inMyRoles,
    sql`${interviews.scheduledAt} + ${interviews.durationMinutes} * 60000 + ${OVERDUE_AFTER_MS} < ${now.getTime()}`,
  );
  // `+o.kind`: on the interview's index, not a walk of every reminder by (kind, created_at) for each row.
  const lastReminder = sql<
    number | null
  >`(select max(o.created_at) from outbox_messages o where o.interview_id = ${interviews.id} and +o.kind = 'scorecard-reminder')`;
  const overdueRows = db
    .select({
      interviewId: interviews.id,
      applicationId: applications.id,
      candidateName: candidates.name,
      roleTitle: roles.title,
      stageName: planStages.name,
      interviewerName: users.name,
      scheduledAt: interviews.scheduledAt,
      lastReminder,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(planStages, eq(planStages.id, interviews.stageId))
    .innerJoin(users, eq(users.id, interviews.interviewerId))
    .where(overdueWhere)
    .orderBy(asc(interviews.scheduledAt))
    .limit(limit)
    .all();
  // Counted apart: with the list it would read the last reminder of every overdue interview, not of the page only.
  const overdueTotal =
    db.select({ n: count() }).from(interviews).innerJoin(applications, eq(applications.id, interviews.applicationId)).where(overdueWhere).get()?.n ??
    0;
  // ── Debriefs ready for a decision: every scheduled scorecard in, no decision yet ────────────────────────
  const submittedCount = sql<number>`(select count(*) from interviews i join scorecards sc on sc.interview_id = i.id where i.application_id = ${applications.id} and i.status = 'scheduled' and sc.status = 'submitted')`;
  // "Every scheduled scorecard in" as EXISTS / NOT EXISTS (one scorecard per interview): each stops at its first
  // row instead of counting every interview of every application twice.
  const readyWhere = and(
    inArray(applications.status, ["active", "debrief"]),
    inMyRoles,
    sql`exists (select 1 from interviews i where i.application_id = ${applications.id} and i.status = 'scheduled')`,
    not(hasInterviewAwaitingScorecard()),
    sql`not exists (select 1 from decisions d where d.application_id = ${applications.id} and d.held = 0)`,
  );
  const debriefs = db
    .select({ applicationId: applications.id, candidateName: candidates.name, roleTitle: roles.title, submitted: submittedCount, total: rowsInAll })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(readyWhere)
    .orderBy(asc(applications.updatedAt), asc(candidates.name))
    .limit(limit)
    .all();

  // ── Messages that failed to send: an admin's all; a recruiter's those about their roles ─────────────────
  const failedWhere = and(
    eq(outboxMessages.status, "failed"),
    user.roles.includes("admin")
      ? undefined
      : or(
          inArray(
            outboxMessages.interviewId,
            db.select({ id: interviews.id }).from(interviews).innerJoin(applications, eq(applications.id, interviews.applicationId)).where(inMyRoles),
          ),
          inArray(outboxMessages.applicationId, db.select({ id: applications.id }).from(applications).where(inMyRoles)),
        ),
  );
  const failed = db
    .select({
      id: outboxMessages.id,
      to: outboxMessages.to,
      subject: outboxMessages.subject,
      lastError: outboxMessages.lastError,
      createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .where(failedWhere)
    .orderBy(desc(outboxMessages.createdAt))
    .limit(limit)
    .all();
  const failedTotal = db.select({ n: count() }).from(outboxMessages).where(failedWhere).get()?.n ?? 0;

  return {
    unscheduled: withTotal(unscheduled),
    overdue: {
      items: overdueRows.map(({ lastReminder: last, ...r }) => ({ ...r, lastReminderAt: last === null ? null : new Date(last) })),
      total: overdueTotal,
    },
    debriefs: withTotal(debriefs),
    failed: { items: failed, total: failedTotal },
  };
}
