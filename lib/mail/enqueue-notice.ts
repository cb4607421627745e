import "server-only";
import { outboxMessages, type OutboxKind } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { mailHtml } from "./mail-html";
import { notificationHeaders, unsubscribePageUrl } from "./notification-headers";
import { NOTIFICATION_LABELS, notificationKindOf } from "./notification-kinds";
import { wantsNotification } from "./notification-preferences";
import { signUnsubscribeToken } from "./unsubscribe-token";

export type Recipient = { id: string; email: string; name: string };

/** The signing secret, or null where none exists yet (the demo seed writes its kept history before the server starts). */
function unsubscribeSecret(): string | null {
  try {
    return authSecret();
  } catch {
    return null;
  }
}

/** The unsubscribe link and headers of one notification to one of Levelset's people. */
export function unsubscribeParts(recipient: { id: string }, kind: OutboxKind) {
  const { publicUrl, MAIL_FROM } = env();
  const which = notificationKindOf(kind);
  const secret = unsubscribeSecret();
  if (!secret) {
    return {
      headers: notificationHeaders({ publicUrl, mailFrom: MAIL_FROM }),
      footer: `You get these because ${NOTIFICATION_LABELS[which].off} are on for you; turn them off on your profile: ${publicUrl}/profile.`,
      unsubscribeUrl: null,
      label: NOTIFICATION_LABELS[which].off,
    };
  }
  const token = signUnsubscribeToken(secret, recipient.id, which);
  return {
    headers: notificationHeaders({ publicUrl, mailFrom: MAIL_FROM, unsubscribeToken: token }),
    footer: `You get these because ${NOTIFICATION_LABELS[which].off} are on for you. Turn them off in one click: ${unsubscribePageUrl(publicUrl, token)} (or on your profile: ${publicUrl}/profile).`,
    unsubscribeUrl: unsubscribePageUrl(publicUrl, token),
    label: NOTIFICATION_LABELS[which].off,
  };
}

/** Plain text and HTML of a notice: paragraphs, one link, and the footer with its unsubscribe link. */
export function noticeBodies(args: {
  paragraphs: string[];
  link: { href: string; label: string };
  unsubscribe: ReturnType<typeof unsubscribeParts>;
}) {
  const footer = `Sent by Levelset. ${args.unsubscribe.footer}`;
  const text = [...args.paragraphs, `${args.link.label}: ${args.link.href}`, `-- \n${footer}`].join("\n\n") + "\n";
  const html = mailHtml({ paragraphs: args.paragraphs, link: args.link, footer });
  return { text, html };
}

export type NoticeInput = {
  kind: OutboxKind;
  recipient: Recipient;
  subject: string;
  paragraphs: string[];
  link: { href: string; label: string };
  /** At most one message per key, ever: a second tick, process or restart writes nothing. */
  dedupeKey: string;
  interviewId?: string;
  applicationId?: string;
  reminderNumber?: number;
  now: Date;
};

export type NoticeOutcome = "written" | "skipped" | "duplicate";

/**
 * Writes one notification into the outbox (inside the caller's transaction). A person who turned this kind off gets
 * a row marked skipped, never sent, so Outbox shows why and the reminder count still advances.
 */
export function enqueueNotice(tx: DbOrTx, input: NoticeInput): NoticeOutcome {
  const unsubscribe = unsubscribeParts(input.recipient, input.kind);
  const { text, html } = noticeBodies({ paragraphs: input.paragraphs, link: input.link, unsubscribe });
  const wanted = wantsNotification(tx, input.recipient.id, notificationKindOf(input.kind));
  const result = tx
    .insert(outboxMessages)
    .values({
      kind: input.kind,
      interviewId: input.interviewId ?? null,
      applicationId: input.applicationId ?? null,
      recipientId: input.recipient.id,
      to: input.recipient.email,
      subject: input.subject,
      text,
      html,
      headers: unsubscribe.headers,
      status: wanted ? "pending" : "skipped",
      lastError: wanted ? null : `Not sent: ${input.recipient.name} turned ${unsubscribe.label} off.`,
      dedupeKey: input.dedupeKey,
      reminderNumber: input.reminderNumber ?? null,
      nextAttemptAt: input.now,
      createdAt: input.now,
    })
    .onConflictDoNothing({ target: outboxMessages.dedupeKey })
    .run();
  if (result.changes === 0) return "duplicate";
  return wanted ? "written" : "skipped";
}
