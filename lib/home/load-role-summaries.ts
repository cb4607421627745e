import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, roleMembers, roles, type ApplicationStatus, type RoleMembership } from "@/db/schema";

export type RoleSummary = {
  id: string;
  title: string;
  team: string;
  hiresSenior: boolean;
  hiresStaff: boolean;
  status: "open" | "closed";
  counts: Record<ApplicationStatus, number>;
};

/** Roles the user belongs to with the given membership (or every role for `all`), with pipeline counts. */
export function loadRoleSummaries(db: Db, opts: { userId: string; membership: RoleMembership | "all" }): RoleSummary[] {
  const base = db
    .select({ id: roles.id, title: roles.title, team: roles.team, hiresSenior: roles.hiresSenior, hiresStaff: roles.hiresStaff, status: roles.status })
    .from(roles);
  const list =
    opts.membership === "all"
      ? base.orderBy(asc(roles.title)).all()
      : base
          .innerJoin(roleMembers, and(eq(roleMembers.roleId, roles.id), eq(roleMembers.userId, opts.userId), eq(roleMembers.membership, opts.membership)))
          .orderBy(asc(roles.title))
          .all();
  if (list.length === 0) return [];
  const counts = db
    .select({ roleId: applications.roleId, status: applications.status, n: count() })
    .from(applications)
    .where(inArray(applications.roleId, list.map((r) => r.id)))
    .groupBy(applications.roleId, applications.status)
    .all();
  return list.map((role) => {
    const byStatus: Record<ApplicationStatus, number> = { active: 0, debrief: 0, decided: 0, withdrawn: 0 };
    for (const c of counts) if (c.roleId === role.id) byStatus[c.status] = c.n;
    return { ...role, counts: byStatus };
  });
}
