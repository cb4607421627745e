import "server-only";
import { and, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, interviews, roleMembers, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * Permission conditions to put inside WHERE clauses (design.md, Permissions), so a forgotten check
 * returns nothing rather than someone else's data. Each takes a resolved user, never an optional id.
 */

const TRUE = sql`1 = 1`;
const FALSE = sql`1 = 0`;

const isAdminOrRecruiter = (user: SessionUser) => user.roles.includes("admin") || user.roles.includes("recruiter");

/** Roles where the user is the hiring manager. */
export function managedRoleIds(db: Db, userId: string) {
  return db
    .select({ id: roleMembers.roleId })
    .from(roleMembers)
    .where(and(eq(roleMembers.userId, userId), eq(roleMembers.membership, "hiring-manager")));
}

/** Roles the user may edit (settings, plan, hiring team, candidates, scheduling): recruiter, admin, or their own as hiring manager. */
export function editableRolesWhere(db: Db, user: SessionUser): SQL {
  if (isAdminOrRecruiter(user)) return TRUE;
  if (user.roles.includes("hiring-manager")) return inArray(roles.id, managedRoleIds(db, user.id));
  return FALSE;
}

/** Applications whose candidate the user may see: recruiter/admin all; hiring managers their roles'; interviewers those they interview. */
export function visibleApplicationsWhere(db: Db, user: SessionUser): SQL {
  if (isAdminOrRecruiter(user)) return TRUE;
  const interviewing = exists(
    db
      .select({ one: sql`1` })
      .from(interviews)
      .where(and(eq(interviews.applicationId, applications.id), eq(interviews.interviewerId, user.id))),
  );
  if (user.roles.includes("hiring-manager")) {
    return sql`(${inArray(applications.roleId, managedRoleIds(db, user.id))} OR ${interviewing})`;
  }
  return interviewing;
}

/** Applications whose panel (every scorecard) the user may read in full: recruiter/admin, or the role's hiring manager. */
export function panelReadableApplicationsWhere(db: Db, user: SessionUser): SQL {
  if (isAdminOrRecruiter(user)) return TRUE;
  if (user.roles.includes("hiring-manager")) return inArray(applications.roleId, managedRoleIds(db, user.id));
  return FALSE;
}

/** Applications on which the user may record a decision: only as the role's hiring manager. */
export function decidableApplicationsWhere(db: Db, user: SessionUser): SQL {
  if (!user.roles.includes("hiring-manager")) return FALSE;
  return inArray(applications.roleId, managedRoleIds(db, user.id));
}
