import type { AppRole } from "@/db/enums";

/**
 * Which app roles may reach which kind of page or action at all (design.md, Permissions). Which role, candidate
 * or panel is then decided inside the query (lib/permissions/scopes.ts). No drizzle here: client components,
 * the navigation and zod schemas import it too.
 */

/** Recruiters and admins: every framework, role, candidate and panel. */
export const RECRUITER_ADMIN_APP_ROLES: readonly AppRole[] = ["recruiter", "admin"];

/** The app roles that may edit some role at all (settings, plan, team, candidates, scheduling); the hiring manager only their own. */
export const ROLE_EDITOR_APP_ROLES: readonly AppRole[] = ["recruiter", "admin", "hiring-manager"];

type WithRoles = { roles: readonly AppRole[] };

export function holdsAnyRole(user: WithRoles, roles: readonly AppRole[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/** Recruiter or admin: sees and edits every role, candidate and panel. */
export function isRecruiterOrAdmin(user: WithRoles): boolean {
  return holdsAnyRole(user, RECRUITER_ADMIN_APP_ROLES);
}

export function canEditSomeRole(user: WithRoles): boolean {
  return holdsAnyRole(user, ROLE_EDITOR_APP_ROLES);
}
