import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roles, type AppRole } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { forbiddenError, notFound } from "@/lib/errors";
import { editableRolesWhere } from "@/lib/permissions/scopes";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The app roles that may edit some role at all; which role is decided by editableRolesWhere. */
export const ROLE_EDITOR_APP_ROLES: AppRole[] = ["recruiter", "admin", "hiring-manager"];

export function canEditSomeRole(user: SessionUser): boolean {
  return user.roles.some((r) => ROLE_EDITOR_APP_ROLES.includes(r));
}

/**
 * Loads a role the user may edit, with the permission inside the WHERE clause: recruiters and admins
 * any role, a hiring manager only the roles they manage. Throws forbidden / not-found otherwise.
 * `db` builds the permission subquery; `reader` (the transaction, when there is one) runs the read.
 */
export function loadEditableRole(db: Db, user: SessionUser, roleId: string, reader: Db | Tx = db) {
  if (!canEditSomeRole(user)) {
    throw forbiddenError("Only recruiters, admins and the role's hiring manager can change a role or its candidates.");
  }
  const role = reader
    .select({
      id: roles.id,
      title: roles.title,
      team: roles.team,
      hiresSenior: roles.hiresSenior,
      hiresStaff: roles.hiresStaff,
      frameworkVersionId: roles.frameworkVersionId,
      thresholds: roles.thresholds,
      status: roles.status,
    })
    .from(roles)
    .where(and(eq(roles.id, roleId), editableRolesWhere(db, user)))
    .get();
  if (!role) throw notFound("That role");
  return role;
}
