import "server-only";
import type { Db } from "@/db/client";
import { writeWaitingDebriefNotices } from "./debrief-notices";
import { writeDueReminders } from "./scorecard-reminders";

/** How often the sender loop looks for reminders and notices that have fallen due. */
export const NOTIFICATION_TICK_MS = 10_000;

/** The scheduler tick (start-outbox-sender.ts, while holding the sender's lease): writes what is due at `now`. */
export function runNotificationTick(db: Db, now: Date): { reminders: number; waiting: number } {
  return { reminders: writeDueReminders(db, now), waiting: writeWaitingDebriefNotices(db, now) };
}
