import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roleMembers, userRoles, users, type RoleMembership } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { canEditSomeRole } from "@/lib/permissions/app-roles";
import { FALSE, TRUE } from "@/lib/permissions/conditions";
import { editableRoleIds } from "@/lib/permissions/scopes";

export type TeamPerson = { id: string; name: string; email: string; level: string };
export type TeamOptions = { hiringManagers: TeamPerson[]; recruiters: TeamPerson[]; interviewers: TeamPerson[] };
export type CurrentTeam = { hiringManagerId: string; recruiterIds: string[]; interviewerIds: string[] };

/**
 * The active people who may fill each place on a hiring team (by their app role), for someone who may edit some
 * role (nobody for anyone else: the condition is in the WHERE clause). Never the password hash.
 */
export function listTeamCandidates(db: Db, user: SessionUser): TeamOptions {
  const rows = db
    .select({ id: users.id, name: users.name, email: users.email, level: users.level, role: userRoles.role })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.active, true), canEditSomeRole(user) ? TRUE : FALSE))
    .orderBy(asc(users.name))
    .all();
  const having = (role: string) => rows.filter((r) => r.role === role).map(({ role: _r, ...p }) => p);
  return { hiringManagers: having("hiring-manager"), recruiters: having("recruiter"), interviewers: having("interviewer") };
}

/** A role's hiring team, only on a role the user may edit (the permission is in the WHERE clause). */
function onEditableRole(db: Db, user: SessionUser, roleId: string) {
  return and(eq(roleMembers.roleId, roleId), inArray(roleMembers.roleId, editableRoleIds(db, user)));
}

/** A role's current hiring team as ids (empty for a role the user may not edit). */
export function loadCurrentTeam(db: Db, { user, roleId }: { user: SessionUser; roleId: string }): CurrentTeam {
  const rows = db
    .select({ userId: roleMembers.userId, membership: roleMembers.membership })
    .from(roleMembers)
    .where(onEditableRole(db, user, roleId))
    .all();
  const ids = (m: RoleMembership) => rows.filter((r) => r.membership === m).map((r) => r.userId);
  return { hiringManagerId: ids("hiring-manager")[0] ?? "", recruiterIds: ids("recruiter"), interviewerIds: ids("interviewer") };
}

/** The names on a role's hiring team, for the overview (none for a role the user may not edit). */
export function loadTeamNames(db: Db, { user, roleId }: { user: SessionUser; roleId: string }) {
  return db
    .select({ id: users.id, name: users.name, level: users.level, membership: roleMembers.membership })
    .from(roleMembers)
    .innerJoin(users, eq(users.id, roleMembers.userId))
    .where(onEditableRole(db, user, roleId))
    .orderBy(asc(users.name))
    .all();
}
