import "server-only";
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { interviews } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { loadEditableInterview } from "@/lib/interviews/load-editable-interview";
import { conflict } from "@/lib/errors";
import { enqueueInterviewMessage } from "@/lib/mail/enqueue-interview-message";

/** What a cancellation names: the interview, its stage and interviewer, and whose application on which role. */
export type CancelledInterview = {
  id: string;
  applicationId: string;
  scheduledAt: Date;
  stageName: string;
  interviewerName: string;
  candidateName: string;
  roleTitle: string;
};

/**
 * Marks a scheduled interview cancelled, audits it and sends the interviewer the cancellation for their calendar, in
 * the caller's transaction. `because` says why, when something else caused it (a withdrawal, a deactivation): in the
 * audit summary after a colon, in the audit data, and as the email's note if it has one.
 */
export function writeInterviewCancellation(
  tx: DbOrTx,
  opts: {
    actor: SessionUser;
    interview: CancelledInterview;
    because?: { words: string; data: Record<string, unknown>; note?: string };
    now?: Date;
  },
): void {
  const { actor, interview, because } = opts;
  tx.update(interviews).set({ status: "cancelled" }).where(eq(interviews.id, interview.id)).run();
  recordAuditEvent(tx, {
    actorId: actor.id,
    action: "interview.cancelled",
    entityType: "interview",
    entityId: interview.id,
    summary: `Cancelled ${interview.stageName} with ${interview.interviewerName} for ${interview.candidateName} (${interview.roleTitle})${because ? `: ${because.words}` : ""}`,
    data: { applicationId: interview.applicationId, scheduledAt: interview.scheduledAt.toISOString(), ...because?.data },
  });
  enqueueInterviewMessage(tx, {
    interviewId: interview.id,
    kind: "interview-cancellation",
    organizer: actor,
    ...(because?.note === undefined ? {} : { note: because.note }),
    ...(opts.now === undefined ? {} : { now: opts.now }),
  });
}

/** Cancels a scheduled interview (it stays on record as cancelled) and cancels the interviewer's invitation. Not once its scorecard has been started. */
export function cancelInterview(db: Db, { user, interviewId }: { user: SessionUser; interviewId: string }): { interviewId: string } {
  return db.transaction((tx) => {
    const interview = loadEditableInterview(tx, user, interviewId);
    if (interview.status === "cancelled") throw conflict("This interview is already cancelled.");
    if (interview.scorecardStatus) {
      throw conflict(`${interview.interviewerName} has already started the scorecard for this interview, so it can't be cancelled.`);
    }
    writeInterviewCancellation(tx, { actor: user, interview });
    return { interviewId: interview.id };
  });
}
