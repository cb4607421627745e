import "server-only";
import { eq, exists, inArray, not, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/client";
import { applications, interviews, scorecards } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { isRecruiterOrAdmin } from "./app-roles";
import { allOf, anyOf, FALSE } from "./conditions";
import { blindedOnApplication, LIVE_INTERVIEW_STATUS, managedRoleIds } from "./scopes";

/**
 * True for a scorecard row written by the user on an interview that is still live. Access follows live
 * interviews only: once an interview is cancelled (or marked not held) its interviewer reads nothing of it,
 * their own scorecard included, since the scorecard view carries the candidate and the stage.
 */
function ownOnLiveInterview(db: DbOrTx, user: SessionUser): SQL {
  const interview = alias(interviews, "own_live_interview");
  return allOf(
    eq(scorecards.interviewerId, user.id),
    exists(
      db
        .select({ one: sql`1` })
        .from(interview)
        .where(allOf(eq(interview.id, scorecards.interviewId), eq(interview.status, LIVE_INTERVIEW_STATUS))),
    ),
  );
}

/** True for a scorecard row when the user has submitted their own scorecard for the same application, on a live interview. */
export function hasSubmittedOwnForSameApplication(db: DbOrTx, user: SessionUser): SQL {
  const mine = alias(scorecards, "my_scorecard");
  const interview = alias(interviews, "my_live_interview");
  return exists(
    db
      .select({ one: sql`1` })
      .from(mine)
      .innerJoin(interview, allOf(eq(interview.id, mine.interviewId), eq(interview.status, LIVE_INTERVIEW_STATUS)))
      .where(allOf(eq(mine.applicationId, scorecards.applicationId), eq(mine.interviewerId, user.id), eq(mine.status, "submitted"))),
  );
}

/**
 * Which scorecards the user may read (design.md, Permissions and Independent scoring), as a condition on
 * `scorecards` to put inside the WHERE clause:
 * - their own, draft or submitted, while its interview is live;
 * - someone else's only once it is submitted, and only for recruiters and admins, the role's hiring manager,
 *   or an interviewer who has submitted their own scorecard for the same application on a live interview (the blind rule);
 * - and never while the user is blinded on that application: a live interview of theirs on it without
 *   their submitted scorecard binds recruiters, admins and hiring managers too.
 */
export function readableScorecardsWhere(db: DbOrTx, user: SessionUser): SQL {
  const own = ownOnLiveInterview(db, user);
  const unblinded = not(blindedOnApplication(db, user, scorecards.applicationId));
  if (isRecruiterOrAdmin(user)) {
    return anyOf(own, allOf(eq(scorecards.status, "submitted"), unblinded));
  }
  const managing = user.roles.includes("hiring-manager")
    ? inArray(
        scorecards.applicationId,
        db
          .select({ id: applications.id })
          .from(applications)
          .where(inArray(applications.roleId, managedRoleIds(db, user.id))),
      )
    : FALSE;
  return anyOf(own, allOf(eq(scorecards.status, "submitted"), anyOf(managing, hasSubmittedOwnForSameApplication(db, user)), unblinded));
}
