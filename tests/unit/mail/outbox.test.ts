import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { deliverOutbox, messageIdOf, type MailTransport } from "@/lib/mail/deliver-outbox";
import { interviewUid } from "@/lib/mail/interview-calendar";
import { CLAIM_MS, MAX_ATTEMPTS, claimDueMessages, recordFailure, retryDelayMs } from "@/lib/mail/outbox-queue";
import { acquireLease, releaseLease } from "@/lib/mail/sender-lease";
import { createSeededDb } from "../helpers/temp-db";
import { applicationId, domainError, people, roleId, stagesOf } from "../roles/db-fixtures";
import { icsField } from "./ics-fields";

let db: Db;
let close: () => void;
let now: Date;
let who: ReturnType<typeof people>;
let stages: ReturnType<typeof stagesOf>;
let farid: string;
const HOUR = 3600_000;
const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString();
const messagesOf = (interviewId: string) =>
  db.select().from(s.outboxMessages).where(eq(s.outboxMessages.interviewId, interviewId)).orderBy(s.outboxMessages.icsSequence).all();
const clearOutbox = () => db.delete(s.outboxMessages).where(eq(s.outboxMessages.id, s.outboxMessages.id)).run();

beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  close = handle.close;
  now = handle.now;
  who = people(db);
  farid = applicationId(db, "Farid Rahimi");
  stages = stagesOf(db, roleId(db, "Backend Engineer, Payments"));
});
afterAll(() => close());

describe("the demo's outbox", () => {
  it("holds the invitation each seeded interview implies, kept and never to be sent", () => {
    const rows = db.select().from(s.outboxMessages).all();
    const interviews = db.select({ id: s.interviews.id }).from(s.interviews).all();
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.interviewId))).toEqual(new Set(interviews.map((i) => i.id)));
    expect(rows.every((r) => r.status === "kept" && r.kind === "interview-invitation")).toBe(true);
    expect(claimDueMessages(db, { now: new Date(now.getTime() + 365 * 24 * HOUR) })).toEqual([]);
  });
});

describe("enqueueing with the change", () => {
  it("schedule, reschedule and cancel each write the interviewer one message: same UID, rising SEQUENCE, REQUEST then CANCEL", () => {
    const { interviewId } = scheduleInterview(db, {
      user: who.rita,
      now,
      applicationId: farid,
      stageId: stages[0]!.id,
      interviewerId: who.maya.id,
      scheduledAt: at(30),
    });
    rescheduleInterview(db, { user: who.rita, now, interviewId, scheduledAt: at(54) });
    cancelInterview(db, { user: who.rita, interviewId });
    const rows = messagesOf(interviewId);
    expect(rows.map((r) => [r.kind, r.icsMethod, r.icsSequence, r.status, r.to])).toEqual([
      ["interview-invitation", "REQUEST", 0, "pending", "maya@levelset.test"],
      ["interview-update", "REQUEST", 1, "pending", "maya@levelset.test"],
      ["interview-cancellation", "CANCEL", 2, "pending", "maya@levelset.test"],
    ]);
    for (const row of rows) {
      expect(icsField(row.ics!, "UID")).toBe(interviewUid(interviewId));
      expect(icsField(row.ics!, "METHOD")).toBe(row.icsMethod);
      expect(icsField(row.ics!, "SEQUENCE")).toBe(String(row.icsSequence));
      expect(row.headers["List-Unsubscribe"]).toMatch(/^<mailto:.+>$/);
      expect(row.text).toContain("Farid Rahimi");
    }
    const kit = `http://localhost:3000/interviews/${interviewId}`;
    expect(rows[0]!.text).toContain(kit);
    expect(icsField(rows[0]!.ics!, "DESCRIPTION")).toContain(kit);
    expect(icsField(rows[0]!.ics!, "DTSTART")).toBe(
      at(30)
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, ""),
    );
    expect(icsField(rows[1]!.ics!, "DTSTART")).toBe(
      at(54)
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, ""),
    );
    expect(icsField(rows[0]!.ics!, "ORGANIZER")?.toLowerCase()).toBe(`mailto:${who.rita.email}`);
  });

  it("a refused change writes no message (same transaction)", () => {
    const before = db.select().from(s.outboxMessages).all().length;
    domainError(() =>
      scheduleInterview(db, { user: who.rita, now, applicationId: farid, stageId: stages[0]!.id, interviewerId: who.maya.id, scheduledAt: at(-2) }),
    );
    domainError(() =>
      scheduleInterview(db, { user: who.maya, now, applicationId: farid, stageId: stages[0]!.id, interviewerId: who.maya.id, scheduledAt: at(80) }),
    );
    expect(db.select().from(s.outboxMessages).all()).toHaveLength(before);
  });
});

