import "server-only";
import { and, eq, gt, lt, ne, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { applications, candidates, interviews, planStages, roles, scorecards, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { forbiddenError, notFound } from "@/lib/errors";
import { allOf } from "@/lib/permissions/conditions";
import { editableRolesWhere } from "@/lib/permissions/scopes";
import { canEditSomeRole } from "@/lib/permissions/app-roles";
import { joinInterviewContext } from "./interview-context";

/**
 * One interview with its application, role, candidate, stage, interviewer and scorecard status, under the caller's
 * permission condition (the only part that differs between rescheduling, cancelling and marking not held).
 */
export function findInterview(db: DbOrTx, where: SQL) {
  return joinInterviewContext(
    db
      .select({
        id: interviews.id,
        status: interviews.status,
        scheduledAt: interviews.scheduledAt,
        durationMinutes: interviews.durationMinutes,
        interviewerId: interviews.interviewerId,
        interviewerName: users.name,
        stageName: planStages.name,
        applicationId: applications.id,
        roleId: roles.id,
        roleTitle: roles.title,
        candidateId: candidates.id,
        candidateName: candidates.name,
        scorecardStatus: scorecards.status,
      })
      .from(interviews)
      .$dynamic(),
  )
    .innerJoin(users, eq(users.id, interviews.interviewerId))
    .leftJoin(scorecards, eq(scorecards.interviewId, interviews.id))
    .where(where)
    .get();
}

/** An interview on a role the user may edit, with what rescheduling and cancelling need to know. */
export function loadEditableInterview(db: DbOrTx, user: SessionUser, interviewId: string) {
  if (!canEditSomeRole(user)) {
    throw forbiddenError("Only recruiters, admins and the role's hiring manager can reschedule or cancel interviews.");
  }
  const row = findInterview(db, allOf(eq(interviews.id, interviewId), editableRolesWhere(db, user)));
  if (!row) throw notFound("That interview");
  return row;
}

/** A scheduled interview, other than `excludeInterviewId`, whose time overlaps [start, start + minutes). */
function scheduledOverlapping(args: { start: Date; minutes: number; excludeInterviewId?: string }) {
  const end = new Date(args.start.getTime() + args.minutes * 60_000);
  return and(
    eq(interviews.status, "scheduled"),
    args.excludeInterviewId ? ne(interviews.id, args.excludeInterviewId) : undefined,
    lt(interviews.scheduledAt, end),
    gt(sql`${interviews.scheduledAt} + ${interviews.durationMinutes} * 60000`, args.start.getTime()),
  );
}

/** Another scheduled interview of the same interviewer that overlaps [start, start + minutes). */
export function findOverlappingInterview(reader: DbOrTx, args: { interviewerId: string; start: Date; minutes: number; excludeInterviewId?: string }) {
  return reader
    .select({ id: interviews.id, scheduledAt: interviews.scheduledAt, candidateName: candidates.name })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(interviews.interviewerId, args.interviewerId), scheduledOverlapping(args)))
    .get();
}

/**
 * Another scheduled interview of the same candidate, on any of their applications, that overlaps
 * [start, start + minutes). Only roles the caller may edit are searched (the scope is in the WHERE clause), so the
 * answer never tells a hiring manager about another role's loop.
 */
export function findCandidateOverlap(
  reader: DbOrTx,
  user: SessionUser,
  args: { candidateId: string; start: Date; minutes: number; excludeInterviewId?: string },
) {
  return reader
    .select({ id: interviews.id, stageName: planStages.name, interviewerName: users.name, roleTitle: roles.title })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(planStages, eq(planStages.id, interviews.stageId))
    .innerJoin(users, eq(users.id, interviews.interviewerId))
    .where(and(eq(applications.candidateId, args.candidateId), scheduledOverlapping(args), editableRolesWhere(reader, user)))
    .get();
}

export function candidateOverlapMessage(candidateName: string, other: { stageName: string; interviewerName: string; roleTitle: string }): string {
  return `${candidateName} already has an interview at that time (${other.stageName} with ${other.interviewerName}, ${other.roleTitle}). Choose a time that doesn't overlap it.`;
}
