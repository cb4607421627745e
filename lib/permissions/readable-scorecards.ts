import "server-only";
import { eq, exists, inArray, not, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/client";
import { applications, scorecards } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { isRecruiterOrAdmin } from "./app-roles";
import { allOf, anyOf, FALSE } from "./conditions";
import { blindedOnApplication, managedRoleIds } from "./scopes";

/** True for a scorecard row when the user has submitted their own scorecard for the same application. */
export function hasSubmittedOwnForSameApplication(db: DbOrTx, user: SessionUser): SQL {
  const mine = alias(scorecards, "my_scorecard");
  return exists(
    db
      .select({ one: sql`1` })
      .from(mine)
      .where(allOf(eq(mine.applicationId, scorecards.applicationId), eq(mine.interviewerId, user.id), eq(mine.status, "submitted"))),
  );
}

/**
 * Which scorecards the user may read (design.md, Permissions and Independent scoring), as a condition on
 * `scorecards` to put inside the WHERE clause:
 * - their own, draft or submitted;
 * - someone else's only once it is submitted, and only for recruiters and admins, the role's hiring manager,
 *   or an interviewer who has submitted their own scorecard for the same application (the blind rule);
 * - and never while the user is blinded on that application: a live interview of theirs on it without
 *   their submitted scorecard binds recruiters, admins and hiring managers too.
 */
export function readableScorecardsWhere(db: DbOrTx, user: SessionUser): SQL {
  const own = eq(scorecards.interviewerId, user.id);
  const unblinded = not(blindedOnApplication(db, user, scorecards.applicationId));
  if (isRecruiterOrAdmin(user)) {
    return anyOf(own, allOf(eq(scorecards.status, "submitted"), unblinded));
  }
  const managing = user.roles.includes("hiring-manager")
    ? inArray(
        scorecards.applicationId,
        db.select({ id: applications.id }).from(applications).where(inArray(applications.roleId, managedRoleIds(db, user.id))),
      )
    : FALSE;
  return anyOf(own, allOf(eq(scorecards.status, "submitted"), anyOf(managing, hasSubmittedOwnForSameApplication(db, user)), unblinded));
}
