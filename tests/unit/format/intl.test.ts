import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateTimeFormat, formatCount, formatDate, isKnownTimeZone, wallClockIn, zoneOffsetMs } from "@/lib/format/intl";

const OPTION_SETS: Intl.DateTimeFormatOptions[] = [
  { hour: "2-digit", minute: "2-digit" },
  { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
  { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
  { year: "numeric", month: "2-digit", day: "2-digit" },
];
const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham"];
const LOCALES = [undefined, "en-GB", "en-US", "en-CA"];

describe("kept date formatters", () => {
  it("format exactly as toLocaleString does, for any instant, zone, locale and option set", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...OPTION_SETS),
        (date, timeZone, locale, options) => {
          expect(formatDate(date, locale, { ...options, timeZone })).toBe(date.toLocaleString(locale, { ...options, timeZone }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("build one formatter per locale and option set, and a different one when either differs", () => {
    const a = dateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
    expect(dateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })).toBe(a);
    expect(dateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })).not.toBe(a);
    expect(dateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" })).not.toBe(a);
    expect(dateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })).not.toBe(a);
  });

  it("still formats correctly after more distinct keys than it keeps (the cache is emptied, not wedged)", () => {
    // Intl ignores options it does not know, but each spelling is a distinct key to the cache.
    const first = dateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
    for (let i = 0; i < 1_100; i++) dateTimeFormat("en-GB", { timeZone: "UTC", [`unknownOption${i}`]: true });
    const again = dateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
    expect(again).not.toBe(first);
    expect(again.format(new Date("2026-12-04T09:05:00Z"))).toBe("09:05");
  });
});

describe("isKnownTimeZone", () => {
  it.each([
    ["UTC", true],
    ["Europe/Berlin", true],
    ["America/Argentina/Buenos_Aires", true],
    ["Mars/Olympus_Mons", false],
    ["", false],
    ["Europe/Berlin; DROP TABLE users", false],
  ])("%s → %s, and the same on asking again", (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
    expect(isKnownTimeZone(zone)).toBe(known);
  });
});

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [10_609, "10,609"],
    [1_234_567, "1,234,567"],
    [-2500, "-2,500"],
  ])("%d → %s", (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

describe("wallClockIn and zoneOffsetMs", () => {
  const H = 3_600_000;
  it.each([
    ["UTC", "2026-01-15T12:00:00Z", 0, { y: 2026, m: 1, d: 15, h: 12, min: 0, s: 0 }],
    ["Europe/Berlin", "2026-01-15T23:30:15Z", H, { y: 2026, m: 1, d: 16, h: 0, min: 30, s: 15 }],
    ["Europe/Berlin", "2026-07-15T12:00:00Z", 2 * H, { y: 2026, m: 7, d: 15, h: 14, min: 0, s: 0 }],
    ["America/New_York", "2026-03-08T06:59:59Z", -5 * H, { y: 2026, m: 3, d: 8, h: 1, min: 59, s: 59 }],
    ["America/New_York", "2026-03-08T07:00:00Z", -4 * H, { y: 2026, m: 3, d: 8, h: 3, min: 0, s: 0 }],
    ["Asia/Kolkata", "2026-06-01T00:00:00Z", 5.5 * H, { y: 2026, m: 6, d: 1, h: 5, min: 30, s: 0 }],
    ["Pacific/Chatham", "2026-01-01T00:00:00Z", 13.75 * H, { y: 2026, m: 1, d: 1, h: 13, min: 45, s: 0 }],
  ])("%s at %s: offset %d ms", (zone, iso, offset, wall) => {
    expect(zoneOffsetMs(new Date(iso), zone)).toBe(offset);
    expect(zoneOffsetMs(Date.parse(iso), zone)).toBe(offset);
    expect(wallClockIn(new Date(iso), zone)).toEqual(wall);
  });

  it("throws a RangeError for a zone the runtime does not know", () => {
    expect(() => wallClockIn(new Date(), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
