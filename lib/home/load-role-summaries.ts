import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, roleMembers, roles, type ApplicationStatus } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { editableRolesWhere } from "@/lib/permissions/scopes";
import { roleColumns, type RoleNames } from "@/lib/roles/role-columns";

export type RoleSummary = RoleNames & {
  status: "open" | "closed";
  counts: Record<ApplicationStatus, number>;
};

/**
 * The home page's role lists, with pipeline counts, open roles only (a closed one is found under Roles). `recruiting`: an admin's every role, a recruiter's the roles they
 * recruit for; `managing`: the roles the user is hiring manager of. Always within the roles the user may edit (in the
 * WHERE clause), so anyone else gets an empty list. With `limit`, the first that many by title, and the counts of those only.
 */
export function loadRoleSummaries(db: Db, opts: { user: SessionUser; list: "recruiting" | "managing"; limit?: number }): RoleSummary[] {
  const { user } = opts;
  const membership = opts.list === "managing" ? "hiring-manager" : user.roles.includes("admin") ? null : "recruiter";
  const base = db
    .select({
      ...roleColumns,
      status: roles.status,
    })
    .from(roles);
  const list = (
    membership === null
      ? base.where(and(eq(roles.status, "open"), editableRolesWhere(db, user)))
      : base
          .innerJoin(roleMembers, and(eq(roleMembers.roleId, roles.id), eq(roleMembers.userId, user.id), eq(roleMembers.membership, membership)))
          .where(and(eq(roles.status, "open"), editableRolesWhere(db, user)))
  )
    .orderBy(asc(roles.title))
    .limit(opts.limit ?? -1)
    .all();
  if (list.length === 0) return [];
  const counts = db
    .select({ roleId: applications.roleId, status: applications.status, n: count() })
    .from(applications)
    .where(
      inArray(
        applications.roleId,
        list.map((r) => r.id),
      ),
    )
    .groupBy(applications.roleId, applications.status)
    .all();
  return list.map((role) => {
    const byStatus: Record<ApplicationStatus, number> = { active: 0, debrief: 0, decided: 0, withdrawn: 0 };
    for (const c of counts) if (c.roleId === role.id) byStatus[c.status] = c.n;
    return { ...role, counts: byStatus };
  });
}
