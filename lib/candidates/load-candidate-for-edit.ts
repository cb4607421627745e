import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { editableRolesWhere } from "@/lib/permissions/scopes";

export type CandidateForEdit = {
  applicationId: string;
  roleId: string;
  roleTitle: string;
  candidateId: string;
  name: string;
  email: string;
  links: string[];
  notes: string;
  revision: number;
  erasedAt: Date | null;
};

/**
 * The edit form's values, or null when the user may not edit this application's role (recruiters and admins any,
 * a hiring manager their own: editableRolesWhere, inside the WHERE clause).
 */
export function loadCandidateForEdit(db: Db, { user, applicationId }: { user: SessionUser; applicationId: string }): CandidateForEdit | null {
  return (
    db
      .select({
        applicationId: applications.id,
        roleId: roles.id,
        roleTitle: roles.title,
        candidateId: candidates.id,
        name: candidates.name,
        email: candidates.email,
        links: candidates.links,
        notes: applications.notes,
        revision: candidates.revision,
        erasedAt: candidates.erasedAt,
      })
      .from(applications)
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(and(eq(applications.id, applicationId), editableRolesWhere(db, user)))
      .get() ?? null
  );
}
