import "server-only";
import { and, eq, exists, inArray, not, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { applications, scorecards } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { blindedOnApplication, managedRoleIds } from "@/lib/permissions/scopes";

const FALSE = sql`1 = 0`;

/** True for a scorecard row when the user has submitted their own scorecard for the same application. */
export function hasSubmittedOwnForSameApplication(db: Db, user: SessionUser): SQL {
  const mine = alias(scorecards, "my_scorecard");
  return exists(
    db
      .select({ one: sql`1` })
      .from(mine)
      .where(and(eq(mine.applicationId, scorecards.applicationId), eq(mine.interviewerId, user.id), eq(mine.status, "submitted"))),
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
export function readableScorecardsWhere(db: Db, user: SessionUser): SQL {
  const own = eq(scorecards.interviewerId, user.id);
  const unblinded = not(blindedOnApplication(db, user, scorecards.applicationId));
  if (user.roles.includes("admin") || user.roles.includes("recruiter")) {
    return or(own, and(eq(scorecards.status, "submitted"), unblinded)) as SQL;
  }
  const managing = user.roles.includes("hiring-manager")
    ? inArray(
        scorecards.applicationId,
        db.select({ id: applications.id }).from(applications).where(inArray(applications.roleId, managedRoleIds(db, user.id))),
      )
    : FALSE;
  return or(own, and(eq(scorecards.status, "submitted"), or(managing, hasSubmittedOwnForSameApplication(db, user)), unblinded)) as SQL;
}
