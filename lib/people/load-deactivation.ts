import "server-only";
import { asc, eq, gt } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import type { EngineerLevel } from "@/db/enums";
import { applications, candidates, interviews, planStages, roles, scorecards, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { joinInterviewContext } from "@/lib/interviews/interview-context";
import { findOverlappingInterview } from "@/lib/interviews/load-editable-interview";
import { listStagePools } from "@/lib/interviews/stage-pool";
import { allOf } from "@/lib/permissions/conditions";
import { editableRolesWhere } from "@/lib/permissions/scopes";
import type { ReassignableInterview } from "@/lib/interviews/reassign-interview";

/** One of the person's upcoming interviews as interviewer: what the hand-over lists and what a reassignment moves. */
export type UpcomingInterview = ReassignableInterview;

/**
 * The person's upcoming interviews as interviewer: still scheduled and starting after `now`, soonest first, on roles
 * the caller may edit (in the WHERE clause). What a deactivation must reassign or cancel.
 */
export function listUpcomingAsInterviewer(reader: DbOrTx, { actor, userId, now }: { actor: SessionUser; userId: string; now: Date }) {
  return joinInterviewContext(
    reader
      .select({
        id: interviews.id,
        applicationId: applications.id,
        stageId: planStages.id,
        stageName: planStages.name,
        roleTitle: roles.title,
        candidateName: candidates.name,
        scheduledAt: interviews.scheduledAt,
        durationMinutes: interviews.durationMinutes,
        scorecardStatus: scorecards.status,
      })
      .from(interviews)
      .$dynamic(),
  )
    .leftJoin(scorecards, eq(scorecards.interviewId, interviews.id))
    .where(
      allOf(
        eq(interviews.interviewerId, userId),
        eq(interviews.status, "scheduled"),
        gt(interviews.scheduledAt, now),
        editableRolesWhere(reader, actor),
      ),
    )
    .orderBy(asc(interviews.scheduledAt), asc(interviews.id))
    .all() satisfies UpcomingInterview[];
}

export type ReassignOption = { id: string; name: string; level: EngineerLevel; busy: boolean };
export type DeactivationView = {
  person: { id: string; name: string; email: string; active: boolean };
  interviews: (UpcomingInterview & { options: ReassignOption[] })[];
};

/**
 * The deactivation page: the person and each upcoming interview with who could take it instead — the stage's
 * eligible pool (lib/interviews/stage-pool.ts) without the person, each marked busy when they already have an
 * interview overlapping it (the scheduler's own overlap check). The save checks both again. Null when there is no such
 * person or the actor is not an admin.
 */
export function loadDeactivation(
  db: Db,
  { actor, userId, now = new Date() }: { actor: SessionUser; userId: string; now?: Date },
): DeactivationView | null {
  if (!actor.roles.includes("admin")) return null;
  const person = db
    .select({ id: users.id, name: users.name, email: users.email, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!person) return null;
  const upcoming = person.active ? listUpcomingAsInterviewer(db, { actor, userId, now }) : [];
  const pools = listStagePools(db, { stageIds: [...new Set(upcoming.map((i) => i.stageId))], except: person.id });
  return {
    person,
    interviews: upcoming.map((interview) => ({
      ...interview,
      options: pools
        .filter((p) => p.stageId === interview.stageId)
        .map((p) => ({
          id: p.id,
          name: p.name,
          level: p.level,
          busy: Boolean(
            findOverlappingInterview(db, {
              interviewerId: p.id,
              start: interview.scheduledAt,
              minutes: interview.durationMinutes,
              excludeInterviewId: interview.id,
            }),
          ),
        })),
    })),
  };
}
