import "server-only";
import { and, eq, exists, inArray, not, sql, type SQL } from "drizzle-orm";
import { alias, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/client";
import { applications, interviews, roleMembers, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { awaitingScorecard } from "@/lib/interviews/awaiting-scorecard";
import { isRecruiterOrAdmin } from "./app-roles";
import { allOf, anyOf, FALSE, TRUE } from "./conditions";

/**
 * Permission conditions to put inside WHERE clauses (design.md, Permissions), so a forgotten check
 * returns nothing rather than someone else's data. Each takes a resolved user, never an optional id.
 */

/** Roles where the user is the hiring manager. */
export function managedRoleIds(db: DbOrTx, userId: string) {
  return db
    .select({ id: roleMembers.roleId })
    .from(roleMembers)
    .where(and(eq(roleMembers.userId, userId), eq(roleMembers.membership, "hiring-manager")));
}

/** Roles the user may edit (settings, plan, hiring team, candidates, scheduling): recruiter, admin, or their own as hiring manager. */
export function editableRolesWhere(db: DbOrTx, user: SessionUser): SQL {
  if (isRecruiterOrAdmin(user)) return TRUE;
  if (user.roles.includes("hiring-manager")) return inArray(roles.id, managedRoleIds(db, user.id));
  return FALSE;
}

/** The ids of the roles the user may edit (see editableRolesWhere), for conditions on tables that carry a role id. */
export function editableRoleIds(db: DbOrTx, user: SessionUser) {
  return db.select({ id: roles.id }).from(roles).where(editableRolesWhere(db, user));
}

/** A live interview is one still scheduled: a cancelled one (or one marked as not held) gives its interviewer nothing. */
export const LIVE_INTERVIEW_STATUS = "scheduled" as const;

/**
 * True when the user is blinded on the application in `applicationId` (a column of the outer query):
 * they have a live interview on it whose scorecard they have not submitted. The blind rule binds everyone
 * on the panel, hiring managers, recruiters and admins included (design.md, Independent scoring).
 *
 * Read from interviews.scorecard_submitted, which triggers keep in step with the interview's scorecard (migration
 * 0011), through interviews_blind_idx (migration 0016): one probe per application of a role-wide read instead of
 * every interview of the application and its scorecard. awaitingScorecard spells the status and the flag as
 * literals, as the index's WHERE does: as bound parameters, SQLite could match them to the partial index only by
 * preparing the statement again once their values are bound.
 */
export function blindedOnApplication(db: DbOrTx, user: SessionUser, applicationId: SQLiteColumn): SQL {
  const mine = alias(interviews, "blind_interview");
  return exists(
    db
      .select({ one: sql`1` })
      .from(mine)
      .where(and(eq(mine.applicationId, applicationId), eq(mine.interviewerId, user.id), awaitingScorecard(mine))),
  );
}

/** Whether the user is blinded on one application (see blindedOnApplication), for pages that explain why. */
export function isBlindedOnApplication(db: DbOrTx, user: SessionUser, applicationId: string): boolean {
  return Boolean(
    db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.id, applicationId), blindedOnApplication(db, user, applications.id)))
      .get(),
  );
}

/**
 * Applications whose candidate the user may see: recruiter/admin all; hiring managers their roles';
 * interviewers those they have a live (not cancelled) interview on.
 */
export function visibleApplicationsWhere(db: DbOrTx, user: SessionUser): SQL {
  if (isRecruiterOrAdmin(user)) return TRUE;
  const mine = alias(interviews, "visible_interview");
  const interviewing = exists(
    db
      .select({ one: sql`1` })
      .from(mine)
      .where(and(eq(mine.applicationId, applications.id), eq(mine.interviewerId, user.id), eq(mine.status, LIVE_INTERVIEW_STATUS))),
  );
  if (user.roles.includes("hiring-manager")) {
    return anyOf(inArray(applications.roleId, managedRoleIds(db, user.id)), interviewing);
  }
  return interviewing;
}

/**
 * Applications whose panel (every scorecard) the user may read in full: recruiter/admin, or the role's
 * hiring manager — and in every case only while they are not blinded on it (a live interview of theirs
 * on the application without their submitted scorecard).
 */
export function panelReadableApplicationsWhere(db: DbOrTx, user: SessionUser): SQL {
  const unblinded = not(blindedOnApplication(db, user, applications.id));
  if (isRecruiterOrAdmin(user)) return unblinded;
  if (user.roles.includes("hiring-manager")) return allOf(inArray(applications.roleId, managedRoleIds(db, user.id)), unblinded);
  return FALSE;
}

/** Applications whose panel the user could read were they not blinded on it (to explain a refusal, never to show data). */
export function panelRoleApplicationsWhere(db: DbOrTx, user: SessionUser): SQL {
  if (isRecruiterOrAdmin(user)) return TRUE;
  if (user.roles.includes("hiring-manager")) return inArray(applications.roleId, managedRoleIds(db, user.id));
  return FALSE;
}

/**
 * Applications on which the user may record a decision: only as the role's hiring manager, and only once
 * they can read the panel (a hiring manager blinded by an interview of their own submits it first).
 */
export function decidableApplicationsWhere(db: DbOrTx, user: SessionUser): SQL {
  if (!user.roles.includes("hiring-manager")) return FALSE;
  return allOf(inArray(applications.roleId, managedRoleIds(db, user.id)), not(blindedOnApplication(db, user, applications.id)));
}
