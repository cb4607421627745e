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
import { allOf, TRUE } from "@/lib/permissions/conditions";
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

/** The to-do's queries, built once per connection and kind of person, then run with each call's values. */
type TodoQueries = ReturnType<typeof buildTodoQueries>;

/** Per connection (tests open many), per kind: an admin's lists cover every role, a recruiter's the roles they recruit for. */
const preparedTodos = new WeakMap<Db, Map<"admin" | "recruiter", TodoQueries>>();

/**
 * The recruiter's to-do list on their home: what needs them across the roles they recruit for (an admin: every
 * role). Four short lists, each one query with a limit and a total: the unscheduled stages count theirs in a window
 * of the same query, the others in a count of their own; the role scope is in every WHERE clause.
 *
 * Building these seven statements with drizzle cost more than running them (about 2.5 of 3.5 ms), so they are built
 * once per connection and kind of person, with the person, the time and the limit as placeholders. Only the role
 * scope's shape is baked in, and only while it does not depend on who asks: for every recruiter and admin,
 * editableRolesWhere is TRUE; were that ever to change, each call builds its own queries instead.
 */
export function loadRecruiterTodo(db: Db, opts: { user: SessionUser; now: Date; limit?: number }): RecruiterTodo | null {
  const { user, now } = opts;
  if (!isRecruiterOrAdmin(user)) return null;
  const kind = user.roles.includes("admin") ? "admin" : "recruiter";
  const editable = editableRolesWhere(db, user);
  const shared = editable === TRUE;
  let queries = shared ? preparedTodos.get(db)?.get(kind) : undefined;
  if (!queries) {
    queries = buildTodoQueries(db, kind, editable);
    if (shared) {
      const forDb = preparedTodos.get(db) ?? new Map<"admin" | "recruiter", TodoQueries>();
      forDb.set(kind, queries);
      preparedTodos.set(db, forDb);
    }
  }
  const values = {
    userId: user.id,
    limit: opts.limit ?? TODO_LIMIT,
    now: now.getTime(),
    overdueBefore: now.getTime() - OVERDUE_AFTER_MS,
  };
  const capped = <T>(items: T[], matches: TodoQueries["overdueMatches"]): TodoList<T> => {
    const n = matches.get(values)?.n ?? 0;
    return { items, total: Math.min(n, TODO_COUNT_CAP), capped: n > TODO_COUNT_CAP };
  };
  return {
    unscheduled: withTotal(queries.unscheduled.all(values)),
    overdue: capped(queries.overdue.all(values), queries.overdueMatches),
    debriefs: capped(queries.debriefs.all(values), queries.readyMatches),
    failed: capped(queries.failed.all(values), queries.failedMatches),
  };
}

function buildTodoQueries(db: Db, kind: "admin" | "recruiter", editable: SQL) {
  const userId = sql.placeholder("userId");
  const limit = sql.placeholder("limit");
  const myRoleIds = db
    .select({ id: roles.id })
    .from(roles)
    .where(
      kind === "admin"
        ? editable
        : allOf(
            editable,
            inArray(
              roles.id,
              db
                .select({ id: roleMembers.roleId })
                .from(roleMembers)
                .where(and(eq(roleMembers.userId, userId), eq(roleMembers.membership, "recruiter"))),
            ),
          ),
    );
  const inMyRoles = inArray(applications.roleId, myRoleIds);
  // The same, kept off applications_role_status_idx (`+`): where a partial index gives the order, SQLite would
  // otherwise read every open application of the roles and sort them.
  const inMyRolesByOrder = sql`+${applications.roleId} in ${myRoleIds}`;
  const countOf = (matches: { limit(n: number): { as(alias: string): Subquery } }) =>
    db
      .select({ n: count() })
      .from(matches.limit(TODO_COUNT_CAP + 1).as("matches"))
      .prepare();

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
    .prepare();
  // ── Scorecards overdue: a day past the interview's end, not submitted ───────────────────────────────────
  // The start bound lets the (status, scheduled_at) index stop at the overdue ones (an interview ends after it starts).
  const overdueWhere: SQL | undefined = and(
    awaitingScorecard(),
    sql`${interviews.scheduledAt} < ${sql.placeholder("overdueBefore")}`,
    inArray(applications.status, ["active", "debrief"]),
    inMyRoles,
    sql`${interviews.scheduledAt} + ${interviews.durationMinutes} * 60000 + ${OVERDUE_AFTER_MS} < ${sql.placeholder("now")}`,
  );
  const overdue = joinInterviewContext(
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
    .prepare();
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
    .prepare();
  const readyMatches = db
    .select({ one: sql`1` })
    .from(applications)
    .where(readyWhere);

  // ── Messages that failed to send: an admin's all; a recruiter's those about their roles ─────────────────
  const failedWhere = and(
    eq(outboxMessages.status, "failed"),
    kind === "admin"
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
    .prepare();
  const failedMatches = db
    .select({ one: sql`1` })
    .from(outboxMessages)
    .where(failedWhere);

  return {
    unscheduled,
    overdue,
    overdueMatches: countOf(overdueMatches),
    debriefs,
    readyMatches: countOf(readyMatches),
    failed,
    failedMatches: countOf(failedMatches),
  };
}
