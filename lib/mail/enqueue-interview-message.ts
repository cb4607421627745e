import "server-only";
import { eq, max } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { candidates, interviews, outboxMessages, planStages, roles, users, type OutboxKind } from "@/db/schema";
import { env } from "@/lib/env";
import { joinInterviewContext } from "@/lib/interviews/interview-context";
import { buildInterviewCalendar } from "./interview-calendar";
import { interviewMessage } from "./interview-messages";
import { unsubscribeParts } from "./enqueue-notice";
import { wantsNotification } from "./notification-preferences";

export type EnqueueInterviewMessageInput = {
  interviewId: string;
  kind: OutboxKind;
  /** Who scheduled, moved or cancelled it: the invitation's organiser. */
  organizer: { name: string; email: string };
  /** For an update: the time it had before. */
  previousStart?: Date;
  /** One more sentence saying why (a reassignment names it), after the message's first line. */
  note?: string;
  now?: Date;
  /** Written as already kept in the outbox, never sent (the demo's history: its people have no real mailboxes). */
  keep?: boolean;
};

/**
 * Writes the interviewer's email about one interview (invitation, update or cancellation, each with its iCalendar
 * part) into the outbox. Call it inside the transaction of the change, so the message exists exactly when the change
 * does. The SEQUENCE is one higher than the interview's last invitation; the UID never changes.
 */
export function enqueueInterviewMessage(tx: DbOrTx, input: EnqueueInterviewMessageInput): { messageId: string } {
  const now = input.now ?? new Date();
  const interview = joinInterviewContext(
    tx
      .select({
        id: interviews.id,
        interviewerId: interviews.interviewerId,
        scheduledAt: interviews.scheduledAt,
        durationMinutes: interviews.durationMinutes,
        interviewerName: users.name,
        interviewerEmail: users.email,
        stageName: planStages.name,
        roleTitle: roles.title,
        candidateName: candidates.name,
      })
      .from(interviews)
      .$dynamic(),
  )
    .innerJoin(users, eq(users.id, interviews.interviewerId))
    .where(eq(interviews.id, input.interviewId))
    .get();
  if (!interview) throw new Error(`No interview ${input.interviewId} to write a message about.`);
  const last = tx
    .select({ sequence: max(outboxMessages.icsSequence) })
    .from(outboxMessages)
    .where(eq(outboxMessages.interviewId, interview.id))
    .get();
  const sequence = last?.sequence === null || last?.sequence === undefined ? 0 : last.sequence + 1;
  const { publicUrl } = env();
  const kitUrl = `${publicUrl}/interviews/${interview.id}`;
  const method = input.kind === "interview-cancellation" ? "CANCEL" : "REQUEST";
  const ics = buildInterviewCalendar({
    interviewId: interview.id,
    sequence,
    method,
    start: interview.scheduledAt,
    durationMinutes: interview.durationMinutes,
    candidateName: interview.candidateName,
    stageName: interview.stageName,
    roleTitle: interview.roleTitle,
    kitUrl,
    interviewer: { name: interview.interviewerName, email: interview.interviewerEmail },
    organizer: input.organizer,
    stamp: now,
  });
  const unsubscribe = unsubscribeParts({ id: interview.interviewerId }, input.kind);
  const { subject, text, html } = interviewMessage({
    kind: input.kind,
    interviewerName: interview.interviewerName,
    candidateName: interview.candidateName,
    stageName: interview.stageName,
    roleTitle: interview.roleTitle,
    start: interview.scheduledAt,
    durationMinutes: interview.durationMinutes,
    previousStart: input.previousStart,
    note: input.note,
    organizerName: input.organizer.name,
    kitUrl,
    unsubscribeLine: unsubscribe.footer,
  });
  // Someone who turned interview emails off gets none; the row stays, marked skipped, so Outbox says why.
  const wanted = input.keep || wantsNotification(tx, interview.interviewerId, "interviews");
  const messageId = crypto.randomUUID();
  tx.insert(outboxMessages)
    .values({
      id: messageId,
      kind: input.kind,
      interviewId: interview.id,
      to: interview.interviewerEmail,
      subject,
      text,
      html,
      headers: unsubscribe.headers,
      recipientId: interview.interviewerId,
      ics,
      icsMethod: method,
      icsSequence: sequence,
      status: input.keep ? "kept" : wanted ? "pending" : "skipped",
      lastError: wanted ? null : `Not sent: ${interview.interviewerName} turned ${unsubscribe.label} off.`,
      nextAttemptAt: now,
      createdAt: now,
    })
    .run();
  return { messageId };
}
