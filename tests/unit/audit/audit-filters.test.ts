import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { auditEvents } from "@/db/schema";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "@/lib/audit/action-labels";
import { auditQueryString, readAuditFilters } from "@/lib/audit/audit-filters";
import { dayRange, parseDay, startOfDayIn, validTimeZone } from "@/lib/audit/day-range";
import { allAuditEvents, listAuditActions, listAuditEvents } from "@/lib/audit/list-audit-events";
import { createTempDb } from "../helpers/temp-db";

describe("startOfDayIn", () => {
  const cases: [string, string, string][] = [
    ["2026-03-10", "UTC", "2026-03-10T00:00:00.000Z"],
    ["2026-03-10", "Asia/Tokyo", "2026-03-09T15:00:00.000Z"],
    ["2026-07-01", "America/New_York", "2026-07-01T04:00:00.000Z"],
    ["2026-01-01", "America/New_York", "2026-01-01T05:00:00.000Z"],
    // New Zealand's summer time ends on 5 April 2026 (UTC+13 before, +12 after): midnight is still +13.
    ["2026-04-05", "Pacific/Auckland", "2026-04-04T11:00:00.000Z"],
    ["2026-04-06", "Pacific/Auckland", "2026-04-05T12:00:00.000Z"],
    ["2026-03-08", "America/New_York", "2026-03-08T05:00:00.000Z"],
    ["2026-03-09", "America/New_York", "2026-03-09T04:00:00.000Z"],
    ["2026-06-15", "Asia/Kolkata", "2026-06-14T18:30:00.000Z"],
    // Brazil's summer time began at midnight on 20 October 1991: 00:00 never happened, the day began at 01:00 (-02).
    ["1991-10-20", "America/Sao_Paulo", "1991-10-20T03:00:00.000Z"],
  ];
  it.each(cases)("%s starts at midnight in %s", (day, zone, expected) => {
    const parsed = parseDay(day);
    expect(parsed).not.toBeNull();
    expect(startOfDayIn(parsed!, zone).toISOString()).toBe(expected);
  });

  it("is midnight in the zone, for any day and zone", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }),
        fc.constantFrom("UTC", "Europe/London", "America/Los_Angeles", "Australia/Sydney", "Asia/Kathmandu", "America/Sao_Paulo"),
        (date, zone) => {
          const day = { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
          const start = startOfDayIn(day, zone);
          const shown = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(start);
          expect(shown).toBe(`${day.y}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`);
          // One minute earlier is the day before.
          const before = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
            new Date(start.getTime() - 60_000),
          );
          expect(before < shown).toBe(true);
        },
      ),
    );
  });
});

describe("parseDay and dayRange", () => {
  it.each(["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "yesterday", "2026-01-01T00:00"])("refuses %s", (value) => {
    expect(parseDay(value)).toBeNull();
  });

  it("makes To inclusive: until is the midnight after it", () => {
    const result = dayRange({ from: "2026-03-01", to: "2026-03-31" }, "Asia/Tokyo");
    expect(result).toEqual({ ok: true, range: { from: new Date("2026-02-28T15:00:00Z"), until: new Date("2026-03-31T15:00:00Z") } });
  });

  it("allows one side alone and a single day", () => {
    expect(dayRange({ from: "2026-03-01" }, "UTC")).toEqual({ ok: true, range: { from: new Date("2026-03-01T00:00:00Z") } });
    expect(dayRange({ to: "2026-03-01" }, "UTC")).toEqual({ ok: true, range: { until: new Date("2026-03-02T00:00:00Z") } });
    expect(dayRange({ from: "2026-03-01", to: "2026-03-01" }, "UTC").ok).toBe(true);
  });

  it("says which field is wrong, in a sentence", () => {
    const badDay = dayRange({ from: "2026-02-30" }, "UTC");
    expect(badDay.ok).toBe(false);
    if (!badDay.ok) expect(badDay.errors.from).toMatch(/From date/);
    const backwards = dayRange({ from: "2026-03-10", to: "2026-03-01" }, "UTC");
    expect(backwards.ok).toBe(false);
    if (!backwards.ok) expect(backwards.errors.to).toMatch(/before the From date/);
  });

  it("knows real zones only", () => {
    expect(validTimeZone("Europe/Paris")).toBe("Europe/Paris");
    expect(validTimeZone("Mars/Olympus")).toBeNull();
    expect(validTimeZone(undefined)).toBeNull();
  });
});

