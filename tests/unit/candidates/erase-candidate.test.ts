import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { loadRoleAnalytics } from "@/lib/analytics/load-role-analytics";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { addCandidate } from "@/lib/candidates/add-candidate";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { eraseCandidate, redact } from "@/lib/candidates/erase-candidate";
import { ERASED_NAME, sameName } from "@/lib/candidates/erasure-rules";
import { listPipeline } from "@/lib/candidates/list-pipeline";
import { loadApplication } from "@/lib/candidates/load-application";
import { loadDebrief } from "@/lib/debrief/load-debrief";
import { recordDecision } from "@/lib/debrief/record-decision";
import { reviseDecision } from "@/lib/debrief/revise-decision";
import { markInterviewNotHeld } from "@/lib/interviews/mark-not-held";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { amendScorecard } from "@/lib/scorecards/amend-scorecard";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import type { ScorecardContent } from "@/lib/scorecards/scorecard-content";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import type { SessionUser } from "@/lib/auth/session-user";
import { createSeededDb } from "../helpers/temp-db";
import { domainError, people, pool, roleId, stagesOf } from "../roles/db-fixtures";

/** Written into every column that can hold the candidate's personal data; must be found nowhere after erasure. */
const CANARY = "canaryq7";
const NAME = "Quill Canaryq7 Marsh";
const EMAIL = "quill.canaryq7@example.com";

let handle: Awaited<ReturnType<typeof createSeededDb>>;

const hours = (n: number) => n * 3_600_000;

/** Every text value of every row of every table, read from sqlite_master: a new table or column is covered too. */
function everyTextValue(): { where: string; value: string }[] {
  const tables = handle.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
    name: string;
  }[];
  const out: { where: string; value: string }[] = [];
  for (const { name } of tables) {
    for (const row of handle.sqlite.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).all() as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === "string") out.push({ where: `${name}.${column}`, value });
        if (Buffer.isBuffer(value)) out.push({ where: `${name}.${column}`, value: value.toString("latin1") });
      }
    }
  }
  return out;
}

const canaryColumns = () =>
  [
    ...new Set(
      everyTextValue()
        .filter((v) => v.value.toLowerCase().includes(CANARY))
        .map((v) => v.where),
    ),
  ].sort();

function content(user: SessionUser, interviewId: string, evidence: string): ScorecardContent {
  const kit = loadInterviewKit(handle.db, { user, interviewId });
  if (!kit) throw new Error("No kit");
  const flag = kit.redFlags[0];
  return {
    ratings: kit.sections.map((sec, i) => ({
      sectionId: sec.id,
      rating: i === 0 ? 1 : 2,
      notAssessed: false,
      evidence: `${evidence} (section ${i + 1})`,
      scope: "multi-team",
      itemsObserved: sec.items.slice(0, 1).map((it) => it.id),
    })),
    redFlags: flag ? [{ redFlagId: flag.id, note: `Red flag note about ${CANARY}` }] : [],
    overallRecommendation: "senior",
    confidence: "medium",
    summary: `Summary: ${NAME} talked about ${CANARY} a lot.`,
  };
}

/**
 * A candidate with the canary in every column that can hold personal data, written through the real domain
 * functions: two roles' applications with notes, three interviews (two submitted scorecards, one amended,
 * one not held), a decision with a rationale and an override reason, and their audit events.
 */
