import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { frameworkVersions, frameworks, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { editableRolesWhere } from "@/lib/permissions/scopes";
import { roleColumns, type RoleNames } from "@/lib/roles/role-columns";

export type RoleHeader = RoleNames & {
  status: "open" | "closed";
  frameworkId: string;
  frameworkVersionId: string;
  frameworkName: string;
  frameworkVersion: number;
  thresholds: Record<string, number>;
};

/**
 * A role's header for its pages, or null when the person may not work on it. Seeing a role's pages
 * and editing them go together (design.md: recruiters and admins any role, hiring managers their own).
 */
export function loadRoleHeader(db: Db, { user, roleId }: { user: SessionUser; roleId: string }): RoleHeader | null {
  return (
    db
      .select({
        ...roleColumns,
        status: roles.status,
        frameworkId: frameworks.id,
        frameworkVersionId: frameworkVersions.id,
        frameworkName: frameworks.name,
        frameworkVersion: frameworkVersions.version,
        thresholds: roles.thresholds,
      })
      .from(roles)
      .innerJoin(frameworkVersions, eq(frameworkVersions.id, roles.frameworkVersionId))
      .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
      .where(and(eq(roles.id, roleId), editableRolesWhere(db, user)))
      .get() ?? null
  );
}

export function levelsLabel(role: { hiresSenior: boolean; hiresStaff: boolean }): string {
  return [role.hiresSenior ? "Senior" : null, role.hiresStaff ? "Staff" : null].filter(Boolean).join(" or ");
}
