import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { env } from "@/lib/env";
import { issueAccountLink } from "./account-links";
import { passwordResetMessage } from "./account-messages";
import { enqueueAccountMessage } from "./enqueue-account-message";
import { PASSWORD_RESET_TTL_MS } from "./link-token";
import { allowResetRequest } from "./reset-throttle";

/** Every answer takes at least this long, so a known email (a few writes) and an unknown one (none) look alike. */
export const RESET_ANSWER_MS = 400;

export type ResetRequestOutcome = "sent-if-known" | "throttled";

/**
 * "Forgot password?": for an active account with this email, a single-use link valid for an hour (replacing any
 * earlier one), its message and an audit event, in one transaction; for any other email, nothing. Both answer
 * "sent-if-known" after the same minimum time. Throttled per email and per client address.
 */
export async function requestPasswordReset(
  db: Db,
  { email, address, now = new Date(), minAnswerMs = RESET_ANSWER_MS }: { email: string; address: string; now?: Date; minAnswerMs?: number },
): Promise<ResetRequestOutcome> {
  const started = Date.now();
  const outcome = ((): ResetRequestOutcome => {
    if (!allowResetRequest(db, { email, address, now })) return "throttled";
    const person = db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.email, email.trim().toLowerCase()), eq(users.active, true)))
      .get();
    if (!person) return "sent-if-known";
    const { publicUrl } = env();
    db.transaction((tx) => {
      const link = issueAccountLink(tx, { userId: person.id, purpose: "password-reset", now, ttlMs: PASSWORD_RESET_TTL_MS, createdById: null });
      const message = passwordResetMessage({
        name: person.name,
        resetUrl: `${publicUrl}/reset-password/${link.token}`,
        expiresAt: link.expiresAt,
        forgotUrl: `${publicUrl}/forgot-password`,
      });
      enqueueAccountMessage(tx, { kind: "password-reset", to: person.email, ...message, now });
      recordAuditEvent(tx, {
        actorId: null,
        action: "password.reset-requested",
        entityType: "user",
        entityId: person.id,
        summary: `A password reset link was sent to ${person.name}`,
        data: { address },
      });
    });
    return "sent-if-known";
  })();
  const wait = minAnswerMs - (Date.now() - started);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return outcome;
}
