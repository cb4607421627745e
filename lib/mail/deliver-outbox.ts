import "server-only";
import type { DbOrTx } from "@/db/client";
import { claimDueMessages, keepUnsent, markSent, recordFailure, releaseClaims, type ClaimedMessage } from "./outbox-queue";
import { acquireLease } from "./sender-lease";

export const SENDER_LEASE = "outbox-sender";
/** How long the lease lasts unless renewed; the sender renews it on every round and before every message. */
export const LEASE_TTL_MS = 15_000;

/** What the sender needs from nodemailer's transport (a narrow type, so tests can hand in their own). */
export type MailTransport = {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    headers: Record<string, string>;
    messageId: string;
    icalEvent?: { method: string; filename: string; content: string };
  }): Promise<{ response?: string }>;
};

/** SMTP answers from 500 to 599 are permanent: sending the same message again gets the same answer. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  const kind = (error as { code?: unknown } | null)?.code;
  // A refused login is the mail server's configuration, not this message: keep retrying until an admin fixes it.
  return typeof code === "number" && code >= 500 && code < 600 && kind !== "EAUTH";
}

/** The SMTP answer when there is one ("550 5.1.1 No such user"), else the error's own message. */
export function smtpAnswer(error: unknown): string {
  const response = (error as { response?: unknown } | null)?.response;
  if (typeof response === "string" && response.trim()) return response.trim();
  return error instanceof Error ? error.message : String(error);
}

/** One Message-ID per outbox row, the same on every attempt: a receiving server can tell a retry from a new message. */
export function messageIdOf(id: string): string {
  return `<${id}@levelset>`;
}

function toMail(message: ClaimedMessage, from: string) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
    messageId: messageIdOf(message.id),
    ...(message.ics ? { icalEvent: { method: message.icsMethod ?? "REQUEST", filename: "invite.ics", content: message.ics } } : {}),
  };
}

export type DeliveryRound = { leaseHeld: boolean; sent: number; failed: number; retrying: number; kept: number };

/**
 * One round of the sender: holds the lease or does nothing; without a mail server marks every waiting message as
 * kept in the outbox; with one, claims what is due and sends it, recording the SMTP answer either way.
 */
export async function deliverOutbox(
  db: DbOrTx,
  {
    holder,
    mail,
    clock = () => new Date(),
    claimMs,
  }: { holder: string; mail: { transport: MailTransport; from: string } | null; clock?: () => Date; claimMs?: number },
): Promise<DeliveryRound> {
  const round: DeliveryRound = { leaseHeld: false, sent: 0, failed: 0, retrying: 0, kept: 0 };
  const holdLease = () => acquireLease(db, { name: SENDER_LEASE, holder, now: clock(), ttlMs: LEASE_TTL_MS });
  if (!holdLease()) return round;
  round.leaseHeld = true;
  if (!mail) {
    round.kept = keepUnsent(db);
    return round;
  }
  const claimed = claimDueMessages(db, { now: clock(), claimMs });
  for (const [index, message] of claimed.entries()) {
    if (!holdLease()) {
      // Another process took over (this one stalled past the lease): leave the rest to it.
      releaseClaims(
        db,
        claimed.slice(index).map((m) => m.id),
      );
      round.leaseHeld = false;
      break;
    }
    try {
      const info = await mail.transport.sendMail(toMail(message, mail.from));
      markSent(db, { id: message.id, response: info.response ?? "accepted", now: clock() });
      round.sent += 1;
    } catch (error) {
      const outcome = recordFailure(db, {
        id: message.id,
        attempts: message.attempts,
        error: smtpAnswer(error),
        permanent: isPermanentSmtpFailure(error),
        now: clock(),
      });
      if (outcome === "failed") round.failed += 1;
      else round.retrying += 1;
    }
  }
  return round;
}
