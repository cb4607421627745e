import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { ERASED_NAME } from "@/lib/candidates/erasure-rules";
import { isDueForErasure, retentionCutoff, type RetentionApplication } from "@/lib/retention/retention-rules";
import { retentionSettingSchema } from "@/lib/retention/retention-schema";
import { readRetentionSetting, saveRetentionSetting } from "@/lib/retention/retention-settings";
import { listDueCandidates, runRetention } from "@/lib/retention/run-retention";
import { createSeededDb } from "../helpers/temp-db";
import { domainError, people, roleId } from "../roles/db-fixtures";

const at = (iso: string) => new Date(iso);

describe("the retention cutoff", () => {
  it.each([
    ["2026-06-01T12:00:00Z", 6, "2025-12-01T12:00:00.000Z"],
    ["2026-01-15T08:30:00Z", 12, "2025-01-15T08:30:00.000Z"],
    ["2026-03-31T00:00:00Z", 1, "2026-02-28T00:00:00.000Z"],
    ["2024-03-31T00:00:00Z", 1, "2024-02-29T00:00:00.000Z"],
    ["2026-05-31T23:59:00Z", 3, "2026-02-28T23:59:00.000Z"],
    ["2026-12-02T10:00:00Z", 120, "2016-12-02T10:00:00.000Z"],
  ])("%s minus %i months is %s", (now, months, expected) => {
    expect(retentionCutoff(at(now), months).toISOString()).toBe(expected);
  });
});

describe("which candidates fall due", () => {
  const cutoff = at("2026-01-01T00:00:00Z");
  const decided = (iso: string): RetentionApplication => ({ status: "decided", decidedAt: at(iso) });
  it.each<{ why: string; apps: RetentionApplication[]; due: boolean }>([
    { why: "one decision before the cutoff", apps: [decided("2025-06-01T00:00:00Z")], due: true },
    { why: "a decision exactly at the cutoff", apps: [decided("2026-01-01T00:00:00Z")], due: true },
    { why: "a decision a minute after the cutoff", apps: [decided("2026-01-01T00:01:00Z")], due: false },
    { why: "two old decisions", apps: [decided("2025-01-01T00:00:00Z"), decided("2025-03-01T00:00:00Z")], due: true },
    { why: "an old and a recent decision (the newest counts)", apps: [decided("2025-01-01T00:00:00Z"), decided("2026-02-01T00:00:00Z")], due: false },
    { why: "an old decision and an active application", apps: [decided("2025-01-01T00:00:00Z"), { status: "active", decidedAt: null }], due: false },
    { why: "an old decision and one in debrief", apps: [decided("2025-01-01T00:00:00Z"), { status: "debrief", decidedAt: null }], due: false },
    {
      why: "an old decision and a withdrawn application (it can be reopened)",
      apps: [decided("2025-01-01T00:00:00Z"), { status: "withdrawn", decidedAt: null }],
      due: false,
    },
    { why: "decided without a decision row", apps: [{ status: "decided", decidedAt: null }], due: false },
    { why: "no application at all", apps: [], due: false },
  ])("$why → due: $due", ({ apps, due }) => {
    expect(isDueForErasure(apps, cutoff)).toBe(due);
  });
});

describe("the retention setting form", () => {
  it.each([
    [{ enabled: "on", months: "6" }, { months: 6 }],
    [{ enabled: "on", months: " 24 " }, { months: 24 }],
    [{ months: "6" }, { months: null }],
    [{ enabled: "false", months: "" }, { months: null }],
  ])("%j → %j", (input, expected) => {
    expect(retentionSettingSchema.parse(input)).toEqual(expected);
  });

  it.each([["0"], ["121"], ["1.5"], ["-3"], ["six"], [""]])("refuses %j months with a message on the field", (months) => {
    const parsed = retentionSettingSchema.safeParse({ enabled: "on", months });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["months"]);
    expect(parsed.error?.issues[0]?.message).toMatch(/whole number of months from 1 to 120/);
  });
});

