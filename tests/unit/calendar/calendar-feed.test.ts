import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, gte, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedIfEmpty } from "@/db/seed-demo";
import * as s from "@/db/schema";
import { hashLinkToken, newLinkToken } from "@/lib/accounts/link-token";
import { buildCalendarFeed, FEED_PAST_DAYS, withCalendarTimeZone } from "@/lib/calendar/build-calendar-feed";
import { createCalendarFeedSchema, revokeCalendarFeedSchema } from "@/lib/calendar/calendar-feed-schema";
import { createCalendarFeed, findCalendarFeedOwner, loadCalendarFeedStatus, revokeCalendarFeed } from "@/lib/calendar/calendar-feed-token";
import { calendarFeedUrl, parseFeedSegment } from "@/lib/calendar/calendar-feed-url";
import { readCalendarFeed } from "@/lib/calendar/read-calendar-feed";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { interviewUid } from "@/lib/mail/interview-calendar";
import { saveNotificationSettings } from "@/lib/mail/notification-preferences";
import { updatePerson } from "@/lib/people/save-person";
import { icsField, icsLines } from "../mail/ics-fields";
import { domainError, people } from "../roles/db-fixtures";

let db: Db;
let file: string;
let close: () => void;
let who: ReturnType<typeof people>;
const T0 = new Date("2026-06-01T12:00:00Z");
const DAY = 86_400_000;

beforeAll(async () => {
  // The route handler opens the process database (db/index.ts) through env(), read once: point it at this file first.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-feed-"));
  file = path.join(dir, "feed.db");
  process.env.LEVELSET_DB_PATH = file;
  process.env.LEVELSET_PUBLIC_URL = "https://levelset.example.com";
  const handle = openDatabase(file);
  migrateDatabase(handle.db);
  await seedIfEmpty(handle.db, { demo: true, now: T0 });
  db = handle.db;
  close = () => {
    handle.sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  who = people(db);
});
afterAll(() => close());

/** Every VEVENT of a feed, unfolded, as name → value maps. */
function events(ics: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const [key, value] of icsLines(ics)) {
    if (key === "BEGIN" && value === "VEVENT") current = {};
    else if (key === "END" && value === "VEVENT" && current) {
      out.push(current);
      current = null;
    } else if (current) current[key.split(";")[0] as string] = value;
  }
  return out;
}

const auditActions = (userId: string) =>
  db
    .select({ action: s.auditEvents.action })
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.entityType, "user"), eq(s.auditEvents.entityId, userId)))
    .all()
    .map((e) => e.action)
    .filter((a) => a.startsWith("calendar-feed."));

const dump = (sqlite: Db) => JSON.stringify(sqlite.select().from(s.calendarFeeds).all()) + JSON.stringify(sqlite.select().from(s.auditEvents).all());

describe("the feed address", () => {
  const token = newLinkToken();
  it.each([
    ["a token with .ics", `${token}.ics`, token],
    ["no suffix", token, null],
    ["an upper-case suffix", `${token}.ICS`, null],
    ["the suffix twice", `${token}.ics.ics`, null],
    ["a short token", `${token.slice(1)}.ics`, null],
    ["a long token", `${token}A.ics`, null],
    ["a slash inside", `${token.slice(0, 42)}/.ics`, null],
    ["percent-encoding", `${token.slice(0, 40)}%2F.ics`, null],
    ["a space after", `${token}.ics `, null],
    ["only the suffix", ".ics", null],
    ["empty", "", null],
    ["not a string", 42, null],
    ["an array", [`${token}.ics`], null],
  ])("%s", (_label, segment, expected) => {
    expect(parseFeedSegment(segment)).toBe(expected);
  });

  it("lives under LEVELSET_PUBLIC_URL and parses back to its token", () => {
    const url = calendarFeedUrl("https://levelset.example.com/", token);
    expect(url).toBe(`https://levelset.example.com/calendar/${token}.ics`);
    expect(parseFeedSegment(url.split("/").at(-1))).toBe(token);
  });
});

