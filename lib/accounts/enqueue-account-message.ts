import "server-only";
import type { DbOrTx } from "@/db/client";
import { outboxMessages } from "@/db/schema";

/**
 * Writes an account message (invitation to join, password reset) into the outbox, inside the caller's transaction.
 * Not a notification, so no List-Unsubscribe: a person cannot opt out of their own password reset.
 */
export function enqueueAccountMessage(
  tx: DbOrTx,
  m: { kind: "invitation-to-join" | "password-reset"; to: string; subject: string; text: string; html: string; now: Date },
): { messageId: string } {
  const messageId = crypto.randomUUID();
  tx.insert(outboxMessages)
    .values({
      id: messageId,
      kind: m.kind,
      to: m.to,
      subject: m.subject,
      text: m.text,
      html: m.html,
      status: "pending",
      nextAttemptAt: m.now,
      createdAt: m.now,
    })
    .run();
  return { messageId };
}
