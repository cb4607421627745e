import fc from "fast-check";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { applications, interviews, outboxMessages } from "@/db/schema";
import { findDueReminders, remindNow, writeDueReminders } from "@/lib/mail/scorecard-reminders";
import { loadRecruiterTodo } from "@/lib/home/load-recruiter-todo";
import { createSeededDb } from "../helpers/temp-db";
import { people } from "../roles/db-fixtures";

const HOUR = 3_600_000;

/**
 * interviews.reminders_sent and last_reminder_at must always say what the outbox says: migration 0015's triggers keep
 * them, whatever writes outbox_messages, and the reminder tick and the to-do read them instead of the outbox.
 */
describe("the interview's kept reminder figures (migration 0015's triggers)", () => {
  let handle: Awaited<ReturnType<typeof createSeededDb>>;
  beforeAll(async () => {
    handle = await createSeededDb();
  });
  afterAll(() => handle.close());

  /** Every interview whose kept figures differ from a count of its outbox rows made now. */
  const drift = () =>
    handle.sqlite
      .prepare(
        `select i.id, i.reminders_sent, i.last_reminder_at, c.sent, c.last_at from interviews i join (
           select i2.id,
             (select count(*) from outbox_messages o where o.interview_id = i2.id and o.kind = 'scorecard-reminder' and o.reminder_number is not null) as sent,
             (select max(o.created_at) from outbox_messages o where o.interview_id = i2.id and o.kind = 'scorecard-reminder') as last_at
           from interviews i2) c on c.id = i.id
         where i.reminders_sent != c.sent or i.last_reminder_at is not c.last_at`,
      )
      .all();
  const figures = (interviewId: string) =>
    handle.sqlite.prepare("select reminders_sent as sent, last_reminder_at as lastAt from interviews where id = ?").get(interviewId) as {
      sent: number;
      lastAt: number | null;
    };
  const revision = (interviewId: string) =>
    (
      handle.sqlite
        .prepare("select a.panel_revision as r from applications a join interviews i on i.application_id = a.id where i.id = ?")
        .get(interviewId) as { r: number }
    ).r;

  /** Interviews of the demo that are waiting for a scorecard at the seed's clock, ended over an hour before it. */
  const waiting = () =>
    handle.sqlite
      .prepare(
        `select i.id from interviews i join applications a on a.id = i.application_id
         where i.status = 'scheduled' and i.scorecard_submitted = 0 and a.status in ('active', 'debrief')
           and i.scheduled_at + i.duration_minutes * 60000 < ? order by i.scheduled_at`,
      )
      .all(handle.now.getTime() - 2 * HOUR)
      .map((r) => (r as { id: string }).id);

  it("starts at zero on the demo, and follows the tick's reminders and a recruiter's Remind now", () => {
    expect(drift()).toEqual([]);
    const ids = waiting();
    expect(ids.length).toBeGreaterThan(0);
    const before = ids.map(revision);
    const written = writeDueReminders(handle.db, handle.now);
    expect(written).toBeGreaterThan(0);
    expect(drift()).toEqual([]);
    const reminded = ids.filter((id) => figures(id).sent === 1);
    expect(reminded.length).toBe(written);
    for (const id of reminded) expect(figures(id).lastAt).toBe(handle.now.getTime());
    // A reminder is not a change to the panel: the kept recommendation stays valid.
    expect(ids.map(revision)).toEqual(before);
    // The same tick again finds nothing due: the kept figures rule every reminded interview out.
    expect(findDueReminders(handle.db, new Date(handle.now.getTime() + 10_000))).toEqual([]);

    const id = reminded[0]!;
    const recruiter = people(handle.db).rita;
    const later = new Date(handle.now.getTime() + 2 * HOUR);
    remindNow(handle.db, { user: recruiter, interviewId: id, now: later });
    expect(figures(id)).toEqual({ sent: 1, lastAt: later.getTime() });
    // Within the hour the throttle reads the kept time.
    expect(() => remindNow(handle.db, { user: recruiter, interviewId: id, now: new Date(later.getTime() + 60_000) })).toThrow(/was reminded at/);
    // The to-do shows the latest reminder from the same column.
    const todo = loadRecruiterTodo(handle.db, { user: recruiter, now: new Date(later.getTime() + 2 * 24 * HOUR) });
    const row = todo?.overdue.items.find((o) => o.interviewId === id);
    expect(row?.lastReminderAt?.getTime()).toBe(later.getTime());
  });

  it("raises the panel revision for a change to the interview itself, not for its reminder figures", () => {
    const id = waiting()[0]!;
    const r0 = revision(id);
    handle.db.update(interviews).set({ remindersSent: 3, lastReminderAt: new Date() }).where(eq(interviews.id, id)).run();
    expect(revision(id)).toBe(r0);
    handle.db.update(interviews).set({ durationMinutes: 50 }).where(eq(interviews.id, id)).run();
    expect(revision(id)).toBe(r0 + 1);
    // Put the figures back from the outbox (an update of a reminder row recounts its interview).
    handle.sqlite.prepare("update outbox_messages set reminder_number = reminder_number where interview_id = ?").run(id);
    handle.db.update(interviews).set({ remindersSent: 0, lastReminderAt: null }).where(eq(interviews.id, id)).run();
    handle.sqlite.prepare("update outbox_messages set created_at = created_at + 0 where interview_id = ?").run(id);
    expect(drift()).toEqual([]);
  });

  it("stays equal to the outbox over any sequence of inserts, updates and deletes of its rows (property)", () => {
    // Any interviews will do: the triggers do not depend on the interview's state.
    const ids = (handle.sqlite.prepare("select id from interviews order by id limit 3").all() as { id: string }[]).map((r) => r.id);
    const kinds = ["scorecard-reminder", "interview-update"] as const;
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("insert" as const),
        interview: fc.nat(2),
        type: fc.constantFrom(...kinds),
        number: fc.option(fc.integer({ min: 1, max: 5 })),
        at: fc.integer({ min: 0, max: 100 }),
      }),
      fc.record({ kind: fc.constant("retype" as const), pick: fc.nat(), type: fc.constantFrom(...kinds) }),
      fc.record({ kind: fc.constant("move" as const), pick: fc.nat(), interview: fc.nat(2) }),
      fc.record({ kind: fc.constant("renumber" as const), pick: fc.nat(), number: fc.option(fc.integer({ min: 1, max: 5 })) }),
      fc.record({ kind: fc.constant("retime" as const), pick: fc.nat(), at: fc.integer({ min: 0, max: 100 }) }),
      fc.record({ kind: fc.constant("status" as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const { db, sqlite } = handle;
        const mine: string[] = [];
        const at = (minutes: number) => new Date(handle.now.getTime() + minutes * 60_000);
        try {
          for (const o of ops) {
            if (o.kind === "insert") {
              const row = crypto.randomUUID();
              db.insert(outboxMessages)
                .values({
                  id: row,
                  kind: o.type,
                  interviewId: ids[o.interview]!,
                  to: "someone@example.com",
                  subject: "s",
                  text: "t",
                  html: "<p>t</p>",
                  reminderNumber: o.number,
                  createdAt: at(o.at),
                })
                .run();
              mine.push(row);
              continue;
            }
            if (mine.length === 0) continue;
            const picked = mine[o.pick % mine.length]!;
            const where = eq(outboxMessages.id, picked);
            if (o.kind === "retype") db.update(outboxMessages).set({ kind: o.type }).where(where).run();
            else if (o.kind === "move") db.update(outboxMessages).set({ interviewId: ids[o.interview]! }).where(where).run();
            else if (o.kind === "renumber") db.update(outboxMessages).set({ reminderNumber: o.number }).where(where).run();
            else if (o.kind === "retime")
              db.update(outboxMessages)
                .set({ createdAt: at(o.at) })
                .where(where)
                .run();
            else if (o.kind === "status")
              db.update(outboxMessages)
                .set({ status: "sent", sentAt: at(1) })
                .where(where)
                .run();
            else {
              db.delete(outboxMessages).where(where).run();
              mine.splice(mine.indexOf(picked), 1);
            }
            if (drift().length > 0) return false;
          }
          return drift().length === 0;
        } finally {
          for (const row of mine) sqlite.prepare("delete from outbox_messages where id = ?").run(row);
        }
      }),
      { numRuns: 80 },
    );
    expect(drift()).toEqual([]);
  });

  it("follows an erased interview's outbox and a deleted interview", () => {
    const id = waiting()[1]!;
    handle.sqlite.prepare("delete from outbox_messages where interview_id = ?").run(id);
    expect(figures(id)).toEqual({ sent: 0, lastAt: null });
    const app = handle.db.select({ id: interviews.applicationId }).from(interviews).where(eq(interviews.id, id)).get()!;
    handle.db.delete(applications).where(eq(applications.id, app.id)).run();
    expect(drift()).toEqual([]);
  });

  it("lets the tick read the waiting interviews without a probe of the outbox", () => {
    const statements: string[] = [];
    const { db, sqlite } = openDatabase(handle.file, { logger: { logQuery: (query) => void statements.push(query) } });
    try {
      findDueReminders(db, handle.now);
      const tick = statements.find((s) => s.includes("reminders_sent"));
      expect(tick).toBeDefined();
      expect(tick).not.toContain("outbox_messages");
      const params = Array.from(tick!.matchAll(/\?/g), () => 0);
      const plan = (sqlite.prepare(`explain query plan ${tick}`).all(...params) as { detail: string }[]).map((p) => p.detail).join("\n");
      expect(plan).toContain("interviews_awaiting_scorecard_idx");
      expect(plan).not.toMatch(/outbox_messages/);
    } finally {
      sqlite.close();
    }
  });
});
