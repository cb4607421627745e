import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { interviews } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { loadEditableInterview } from "@/lib/interviews/load-editable-interview";
import { conflict } from "@/lib/errors";
import { enqueueInterviewMessage } from "@/lib/mail/enqueue-interview-message";

/** Cancels a scheduled interview (it stays on record as cancelled) and cancels the interviewer's invitation. Not once its scorecard has been started. */
export function cancelInterview(db: Db, { user, interviewId }: { user: SessionUser; interviewId: string }): { interviewId: string } {
  return db.transaction((tx) => {
    const interview = loadEditableInterview(tx, user, interviewId);
    if (interview.status === "cancelled") throw conflict("This interview is already cancelled.");
    if (interview.scorecardStatus) {
      throw conflict(`${interview.interviewerName} has already started the scorecard for this interview, so it can't be cancelled.`);
    }
    tx.update(interviews).set({ status: "cancelled" }).where(eq(interviews.id, interview.id)).run();
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "interview.cancelled",
      entityType: "interview",
      entityId: interview.id,
      summary: `Cancelled ${interview.stageName} with ${interview.interviewerName} for ${interview.candidateName} (${interview.roleTitle})`,
      data: { applicationId: interview.applicationId, scheduledAt: interview.scheduledAt.toISOString() },
    });
    enqueueInterviewMessage(tx, { interviewId: interview.id, kind: "interview-cancellation", organizer: user });
    return { interviewId: interview.id };
  });
}
