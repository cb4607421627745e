/**
 * When the scorecard-due reminders of one interview fall (issue 12, item 4). Pure: the tick hands in the clock.
 * The first goes a set time after the interview ends (the role's setting); each later one at REMINDER_LOCAL_HOUR on
 * the next day, in the interviewer's zone, of the previous reminder; at most MAX_REMINDERS in all.
 */
import { isKnownTimeZone, wallClockIn, zoneOffsetMs } from "@/lib/format/intl";

export const MAX_REMINDERS = 5;
/** The daily reminder arrives at the start of the interviewer's working day. */
export const REMINDER_LOCAL_HOUR = 9;
export const DEFAULT_REMINDER_DELAY_MINUTES = 60;
/** The role setting's bounds: from a quarter of an hour to a week after the interview ends. */
export const MIN_REMINDER_DELAY_MINUTES = 15;
export const MAX_REMINDER_DELAY_MINUTES = 7 * 24 * 60;
/** How far back the tick looks: the five reminders of any interview fall within this of its end plus the delay. */
export const REMINDER_WINDOW_MS = (MAX_REMINDER_DELAY_MINUTES + (MAX_REMINDERS + 2) * 24 * 60 + 8 * 60) * 60_000;

const DAY_MS = 86_400_000;

/** A valid IANA zone or UTC: a zone Node does not know never stops a reminder. */
export function safeTimeZone(zone: string | null | undefined): string {
  if (!zone) return "UTC";
  return isKnownTimeZone(zone) ? zone : "UTC";
}

/** The instant a wall-clock time has in a zone (a time skipped by daylight saving moves forward with it). */
export function zonedInstant(date: { y: number; m: number; d: number }, hour: number, timeZone: string): Date {
  const guess = Date.UTC(date.y, date.m - 1, date.d, hour);
  let at = guess - zoneOffsetMs(new Date(guess), timeZone);
  // Once more with the offset at the candidate itself: right on both sides of a change.
  at = guess - zoneOffsetMs(new Date(at), timeZone);
  return new Date(at);
}

/** REMINDER_LOCAL_HOUR on the local day after the one `after` falls on, in the zone. */
export function nextLocalMorning(after: Date, timeZone: string): Date {
  const zone = safeTimeZone(timeZone);
  const w = wallClockIn(after, zone);
  const next = new Date(Date.UTC(w.y, w.m - 1, w.d) + DAY_MS);
  return zonedInstant({ y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() }, REMINDER_LOCAL_HOUR, zone);
}

/**
 * How far past a day's first instant a reminder may still fall and count as written "the day before" the morning it
 * waits for: local dates run backwards only when a clock is set back across midnight, by an hour at most. Generous, as
 * the rows it lets through are decided exactly by nextReminderDue.
 */
export const MORNING_BOUND_SLACK_MS = 3 * 3_600_000;

/**
 * For the tick's SQL prefilter: a reminder that waits for the next local morning after `base` (nextReminderDue's
 * nextLocalMorning of the first reminder's time or the last reminder) can be due at `now` only if `base` is before the
 * returned instant. It is the start of the latest local day whose REMINDER_LOCAL_HOUR has passed at `now` (a base on an
 * earlier day has had its next morning; one on that day waits for tomorrow's), plus MORNING_BOUND_SLACK_MS.
 */
export function nextMorningDueBound(now: Date, timeZone: string): Date {
  const zone = safeTimeZone(timeZone);
  const w = wallClockIn(now, zone);
  const today = { y: w.y, m: w.m, d: w.d };
  const yesterday = new Date(Date.UTC(w.y, w.m - 1, w.d) - DAY_MS);
  const day =
    zonedInstant(today, REMINDER_LOCAL_HOUR, zone).getTime() <= now.getTime()
      ? today
      : { y: yesterday.getUTCFullYear(), m: yesterday.getUTCMonth() + 1, d: yesterday.getUTCDate() };
  return new Date(zonedInstant(day, 0, zone).getTime() + MORNING_BOUND_SLACK_MS);
}

export type ReminderFacts = {
  /** When the interview ends (start + duration). */
  end: Date;
  delayMinutes: number;
  /** Scheduled reminders already written (sent or skipped). */
  sent: number;
  /** When the latest reminder (scheduled or sent with "Remind now") was written; null before the first. */
  lastAt: Date | null;
  timeZone: string;
};

/** When the next scheduled reminder is due, or null when all five have gone. */
export function nextReminderDue(f: ReminderFacts): Date | null {
  if (f.sent >= MAX_REMINDERS) return null;
  const first = new Date(f.end.getTime() + f.delayMinutes * 60_000);
  const before = f.lastAt === null || f.lastAt.getTime() < first.getTime();
  // A "Remind now" before the first one's time does not move it; every later reminder waits for the next morning.
  if (f.sent === 0 && before) return first;
  return nextLocalMorning(before ? first : (f.lastAt as Date), f.timeZone);
}

/** Whether reminder number sent + 1 is due at `now`. */
export function isReminderDue(f: ReminderFacts, now: Date): boolean {
  const due = nextReminderDue(f);
  return due !== null && due.getTime() <= now.getTime();
}
