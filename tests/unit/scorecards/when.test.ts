import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calendarDate, dayKey, groupByDay, relativeTime } from "@/lib/interviews/when";

const MIN = 60_000;
const HOUR = 60 * MIN;

describe("dayKey", () => {
  // 2026-06-01 22:30 UTC is 07:30 on 2 June in Tokyo (UTC+9) and 18:30 on 1 June in New York (UTC-4).
  const now = new Date("2026-06-01T22:30:00Z");
  const cases: [string, string, string, string][] = [
    ["an hour later, UTC", "2026-06-01T23:30:00Z", "UTC", "today"],
    ["two hours later crosses midnight in UTC", "2026-06-02T00:30:00Z", "UTC", "tomorrow"],
    ["two hours later is still today in Tokyo", "2026-06-02T00:30:00Z", "Asia/Tokyo", "today"],
    ["Tokyo's tomorrow starts at 15:00 UTC", "2026-06-02T15:00:00Z", "Asia/Tokyo", "tomorrow"],
    ["New York: the next UTC day is still today", "2026-06-02T03:00:00Z", "America/New_York", "today"],
    ["three days on is later", "2026-06-04T10:00:00Z", "UTC", "later"],
    ["an hour ago, same day", "2026-06-01T21:30:00Z", "UTC", "today"],
    ["yesterday is earlier", "2026-05-31T21:30:00Z", "UTC", "earlier"],
  ];
  it.each(cases)("%s", (_name, at, zone, expected) => {
    expect(dayKey(new Date(at), now, zone)).toBe(expected);
  });
});

describe("groupByDay", () => {
  const now = new Date("2026-06-01T08:00:00Z");
  it("sorts soonest first and orders the groups by day", () => {
    const items = [
      { id: "next-week", scheduledAt: new Date("2026-06-08T09:00:00Z") },
      { id: "tomorrow-late", scheduledAt: new Date("2026-06-02T16:00:00Z") },
      { id: "today-late", scheduledAt: new Date("2026-06-01T17:00:00Z") },
      { id: "tomorrow-early", scheduledAt: new Date("2026-06-02T09:00:00Z") },
      { id: "today-early", scheduledAt: new Date("2026-06-01T09:00:00Z") },
    ];
    const groups = groupByDay(items, now, "UTC").map((g) => [g.title, g.items.map((i) => i.id)]);
    expect(groups).toEqual([
      ["Today", ["today-early", "today-late"]],
      ["Tomorrow", ["tomorrow-early", "tomorrow-late"]],
      ["Later", ["next-week"]],
    ]);
  });

  it("keeps every item exactly once, in ascending order overall", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3 * 24 * 60, max: 10 * 24 * 60 }), { maxLength: 30 }),
        fc.constantFrom("UTC", "Asia/Tokyo", "America/Los_Angeles", "Asia/Kolkata"),
        (offsets, zone) => {
          const items = offsets.map((m, i) => ({ i, scheduledAt: new Date(now.getTime() + m * MIN) }));
          const flat = groupByDay(items, now, zone).flatMap((g) => g.items);
          expect(flat).toHaveLength(items.length);
          expect(new Set(flat.map((x) => x.i)).size).toBe(items.length);
          const times = flat.map((x) => x.scheduledAt.getTime());
          expect(times).toEqual([...times].sort((a, b) => a - b));
        },
      ),
    );
  });
});

describe("relativeTime", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  const cases: [number, string][] = [
    [20_000, "now"],
    [-20_000, "now"],
    [MIN, "in 1 minute"],
    [45 * MIN + 59_000, "in 45 minutes"],
    [HOUR, "in 1 hour"],
    [3 * HOUR + 59 * MIN, "in 3 hours"],
    [26 * HOUR, "in 1 day"],
    [-20 * MIN, "20 minutes ago"],
    [-2 * HOUR, "2 hours ago"],
  ];
  it.each(cases)("%d ms away reads %s", (ms, expected) => {
    expect(relativeTime(new Date(now.getTime() + ms), now)).toBe(expected);
  });
});

describe("calendarDate", () => {
  it("is the zone's own date", () => {
    expect(calendarDate(new Date("2026-06-01T23:30:00Z"), "UTC")).toBe("2026-06-01");
    expect(calendarDate(new Date("2026-06-01T23:30:00Z"), "Asia/Tokyo")).toBe("2026-06-02");
  });
});
