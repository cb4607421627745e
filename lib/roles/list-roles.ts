import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, frameworkVersions, frameworks, planStages, roleMembers, roles, users, type ApplicationStatus } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { editableRolesWhere } from "@/lib/permissions/scopes";
import { roleColumns, type RoleNames } from "@/lib/roles/role-columns";

export type RoleListItem = RoleNames & {
  status: "open" | "closed";
  framework: string;
  hiringManager: string | null;
  stages: number;
  counts: Record<ApplicationStatus, number>;
};

/** The roles a person works on here (recruiters and admins: all; hiring managers: their own), with pipeline counts. */
export function listRoles(db: Db, { user }: { user: SessionUser }): RoleListItem[] {
  const list = db
    .select({
      ...roleColumns,
      status: roles.status,
      frameworkName: frameworks.name,
      version: frameworkVersions.version,
    })
    .from(roles)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, roles.frameworkVersionId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(editableRolesWhere(db, user))
    .orderBy(asc(roles.status), asc(roles.title))
    .all();
  if (list.length === 0) return [];
  const ids = list.map((r) => r.id);
  const counts = db
    .select({ roleId: applications.roleId, status: applications.status, n: count() })
    .from(applications)
    .where(inArray(applications.roleId, ids))
    .groupBy(applications.roleId, applications.status)
    .all();
  const stageCounts = db
    .select({ roleId: planStages.roleId, n: count() })
    .from(planStages)
    .where(inArray(planStages.roleId, ids))
    .groupBy(planStages.roleId)
    .all();
  const managers = db
    .select({ roleId: roleMembers.roleId, name: users.name })
    .from(roleMembers)
    .innerJoin(users, eq(users.id, roleMembers.userId))
    .where(and(inArray(roleMembers.roleId, ids), eq(roleMembers.membership, "hiring-manager")))
    .all();
  return list.map(({ frameworkName, version, ...role }) => {
    const byStatus: Record<ApplicationStatus, number> = { active: 0, debrief: 0, decided: 0, withdrawn: 0 };
    for (const c of counts) if (c.roleId === role.id) byStatus[c.status] = c.n;
    return {
      ...role,
      framework: `${frameworkName} v${version}`,
      hiringManager: managers.find((m) => m.roleId === role.id)?.name ?? null,
      stages: stageCounts.find((s) => s.roleId === role.id)?.n ?? 0,
      counts: byStatus,
    };
  });
}
