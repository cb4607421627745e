import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { markInterviewNotHeld } from "@/lib/interviews/mark-not-held";
import { saveNotificationSettings } from "@/lib/mail/notification-preferences";
import { MAX_REMINDERS, isReminderDue, nextReminderDue } from "@/lib/mail/reminder-schedule";
import { remindNow, writeDueReminders } from "@/lib/mail/scorecard-reminders";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { createSeededDb } from "../helpers/temp-db";
import { applicationId, people, roleId, stagesOf } from "../roles/db-fixtures";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t = (iso: string) => new Date(iso);

describe("when the next scorecard reminder is due (a fake clock passed in)", () => {
  const end = t("2026-06-01T10:00:00Z");
  const cases: { name: string; end?: string; sent: number; lastAt: string | null; zone: string; now: string; due: boolean; next: string | null }[] = [
    {
      name: "before the delay has passed",
      sent: 0,
      lastAt: null,
      zone: "UTC",
      now: "2026-06-01T10:59:00Z",
      due: false,
      next: "2026-06-01T11:00:00.000Z",
    },
    { name: "exactly at end + delay", sent: 0, lastAt: null, zone: "UTC", now: "2026-06-01T11:00:00Z", due: true, next: "2026-06-01T11:00:00.000Z" },
    {
      name: "second one waits for the next morning (UTC)",
      sent: 1,
      lastAt: "2026-06-01T11:00:00Z",
      zone: "UTC",
      now: "2026-06-01T23:00:00Z",
      due: false,
      next: "2026-06-02T09:00:00.000Z",
    },
    {
      name: "next morning in Los Angeles",
      sent: 1,
      lastAt: "2026-06-01T11:00:00Z",
      zone: "America/Los_Angeles",
      now: "2026-06-02T16:00:00Z",
      due: true,
      next: "2026-06-02T16:00:00.000Z",
    },
    {
      name: "next morning in Tokyo",
      sent: 1,
      lastAt: "2026-06-01T11:00:00Z",
      zone: "Asia/Tokyo",
      now: "2026-06-01T23:59:00Z",
      due: false,
      next: "2026-06-02T00:00:00.000Z",
    },
    {
      name: "across the spring change in Berlin",
      end: "2026-03-26T10:00:00Z",
      sent: 2,
      lastAt: "2026-03-28T12:00:00Z",
      zone: "Europe/Berlin",
      now: "2026-03-29T07:00:00Z",
      due: true,
      next: "2026-03-29T07:00:00.000Z",
    },
    {
      name: "an unknown zone counts as UTC",
      sent: 1,
      lastAt: "2026-06-01T11:00:00Z",
      zone: "Mars/Olympus",
      now: "2026-06-02T09:00:00Z",
      due: true,
      next: "2026-06-02T09:00:00.000Z",
    },
    {
      name: "a Remind now before the first keeps the first",
      sent: 0,
      lastAt: "2026-06-01T10:30:00Z",
      zone: "UTC",
      now: "2026-06-01T11:00:00Z",
      due: true,
      next: "2026-06-01T11:00:00.000Z",
    },
    {
      name: "a Remind now after the first time moves it to the morning",
      sent: 0,
      lastAt: "2026-06-01T12:00:00Z",
      zone: "UTC",
      now: "2026-06-01T13:00:00Z",
      due: false,
      next: "2026-06-02T09:00:00.000Z",
    },
    {
      name: "after five, never again",
      sent: MAX_REMINDERS,
      lastAt: "2026-06-05T09:00:00Z",
      zone: "UTC",
      now: "2026-07-01T00:00:00Z",
      due: false,
      next: null,
    },
  ];
  it.each(cases)("$name", (c) => {
    const facts = { end: c.end ? t(c.end) : end, delayMinutes: 60, sent: c.sent, lastAt: c.lastAt ? t(c.lastAt) : null, timeZone: c.zone };
    expect(nextReminderDue(facts)?.toISOString() ?? null).toBe(c.next);
    expect(isReminderDue(facts, t(c.now))).toBe(c.due);
  });
});

describe("unsubscribe tokens", () => {
  const secret = "a-secret-of-at-least-thirty-two-characters";
  it("name one person and one kind, and refuse anything edited or signed with another secret", () => {
    const token = signUnsubscribeToken(secret, "user-1", "reminders");
    expect(verifyUnsubscribeToken(secret, token)).toEqual({ userId: "user-1", kind: "reminders" });
    expect(verifyUnsubscribeToken(secret, token.replace("reminders", "debriefs"))).toBeNull();
    expect(verifyUnsubscribeToken(secret, token.replace("user-1", "user-2"))).toBeNull();
    expect(verifyUnsubscribeToken("another-secret-of-thirty-two-characters!", token)).toBeNull();
    expect(verifyUnsubscribeToken(secret, "garbage")).toBeNull();
  });
});