/** A transport that records what it was handed, answering like an SMTP server; `refuse` makes it throw nodemailer's error shape. */
function recordingTransport(refuse?: { responseCode?: number; response?: string; code?: string; message: string }) {
  const sent: Parameters<MailTransport["sendMail"]>[0][] = [];
  const transport: MailTransport = {
    sendMail: (message) => {
      if (refuse) return Promise.reject(Object.assign(new Error(refuse.message), refuse));
      sent.push(message);
      return Promise.resolve({ response: "250 2.0.0 OK queued" });
    },
  };
  return { sent, transport };
}

function scheduleOne(hours: number) {
  return scheduleInterview(db, {
    user: who.rita,
    now,
    applicationId: farid,
    stageId: stages[1]!.id,
    interviewerId: who.sam.id,
    scheduledAt: at(hours),
  }).interviewId;
}

describe("claiming and sending", () => {
  it("claims a due message once: a second claim, even at the same moment, gets nothing until the claim runs out", () => {
    clearOutbox();
    scheduleOne(100);
    const first = claimDueMessages(db, { now });
    expect(first).toHaveLength(1);
    expect(first[0]!.attempts).toBe(1);
    expect(claimDueMessages(db, { now })).toEqual([]);
    expect(claimDueMessages(db, { now: new Date(now.getTime() + CLAIM_MS - 1) })).toEqual([]);
    // The sender that claimed it died: after the claim, another may try, with the attempt counted.
    const again = claimDueMessages(db, { now: new Date(now.getTime() + CLAIM_MS + 1) });
    expect(again.map((m) => [m.id, m.attempts])).toEqual([[first[0]!.id, 2]]);
  });

  it("sends each due message once with a stable Message-ID and the calendar part; records the SMTP answer", async () => {
    clearOutbox();
    const interviewId = scheduleOne(130);
    const { sent, transport } = recordingTransport();
    const mail = { transport, from: "Levelset <levelset@example.com>" };
    const round = await deliverOutbox(db, { holder: "a", mail, clock: () => now });
    expect(round).toMatchObject({ leaseHeld: true, sent: 1, failed: 0 });
    await deliverOutbox(db, { holder: "a", mail, clock: () => new Date(now.getTime() + 60_000) });
    expect(sent).toHaveLength(1);
    const [row] = messagesOf(interviewId);
    expect(row).toMatchObject({ status: "sent", smtpResponse: "250 2.0.0 OK queued", attempts: 1 });
    expect(sent[0]).toMatchObject({ to: "sam@levelset.test", from: mail.from, messageId: messageIdOf(row!.id), subject: row!.subject });
    expect(sent[0]!.icalEvent).toMatchObject({ method: "REQUEST", content: row!.ics });
    expect(sent[0]!.headers["List-Unsubscribe"]).toBe(row!.headers["List-Unsubscribe"]);
  });

  it("a 5xx answer fails the message for good with the answer kept; a passing failure is retried later with backoff", async () => {
    clearOutbox();
    const interviewId = scheduleOne(160);
    const refused = recordingTransport({ responseCode: 550, response: "550 5.1.1 <sam@levelset.test>: no such user", message: "Can't send mail" });
    await deliverOutbox(db, { holder: "a", mail: { transport: refused.transport, from: "x@example.com" }, clock: () => now });
    expect(messagesOf(interviewId)[0]).toMatchObject({ status: "failed", lastError: "550 5.1.1 <sam@levelset.test>: no such user" });

    clearOutbox();
    const later = scheduleOne(190);
    const down = recordingTransport({ code: "ECONNECTION", message: "connect ECONNREFUSED 127.0.0.1:2525" });
    await deliverOutbox(db, { holder: "a", mail: { transport: down.transport, from: "x@example.com" }, clock: () => now });
    const waiting = messagesOf(later)[0]!;
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, lastError: "connect ECONNREFUSED 127.0.0.1:2525" });
    expect(waiting.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    // Not due yet: nothing is tried.
    expect(claimDueMessages(db, { now: new Date(now.getTime() + retryDelayMs(1) - 1) })).toEqual([]);
    // The last allowed attempt gives up.
    const row = claimDueMessages(db, { now: waiting.nextAttemptAt })[0]!;
    expect(recordFailure(db, { id: row.id, attempts: MAX_ATTEMPTS, error: "421 try later", permanent: false, now })).toBe("failed");
    expect(retryDelayMs(1)).toBeLessThan(retryDelayMs(2));
    expect(retryDelayMs(50)).toBe(60 * 60_000);
  });

  it("without a mail server nothing is sent: every waiting message is marked kept in the outbox", async () => {
    clearOutbox();
    const interviewId = scheduleOne(220);
    const round = await deliverOutbox(db, { holder: "a", mail: null, clock: () => now });
    expect(round).toMatchObject({ leaseHeld: true, kept: 1 });
    expect(messagesOf(interviewId)[0]).toMatchObject({ status: "kept", attempts: 0 });
  });
});

