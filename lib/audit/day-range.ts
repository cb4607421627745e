/**
 * Audit filter dates: a From and a To day as a person picks them (YYYY-MM-DD, in their own time zone), turned into
 * the instants the query compares with: From's midnight, and the midnight after To, in that zone. Pure.
 */

import { dateTimeFormat, isKnownTimeZone, zoneOffsetMs } from "@/lib/format/intl";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real IANA zone the runtime knows, or null. */
export function validTimeZone(zone: string | undefined): string | null {
  if (!zone || zone.length > 64) return null;
  return isKnownTimeZone(zone) ? zone : null;
}

/** A calendar day, checked: 2026-02-30 is not one. */
export function parseDay(value: string): { y: number; m: number; d: number } | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1970 || y > 9999) return null;
  return { y, m, d };
}

/** The instant a calendar day starts in `zone` (midnight there; on a day whose midnight is skipped, the first hour that exists). */
export function startOfDayIn(day: { y: number; m: number; d: number }, zone: string): Date {
  const wall = Date.UTC(day.y, day.m - 1, day.d);
  const want = `${day.y}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`;
  const dateIn = (ms: number) => dateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(ms));
  // Two guesses, from the offset at the wall time and at the first guess: across a daylight-saving change one of
  // them is midnight, or, where midnight is skipped, the first moment of the day. The earliest on the day wins.
  const first = wall - zoneOffsetMs(wall, zone);
  const second = wall - zoneOffsetMs(first, zone);
  const onTheDay = [first, second].filter((ms) => dateIn(ms) === want).sort((a, b) => a - b);
  return new Date(onTheDay[0] ?? first);
}

export type DayRange = { from?: Date; until?: Date };

/**
 * From and To as instants: from = the start of From's day, until = the start of the day after To (exclusive).
 * Each problem is a sentence for the field it belongs to.
 */
export function dayRange(
  input: { from?: string; to?: string },
  zone: string,
): { ok: true; range: DayRange } | { ok: false; errors: { from?: string; to?: string } } {
  const errors: { from?: string; to?: string } = {};
  const from = input.from ? parseDay(input.from) : undefined;
  const to = input.to ? parseDay(input.to) : undefined;
  if (from === null) errors.from = "Enter the From date as a calendar day, such as 2026-03-01.";
  if (to === null) errors.to = "Enter the To date as a calendar day, such as 2026-03-31.";
  if (errors.from || errors.to) return { ok: false, errors };
  const range: DayRange = {};
  if (from) range.from = startOfDayIn(from, zone);
  if (to) {
    const next = new Date(Date.UTC(to.y, to.m - 1, to.d + 1));
    range.until = startOfDayIn({ y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() }, zone);
  }
  if (range.from && range.until && range.from >= range.until) {
    return { ok: false, errors: { to: "The To date is before the From date; pick a To date on or after it." } };
  }
  return { ok: true, range };
}
