import type { OutboxKind } from "@/db/enums";

/**
 * The kinds of notification a person turns on or off (profile, unsubscribe links). Invitations to join and password
 * resets are not notifications: they are always sent. Client-safe (no database).
 */
export const NOTIFICATION_KINDS = ["interviews", "reminders", "debriefs"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LABELS: Record<NotificationKind, { label: string; description: string; off: string }> = {
  interviews: {
    label: "Interview invitations and updates",
    description: "An email with a calendar invitation when you are scheduled for an interview, and when it moves or is cancelled.",
    off: "interview invitations and updates",
  },
  reminders: {
    label: "Scorecard reminders",
    description: "A reminder after an interview while its scorecard is missing: once after it ends, then each morning, at most five times.",
    off: "scorecard reminders",
  },
  debriefs: {
    label: "Debrief notices",
    description: "For hiring managers: when every scorecard of a candidate is in, and when a debrief has waited more than two days for a decision.",
    off: "debrief notices",
  },
};

/** Which preference decides whether a message of this kind is written to send. */
export function notificationKindOf(kind: OutboxKind): NotificationKind {
  if (kind === "scorecard-reminder") return "reminders";
  if (kind === "debrief-ready" || kind === "debrief-waiting") return "debriefs";
  return "interviews";
}