function seedCanaryCandidate() {
  const { db, now } = handle;
  const { rita, hugo } = people(db);
  const payments = roleId(db, "Backend Engineer, Payments");
  const platform = roleId(db, "Staff Platform Engineer");
  const added = addCandidate(db, {
    user: rita,
    roleId: payments,
    name: NAME,
    email: EMAIL,
    links: [`https://example.com/${CANARY}`],
    notes: `Recruiter note: ${CANARY} was referred by a friend.`,
  });
  const second = addCandidate(db, { user: rita, roleId: platform, name: NAME, email: EMAIL, links: [], notes: `Platform note on ${CANARY}.` });
  const stages = stagesOf(db, payments);
  const start = new Date(now.getTime() + hours(24 * 20));
  const interviewIds = stages.slice(0, 3).map((stage, i) => {
    const interviewerId = pool(db, stage.id)[0];
    if (!interviewerId) throw new Error(`Stage ${stage.name} has no pool`);
    return {
      interviewerId,
      id: scheduleInterview(db, {
        user: rita,
        applicationId: added.applicationId,
        stageId: stage.id,
        interviewerId,
        scheduledAt: new Date(start.getTime() + hours(3 * i)).toISOString(),
        now,
      }).interviewId,
    };
  });
  const later = new Date(start.getTime() + hours(12));
  const as = (id: string) => {
    const user = Object.values(people(db)).find((p) => p.id === id);
    if (!user) throw new Error("No such person");
    return user;
  };
  const [one, two, three] = interviewIds;
  if (!one || !two || !three) throw new Error("Three stages expected");
  const draft = saveScorecardDraft(db, {
    user: as(one.interviewerId),
    interviewId: one.id,
    baseRevision: 0,
    content: content(as(one.interviewerId), one.id, `Draft evidence ${CANARY}`),
    now: later,
  });
  const submitted = submitScorecard(db, {
    user: as(one.interviewerId),
    interviewId: one.id,
    baseRevision: draft.revision,
    content: content(as(one.interviewerId), one.id, `Evidence: ${NAME} led the ${CANARY} migration`),
    now: later,
  });
  submitScorecard(db, {
    user: as(two.interviewerId),
    interviewId: two.id,
    baseRevision: 0,
    content: content(as(two.interviewerId), two.id, `Second evidence ${CANARY}`),
    now: later,
  });
  amendScorecard(db, {
    user: as(one.interviewerId),
    interviewId: one.id,
    baseRevision: submitted.revision,
    reason: `Corrected what ${CANARY} said about the rollout.`,
    content: content(as(one.interviewerId), one.id, `Amended evidence ${CANARY}`),
    now: later,
  });
  markInterviewNotHeld(db, { user: rita, interviewId: three.id, reason: `${NAME} was ill (${CANARY}).`, now: later });
  changeApplicationStatus(db, { user: rita, applicationId: added.applicationId, status: "debrief" });
  recordDecision(db, {
    user: hugo,
    applicationId: added.applicationId,
    level: "none",
    hire: false,
    rationale: `Rationale: ${NAME} (${CANARY}) showed Senior-level evidence only.`,
    overrideReason: `Override: references about ${CANARY} were weak.`,
    now: later,
  });
  // A revision keeps the first decision's words in decision_history, and adds its own reason.
  reviseDecision(db, {
    user: hugo,
    applicationId: added.applicationId,
    level: "none",
    hire: false,
    rationale: `Revised rationale: ${NAME} (${CANARY}) reconsidered with the references.`,
    overrideReason: `Override again: references about ${CANARY} were weak.`,
    revisionReason: `Revised after a call about ${CANARY}.`,
    probeSectionIds: [],
    decideWithoutMissing: false,
    missingReason: undefined,
    now: new Date(later.getTime() + 60_000),
  });
  // An event of a kind this test does not know, naming the candidate without any id of theirs.
  recordAuditEvent(db, {
    actorId: rita.id,
    action: "outbox.sent",
    entityType: "email",
    entityId: "e-1",
    summary: `Emailed ${NAME} <${EMAIL}>`,
    data: { to: EMAIL },
  });
  return { candidateId: added.candidateId, applicationId: added.applicationId, secondApplicationId: second.applicationId, payments };
}

function ratingCounts(payments: string) {
  const analytics = loadRoleAnalytics(handle.db, { user: people(handle.db).ada, roleId: payments, now: handle.now });
  if (!analytics) throw new Error("No analytics");
  return {
    agreement: analytics.agreement.map((a) => ({ sectionId: a.sectionId, ratings: a.ratings, applications: a.applications })),
    interviewers: analytics.interviewers.map((i) => ({
      id: i.interviewerId,
      ratings: i.ratings,
      scorecards: i.submittedScorecards,
      offset: i.meanOffset,
    })),
    decisions: analytics.decisions,
    applications: analytics.applications.length,
  };
}

