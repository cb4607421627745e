import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { forbiddenError, notFound } from "@/lib/errors";
import { canEditSomeRole } from "@/lib/permissions/app-roles";
import { editableRolesWhere } from "@/lib/permissions/scopes";
import { roleColumns } from "@/lib/roles/role-columns";

/**
 * Loads a role the user may edit, with the permission inside the WHERE clause: recruiters and admins
 * any role, a hiring manager only the roles they manage. Throws forbidden / not-found otherwise.
 * `db` is the database or, inside a write, its transaction: the permission subquery and the read both run on it.
 */
export function loadEditableRole(db: DbOrTx, user: SessionUser, roleId: string) {
  if (!canEditSomeRole(user)) {
    throw forbiddenError("Only recruiters, admins and the role's hiring manager can change a role or its candidates.");
  }
  const role = db
    .select({
      ...roleColumns,
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
