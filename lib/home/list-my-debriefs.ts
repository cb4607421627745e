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
 * Applications ready for the hiring manager: in debrief, or active with every scheduled scorecard in.
 * Counting happens in SQL so a manager of many roles gets one short list, not every application. Only the roles the
 * user manages as hiring manager, in the WHERE clause.
 */
export function listMyDebriefs(db: Db, opts: { user: SessionUser; limit?: number }): { debriefs: DebriefSummary[]; total: number } {
  const interviewCount = sql<number>`(select count(*) from interviews i where i.application_id = ${applications.id} and i.status = 'scheduled')`;
  const submittedCount = sql<number>`(select count(*) from scorecards sc where sc.application_id = ${applications.id} and sc.status = 'submitted')`;
  const ready = or(
    eq(applications.status, "debrief"),
    and(eq(applications.status, "active"), sql`${interviewCount} > 0`, sql`${submittedCount} = ${interviewCount}`),
  );
  const where = and(inArray(applications.status, ["active", "debrief"]), ready, managedApplicationsWhere(db, opts.user));
  const debriefs = db
    .select({
      applicationId: applications.id,
      candidateName: candidates.name,
      roleTitle: roles.title,
      status: applications.status,
      interviews: interviewCount,
      submitted: submittedCount,
    })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(where)
    .orderBy(asc(applications.updatedAt), asc(candidates.name))
    .limit(opts.limit ?? HOME_DEBRIEF_LIMIT)
    .all();
  const total = db.select({ n: count() }).from(applications).where(where).get()?.n ?? 0;
  return { debriefs, total };
}
