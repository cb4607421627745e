import "server-only";
import { desc } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { forbiddenError } from "@/lib/errors";

export const OUTBOX_PAGE_SIZE = 200;

/** The newest messages of the outbox, for admins only: what was sent, what waits, what failed and the server's answer. */
export function listOutboxMessages(db: DbOrTx, { user }: { user: SessionUser }) {
  if (!user.roles.includes("admin")) throw forbiddenError("Only admins can read the outbox.");
  return db
    .select({
      id: outboxMessages.id,
      kind: outboxMessages.kind,
      to: outboxMessages.to,
      subject: outboxMessages.subject,
      text: outboxMessages.text,
      status: outboxMessages.status,
      attempts: outboxMessages.attempts,
      nextAttemptAt: outboxMessages.nextAttemptAt,
      lastError: outboxMessages.lastError,
      smtpResponse: outboxMessages.smtpResponse,
      sentAt: outboxMessages.sentAt,
      createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(OUTBOX_PAGE_SIZE)
    .all();
}