describe("the profile's schemas", () => {
  it.each<[Record<string, string>, boolean]>([
    [{ intent: "create" }, true],
    [{ intent: "regenerate" }, true],
    [{ intent: "revoke" }, false],
    [{}, false],
    [{ intent: "create", userId: "someone-else" }, true],
  ])("create/regenerate %j → %s", (payload, ok) => {
    const parsed = createCalendarFeedSchema.safeParse(payload);
    expect(parsed.success).toBe(ok);
    // Nobody names whose feed: a userId in the payload is dropped, the action uses the session's person.
    if (parsed.success) expect(parsed.data).toEqual({ intent: payload.intent });
  });

  it.each([
    [{ confirm: "revoke" }, true],
    [{ confirm: "yes" }, false],
    [{}, false],
  ])("revoke %j → %s", (payload, ok) => {
    expect(revokeCalendarFeedSchema.safeParse(payload).success).toBe(ok);
  });
});

describe("creating, regenerating and revoking a feed", () => {
  it("keeps only the token's hash, refuses a second create, replaces on regenerate and deletes on revoke, each audited", () => {
    const sam = who.sam.id;
    expect(loadCalendarFeedStatus(db, sam)).toBeNull();

    const first = createCalendarFeed(db, { userId: sam, intent: "create", now: T0 });
    const row = db.select().from(s.calendarFeeds).where(eq(s.calendarFeeds.userId, sam)).get();
    expect(row?.tokenHash).toBe(hashLinkToken(first.token));
    expect(first.replaced).toBe(false);
    expect(loadCalendarFeedStatus(db, sam)?.createdAt.toISOString()).toBe(T0.toISOString());
    expect(findCalendarFeedOwner(db, first.token)).toMatchObject({ id: sam, name: who.sam.name });
    // The token itself is nowhere in the database.
    expect(dump(db)).not.toContain(first.token);

    // "Create" from a second tab does not replace the address in use, and writes nothing.
    const before = dump(db);
    const again = domainError(() => createCalendarFeed(db, { userId: sam, intent: "create" }));
    expect(again.code).toBe("conflict");
    expect(again.message).toMatch(/Regenerate/);
    expect(dump(db)).toBe(before);
    expect(findCalendarFeedOwner(db, first.token)?.id).toBe(sam);

    const later = new Date(T0.getTime() + DAY);
    const second = createCalendarFeed(db, { userId: sam, intent: "regenerate", now: later });
    expect(second.replaced).toBe(true);
    expect(second.token).not.toBe(first.token);
    expect(findCalendarFeedOwner(db, first.token)).toBeNull();
    expect(findCalendarFeedOwner(db, second.token)?.id).toBe(sam);
    expect(loadCalendarFeedStatus(db, sam)?.createdAt.toISOString()).toBe(later.toISOString());

    expect(revokeCalendarFeed(db, { userId: sam })).toEqual({ revoked: true });
    expect(findCalendarFeedOwner(db, second.token)).toBeNull();
    expect(loadCalendarFeedStatus(db, sam)).toBeNull();
    // Revoking again changes nothing and records nothing.
    expect(revokeCalendarFeed(db, { userId: sam })).toEqual({ revoked: false });
    expect(auditActions(sam)).toEqual(["calendar-feed.created", "calendar-feed.replaced", "calendar-feed.revoked"]);
  });

  it("one person's feed never answers for another, and regenerating one leaves the other's alone", () => {
    const a = createCalendarFeed(db, { userId: who.maya.id, intent: "create" });
    const b = createCalendarFeed(db, { userId: who.omar.id, intent: "create" });
    createCalendarFeed(db, { userId: who.maya.id, intent: "regenerate" });
    expect(findCalendarFeedOwner(db, a.token)).toBeNull();
    expect(findCalendarFeedOwner(db, b.token)?.id).toBe(who.omar.id);
    revokeCalendarFeed(db, { userId: who.maya.id });
    revokeCalendarFeed(db, { userId: who.omar.id });
  });

  it("a deactivated person's feed answers nothing, and deactivating deletes it in the same transaction as the change", async () => {
    const lee = who.lee;
    const { token } = createCalendarFeed(db, { userId: lee.id, intent: "create" });
    // Inactive with the row still there (deactivated some other way): refused by the lookup itself.
    db.update(s.users).set({ active: false }).where(eq(s.users.id, lee.id)).run();
    expect(findCalendarFeedOwner(db, token)).toBeNull();
    expect(readCalendarFeed(db, { segment: `${token}.ics` })).toBeNull();
    db.update(s.users).set({ active: true }).where(eq(s.users.id, lee.id)).run();
    expect(findCalendarFeedOwner(db, token)?.id).toBe(lee.id);

    const input = { userId: lee.id, name: lee.name, level: lee.level, roles: lee.roles, active: false, password: "" };
    await updatePerson(db, { actor: who.ada, input });
    expect(loadCalendarFeedStatus(db, lee.id)).toBeNull();
    const event = db
      .select({ summary: s.auditEvents.summary })
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, "person.updated"), eq(s.auditEvents.entityId, lee.id)))
      .all()
      .at(-1);
    expect(event?.summary).toMatch(/deactivated; calendar feed turned off/);
    // Reactivated, the old address stays dead.
    await updatePerson(db, { actor: who.ada, input: { ...input, active: true } });
    expect(findCalendarFeedOwner(db, token)).toBeNull();
  });
});

