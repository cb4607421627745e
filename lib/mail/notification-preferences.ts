import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { notificationPreferences, users } from "@/db/schema";
import { NOTIFICATION_LABELS, type NotificationKind } from "./notification-kinds";
import type { NotificationSettingsInput } from "./notification-settings-schema";

export type NotificationSettings = Record<NotificationKind, boolean> & { timeZone: string };

const DEFAULTS: NotificationSettings = { interviews: true, reminders: true, debriefs: true, timeZone: "UTC" };

/** A person's settings; with no row yet, every kind is on and the zone is UTC. */
export function loadNotificationSettings(db: DbOrTx, userId: string): NotificationSettings & { saved: boolean } {
  const row = db
    .select({
      interviews: notificationPreferences.interviews,
      reminders: notificationPreferences.reminders,
      debriefs: notificationPreferences.debriefs,
      timeZone: notificationPreferences.timeZone,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .get();
  return row ? { ...row, saved: true } : { ...DEFAULTS, saved: false };
}

/** Whether a person gets this kind of notification. */
export function wantsNotification(db: DbOrTx, userId: string, kind: NotificationKind): boolean {
  return loadNotificationSettings(db, userId)[kind];
}

/** Saves the signed-in person's own settings (the profile page): only ever their own row. */
export function saveNotificationSettings(db: DbOrTx, opts: { userId: string; input: NotificationSettingsInput; now?: Date }) {
  const now = opts.now ?? new Date();
  const values = { ...opts.input, updatedAt: now };
  db.insert(notificationPreferences)
    .values({ userId: opts.userId, ...values })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: values })
    .run();
}

/**
 * Turns one kind off for the person a verified unsubscribe token names (no sign-in). Returns what the confirmation
 * page says, or null when the person no longer exists.
 */
export function turnOffNotification(
  db: DbOrTx,
  opts: { userId: string; kind: NotificationKind; now?: Date },
): { email: string; what: string } | null {
  const person = db.select({ email: users.email }).from(users).where(eq(users.id, opts.userId)).get();
  if (!person) return null;
  const now = opts.now ?? new Date();
  db.insert(notificationPreferences)
    .values({ userId: opts.userId, [opts.kind]: false, updatedAt: now })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { [opts.kind]: false, updatedAt: now } })
    .run();
  return { email: person.email, what: NOTIFICATION_LABELS[opts.kind].off };
}
