import "server-only";
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { allScorecardsIn, panelCounts, readyForDebrief } from "@/lib/candidates/panel-progress";
import { managedRoleIds } from "@/lib/permissions/scopes";

export type DebriefSummary = {
  applicationId: string;
  candidateName: string;
  roleTitle: string;
  submitted: number;
  interviews: number;
};

export const HOME_DEBRIEF_LIMIT = 12;

/**
 * Applications ready for the hiring manager: in debrief, or active with every scheduled scorecard in, waiting longest
 * first. Only the roles the user manages as hiring manager, in the WHERE clause. The panel counts are the ones the
 * triggers keep on each application (lib/candidates/panel-progress.ts).
 *
 * Three statements whatever the numbers, planned for both kinds of manager:
 * - the count, from (role, status) alone for the debriefs and from the rows only for the active applications;
 * - when all of them fit on the page (a manager of a few roles), the page from (role, status): a few rows;
 * - when more are ready than shown (a manager of fifty roles has thousands), the page walks applications_debriefs_idx
 *   in update order, checking the role from the index, until the limit-th of theirs: the oldest few rows, not every
 *   ready application of fifty roles read and sorted. The unary plus on the role keeps SQLite from reading
 *   (role, status) instead, which it would otherwise prefer.
 */
export function listMyDebriefs(db: Db, opts: { user: SessionUser; limit?: number }): { debriefs: DebriefSummary[]; total: number } {
  if (!opts.user.roles.includes("hiring-manager")) return { debriefs: [], total: 0 };
  const limit = opts.limit ?? HOME_DEBRIEF_LIMIT;
  const mine = () => inArray(applications.roleId, managedRoleIds(db, opts.user.id));
  const counted = (where: SQL | undefined) => db.select({ n: count() }).from(applications).where(and(mine(), where));
  const total =
    db
      .select({
        n: sql<number>`(${counted(eq(applications.status, "debrief"))}) + (${counted(and(eq(applications.status, "active"), allScorecardsIn()))})`.mapWith(
          Number,
        ),
      })
      .from(sql`(select 1)`)
      .get()?.n ?? 0;

  const page = (where: SQL | undefined) =>
    db
      .select({
        applicationId: applications.id,
        candidateName: candidates.name,
        roleTitle: roles.title,
        ...panelCounts(),
      })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .where(and(readyForDebrief(), where))
      .orderBy(asc(applications.updatedAt), asc(candidates.name), asc(applications.id))
      .limit(limit)
      .all();
  if (total <= limit) return { debriefs: page(mine()), total };

  const walked = () => sql`+${applications.roleId} in ${managedRoleIds(db, opts.user.id)}`;
  // The page ends at the limit-th oldest update: the rows up to it (the page and any ties) are joined to their
  // candidate and role and sorted by name.
  const pageEnd = db
    .select({ at: applications.updatedAt })
    .from(applications)
    .where(and(readyForDebrief(), walked()))
    .orderBy(asc(applications.updatedAt))
    .limit(1)
    .offset(limit - 1);
  return { debriefs: page(and(walked(), sql`${applications.updatedAt} <= coalesce((${pageEnd}), ${Number.MAX_SAFE_INTEGER})`)), total };
}
