import { eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import {
  MAX_REMINDERS,
  MORNING_BOUND_SLACK_MS,
  REMINDER_WINDOW_MS,
  nextLocalMorning,
  nextMorningDueBound,
  nextReminderDue,
  safeTimeZone,
  zonedInstant,
} from "@/lib/mail/reminder-schedule";
import { findDueReminders } from "@/lib/mail/scorecard-reminders";
import { createSeededDb } from "../helpers/temp-db";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t = (iso: string) => new Date(iso);

describe("nextMorningDueBound: the start of the latest local day whose 9:00 has passed, plus the slack", () => {
  const cases: { name: string; now: string; zone: string; startOfDay: string }[] = [
    { name: "UTC just before nine: yesterday", now: "2026-06-02T08:59:00Z", zone: "UTC", startOfDay: "2026-06-01T00:00:00Z" },
    { name: "UTC at nine: today", now: "2026-06-02T09:00:00Z", zone: "UTC", startOfDay: "2026-06-02T00:00:00Z" },
    { name: "Tokyo at nine (midnight UTC)", now: "2026-06-02T00:00:00Z", zone: "Asia/Tokyo", startOfDay: "2026-06-01T15:00:00Z" },
    { name: "Los Angeles, late evening", now: "2026-06-02T06:00:00Z", zone: "America/Los_Angeles", startOfDay: "2026-06-01T07:00:00Z" },
    { name: "Berlin, the morning of the spring change", now: "2026-03-29T07:00:00Z", zone: "Europe/Berlin", startOfDay: "2026-03-28T23:00:00Z" },
    { name: "Berlin, the morning of the autumn change", now: "2026-10-25T08:00:00Z", zone: "Europe/Berlin", startOfDay: "2026-10-24T22:00:00Z" },
    {
      // Its day starts at 01:00 (04:00 UTC); zonedInstant places the skipped midnight an hour before the change,
      // which only widens the bound (more rows for nextReminderDue to decide, none lost).
      name: "Santiago, whose clocks skip midnight in September",
      now: "2026-09-06T13:00:00Z",
      zone: "America/Santiago",
      startOfDay: "2026-09-06T03:00:00Z",
    },
    { name: "Kolkata, half an hour off the hour", now: "2026-06-02T03:30:00Z", zone: "Asia/Kolkata", startOfDay: "2026-06-01T18:30:00Z" },
    { name: "an unknown zone counts as UTC", now: "2026-06-02T09:00:00Z", zone: "Mars/Olympus", startOfDay: "2026-06-02T00:00:00Z" },
  ];
  it.each(cases)("$name", (c) => {
    expect(nextMorningDueBound(t(c.now), c.zone).toISOString()).toBe(new Date(t(c.startOfDay).getTime() + MORNING_BOUND_SLACK_MS).toISOString());
  });

  it("never rules out a next-morning reminder that is due (every zone Node knows, 2000 to 2040)", () => {
    const zones = ["Mars/Olympus", ...Intl.supportedValuesOf("timeZone")];
    fc.assert(
      fc.property(
        fc.date({ min: t("2000-01-01T00:00:00Z"), max: t("2040-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 3 * DAY }),
        fc.constantFrom(...zones),
        (base, later, zone) => {
          const now = new Date(base.getTime() + later);
          if (nextLocalMorning(base, zone).getTime() <= now.getTime()) expect(base.getTime()).toBeLessThan(nextMorningDueBound(now, zone).getTime());
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

/**
 * The tick's SQL (the first reminder decided there, the later ones cut by each zone's bound) against the rule alone:
 * nextReminderDue run on every interview still waiting for a scorecard, with its reminders counted in JavaScript.
 * Random interviews, reminder histories and zones around the daylight-saving changes of 2026; ticks at random times
 * and at the local midnights and nine o'clocks where a bound could be off by one.
 */
describe("the reminder tick's prefilter keeps every reminder the schedule says is due, and only those", () => {
  const ZONES = [
    "UTC",
    "America/Los_Angeles",
    "Europe/Berlin",
    "Asia/Tokyo",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "America/Santiago",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Mars/Olympus",
    null,
  ] as const;
  const FROM = t("2026-08-25T00:00:00Z").getTime();
  const TO = t("2026-11-10T00:00:00Z").getTime();
  let db: Db;
  let close: () => void;
  const zoneOf = new Map<string, string>();

  function prng(seed: number) {
    let x = seed;
    return () => {
      x = (x * 1664525 + 1013904223) % 4294967296;
      return x / 4294967296;
    };
  }

  /** A time near a local midnight or nine o'clock of the zone (a few minutes either side), or anywhere. */
  function nearEdge(random: () => number, zone: string, from: number, to: number): number {
    const at = from + random() * (to - from);
    const kind = random();
    if (kind < 0.4) return Math.round(at);
    const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: safeTimeZone(zone), year: "numeric", month: "2-digit", day: "2-digit" })
      .format(at)
      .split("-")
      .map(Number) as [number, number, number];
    const day = { y, m, d };
    const edge = zonedInstant(day, kind < 0.7 ? 0 : 9, safeTimeZone(zone)).getTime();
    return edge + Math.round((random() - 0.5) * 20 * 60_000);
  }

  beforeAll(async () => {
    const handle = await createSeededDb();
    db = handle.db;
    close = handle.close;
    const random = prng(7);
    const apps = db
      .select({ id: s.applications.id, roleId: s.applications.roleId })
      .from(s.applications)
      .where(inArray(s.applications.status, ["active", "debrief"]))
      .all();
    const roleIds = [...new Set(apps.map((a) => a.roleId))];
    const delays = [15, 60, 23 * 60, 7 * 24 * 60];
    roleIds.forEach((id, i) =>
      db
        .update(s.roles)
        .set({ reminderDelayMinutes: delays[i % delays.length] })
        .where(eq(s.roles.id, id))
        .run(),
    );
    const stages = db.select({ id: s.planStages.id, roleId: s.planStages.roleId }).from(s.planStages).all();
    db.transaction((tx) => {
      ZONES.forEach((zone, z) => {
        const userId = crypto.randomUUID();
        tx.insert(s.users)
          .values({ id: userId, email: `zone-${z}@levelset.test`, name: `Zone ${z}`, level: "staff" })
          .run();
        if (zone !== null) tx.insert(s.notificationPreferences).values({ userId, timeZone: zone }).run();
        for (let k = 0; k < 40; k++) {
          const app = apps[Math.floor(random() * apps.length)]!;
          const stage = stages.find((st) => st.roleId === app.roleId)!;
          const interviewId = crypto.randomUUID();
          const scheduledAt = nearEdge(random, zone ?? "UTC", FROM, TO);
          tx.insert(s.interviews)
            .values({
              id: interviewId,
              applicationId: app.id,
              stageId: stage.id,
              interviewerId: userId,
              scheduledAt: new Date(scheduledAt),
              durationMinutes: 60,
            })
            .run();
          zoneOf.set(interviewId, zone ?? "UTC");
          // 0 to 5 scheduled reminders, and now and then a "Remind now", at times near the zone's edges.
          const sent = Math.floor(random() * (MAX_REMINDERS + 1));
          const history: { n: number | null; at: number }[] = Array.from({ length: sent }, (_, n) => ({
            n: n + 1,
            at: nearEdge(random, zone ?? "UTC", scheduledAt, scheduledAt + 6 * DAY),
          }));
          if (random() < 0.3) history.push({ n: null, at: nearEdge(random, zone ?? "UTC", scheduledAt, scheduledAt + 3 * DAY) });
          for (const r of history) {
            tx.insert(s.outboxMessages)
              .values({
                kind: "scorecard-reminder",
                interviewId,
                to: `zone-${z}@levelset.test`,
                subject: "Scorecard due",
                text: "-",
                html: "-",
                reminderNumber: r.n,
                dedupeKey: `scorecard-reminder:${interviewId}:${r.n ?? `now:${r.at}`}`,
                createdAt: new Date(r.at),
              })
              .run();
          }
        }
      });
    });
  });
  afterAll(() => close());

  /** The rule alone: every live interview of the window through nextReminderDue, nothing decided in SQL. */
  function dueByTheRuleAlone(now: Date): Map<string, number> {
    const rows = db
      .select({
        id: s.interviews.id,
        scheduledAt: s.interviews.scheduledAt,
        durationMinutes: s.interviews.durationMinutes,
        status: s.interviews.status,
        applicationStatus: s.applications.status,
        delayMinutes: s.roles.reminderDelayMinutes,
        active: s.users.active,
        zone: s.notificationPreferences.timeZone,
        scorecardStatus: s.scorecards.status,
      })
      .from(s.interviews)
      .innerJoin(s.applications, eq(s.applications.id, s.interviews.applicationId))
      .innerJoin(s.roles, eq(s.roles.id, s.applications.roleId))
      .innerJoin(s.users, eq(s.users.id, s.interviews.interviewerId))
      .leftJoin(s.notificationPreferences, eq(s.notificationPreferences.userId, s.users.id))
      .leftJoin(s.scorecards, eq(s.scorecards.interviewId, s.interviews.id))
      .all();
    const reminders = db
      .select({ interviewId: s.outboxMessages.interviewId, number: s.outboxMessages.reminderNumber, at: s.outboxMessages.createdAt })
      .from(s.outboxMessages)
      .where(eq(s.outboxMessages.kind, "scorecard-reminder"))
      .all();
    const due = new Map<string, number>();
    for (const r of rows) {
      const live =
        r.status === "scheduled" &&
        (r.applicationStatus === "active" || r.applicationStatus === "debrief") &&
        r.scorecardStatus !== "submitted" &&
        r.active;
      const inWindow = r.scheduledAt.getTime() >= now.getTime() - REMINDER_WINDOW_MS && r.scheduledAt.getTime() <= now.getTime();
      if (!live || !inWindow) continue;
      const own = reminders.filter((m) => m.interviewId === r.id);
      const sent = own.filter((m) => m.number !== null).length;
      const lastAt = own.length === 0 ? null : new Date(Math.max(...own.map((m) => m.at.getTime())));
      const end = new Date(r.scheduledAt.getTime() + r.durationMinutes * 60_000);
      const next = nextReminderDue({ end, delayMinutes: r.delayMinutes, sent, lastAt, timeZone: safeTimeZone(r.zone) });
      if (next !== null && next.getTime() <= now.getTime()) due.set(r.id, sent + 1);
    }
    return due;
  }

  const dueByTheTick = (now: Date) => new Map(findDueReminders(db, now).map((r) => [r.interviewId, r.number]));

  it("agrees with the rule at random ticks and at every zone's midnights and nine o'clocks", () => {
    const interviewIds = [...zoneOf.keys()];
    let dueSeen = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const random = prng(seed);
        const someInterview = interviewIds[Math.floor(random() * interviewIds.length)]!;
        const now = new Date(nearEdge(random, zoneOf.get(someInterview) ?? "UTC", FROM, TO + 14 * DAY));
        const expected = dueByTheRuleAlone(now);
        dueSeen += expected.size;
        expect(dueByTheTick(now)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
    // The comparison means something only if reminders were due at many of those ticks.
    expect(dueSeen).toBeGreaterThan(150);
  });
});
