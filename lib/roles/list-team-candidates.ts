import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roleMembers, userRoles, users, type RoleMembership } from "@/db/schema";

export type TeamPerson = { id: string; name: string; email: string; level: string };
export type TeamOptions = { hiringManagers: TeamPerson[]; recruiters: TeamPerson[]; interviewers: TeamPerson[] };
export type CurrentTeam = { hiringManagerId: string; recruiterIds: string[]; interviewerIds: string[] };

/** The active people who may fill each place on a hiring team (by their app role). Never the password hash. */
export function listTeamCandidates(db: Db): TeamOptions {
  const rows = db
    .select({ id: users.id, name: users.name, email: users.email, level: users.level, role: userRoles.role })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(eq(users.active, true))
    .orderBy(asc(users.name))
    .all();
  const having = (role: string) => rows.filter((r) => r.role === role).map(({ role: _r, ...p }) => p);
  return { hiringManagers: having("hiring-manager"), recruiters: having("recruiter"), interviewers: having("interviewer") };
}

/** A role's current hiring team as ids. */
export function loadCurrentTeam(db: Db, roleId: string): CurrentTeam {
  const rows = db
    .select({ userId: roleMembers.userId, membership: roleMembers.membership })
    .from(roleMembers)
    .where(eq(roleMembers.roleId, roleId))
    .all();
  const ids = (m: RoleMembership) => rows.filter((r) => r.membership === m).map((r) => r.userId);
  return { hiringManagerId: ids("hiring-manager")[0] ?? "", recruiterIds: ids("recruiter"), interviewerIds: ids("interviewer") };
}

/** The names on a role's hiring team, for the overview. */
export function loadTeamNames(db: Db, roleId: string) {
  return db
    .select({ id: users.id, name: users.name, level: users.level, membership: roleMembers.membership })
    .from(roleMembers)
    .innerJoin(users, eq(users.id, roleMembers.userId))
    .where(and(eq(roleMembers.roleId, roleId)))
    .orderBy(asc(users.name))
    .all();
}
