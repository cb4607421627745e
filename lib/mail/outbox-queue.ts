import "server-only";
import { and, asc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outboxMessages } from "@/db/schema";

/** Attempts before a message that keeps failing for a passing reason (server down, greylisting) is given up. */
export const MAX_ATTEMPTS = 8;
/** How long a claimed message stays with its sender by default; longer than one SMTP conversation can last (start-outbox-sender.ts). */
export const CLAIM_MS = 5 * 60_000;

/** Wait before attempt n + 1 after n failed ones: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failedAttempts - 1), 60 * 60_000);
}

export type ClaimedMessage = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  ics: string | null;
  icsMethod: "REQUEST" | "CANCEL" | null;
  attempts: number;
};

/**
 * Claims up to `limit` messages that are due: pending ones whose time has come, and ones a sender claimed and never
 * finished (it crashed) once their claim has run out. One UPDATE … RETURNING, so a message is never claimed twice.
 */
export function claimDueMessages(
  db: DbOrTx,
  { now, limit = 10, claimMs = CLAIM_MS }: { now: Date; limit?: number; claimMs?: number },
): ClaimedMessage[] {
  const due = or(
    and(eq(outboxMessages.status, "pending"), lte(outboxMessages.nextAttemptAt, now)),
    and(eq(outboxMessages.status, "sending"), lt(outboxMessages.claimedUntil, now)),
  );
  const ids = db.select({ id: outboxMessages.id }).from(outboxMessages).where(due).orderBy(asc(outboxMessages.nextAttemptAt)).limit(limit);
  return db
    .update(outboxMessages)
    .set({ status: "sending", claimedUntil: new Date(now.getTime() + claimMs), attempts: sql`${outboxMessages.attempts} + 1` })
    .where(and(inArray(outboxMessages.id, ids), due))
    .returning({
      id: outboxMessages.id,
      to: outboxMessages.to,
      subject: outboxMessages.subject,
      text: outboxMessages.text,
      html: outboxMessages.html,
      headers: outboxMessages.headers,
      ics: outboxMessages.ics,
      icsMethod: outboxMessages.icsMethod,
      attempts: outboxMessages.attempts,
    })
    .all();
}

/** The SMTP server accepted it. */
export function markSent(db: DbOrTx, { id, response, now }: { id: string; response: string; now: Date }) {
  db.update(outboxMessages)
    .set({ status: "sent", sentAt: now, smtpResponse: response.slice(0, 1000), claimedUntil: null, lastError: null })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, "sending")))
    .run();
}

/**
 * An attempt failed. A permanent refusal (an SMTP 5xx answer) or the last allowed attempt marks it failed, with the
 * answer kept for Outbox; anything else waits for the next attempt.
 */
export function recordFailure(
  db: DbOrTx,
  { id, attempts, error, permanent, now }: { id: string; attempts: number; error: string; permanent: boolean; now: Date },
): "failed" | "pending" {
  const giveUp = permanent || attempts >= MAX_ATTEMPTS;
  db.update(outboxMessages)
    .set({
      status: giveUp ? "failed" : "pending",
      lastError: error.slice(0, 1000),
      claimedUntil: null,
      nextAttemptAt: giveUp ? now : new Date(now.getTime() + retryDelayMs(attempts)),
    })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, "sending")))
    .run();
  return giveUp ? "failed" : "pending";
}

/** Hands claimed messages back untouched (the sender lost its lease before it got to them). */
export function releaseClaims(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return;
  db.update(outboxMessages)
    .set({ status: "pending", claimedUntil: null, attempts: sql`max(${outboxMessages.attempts} - 1, 0)` })
    .where(and(inArray(outboxMessages.id, ids), eq(outboxMessages.status, "sending")))
    .run();
}

/** No mail server is configured: every waiting message stays in the outbox, marked so; nothing leaves the machine. */
export function keepUnsent(db: DbOrTx): number {
  return db
    .update(outboxMessages)
    .set({ status: "kept", claimedUntil: null })
    .where(inArray(outboxMessages.status, ["pending", "sending"]))
    .run().changes;
}
