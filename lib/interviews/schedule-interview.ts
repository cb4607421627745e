import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { interviews, planStages } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { candidateOverlapMessage, findCandidateOverlap, findOverlappingInterview } from "@/lib/interviews/load-editable-interview";
import { loadEditableApplication } from "@/lib/candidates/load-editable-application";
import { conflict, invalid } from "@/lib/errors";
import { refuseIfClosed } from "@/lib/roles/closed-role";
import { enqueueInterviewMessage } from "@/lib/mail/enqueue-interview-message";
import { findPoolInterviewer } from "./stage-pool";
import type { ScheduleInterviewInput } from "./interview-schedule-schema";

const INVALID = "Some fields need attention; nothing was saved.";

/** A time for a new or moved interview: a real instant, in the future. */
export function futureInstant(iso: string, now: Date): Date {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw invalid(INVALID, { scheduledAt: ["Choose a valid date and time for the interview."] });
  if (at.getTime() <= now.getTime()) {
    throw invalid(INVALID, { scheduledAt: ["That time has already passed. Choose a date and time in the future."] });
  }
  return at;
}

export function overlapMessage(name: string, other: { candidateName: string }): string {
  return `${name} already has an interview with ${other.candidateName} at that time. Choose another time or another interviewer.`;
}

/**
 * Schedules one interview of an application: a stage of the role's plan, an interviewer from that
 * stage's pool, a future time. The interviewer sees it on their home at once, and their calendar invitation is
 * written to the outbox in the same transaction.
 */
export function scheduleInterview(
  db: Db,
  { user, now = new Date(), ...input }: ScheduleInterviewInput & { user: SessionUser; now?: Date },
): { interviewId: string } {
  return db.transaction((tx) => {
    const application = loadEditableApplication(tx, user, input.applicationId);
    refuseIfClosed({ title: application.roleTitle, status: application.roleStatus }, "schedules no new interviews");
    if (application.status !== "active" && application.status !== "debrief") {
      throw conflict(`${application.candidateName}'s application is ${application.status}. Move it back to active before scheduling interviews.`);
    }
    const stage = tx
      .select({ id: planStages.id, name: planStages.name, durationMinutes: planStages.durationMinutes })
      .from(planStages)
      .where(and(eq(planStages.id, input.stageId), eq(planStages.roleId, application.roleId)))
      .get();
    if (!stage) throw invalid(INVALID, { stageId: ["Choose a stage from this role's interview plan."] });
    const interviewer = findPoolInterviewer(tx, { stageId: stage.id, interviewerId: input.interviewerId });
    if (!interviewer) {
      throw invalid(INVALID, {
        interviewerId: [
          `Choose an interviewer from the pool of “${stage.name}”. To use someone else, add them to the stage's pool in the interview plan.`,
        ],
      });
    }
    const at = futureInstant(input.scheduledAt, now);
    const overlap = findOverlappingInterview(tx, { interviewerId: interviewer.id, start: at, minutes: stage.durationMinutes });
    if (overlap) throw invalid(INVALID, { scheduledAt: [overlapMessage(interviewer.name, overlap)] });
    const candidateBusy = findCandidateOverlap(tx, user, { candidateId: application.candidateId, start: at, minutes: stage.durationMinutes });
    if (candidateBusy) throw invalid(INVALID, { scheduledAt: [candidateOverlapMessage(application.candidateName, candidateBusy)] });

    const interviewId = crypto.randomUUID();
    tx.insert(interviews)
      .values({
        id: interviewId,
        applicationId: application.id,
        stageId: stage.id,
        interviewerId: interviewer.id,
        scheduledAt: at,
        durationMinutes: stage.durationMinutes,
        status: "scheduled",
      })
      .run();
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "interview.scheduled",
      entityType: "interview",
      entityId: interviewId,
      summary: `Scheduled ${stage.name} with ${interviewer.name} for ${application.candidateName} (${application.roleTitle})`,
      data: { applicationId: application.id, stageId: stage.id, interviewerId: interviewer.id, scheduledAt: at.toISOString() },
    });
    enqueueInterviewMessage(tx, { interviewId, kind: "interview-invitation", organizer: user, now });
    return { interviewId };
  });
}