describe("the reminder tick on a real database", () => {
  let db: Db;
  let close: () => void;
  let now: Date;
  let interviewId: string;
  let who: ReturnType<typeof people>;
  const reminders = () =>
    db
      .select()
      .from(s.outboxMessages)
      .where(and(eq(s.outboxMessages.interviewId, interviewId), eq(s.outboxMessages.kind, "scorecard-reminder")))
      .orderBy(s.outboxMessages.createdAt)
      .all();
  const addPastInterview = (candidateName: string, interviewer: string, startsAt: Date) => {
    const app = applicationId(db, candidateName);
    const stage = stagesOf(db, roleId(db, "Backend Engineer, Payments"))[0]!;
    const id = crypto.randomUUID();
    db.insert(s.interviews)
      .values({ id, applicationId: app, stageId: stage.id, interviewerId: interviewer, scheduledAt: startsAt, durationMinutes: 60 })
      .run();
    return id;
  };

  beforeAll(async () => {
    process.env.AUTH_SECRET ??= "unit-test-secret-that-is-long-enough-0123";
    const handle = await createSeededDb();
    db = handle.db;
    close = handle.close;
    now = handle.now;
    who = people(db);
    // Keep the demo's own past interviews out of the way: only ours is counted below.
    interviewId = addPastInterview("Farid Rahimi", who.omar.id, new Date(now.getTime() + 10 * DAY));
  });
  afterAll(() => close());

  it("writes the first reminder after the delay, once per morning after, at most five, each once however often it ticks", () => {
    const start = new Date(now.getTime() + 10 * DAY);
    const end = new Date(start.getTime() + HOUR);
    writeDueReminders(db, new Date(end.getTime() + 59 * 60_000));
    expect(reminders()).toHaveLength(0);
    const first = new Date(end.getTime() + HOUR);
    writeDueReminders(db, first);
    writeDueReminders(db, first);
    writeDueReminders(db, new Date(first.getTime() + 60_000));
    expect(reminders().map((r) => [r.reminderNumber, r.status, r.to])).toEqual([[1, "pending", "omar@levelset.test"]]);
    const row = reminders()[0]!;
    expect(row.subject).toContain("Scorecard due");
    expect(row.headers["List-Unsubscribe"]).toMatch(/<http:\/\/localhost:3000\/api\/unsubscribe\/[^>]+>/);
    expect(row.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(row.text).toContain(`/interviews/${interviewId}`);
    for (let day = 1; day <= 10; day++) {
      const tick = new Date(first.getTime() + day * DAY);
      writeDueReminders(db, tick);
      writeDueReminders(db, tick);
    }
    expect(reminders().map((r) => r.reminderNumber)).toEqual([1, 2, 3, 4, 5]);
    // Daily ones at 9:00 UTC (Omar has no zone saved).
    expect(
      reminders()
        .slice(1)
        .every((r) => r.createdAt.getUTCHours() >= 9),
    ).toBe(true);
  });

  it("stops once the interview is marked as not held, and writes a skipped row for someone who turned reminders off", () => {
    const start = new Date(now.getTime() + 20 * DAY);
    const a = addPastInterview("Farid Rahimi", who.lee.id, start);
    const firstDue = new Date(start.getTime() + 2 * HOUR);
    writeDueReminders(db, firstDue);
    markInterviewNotHeld(db, { user: who.rita, interviewId: a, reason: "The candidate did not join.", now: firstDue });
    writeDueReminders(db, new Date(firstDue.getTime() + 2 * DAY));
    const rows = db.select().from(s.outboxMessages).where(eq(s.outboxMessages.interviewId, a)).all();
    expect(rows.filter((r) => r.kind === "scorecard-reminder")).toHaveLength(1);

    saveNotificationSettings(db, { userId: who.sam.id, input: { interviews: true, reminders: false, debriefs: true, timeZone: "Europe/Berlin" } });
    const b = addPastInterview("Farid Rahimi", who.sam.id, new Date(now.getTime() + 30 * DAY));
    writeDueReminders(db, new Date(now.getTime() + 30 * DAY + 2 * HOUR));
    const skipped = db.select().from(s.outboxMessages).where(eq(s.outboxMessages.interviewId, b)).all();
    expect(skipped.map((r) => r.status)).toEqual(["skipped"]);
    expect(skipped[0]!.lastError).toContain("turned scorecard reminders off");
  });

  it("Remind now writes one at once for an ended interview on the recruiter's role, then refuses within the hour", () => {
    const start = new Date(now.getTime() + 40 * DAY);
    const c = addPastInterview("Farid Rahimi", who.maya.id, start);
    const at = new Date(start.getTime() + 30 * HOUR);
    expect(() => remindNow(db, { user: who.rita, interviewId: c, now: new Date(start.getTime() + 30 * 60_000) })).toThrow(/ends at/);
    expect(remindNow(db, { user: who.rita, interviewId: c, now: at })).toEqual({ interviewerName: "Maya Cohen", outcome: "written" });
    expect(() => remindNow(db, { user: who.rita, interviewId: c, now: new Date(at.getTime() + 10 * 60_000) })).toThrow(/You can send another/);
    expect(() => remindNow(db, { user: who.priya, interviewId: c, now: new Date(at.getTime() + 2 * HOUR) })).toThrow();
    const rows = db
      .select()
      .from(s.outboxMessages)
      .where(and(eq(s.outboxMessages.interviewId, c), eq(s.outboxMessages.kind, "scorecard-reminder")))
      .all();
    expect(rows.map((r) => r.reminderNumber)).toEqual([null]);
  });
});