describe("erasing a candidate", () => {
  beforeEach(async () => {
    handle = await createSeededDb();
  });
  afterEach(() => handle.close());

  it("removes the canary from every text column of every table, keeps the ratings for calibration, and records who erased", () => {
    const seeded = seedCanaryCandidate();
    // The seeding reached every kind of column the erasure comment in lib/candidates/erase-candidate.ts lists.
    expect(canaryColumns()).toEqual(
      [
        "applications.notes",
        "audit_events.data",
        "audit_events.summary",
        "candidates.email",
        "candidates.links",
        "candidates.name",
        "decision_history.override_reason",
        "decision_history.rationale",
        "decision_history.reason",
        "decisions.override_reason",
        "decisions.rationale",
        "interviews.not_held_reason",
        // The interview emails (lib/mail): erasure deletes them.
        "outbox_messages.html_body",
        "outbox_messages.ics",
        "outbox_messages.subject",
        "outbox_messages.text_body",
        "scorecard_amendments.after",
        "scorecard_amendments.before",
        "scorecard_amendments.reason",
        "scorecard_ratings.evidence",
        "scorecard_red_flags.note",
        "scorecards.summary",
      ].sort(),
    );
    const before = ratingCounts(seeded.payments);
    const { rita } = people(handle.db);

    const result = eraseCandidate(handle.db, { user: rita, candidateId: seeded.candidateId, confirmName: NAME });
    expect(result).toEqual({ candidateId: seeded.candidateId, applications: 2 });

    expect(everyTextValue().filter((v) => v.value.toLowerCase().includes(CANARY))).toEqual([]);
    expect(everyTextValue().filter((v) => v.value.includes("Marsh") || v.value.includes("Quill"))).toEqual([]);
    // Nor in the bytes of the file: secure_delete zeroes freed space and the WAL was truncated.
    expect(handle.sqlite.pragma("secure_delete", { simple: true })).toBe(1);
    const bytes = Buffer.concat([
      fs.readFileSync(handle.file),
      fs.existsSync(`${handle.file}-wal`) ? fs.readFileSync(`${handle.file}-wal`) : Buffer.alloc(0),
    ]);
    expect(bytes.toString("latin1").toLowerCase().includes(CANARY)).toBe(false);

    // The ratings still feed calibration, as anonymous numbers.
    expect(ratingCounts(seeded.payments)).toEqual(before);
    const ratings = handle.db
      .select({ rating: s.scorecardRatings.rating, evidence: s.scorecardRatings.evidence, scope: s.scorecardRatings.scope })
      .from(s.scorecardRatings)
      .innerJoin(s.scorecards, eq(s.scorecards.id, s.scorecardRatings.scorecardId))
      .where(eq(s.scorecards.applicationId, seeded.applicationId))
      .all();
    expect(ratings.length).toBeGreaterThan(0);
    expect(ratings.every((r) => r.evidence === "" && r.rating !== null && r.scope === "multi-team")).toBe(true);

    const candidate = handle.db.select().from(s.candidates).where(eq(s.candidates.id, seeded.candidateId)).get();
    expect(candidate?.name).toBe(ERASED_NAME);
    expect(candidate?.email).toBe(`erased-${seeded.candidateId}@erased.invalid`);
    expect(candidate?.links).toEqual([]);
    expect(candidate?.erasedAt).toBeInstanceOf(Date);

    const erasedEvent = handle.db.select().from(s.auditEvents).where(eq(s.auditEvents.action, "candidate.erased")).all();
    expect(erasedEvent).toHaveLength(1);
    expect(erasedEvent[0]).toMatchObject({ actorId: rita.id, entityType: "candidate", entityId: seeded.candidateId });
    expect(erasedEvent[0]?.data).toEqual({ candidateId: seeded.candidateId, applications: 2, trigger: "manual" });
    // Earlier events keep what happened, without the person.
    const scheduled = handle.db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.action, "interview.scheduled"))
      .all()
      .filter((e) => e.data.applicationId === seeded.applicationId);
    expect(scheduled).toHaveLength(3);
    expect(scheduled[0]?.summary).toMatch(/for Erased candidate \(Backend Engineer, Payments\)$/);
  });

  it("leaves the pages readable in the erased state and searches without the name", () => {
    const seeded = seedCanaryCandidate();
    const { rita, hugo, ada } = people(handle.db);
    eraseCandidate(handle.db, { user: ada, candidateId: seeded.candidateId, confirmName: `  ${NAME} ` });
    const page = loadApplication(handle.db, { user: rita, applicationId: seeded.applicationId });
    expect(page?.candidate).toMatchObject({ name: ERASED_NAME, links: [], notes: "" });
    const debrief = loadDebrief(handle.db, { user: hugo, applicationId: seeded.applicationId, now: handle.now });
    expect(debrief).not.toBeNull();
    expect(JSON.stringify(debrief).toLowerCase()).not.toContain(CANARY);
    expect(listPipeline(handle.db, { user: rita, roleId: seeded.payments, query: "Quill" }).rows).toEqual([]);
    expect(listAuditEvents(handle.db, { q: "Quill" }).events).toEqual([]);
    expect(listAuditEvents(handle.db, { q: CANARY }).events).toEqual([]);
  });

  it.each([{ who: "interviewer" as const }, { who: "hiring manager" as const }])("refuses the $who and changes nothing", ({ who }) => {
    const seeded = seedCanaryCandidate();
    const { priya, hugo } = people(handle.db);
    const before = canaryColumns();
    const rows = JSON.stringify(everyTextValue());
    const error = domainError(() =>
      eraseCandidate(handle.db, { user: who === "interviewer" ? priya : hugo, candidateId: seeded.candidateId, confirmName: NAME }),
    );
    expect(error.code).toBe("forbidden");
    expect(error.message).toMatch(/recruiter or an admin/);
    expect(canaryColumns()).toEqual(before);
    expect(JSON.stringify(everyTextValue())).toBe(rows);
  });

  it.each([
    { typed: "Quill Marsh", why: "a partial name" },
    { typed: "quill canaryq7 marsh", why: "different capitals" },
    { typed: "Quill Canaryq7 Marsh.", why: "an extra character" },
    { typed: "Erased candidate", why: "the placeholder" },
  ])("refuses $why as the confirmation, names the field, and erases nothing", ({ typed }) => {
    const seeded = seedCanaryCandidate();
    const rows = JSON.stringify(everyTextValue());
    const error = domainError(() => eraseCandidate(handle.db, { user: people(handle.db).rita, candidateId: seeded.candidateId, confirmName: typed }));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.confirmName?.[0]).toMatch(/does not match the candidate's name/);
    expect(JSON.stringify(everyTextValue())).toBe(rows);
  });

  it("refuses an unknown candidate and a second erasure", () => {
    const seeded = seedCanaryCandidate();
    const { rita } = people(handle.db);
    expect(domainError(() => eraseCandidate(handle.db, { user: rita, candidateId: "no-such-id", confirmName: NAME })).code).toBe("not-found");
    eraseCandidate(handle.db, { user: rita, candidateId: seeded.candidateId, confirmName: NAME });
    expect(domainError(() => eraseCandidate(handle.db, { user: rita, candidateId: seeded.candidateId, confirmName: ERASED_NAME })).code).toBe(
      "conflict",
    );
  });

  it("with a short name that is part of a staff member's, keeps the staff member's name in the audit log", () => {
    const { db, now } = handle;
    const { rita } = people(db);
    const payments = roleId(db, "Backend Engineer, Payments");
    const added = addCandidate(db, { user: rita, roleId: payments, name: "Sam", email: "sam.candidate@example.com", links: [], notes: "" });
    const sam = people(db).sam;
    const stage = stagesOf(db, payments).find((st) => pool(db, st.id).includes(sam.id));
    if (!stage) throw new Error("Sam is in no Payments pool");
    scheduleInterview(db, {
      user: rita,
      applicationId: added.applicationId,
      stageId: stage.id,
      interviewerId: sam.id,
      scheduledAt: new Date(now.getTime() + hours(24 * 30)).toISOString(),
      now,
    });
    recordAuditEvent(db, {
      actorId: people(db).ada.id,
      action: "person.updated",
      entityType: "user",
      entityId: sam.id,
      summary: `Updated ${sam.name}: level`,
      data: {},
    });
    const untouched = db
      .select({ id: s.auditEvents.id, summary: s.auditEvents.summary, entityId: s.auditEvents.entityId, data: s.auditEvents.data })
      .from(s.auditEvents)
      .all()
      .filter((e) => e.entityId !== added.applicationId && e.data.applicationId !== added.applicationId);
    expect(untouched.some((e) => e.summary.includes(sam.name))).toBe(true);
    eraseCandidate(db, { user: rita, candidateId: added.candidateId, confirmName: "Sam" });
    const event = db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.action, "interview.scheduled"))
      .all()
      .find((e) => e.data.applicationId === added.applicationId);
    expect(event?.summary).toBe(`Scheduled ${stage.name} with ${sam.name} for Erased candidate (Backend Engineer, Payments)`);
    // Events about other candidates that mention Sam Okoro are left alone.
    const after = new Map(
      db
        .select({ id: s.auditEvents.id, summary: s.auditEvents.summary })
        .from(s.auditEvents)
        .all()
        .map((e) => [e.id, e.summary]),
    );
    expect(untouched.filter((e) => after.get(e.id) !== e.summary)).toEqual([]);
  });

  it("refuses new scorecard text on an erased candidate (an open tab's autosave would bring the evidence back)", () => {
    const { db, now } = handle;
    const { rita } = people(db);
    const payments = roleId(db, "Backend Engineer, Payments");
    const added = addCandidate(db, { user: rita, roleId: payments, name: NAME, email: EMAIL, links: [], notes: "" });
    const stage = stagesOf(db, payments)[0];
    const interviewerId = stage ? pool(db, stage.id)[0] : undefined;
    if (!stage || !interviewerId) throw new Error("No stage with a pool");
    const interviewer = Object.values(people(db)).find((p) => p.id === interviewerId);
    if (!interviewer) throw new Error("No such person");
    const start = new Date(now.getTime() + hours(24 * 30));
    const { interviewId } = scheduleInterview(db, {
      user: rita,
      applicationId: added.applicationId,
      stageId: stage.id,
      interviewerId,
      scheduledAt: start.toISOString(),
      now,
    });
    const later = new Date(start.getTime() + hours(2));
    saveScorecardDraft(db, {
      user: interviewer,
      interviewId,
      baseRevision: 0,
      content: content(interviewer, interviewId, "First draft"),
      now: later,
    });
    eraseCandidate(db, { user: rita, candidateId: added.candidateId, confirmName: NAME });
    const error = domainError(() =>
      saveScorecardDraft(db, {
        user: interviewer,
        interviewId,
        baseRevision: 1,
        content: content(interviewer, interviewId, `Evidence ${CANARY}`),
        now: later,
      }),
    );
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/was erased/);
    expect(canaryColumns()).toEqual([]);
  });

  it("lets the same person be added again afterwards as a new candidate (the old email no longer matches)", () => {
    const seeded = seedCanaryCandidate();
    const { rita } = people(handle.db);
    eraseCandidate(handle.db, { user: rita, candidateId: seeded.candidateId, confirmName: NAME });
    const again = addCandidate(handle.db, { user: rita, roleId: seeded.payments, name: NAME, email: EMAIL, links: [], notes: "" });
    expect(again.candidateId).not.toBe(seeded.candidateId);
  });
});

