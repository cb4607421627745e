import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { conflict, forbiddenError, notFound } from "@/lib/errors";

/**
 * "Retry now" in Outbox (admins): a failed or waiting message goes back to the sender at once. Its Message-ID stays
 * the same, so a receiving server that did accept an earlier attempt can tell the retry apart.
 */
export function retryOutboxMessage(db: DbOrTx, opts: { user: SessionUser; messageId: string; now?: Date }): { to: string } {
  if (!opts.user.roles.includes("admin")) throw forbiddenError("Only admins can retry messages in the outbox.");
  const now = opts.now ?? new Date();
  const row = db
    .select({ status: outboxMessages.status, to: outboxMessages.to })
    .from(outboxMessages)
    .where(eq(outboxMessages.id, opts.messageId))
    .get();
  if (!row) throw notFound("This message");
  if (row.status !== "failed" && row.status !== "pending") {
    const why = {
      sent: "it was already sent",
      sending: "it is being sent right now",
      kept: "no mail server is configured",
      skipped: "its recipient turned this kind of email off",
    };
    throw conflict(`This message can't be retried: ${why[row.status]}.`);
  }
  const changed = db
    .update(outboxMessages)
    .set({ status: "pending", nextAttemptAt: now, claimedUntil: null })
    .where(and(eq(outboxMessages.id, opts.messageId), inArray(outboxMessages.status, ["failed", "pending"])))
    .run().changes;
  if (changed === 0) throw conflict("This message changed while you were looking. Reload Outbox and try again.");
  return { to: row.to };
}
