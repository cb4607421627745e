import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { interviews } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, invalid, notFound } from "@/lib/errors";
import { allOf, anyOf } from "@/lib/permissions/conditions";
import { editableRolesWhere } from "@/lib/permissions/scopes";
import { findInterview } from "./load-editable-interview";

/**
 * Marks an interview "did not take place", with a reason, in one transaction with its audit event. Its own
 * interviewer may, and so may a recruiter, an admin or the role's hiring manager (both in the WHERE clause).
 * It then leaves the overdue lists and the debrief's missing scorecards; a submitted scorecard means it took place.
 */
export function markInterviewNotHeld(db: Db, opts: { user: SessionUser; interviewId: string; reason: string; now?: Date }): { interviewId: string } {
  const now = opts.now ?? new Date();
  const reason = opts.reason.trim();
  return db.transaction((tx) => {
    const row = findInterview(
      tx,
      allOf(eq(interviews.id, opts.interviewId), anyOf(eq(interviews.interviewerId, opts.user.id), editableRolesWhere(tx, opts.user))),
    );
    if (!row) throw notFound("This interview");
    if (row.status === "cancelled") throw conflict("This interview was cancelled, so there is nothing to mark.");
    if (row.status === "not-held") throw conflict("This interview is already marked as not held.");
    if (row.scorecardStatus === "submitted") {
      throw conflict("This interview's scorecard is submitted, so it took place. Amend the scorecard instead if something is wrong.");
    }
    if (now.getTime() < row.scheduledAt.getTime()) {
      const when = `${row.scheduledAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
      throw invalid(`This interview starts at ${when}, so it can't be marked as not held yet. If it won't happen, ask the recruiter to cancel it.`);
    }
    tx.update(interviews).set({ status: "not-held", notHeldReason: reason }).where(eq(interviews.id, row.id)).run();
    recordAuditEvent(tx, {
      actorId: opts.user.id,
      action: "interview.not-held",
      entityType: "interview",
      entityId: row.id,
      summary: `Marked ${row.stageName} with ${row.interviewerName} for ${row.candidateName} (${row.roleTitle}) as not held: ${reason}`,
      data: { applicationId: row.applicationId, reason, scheduledAt: row.scheduledAt.toISOString() },
    });
    return { interviewId: row.id };
  });
}
