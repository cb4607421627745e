import { dateTimeFormat } from "@/lib/format/intl";

/**
 * When an interview is, in words a person reads at a glance: which day it falls on in the reader's own time zone
 * (today, tomorrow, later) and how far away it is ("in 40 minutes", "in 3 hours"). Pure: the caller passes the
 * clock and the zone, so the same code runs on the server (UTC) and in the browser (the reader's zone).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type DayKey = "today" | "tomorrow" | "later" | "earlier";

export const DAY_TITLES: Record<DayKey, string> = {
  earlier: "Earlier",
  today: "Today",
  tomorrow: "Tomorrow",
  later: "Later",
};

/** The calendar date (YYYY-MM-DD) of a moment in a time zone. */
export function calendarDate(at: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD, which sorts and compares as text.
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** Whole calendar days from one YYYY-MM-DD to another (positive when `to` is later). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Which day group a moment falls in, seen from `now` in `timeZone`. */
export function dayKey(at: Date, now: Date, timeZone: string): DayKey {
  const days = daysBetween(calendarDate(now, timeZone), calendarDate(at, timeZone));
  if (days < 0) return "earlier";
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  return "later";
}

/** Items grouped by day, soonest first inside each group and groups in calendar order; empty groups are left out. */
export function groupByDay<T extends { scheduledAt: Date }>(items: T[], now: Date, timeZone: string): { key: DayKey; title: string; items: T[] }[] {
  const order: DayKey[] = ["earlier", "today", "tomorrow", "later"];
  const sorted = [...items].sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  const keyed = sorted.map((item) => ({ item, key: dayKey(item.scheduledAt, now, timeZone) }));
  return order
    .map((key) => ({ key, title: DAY_TITLES[key], items: keyed.filter((k) => k.key === key).map((k) => k.item) }))
    .filter((g) => g.items.length > 0);
}

function count(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** "in 5 minutes", "in 3 hours", "in 2 days", "now", "20 minutes ago": rounded down so it never promises more time than there is. */
export function relativeTime(at: Date, now: Date): string {
  const ms = at.getTime() - now.getTime();
  const abs = Math.abs(ms);
  if (abs < MINUTE) return "now";
  let text: string;
  if (abs < HOUR) text = count(Math.floor(abs / MINUTE), "minute");
  else if (abs < DAY) text = count(Math.floor(abs / HOUR), "hour");
  else text = count(Math.floor(abs / DAY), "day");
  return ms > 0 ? `in ${text}` : `${text} ago`;
}

/** What a day list shows of one interview: plain strings, so it crosses from a server page to a client component. */
export type DayListInterview<S extends string = string> = {
  id: string;
  scheduledAt: string;
  candidateName: string;
  stageName: string;
  roleTitle: string;
  state: S;
};

export function toDayListInterview<S extends string>(i: {
  id: string;
  scheduledAt: Date;
  candidateName: string;
  stageName: string;
  roleTitle: string;
  state: S;
}): DayListInterview<S> {
  return {
    id: i.id,
    scheduledAt: i.scheduledAt.toISOString(),
    candidateName: i.candidateName,
    stageName: i.stageName,
    roleTitle: i.roleTitle,
    state: i.state,
  };
}
