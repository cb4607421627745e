import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { interviews } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import {
  candidateOverlapMessage,
  findCandidateOverlap,
  findOverlappingInterview,
  loadEditableInterview,
} from "@/lib/interviews/load-editable-interview";
import { conflict, invalid } from "@/lib/errors";
import { enqueueInterviewMessage } from "@/lib/mail/enqueue-interview-message";
import type { RescheduleInterviewInput } from "./interview-schedule-schema";
import { futureInstant, overlapMessage } from "./schedule-interview";

/** Moves a scheduled interview to another future time, and updates the interviewer's invitation. Not once its scorecard has been started. */
export function rescheduleInterview(
  db: Db,
  { user, interviewId, scheduledAt, now = new Date() }: RescheduleInterviewInput & { user: SessionUser; now?: Date },
): { interviewId: string } {
  return db.transaction((tx) => {
    const interview = loadEditableInterview(tx, user, interviewId);
    if (interview.status === "cancelled") throw conflict("This interview was cancelled. Schedule a new one instead.");
    if (interview.scorecardStatus) {
      throw conflict(`${interview.interviewerName} has already started the scorecard for this interview, so it can't be moved.`);
    }
    const at = futureInstant(scheduledAt, now);
    const overlap = findOverlappingInterview(tx, {
      interviewerId: interview.interviewerId,
      start: at,
      minutes: interview.durationMinutes,
      excludeInterviewId: interview.id,
    });
    if (overlap)
      throw invalid("Some fields need attention; nothing was saved.", { scheduledAt: [overlapMessage(interview.interviewerName, overlap)] });
    const candidateBusy = findCandidateOverlap(tx, user, {
      candidateId: interview.candidateId,
      start: at,
      minutes: interview.durationMinutes,
      excludeInterviewId: interview.id,
    });
    if (candidateBusy) {
      throw invalid("Some fields need attention; nothing was saved.", {
        scheduledAt: [candidateOverlapMessage(interview.candidateName, candidateBusy)],
      });
    }
    tx.update(interviews).set({ scheduledAt: at }).where(eq(interviews.id, interview.id)).run();
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "interview.rescheduled",
      entityType: "interview",
      entityId: interview.id,
      summary: `Rescheduled ${interview.stageName} with ${interview.interviewerName} for ${interview.candidateName} (${interview.roleTitle})`,
      data: { applicationId: interview.applicationId, from: interview.scheduledAt.toISOString(), to: at.toISOString() },
    });
    enqueueInterviewMessage(tx, { interviewId: interview.id, kind: "interview-update", organizer: user, previousStart: interview.scheduledAt, now });
    return { interviewId: interview.id };
  });
}