describe("the feed's content", () => {
  it("lists the person's own interviews of the last 90 days and later, with the invitations' UIDs, in UTC, named and zoned", () => {
    const priya = who.priya;
    saveNotificationSettings(db, {
      userId: priya.id,
      input: { interviews: true, reminders: true, debriefs: true, timeZone: "America/Argentina/Buenos_Aires" },
    });
    const { token } = createCalendarFeed(db, { userId: priya.id, intent: "create" });
    const feed = readCalendarFeed(db, { segment: `${token}.ics`, now: T0 });
    const ics = feed?.ics ?? "";
    expect(icsField(ics, "METHOD")).toBe("PUBLISH");
    expect(icsField(ics, "X-WR-CALNAME")).toBe(`Levelset interviews: ${priya.name}`);
    expect(icsField(ics, "X-WR-TIMEZONE")).toBe("America/Argentina/Buenos_Aires");
    // Calendar properties come before the first component (RFC 5545).
    expect(ics.indexOf("X-WR-TIMEZONE")).toBeLessThan(ics.indexOf("BEGIN:VEVENT"));

    const own = db
      .select({ id: s.interviews.id, scheduledAt: s.interviews.scheduledAt })
      .from(s.interviews)
      .where(and(eq(s.interviews.interviewerId, priya.id), gte(s.interviews.scheduledAt, new Date(T0.getTime() - FEED_PAST_DAYS * DAY))))
      .all();
    expect(own.length).toBeGreaterThan(0);
    const listed = events(ics);
    expect(listed.map((e) => e.UID).sort()).toEqual(own.map((i) => interviewUid(i.id)).sort());
    for (const e of listed) {
      expect(e.UID).toMatch(/^interview-[0-9a-f-]{36}@levelset$/);
      expect(e.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
      expect(e.URL).toMatch(/^https:\/\/levelset\.example\.com\/interviews\/[0-9a-f-]{36}$/);
    }
    const first = own[0]!;
    const match = listed.find((e) => e.UID === interviewUid(first.id));
    expect(match?.DTSTART).toBe(
      first.scheduledAt
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, ""),
    );

    // Nobody else's interviews.
    const others = db.select({ id: s.interviews.id, by: s.interviews.interviewerId }).from(s.interviews).all();
    for (const o of others.filter((x) => x.by !== priya.id)) expect(ics).not.toContain(o.id);
  });

  it("follows a move with the invitation's SEQUENCE and shows a cancellation as STATUS:CANCELLED", () => {
    // Two upcoming interviews with no scorecard started (so the first can still move).
    const [moved, cancelled] = db
      .select({ id: s.interviews.id, by: s.interviews.interviewerId })
      .from(s.interviews)
      .leftJoin(s.scorecards, eq(s.scorecards.interviewId, s.interviews.id))
      .where(and(eq(s.interviews.status, "scheduled"), gte(s.interviews.scheduledAt, T0), isNull(s.scorecards.id)))
      .orderBy(s.interviews.scheduledAt)
      .all();
    expect(moved && cancelled, "the demo has two upcoming interviews").toBeTruthy();
    const at = new Date(T0.getTime() + 45 * DAY + 3 * 3_600_000);
    rescheduleInterview(db, { user: who.rita, now: T0, interviewId: moved!.id, scheduledAt: at.toISOString() });
    cancelInterview(db, { user: who.rita, interviewId: cancelled!.id });
    const feedOf = (userId: string): Record<string, Record<string, string>> => {
      const ics = buildCalendarFeed(db, { userId, name: "Someone", now: T0 });
      return Object.fromEntries(events(ics).map((e) => [e.UID ?? "", e]));
    };
    expect(feedOf(moved!.by)[interviewUid(moved!.id)]).toMatchObject({ SEQUENCE: "1", DTSTART: "20260716T150000Z", STATUS: "CONFIRMED" });
    const gone = feedOf(cancelled!.by)[interviewUid(cancelled!.id)];
    expect(gone?.STATUS).toBe("CANCELLED");
    expect(gone?.SUMMARY).toMatch(/^Cancelled: Interview: /);
    // The same SEQUENCE as the cancellation the interviewer was emailed.
    const sent = db
      .select({ sequence: s.outboxMessages.icsSequence })
      .from(s.outboxMessages)
      .where(eq(s.outboxMessages.interviewId, cancelled!.id))
      .all()
      .map((m) => m.sequence ?? 0);
    expect(gone?.SEQUENCE).toBe(String(Math.max(0, ...sent)));
  });

  it.each([
    ["Europe/Berlin", "Europe/Berlin"],
    ["Etc/GMT+5", "Etc/GMT+5"],
    ["UTC", "UTC"],
    ["Europe/Berlin\r\nX-EVIL:1", "UTC"],
    ["", "UTC"],
  ])("X-WR-TIMEZONE for %j is %j", (zone, expected) => {
    const ics = "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Levelset\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const out = withCalendarTimeZone(ics, zone);
    expect(icsField(out, "X-WR-TIMEZONE")).toBe(expected);
    expect(out).not.toContain("X-EVIL");
  });
});

