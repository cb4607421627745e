import type { AppRole } from "@/db/enums";
import { holdsAnyRole, RECRUITER_ADMIN_APP_ROLES } from "@/lib/permissions/app-roles";
import { forbiddenError } from "@/lib/errors";

/** Who may create, edit, import and publish frameworks (design.md, Permissions). */
export const FRAMEWORK_EDITOR_ROLES = RECRUITER_ADMIN_APP_ROLES;

export function canEditFrameworks(user: { roles: readonly AppRole[] }): boolean {
  return holdsAnyRole(user, FRAMEWORK_EDITOR_ROLES);
}

/** The domain's own check, so a caller that forgot the page or action guard still cannot write. */
export function assertCanEditFrameworks(user: { roles: readonly AppRole[] }): void {
  if (!canEditFrameworks(user)) throw forbiddenError("Only recruiters and admins can change frameworks.");
}
