import "server-only";
import { and, asc, count, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { managedApplicationsWhere } from "@/lib/permissions/scopes";

export type DebriefSummary = {
  applicationId: string;
  candidateName: string;
  roleTitle: string;
  status: "active" | "debrief" | "decided" | "withdrawn";
  submitted: number;
  interviews: number;
};

export const HOME_DEBRIEF_LIMIT = 12;

/**
 * Applications ready for the hiring manager: in debrief, or active with every scheduled scorecard in, waiting longest
 * first. Only the roles the user manages as hiring manager, in the WHERE clause. The page of applications is picked
 * first and the scorecards are counted for those rows only: a manager of fifty roles has thousands ready, and
 * counting for every one of them before the sort was most of the home's time.
 */
export function listMyDebriefs(db: Db, opts: { user: SessionUser; limit?: number }): { debriefs: DebriefSummary[]; total: number } {
  const interviewCount = sql<number>`(select count(*) from interviews i where i.application_id = ${applications.id} and i.status = 'scheduled')`;
  const submittedCount = sql<number>`(select count(*) from scorecards sc where sc.application_id = ${applications.id} and sc.status = 'submitted')`;
  const ready = or(
    eq(applications.status, "debrief"),
    and(eq(applications.status, "active"), sql`${interviewCount} > 0`, sql`${submittedCount} = ${interviewCount}`),
  );
  const where = and(inArray(applications.status, ["active", "debrief"]), ready, managedApplicationsWhere(db, opts.user));
  const page = db
    .select({
      applicationId: applications.id,
      roleId: applications.roleId,
      status: applications.status,
      updatedAt: applications.updatedAt,
      candidateName: candidates.name,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(where)
    .orderBy(asc(applications.updatedAt), asc(candidates.name), asc(applications.id))
    .limit(opts.limit ?? HOME_DEBRIEF_LIMIT)
    .as("page");
  const debriefs = db
    .select({
      applicationId: page.applicationId,
      candidateName: page.candidateName,
      roleTitle: roles.title,
      status: page.status,
      interviews: sql<number>`(select count(*) from interviews i where i.application_id = ${page.applicationId} and i.status = 'scheduled')`,
      submitted: sql<number>`(select count(*) from scorecards sc where sc.application_id = ${page.applicationId} and sc.status = 'submitted')`,
    })
    .from(page)
    .innerJoin(roles, eq(roles.id, page.roleId))
    .orderBy(asc(page.updatedAt), asc(page.candidateName), asc(page.applicationId))
    .all();
  // Counted in two parts: the applications in debrief straight from the (role, status) index, and only the active
  // ones through the scorecard counts.
  const managed = managedApplicationsWhere(db, opts.user);
  const inDebrief =
    db
      .select({ n: count() })
      .from(applications)
      .where(and(eq(applications.status, "debrief"), managed))
      .get()?.n ?? 0;
  const activeReady =
    db
      .select({ n: count() })
      .from(applications)
      .where(and(eq(applications.status, "active"), sql`${interviewCount} > 0`, sql`${submittedCount} = ${interviewCount}`, managed))
      .get()?.n ?? 0;
  const total = inDebrief + activeReady;
  return { debriefs, total };
}