describe("the sender lease", () => {
  it("one holder at a time; another takes over only once it expires or is released", async () => {
    releaseLease(db, { name: "outbox-sender", holder: "a" });
    const t0 = now;
    expect(acquireLease(db, { name: "test-lease", holder: "one", now: t0, ttlMs: 10_000 })).toBe(true);
    expect(acquireLease(db, { name: "test-lease", holder: "two", now: new Date(t0.getTime() + 5_000), ttlMs: 10_000 })).toBe(false);
    expect(acquireLease(db, { name: "test-lease", holder: "one", now: new Date(t0.getTime() + 9_000), ttlMs: 10_000 })).toBe(true);
    expect(acquireLease(db, { name: "test-lease", holder: "two", now: new Date(t0.getTime() + 18_000), ttlMs: 10_000 })).toBe(false);
    expect(acquireLease(db, { name: "test-lease", holder: "two", now: new Date(t0.getTime() + 19_001), ttlMs: 10_000 })).toBe(true);
    releaseLease(db, { name: "test-lease", holder: "one" }); // not theirs any more: no effect
    expect(acquireLease(db, { name: "test-lease", holder: "one", now: new Date(t0.getTime() + 20_000), ttlMs: 10_000 })).toBe(false);

    // A second sender process sends nothing while the first holds the outbox lease.
    clearOutbox();
    scheduleOne(250);
    const first = recordingTransport();
    const second = recordingTransport();
    const roundB = deliverOutbox(db, { holder: "b", mail: { transport: second.transport, from: "x@example.com" }, clock: () => now });
    const roundC = deliverOutbox(db, { holder: "c", mail: { transport: first.transport, from: "x@example.com" }, clock: () => now });
    const [b, c] = await Promise.all([roundB, roundC]);
    expect([b.leaseHeld, c.leaseHeld]).toEqual([true, false]);
    expect(second.sent.length + first.sent.length).toBe(1);
  });
});