describe("running retention on a real database", () => {
  let handle: Awaited<ReturnType<typeof createSeededDb>>;
  beforeEach(async () => {
    handle = await createSeededDb();
  });
  afterEach(() => handle.close());

  /** Candidates whose applications carry the given statuses and decision dates (months before the seed's now). */
  function addCandidate(name: string, apps: { role: string; status: "active" | "debrief" | "decided" | "withdrawn"; monthsAgo?: number }[]) {
    const { db, now } = handle;
    const candidateId = crypto.randomUUID();
    db.insert(s.candidates)
      .values({ id: candidateId, name, email: `${name.toLowerCase().replaceAll(" ", ".")}@example.com` })
      .run();
    for (const app of apps) {
      const applicationId = crypto.randomUUID();
      db.insert(s.applications)
        .values({ id: applicationId, candidateId, roleId: roleId(db, app.role), status: app.status, notes: `Notes on ${name}` })
        .run();
      if (app.monthsAgo !== undefined) {
        const decidedAt = retentionCutoff(now, app.monthsAgo);
        db.insert(s.decisions)
          .values({
            applicationId,
            decidedById: people(db).hugo.id,
            level: "senior",
            hire: false,
            rationale: `About ${name}`,
            engineSnapshot: { level: "senior" },
            createdAt: decidedAt,
          })
          .run();
      }
    }
    return candidateId;
  }

  const PAYMENTS = "Backend Engineer, Payments";
  const PLATFORM = "Staff Platform Engineer";

  function seedCases() {
    return {
      old: addCandidate("Old Decision", [{ role: PAYMENTS, status: "decided", monthsAgo: 7 }]),
      twoOld: addCandidate("Two Old", [
        { role: PAYMENTS, status: "decided", monthsAgo: 9 },
        { role: PLATFORM, status: "decided", monthsAgo: 8 },
      ]),
      recent: addCandidate("Recent Decision", [{ role: PAYMENTS, status: "decided", monthsAgo: 5 }]),
      mixed: addCandidate("Old And Recent", [
        { role: PAYMENTS, status: "decided", monthsAgo: 12 },
        { role: PLATFORM, status: "decided", monthsAgo: 1 },
      ]),
      open: addCandidate("Still Open", [
        { role: PAYMENTS, status: "decided", monthsAgo: 12 },
        { role: PLATFORM, status: "active" },
      ]),
      withdrawn: addCandidate("Withdrew Once", [{ role: PAYMENTS, status: "withdrawn" }]),
    };
  }

  it("is off by default: the setting reads off and a run erases nothing", () => {
    seedCases();
    expect(readRetentionSetting(handle.db).months).toBeNull();
    expect(runRetention(handle.db, handle.now)).toEqual({ months: null, erased: [] });
    expect(handle.db.select().from(s.candidates).where(eq(s.candidates.name, ERASED_NAME)).all()).toEqual([]);
  });

  it("lists exactly the due candidates in the dry run, erases exactly them, and audits each erasure without an actor", () => {
    const ids = seedCases();
    const { ada } = people(handle.db);
    saveRetentionSetting(handle.db, { user: ada, months: 6, now: handle.now });
    const dry = listDueCandidates(handle.db, { months: 6, now: handle.now });
    expect(dry.map((c) => c.name)).toEqual(["Two Old", "Old Decision"]);
    expect(dry[0]?.roles).toEqual([PAYMENTS, PLATFORM]);
    expect(dry[0]?.decidedAt.toISOString()).toBe(retentionCutoff(handle.now, 8).toISOString());
    // A dry run changes nothing.
    expect(handle.db.select().from(s.candidates).where(eq(s.candidates.name, ERASED_NAME)).all()).toEqual([]);

    const run = runRetention(handle.db, handle.now);
    expect(run.months).toBe(6);
    expect(run.erased.map((c) => c.candidateId).sort()).toEqual([ids.old, ids.twoOld].sort());
    const names = new Map(
      handle.db
        .select({ id: s.candidates.id, name: s.candidates.name })
        .from(s.candidates)
        .all()
        .map((c) => [c.id, c.name]),
    );
    expect(names.get(ids.old)).toBe(ERASED_NAME);
    expect(names.get(ids.twoOld)).toBe(ERASED_NAME);
    for (const kept of [ids.recent, ids.mixed, ids.open, ids.withdrawn]) expect(names.get(kept)).not.toBe(ERASED_NAME);
    const events = handle.db.select().from(s.auditEvents).where(eq(s.auditEvents.action, "candidate.erased")).all();
    expect(events.map((e) => e.entityId).sort()).toEqual([ids.old, ids.twoOld].sort());
    expect(events.every((e) => e.actorId === null && e.data.trigger === "retention" && e.data.months === 6)).toBe(true);
    // The erased candidates' notes are gone; the kept ones' are not.
    const notes = handle.db.select({ candidateId: s.applications.candidateId, notes: s.applications.notes }).from(s.applications).all();
    expect(notes.filter((n) => n.candidateId === ids.twoOld).map((n) => n.notes)).toEqual(["", ""]);
    expect(notes.find((n) => n.candidateId === ids.open)?.notes).toBe("Notes on Still Open");

    // A second run finds nothing more; a later clock finds the recent one when its time comes.
    expect(runRetention(handle.db, handle.now).erased).toEqual([]);
    const later = retentionCutoff(handle.now, -2);
    expect(runRetention(handle.db, later).erased.map((c) => c.candidateId)).toEqual([ids.recent]);
  });

  it("lets only an admin change the setting or run it, and audits the change", () => {
    const { rita, hugo, ada } = people(handle.db);
    expect(domainError(() => saveRetentionSetting(handle.db, { user: rita, months: 6 })).code).toBe("forbidden");
    expect(domainError(() => saveRetentionSetting(handle.db, { user: hugo, months: 6 })).code).toBe("forbidden");
    expect(domainError(() => runRetention(handle.db, handle.now, { actor: rita })).code).toBe("forbidden");
    expect(readRetentionSetting(handle.db).months).toBeNull();
    saveRetentionSetting(handle.db, { user: ada, months: 18 });
    expect(readRetentionSetting(handle.db).months).toBe(18);
    saveRetentionSetting(handle.db, { user: ada, months: null });
    expect(readRetentionSetting(handle.db).months).toBeNull();
    const events = handle.db.select().from(s.auditEvents).where(eq(s.auditEvents.action, "retention.updated")).all();
    expect(events.map((e) => e.data)).toEqual([
      { from: null, to: 18 },
      { from: 18, to: null },
    ]);
  });
});
