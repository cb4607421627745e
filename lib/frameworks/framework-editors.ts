import type { AppRole } from "@/db/enums";
import { forbiddenError } from "@/lib/errors";

/** Who may create, edit, import and publish frameworks (design.md, Permissions). */
export const FRAMEWORK_EDITOR_ROLES: AppRole[] = ["recruiter", "admin"];

export function canEditFrameworks(user: { roles: readonly AppRole[] }): boolean {
  return FRAMEWORK_EDITOR_ROLES.some((role) => user.roles.includes(role));
}

/** The domain's own check, so a caller that forgot the page or action guard still cannot write. */
export function assertCanEditFrameworks(user: { roles: readonly AppRole[] }): void {
  if (!canEditFrameworks(user)) throw forbiddenError("Only recruiters and admins can change frameworks.");
}
