import "server-only";
import { and, asc, count, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { allScorecardsIn, panelCounts } from "@/lib/candidates/panel-progress";
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
 * first. Only the roles the user manages as hiring manager, in the WHERE clause. The panel counts are the ones the
 * triggers keep on each application (lib/candidates/panel-progress.ts): a manager of fifty roles has thousands ready,
 * and counting every one's interviews and scorecards before the sort was most of the home's time.
 */
export function listMyDebriefs(db: Db, opts: { user: SessionUser; limit?: number }): { debriefs: DebriefSummary[]; total: number } {
  const managed = managedApplicationsWhere(db, opts.user);
  // In debrief, or active with all its scorecards in. The status list first, so SQLite reads the managed roles' open
  // applications from (role, status), not a scan.
  const where = and(inArray(applications.status, ["active", "debrief"]), or(eq(applications.status, "debrief"), allScorecardsIn()), managed);
  const limit = opts.limit ?? HOME_DEBRIEF_LIMIT;
  // The page ends at the limit-th oldest update: found on applications alone, so only the rows up to it (the page and
  // any ties) are joined to their candidate and role and sorted by name, not every ready application of fifty roles.
  const pageEnd = db
    .select({ at: applications.updatedAt })
    .from(applications)
    .where(where)
    .orderBy(asc(applications.updatedAt))
    .limit(1)
    .offset(limit - 1);
  const debriefs = db
    .select({
      applicationId: applications.id,
      candidateName: candidates.name,
      roleTitle: roles.title,
      status: applications.status,
      ...panelCounts(),
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(where, sql`${applications.updatedAt} <= coalesce((${pageEnd}), ${Number.MAX_SAFE_INTEGER})`))
    .orderBy(asc(applications.updatedAt), asc(candidates.name), asc(applications.id))
    .limit(limit)
    .all();
  const total = db.select({ n: count() }).from(applications).where(where).get()?.n ?? 0;
  return { debriefs, total };
}
