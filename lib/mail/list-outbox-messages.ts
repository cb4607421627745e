import "server-only";
import { desc } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { env } from "@/lib/env";
import { maskAccountLinks } from "./mask-account-links";

export const OUTBOX_PAGE_SIZE = 200;

/**
 * The newest messages of the outbox, for admins only (none for anyone else): what was sent, what waits, what failed and
 * the server's answer.
 * When mail really leaves (SMTP_URL set, the default here), the tokens of invitation and password-reset links are
 * hidden: only their recipient may hold them. Without a mail server Outbox is the only delivery, so they show.
 */
export function listOutboxMessages(
  db: DbOrTx,
  { user, hideAccountLinks = Boolean(env().SMTP_URL) }: { user: SessionUser; hideAccountLinks?: boolean },
) {
  if (!user.roles.includes("admin")) return [];
  const rows = db
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
  return hideAccountLinks ? rows.map((row) => ({ ...row, text: maskAccountLinks(row.text) })) : rows;
}
