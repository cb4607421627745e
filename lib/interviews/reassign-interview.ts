import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { interviews, scorecards } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, invalid } from "@/lib/errors";
import { enqueueInterviewMessage } from "@/lib/mail/enqueue-interview-message";
import { formatUtc } from "@/lib/mail/interview-messages";
import { findOverlappingInterview } from "./load-editable-interview";
import { findPoolInterviewer } from "./stage-pool";

export type ReassignableInterview = {
  id: string;
  applicationId: string;
  stageId: string;
  stageName: string;
  roleTitle: string;
  candidateName: string;
  scheduledAt: Date;
  durationMinutes: number;
  /** "draft" when the interviewer has started its scorecard (notes before the interview); a reassignment discards it. */
  scorecardStatus: "draft" | "submitted" | null;
};

/** "the System design interview with Ada Lovelace (Backend Engineer) on Thursday 10 December 2026, 14:00 UTC" */
export function describeInterview(i: Pick<ReassignableInterview, "stageName" | "candidateName" | "roleTitle" | "scheduledAt">): string {
  return `the ${i.stageName} interview with ${i.candidateName} (${i.roleTitle}) on ${formatUtc(i.scheduledAt)}`;
}

/**
 * Inside the caller's transaction: gives a future interview to another interviewer of its stage's pool, checked with
 * the scheduler's own rules (lib/interviews/stage-pool.ts for who is eligible, the interviewer's overlap check), and
 * tells both people. Refusals name the interview and carry `fieldKey`, so a form of many interviews marks the right one.
 *
 * Calendars: the interview keeps its one UID. The previous interviewer is sent METHOD:CANCEL and then the new one
 * METHOD:REQUEST, each with the next SEQUENCE of that UID (enqueueInterviewMessage counts per interview, whoever
 * received the earlier ones): each calendar only ever sees the sequence rise, so a later move or cancellation
 * reaches the new interviewer's event, and the old interviewer's cancelled event is never revived by it.
 */
export function reassignInterview(
  tx: DbOrTx,
  opts: {
    actor: SessionUser;
    interview: ReassignableInterview;
    from: { id: string; name: string };
    toInterviewerId: string;
    /** Why, for the audit event and both emails (e.g. "interviewer deactivated"). */
    reason: string;
    fieldKey: string;
    now: Date;
  },
): { interviewerId: string; interviewerName: string } {
  const { interview, from } = opts;
  const what = describeInterview(interview);
  const to =
    opts.toInterviewerId === from.id ? undefined : findPoolInterviewer(tx, { stageId: interview.stageId, interviewerId: opts.toInterviewerId });
  if (!to) {
    const message = `The person chosen for ${what} is not an active interviewer in the pool of “${interview.stageName}” (any more). Choose someone from the list, or cancel the interview; nothing was saved.`;
    throw invalid(message, { [opts.fieldKey]: [message] });
  }
  const overlap = findOverlappingInterview(tx, {
    interviewerId: to.id,
    start: interview.scheduledAt,
    minutes: interview.durationMinutes,
    excludeInterviewId: interview.id,
  });
  if (overlap) {
    const message = `${to.name} already has an interview with ${overlap.candidateName} at the time of ${what}. Choose someone else, or cancel it; nothing was saved.`;
    throw invalid(message, { [opts.fieldKey]: [message] });
  }
  if (interview.scorecardStatus === "submitted") {
    throw conflict(`${from.name} has already submitted the scorecard for ${what}, so it can't be reassigned.`);
  }

  // The previous interviewer's invitation is withdrawn while the interview is still theirs (the message reads it).
  enqueueInterviewMessage(tx, {
    interviewId: interview.id,
    kind: "interview-cancellation",
    organizer: opts.actor,
    note: `It has been reassigned to another interviewer (${opts.reason}).`,
    now: opts.now,
  });
  // Notes the previous interviewer started before the interview are theirs alone; the new interviewer starts afresh.
  if (interview.scorecardStatus === "draft") {
    tx.delete(scorecards)
      .where(and(eq(scorecards.interviewId, interview.id), eq(scorecards.status, "draft")))
      .run();
  }
  tx.update(interviews).set({ interviewerId: to.id }).where(eq(interviews.id, interview.id)).run();
  recordAuditEvent(tx, {
    actorId: opts.actor.id,
    action: "interview.reassigned",
    entityType: "interview",
    entityId: interview.id,
    summary: `Reassigned ${interview.stageName} for ${interview.candidateName} (${interview.roleTitle}) from ${from.name} to ${to.name}: ${opts.reason}`,
    data: {
      applicationId: interview.applicationId,
      scheduledAt: interview.scheduledAt.toISOString(),
      fromInterviewerId: from.id,
      toInterviewerId: to.id,
      reason: opts.reason,
      discardedDraft: interview.scorecardStatus === "draft",
    },
  });
  enqueueInterviewMessage(tx, {
    interviewId: interview.id,
    kind: "interview-invitation",
    organizer: opts.actor,
    note: `It was reassigned to you from ${from.name}.`,
    now: opts.now,
  });
  return { interviewerId: to.id, interviewerName: to.name };
}