describe("GET and HEAD /calendar/<token>.ics", () => {
  const call = async (method: "GET" | "HEAD", segment: string) => {
    const route = await import("@/app/calendar/[token]/route");
    const handler = method === "GET" ? route.GET : route.HEAD;
    return handler(new Request(`https://levelset.example.com/calendar/${segment}`, { method }), { params: Promise.resolve({ token: segment }) });
  };

  it("answers the owner's feed without a session: text/calendar, never cached", async () => {
    const { token } = createCalendarFeed(db, { userId: who.maya.id, intent: "create" });
    const response = await call("GET", `${token}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await response.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(icsField(body, "X-WR-CALNAME")).toBe(`Levelset interviews: ${who.maya.name}`);
    expect(icsField(body, "X-WR-TIMEZONE")).toBe("UTC");
    const head = await call("HEAD", `${token}.ics`);
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await head.text()).toBe("");
    revokeCalendarFeed(db, { userId: who.maya.id });
  });

  it("refuses with 404 everything that is not a live feed", async () => {
    const { token: revoked } = createCalendarFeed(db, { userId: who.omar.id, intent: "create" });
    revokeCalendarFeed(db, { userId: who.omar.id });
    const { token: live } = createCalendarFeed(db, { userId: who.omar.id, intent: "create" });
    const cases = [`${revoked}.ics`, `${newLinkToken()}.ics`, live, `${live}.txt`, "not-a-token.ics", ".ics"];
    for (const segment of cases) {
      const response = await call("GET", segment);
      expect(response.status, segment).toBe(404);
      expect(response.headers.get("content-type"), segment).toBe("text/plain; charset=utf-8");
      expect(await response.text(), segment).toMatch(/turned off or replaced/);
      expect((await call("HEAD", segment)).status, `HEAD ${segment}`).toBe(404);
    }
    revokeCalendarFeed(db, { userId: who.omar.id });
  });
});