describe("redacting copied text", () => {
  it.each([
    ["Scheduled with Sam Alvarez for Al (Payments)", ["Al"], "Scheduled with Sam Alvarez for [erased] (Payments)"],
    ["Marked as not held: She was ill (again).", ["She was ill (again)."], "Marked as not held: [erased]"],
    ["Emailed ANA RUIZ <ana@example.com>", ["Ana Ruiz", "ana@example.com"], "Emailed [erased] <[erased]>"],
    ["Nothing to see", ["", "  "], "Nothing to see"],
    ["Bruno Díaz and Díaz", ["Díaz"], "Bruno [erased] and [erased]"],
  ])("%j without %j → %j", (text, needles, expected) => {
    expect(redact(text, needles)).toBe(expected);
  });
});

describe("the typed-name confirmation", () => {
  it.each([
    ["Ana Ruiz", "Ana Ruiz", true],
    [" Ana  Ruiz ", "Ana Ruiz", true],
    ["Ana Ruiz", "Ana  Ruiz", true],
    ["ana ruiz", "Ana Ruiz", false],
    ["Ana", "Ana Ruiz", false],
    ["", "", false],
    ["Zoe\u0301", "Zo\u00e9", true],
  ])("%j against %j → %s", (typed, name, expected) => {
    expect(sameName(typed, name)).toBe(expected);
  });
});
