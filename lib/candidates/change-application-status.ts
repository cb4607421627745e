import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { applications, interviews, planStages, scorecards, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict } from "@/lib/errors";
import { APPLICATION_STATUS_LABELS, STATUS_TRANSITIONS, type changeApplicationStatusSchema } from "./candidate-schema";
import { writeInterviewCancellation } from "@/lib/interviews/cancel-interview";
import { loadEditableApplication } from "./load-editable-application";

/**
 * Moves an application along the pipeline (to debrief, withdrawn, or back to active). "Decided" comes only from a
 * decision. Withdrawing needs a reason and cancels the candidate's future interviews on this application (those
 * whose scorecard is not started) in the same transaction, each audited, so they leave the interviewers' lists.
 */
export function changeApplicationStatus(
  db: Db,
  { user, applicationId, status, reason, now = new Date() }: z.output<typeof changeApplicationStatusSchema> & { user: SessionUser; now?: Date },
): { status: typeof status; cancelledInterviews: number } {
  return db.transaction((tx) => {
    const application = loadEditableApplication(tx, user, applicationId);
    if (application.status === status) return { status, cancelledInterviews: 0 };
    if (!STATUS_TRANSITIONS[application.status].includes(status)) {
      throw conflict(
        application.status === "decided"
          ? `${application.candidateName}'s application is decided; its status follows the recorded decision.`
          : `An application that is ${APPLICATION_STATUS_LABELS[application.status].toLowerCase()} can't move to ${APPLICATION_STATUS_LABELS[status].toLowerCase()}.`,
      );
    }
    tx.update(applications).set({ status, updatedAt: now }).where(eq(applications.id, application.id)).run();
    const withdrawing = status === "withdrawn";
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "application.status-changed",
      entityType: "application",
      entityId: application.id,
      summary: `Moved ${application.candidateName} (${application.roleTitle}) from ${APPLICATION_STATUS_LABELS[application.status].toLowerCase()} to ${APPLICATION_STATUS_LABELS[status].toLowerCase()}${withdrawing && reason ? `: ${reason}` : ""}`,
      data: { from: application.status, to: status, roleId: application.roleId, ...(withdrawing ? { reason } : {}) },
    });
    let cancelledInterviews = 0;
    if (withdrawing) {
      const future = tx
        .select({ id: interviews.id, scheduledAt: interviews.scheduledAt, stageName: planStages.name, interviewerName: users.name })
        .from(interviews)
        .innerJoin(planStages, eq(planStages.id, interviews.stageId))
        .innerJoin(users, eq(users.id, interviews.interviewerId))
        .leftJoin(scorecards, eq(scorecards.interviewId, interviews.id))
        .where(
          and(
            eq(interviews.applicationId, application.id),
            eq(interviews.status, "scheduled"),
            gt(interviews.scheduledAt, now),
            isNull(scorecards.id),
          ),
        )
        .all();
      for (const interview of future) {
        // The interviewer's calendar drops it: the same cancellation email as a single cancel, in this transaction.
        writeInterviewCancellation(tx, {
          actor: user,
          interview: { ...interview, applicationId: application.id, candidateName: application.candidateName, roleTitle: application.roleTitle },
          because: { words: "the candidate was withdrawn", data: { withdrawn: true } },
        });
      }
      cancelledInterviews = future.length;
    }
    return { status, cancelledInterviews };
  });
}
