import "server-only";
import { and, asc, count, desc, eq, inArray, notExists, or, sql, type SQL, type Subquery } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, interviews, outboxMessages, planStages, roleMembers, roles, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { hasUnscheduledStage, panelComplete } from "@/lib/candidates/panel-progress";
import { awaitingScorecard } from "@/lib/interviews/awaiting-scorecard";
import { joinInterviewContext } from "@/lib/interviews/interview-context";
import { OVERDUE_AFTER_MS } from "@/lib/interviews/interview-state";
import { isRecruiterOrAdmin } from "@/lib/permissions/app-roles";
import { allOf } from "@/lib/permissions/conditions";
import { editableRolesWhere } from "@/lib/permissions/scopes";

export const TODO_LIMIT = 8;

/**
 * A to-do list counts its matches up to this many and then says "500+": a total past it tells a person nothing more,
 * and the count's cost stays that of 501 rows however large the backlog grows.
 */
export const TODO_COUNT_CAP = 500;

/** `total` is every match, or TODO_COUNT_CAP when `capped` (there are more). */
export type TodoList<T> = { items: T[]; total: number; capped: boolean };

/** A list whose rows carry the total of every match (a window over the rows before the LIMIT). */
function withTotal<T extends { total: number }>(rows: T[]): TodoList<Omit<T, "total">> {
  return { items: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0, capped: false };
}

/** The list's rows, with the rows of `matches` (a select of the same filter) counted up to TODO_COUNT_CAP + 1. */
function cappedList<T>(db: Db, items: T[], matches: { limit(n: number): { as(alias: string): Subquery } }): TodoList<T> {
  const n =
    db
      .select({ n: count() })
      .from(matches.limit(TODO_COUNT_CAP + 1).as("matches"))
      .get()?.n ?? 0;
  return { items, total: Math.min(n, TODO_COUNT_CAP), capped: n > TODO_COUNT_CAP };
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
 * role). Four short lists, each one query with a limit and a total: the unscheduled stages count theirs in a window
 * of the same query, the others in a count of their own; the role scope is in every WHERE clause.
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
  // The same, kept off applications_role_status_idx (`+`): where a partial index gives the order, SQLite would
  // otherwise read every open application of the roles and sort them.
  const inMyRolesByOrder = sql`+${applications.roleId} in ${myRoleIds}`;

  // ── Stages of active applications with no interview scheduled ────────────────────────────────────────────
  // The applications come first, from applications_unscheduled_idx (the kept `unscheduled_stages`), with the sum
  // of their open stages as the total; only the page's applications are matched against the plan.
  const openApplications = db
    .select({
      applicationId: sql<string>`${applications.id}`.as("page_application_id"),
      createdAt: sql<number>`${applications.createdAt}`.as("page_created_at"),
      roleId: sql<string>`${applications.roleId}`.as("page_role_id"),
      candidateName: sql<string>`${candidates.name}`.as("page_candidate_name"),
      roleTitle: sql<string>`${roles.title}`.as("page_role_title"),
      total: sql<number>`sum(${applications.unscheduledStages}) over ()`.as("page_total"),
    })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(hasUnscheduledStage(), eq(roles.status, "open"), inMyRolesByOrder))
    .orderBy(asc(applications.createdAt), asc(candidates.name), asc(applications.id))
    .limit(limit)
    .as("open_applications");
  const unscheduled = db
    .select({
      applicationId: openApplications.applicationId,
      candidateName: openApplications.candidateName,
      roleTitle: openApplications.roleTitle,
      stageName: planStages.name,
      total: openApplications.total,
    })
    .from(openApplications)
    .innerJoin(planStages, eq(planStages.roleId, openApplications.roleId))
    .where(
      notExists(
        db
          .select({ one: sql`1` })
          .from(interviews)
          .where(
            and(
              eq(interviews.applicationId, openApplications.applicationId),
              eq(interviews.stageId, planStages.id),
              eq(interviews.status, "scheduled"),
            ),
          ),
      ),
    )
    .orderBy(asc(openApplications.createdAt), asc(openApplications.candidateName), asc(openApplications.applicationId), asc(planStages.position))
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
  const overdueRows = joinInterviewContext(
    db
      .select({
        interviewId: interviews.id,
        applicationId: applications.id,
        candidateName: candidates.name,
        roleTitle: roles.title,
        stageName: planStages.name,
        interviewerName: users.name,
        scheduledAt: interviews.scheduledAt,
        lastReminderAt: interviews.lastReminderAt,
      })
      .from(interviews)
      .$dynamic(),
  )
    .innerJoin(users, eq(users.id, interviews.interviewerId))
    .where(overdueWhere)
    .orderBy(asc(interviews.scheduledAt))
    .limit(limit)
    .all();
  // Counted apart (with the list it would read the context of every overdue interview, not of the page only), and
  // only up to the cap.
  const overdueMatches = db
    .select({ one: sql`1` })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(overdueWhere);

  // ── Debriefs ready for a decision: every scheduled scorecard in, no decision yet ────────────────────────
  // From applications_ready_idx in waiting order: the kept panel counts, not a count of every application's interviews.
  // Counted apart, on applications alone: with the list, every ready application's candidate and role would be read.
  const readyWhere = and(
    panelComplete(),
    inMyRolesByOrder,
    sql`not exists (select 1 from decisions d where d.application_id = ${applications.id} and d.held = 0)`,
  );
  const debriefs = db
    .select({ applicationId: applications.id, candidateName: candidates.name, roleTitle: roles.title, submitted: applications.scheduledInterviews })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(readyWhere)
    .orderBy(asc(applications.updatedAt), asc(candidates.name))
    .limit(limit)
    .all();
  const readyMatches = db
    .select({ one: sql`1` })
    .from(applications)
    .where(readyWhere);

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
  const failedMatches = db
    .select({ one: sql`1` })
    .from(outboxMessages)
    .where(failedWhere);

  return {
    unscheduled: withTotal(unscheduled),
    overdue: cappedList(db, overdueRows, overdueMatches),
    debriefs: cappedList(db, debriefs, readyMatches),
    failed: cappedList(db, failed, failedMatches),
  };
}
