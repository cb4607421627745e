import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outboxMessages } from "@/db/schema";

/**
 * A deactivated person cannot write a scorecard, so reminders to them stop: the tick writes no new ones (it reads
 * active interviewers only, lib/mail/scorecard-reminders.ts), and this marks the ones still waiting in the outbox
 * as skipped, with why, in the deactivation's own transaction. Returns how many it stopped.
 */
export function skipPendingReminders(tx: DbOrTx, person: { id: string; name: string }): number {
  return tx
    .update(outboxMessages)
    .set({ status: "skipped", lastError: `Not sent: ${person.name} was deactivated.`, claimedUntil: null })
    .where(and(eq(outboxMessages.recipientId, person.id), eq(outboxMessages.kind, "scorecard-reminder"), eq(outboxMessages.status, "pending")))
    .returning({ id: outboxMessages.id })
    .all().length;
}