describe("readAuditFilters and auditQueryString", () => {
  it("reads, trims and falls back to UTC for an unknown zone", () => {
    const read = readAuditFilters({ action: " role.created ", q: "", from: "2026-03-01", tz: "Nowhere/Else", extra: "x" });
    expect(read.params).toEqual({ action: "role.created", q: undefined, from: "2026-03-01", to: undefined, tz: "Nowhere/Else" });
    expect(read.zone).toBe("UTC");
    expect(read.range).toEqual({ from: new Date("2026-03-01T00:00:00Z") });
  });

  it("round-trips through a query string, leaving out empty values", () => {
    const params = { action: "role.created", q: "Ana & Bo", from: "2026-03-01", tz: "Asia/Tokyo" };
    const qs = auditQueryString(params, { before: "123_abc" });
    expect(qs).not.toContain("to=");
    const back = readAuditFilters(new URLSearchParams(qs));
    expect(back.params).toEqual({ ...params, to: undefined });
    expect(new URLSearchParams(qs).get("before")).toBe("123_abc");
  });
});

describe("auditActionLabel", () => {
  it("names every action the code records", () => {
    for (const [key, label] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(auditActionLabel(key)).toBe(label);
      expect(label).not.toMatch(/[._]/);
    }
  });
  it("turns an unknown key into words", () => {
    expect(auditActionLabel("widget.re-sized")).toBe("Widget re sized");
  });
});

describe("listAuditEvents by day range, and allAuditEvents", () => {
  const handle = createTempDb();
  const base = new Date("2026-03-10T00:00:00Z").getTime();
  beforeAll(() => {
    for (let i = 0; i < 1234; i++) {
      handle.db
        .insert(auditEvents)
        .values({
          at: new Date(base + i * 3_600_000),
          action: i % 2 ? "role.updated" : "role.created",
          entityType: "role",
          entityId: `r${i}`,
          summary: `Event ${i}`,
        })
        .run();
    }
  });
  afterAll(() => handle.close());

  it("keeps events from From's midnight up to, not including, the midnight after To", () => {
    const { range } = readAuditFilters({ from: "2026-03-11", to: "2026-03-11", tz: "UTC" });
    const { events } = listAuditEvents(handle.db, range, 100);
    expect(events.map((e) => e.summary)).toEqual(Array.from({ length: 24 }, (_, k) => `Event ${47 - k}`));
  });

  it("reads every matching event once, newest first, across its internal pages", () => {
    const all = [...allAuditEvents(handle.db, { action: "role.created" }, 100)];
    expect(all).toHaveLength(617);
    expect(new Set(all.map((e) => e.id)).size).toBe(617);
    const times = all.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe("listAuditActions", () => {
  const handle = createTempDb();
  afterAll(() => handle.close());
  const distinct = () =>
    (handle.sqlite.prepare("select distinct action from audit_events order by action").all() as { action: string }[]).map((r) => r.action);

  it("lists each action the log holds once, in order, as a DISTINCT would, for any log", () => {
    expect(listAuditActions(handle.db)).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("role.created", "role.updated", "a", "z.last", "scorecard.submitted", "Role.Created"), { maxLength: 30 }),
        (actions) => {
          handle.sqlite.prepare("delete from audit_events").run();
          for (const [i, action] of actions.entries())
            handle.db
              .insert(auditEvents)
              .values({ at: new Date(i), action, entityType: "role", entityId: `r${i}`, summary: "x" })
              .run();
          expect(listAuditActions(handle.db)).toEqual(distinct());
        },
      ),
      { numRuns: 40 },
    );
  });

  it("skips along the action index instead of walking every event", () => {
    const plan = handle.sqlite.prepare("explain query plan select min(e.action) from audit_events e where e.action > ?").all("a") as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join("\n")).toContain("audit_events_action_idx");
  });
});
