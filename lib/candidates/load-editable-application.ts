import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { applications, candidates, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { forbiddenError, notFound } from "@/lib/errors";
import { editableRolesWhere } from "@/lib/permissions/scopes";
import { canEditSomeRole } from "@/lib/permissions/app-roles";

/**
 * An application whose role the user may edit (recruiter/admin: any; hiring manager: their roles),
 * with the permission inside the WHERE clause. Throws forbidden / not-found otherwise.
 */
export function loadEditableApplication(db: DbOrTx, user: SessionUser, applicationId: string) {
  if (!canEditSomeRole(user)) {
    throw forbiddenError("Only recruiters, admins and the role's hiring manager can change applications and schedule interviews.");
  }
  const row = db
    .select({
      id: applications.id,
      status: applications.status,
      roleId: roles.id,
      roleTitle: roles.title,
      roleStatus: roles.status,
      candidateId: candidates.id,
      candidateName: candidates.name,
    })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.id, applicationId), editableRolesWhere(db, user)))
    .get();
  if (!row) throw notFound("That application");
  return row;
}
