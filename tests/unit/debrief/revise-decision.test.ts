import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { reopenDecisionSchema, reviseDecisionSchema } from "@/lib/debrief/decision-schema";
import { loadDebrief } from "@/lib/debrief/load-debrief";
import { recordDecision } from "@/lib/debrief/record-decision";
import { reopenDecision } from "@/lib/debrief/reopen-decision";
import { reviseDecision } from "@/lib/debrief/revise-decision";
import { createSeededDb } from "../helpers/temp-db";
import { applicationId as applicationIdOf, domainError, person as personByEmail } from "../roles/db-fixtures";

let handle: Awaited<ReturnType<typeof createSeededDb>>;
beforeEach(async () => {
  handle = await createSeededDb();
});
afterEach(() => handle.close());

const HM = "hm@levelset.test";
const later = (minutes: number) => new Date(handle.now.getTime() + minutes * 60_000);
const sectionIdOf = (name: string) => {
  const row = handle.db
    .select({ id: s.frameworkSections.id })
    .from(s.frameworkSections)
    .innerJoin(s.roleSections, eq(s.roleSections.sectionId, s.frameworkSections.id))
    .where(eq(s.frameworkSections.name, name))
    .get();
  if (!row) throw new Error(`No section ${name}`);
  return row.id;
};

const rows = (candidate: string) => {
  const applicationId = applicationIdOf(handle.db, candidate);
  return {
    decision: handle.db.select().from(s.decisions).where(eq(s.decisions.applicationId, applicationId)).get() ?? null,
    history: handle.db.select().from(s.decisionHistory).where(eq(s.decisionHistory.applicationId, applicationId)).all(),
    status: handle.db.select({ status: s.applications.status }).from(s.applications).where(eq(s.applications.id, applicationId)).get()?.status,
    audit: handle.db
      .select({ action: s.auditEvents.action, summary: s.auditEvents.summary, data: s.auditEvents.data })
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityType, "application"), eq(s.auditEvents.entityId, applicationId)))
      .all(),
  };
};

const revise = (candidate: string, input: Record<string, unknown>, email = HM, minutes = 5) =>
  reviseDecision(handle.db, {
    ...reviseDecisionSchema.parse({ applicationId: applicationIdOf(handle.db, candidate), ...input }),
    user: personByEmail(handle.db, email),
    now: later(minutes),
  });

/** Alice Chen with one more scheduled interview whose scorecard is not in: a partial panel. */
function addPendingInterview() {
  const applicationId = applicationIdOf(handle.db, "Alice Chen");
  const stage = handle.db.select({ id: s.interviews.stageId }).from(s.interviews).where(eq(s.interviews.applicationId, applicationId)).get();
  handle.db
    .insert(s.interviews)
    .values({
      applicationId,
      stageId: stage!.id,
      interviewerId: personByEmail(handle.db, "omar@levelset.test").id,
      scheduledAt: later(60 * 24),
    })
    .run();
}

describe("holding for more signal", () => {
  it("records a hold on insufficient evidence without an override reason, keeps the application in debrief and names the sections", () => {
    const probe = [sectionIdOf("Cross-team influence")];
    recordDecision(handle.db, {
      user: personByEmail(handle.db, HM),
      applicationId: applicationIdOf(handle.db, "Dev Patel"),
      level: "none",
      hire: "hold",
      rationale: "One more interviewer must probe cross-team influence.",
      overrideReason: undefined,
      probeSectionIds: probe,
      now: handle.now,
    });
    const after = rows("Dev Patel");
    expect(after.decision).toMatchObject({ held: true, hire: false, level: "none", probeSectionIds: probe, overrideReason: null });
    expect(after.status).toBe("debrief");
    expect(after.audit.at(-1)?.summary).toBe("Decided on Dev Patel: hold for more signal on Cross-team influence");
    expect(after.audit.at(-1)?.data).toMatchObject({ held: true, againstRecommendation: false });

    const debrief = loadDebrief(handle.db, {
      user: personByEmail(handle.db, "recruiter@levelset.test"),
      applicationId: after.decision!.applicationId,
      now: handle.now,
    });
    expect(debrief?.decision?.probeSectionNames).toEqual(["Cross-team influence"]);
    expect(debrief?.canSchedule).toBe(true);
  });

  it("refuses a hold that names no section, or a section outside the role", () => {
    const applicationId = applicationIdOf(handle.db, "Dev Patel");
    expect(
      reviseDecisionSchema.safeParse({ applicationId, hire: "hold", rationale: "More signal needed here.", revisionReason: "x".repeat(12) }).success,
    ).toBe(false);
    const error = domainError(() =>
      recordDecision(handle.db, {
        user: personByEmail(handle.db, HM),
        applicationId,
        level: "none",
        hire: "hold",
        rationale: "One more interviewer must probe it.",
        overrideReason: undefined,
        probeSectionIds: ["not-a-section"],
        now: handle.now,
      }),
    );
    expect(error.fieldErrors?.probeSectionIds).toBeDefined();
    expect(rows("Dev Patel").decision).toBeNull();
  });
});

describe("deciding on a partial panel", () => {
  it("refuses a hire while a scheduled scorecard is missing, then accepts it with 'decide without them' and a reason", () => {
    addPendingInterview();
    const applicationId = applicationIdOf(handle.db, "Alice Chen");
    const base = {
      user: personByEmail(handle.db, HM),
      applicationId,
      level: "staff" as const,
      hire: true,
      rationale: "Staff evidence across the panel.",
      overrideReason: undefined,
      now: handle.now,
    };
    const refused = domainError(() => recordDecision(handle.db, base));
    expect(refused.message).toMatch(/still missing/);
    expect(refused.fieldErrors?.decideWithoutMissing?.[0]).toMatch(/1 scheduled scorecard is not in yet/);
    const noReason = domainError(() => recordDecision(handle.db, { ...base, decideWithoutMissing: true }));
    expect(noReason.fieldErrors?.missingReason).toBeDefined();
    expect(rows("Alice Chen").decision).toBeNull();

    recordDecision(handle.db, {
      ...base,
      decideWithoutMissing: true,
      missingReason: "The extra interview is a courtesy chat; the panel is complete.",
    });
    expect(rows("Alice Chen").decision?.partialPanelReason).toMatch(/courtesy chat/);
  });

  it("lets a hold through without them", () => {
    addPendingInterview();
    recordDecision(handle.db, {
      user: personByEmail(handle.db, HM),
      applicationId: applicationIdOf(handle.db, "Alice Chen"),
      level: "none",
      hire: "hold",
      rationale: "Waiting for Omar's interview first.",
      overrideReason: undefined,
      probeSectionIds: [sectionIdOf("Execution and delivery")],
      now: handle.now,
    });
    expect(rows("Alice Chen").decision?.held).toBe(true);
  });
});

describe("revising a decision", () => {
  beforeEach(() => {
    recordDecision(handle.db, {
      user: personByEmail(handle.db, HM),
      applicationId: applicationIdOf(handle.db, "Bruno Díaz"),
      level: "senior",
      hire: true,
      rationale: "Solid Senior evidence across the panel.",
      overrideReason: undefined,
      now: handle.now,
    });
  });

  it("keeps the earlier decision with its snapshot and the reason, stores the new one and audits old and new values", () => {
    const before = rows("Bruno Díaz").decision!;
    revise("Bruno Díaz", {
      level: "staff",
      hire: "true",
      rationale: "References confirmed the cross-team ledger migration.",
      overrideReason: "References covered what the panel under-probed.",
      revisionReason: "Two reference calls after the debrief changed the picture.",
    });
    const after = rows("Bruno Díaz");
    expect(after.decision).toMatchObject({ id: before.id, level: "staff", hire: true, held: false });
    expect(after.decision?.createdAt.getTime()).toBe(later(5).getTime());
    expect(after.history).toHaveLength(1);
    expect(after.history[0]).toMatchObject({
      change: "revised",
      reason: "Two reference calls after the debrief changed the picture.",
      level: "senior",
      hire: true,
      rationale: "Solid Senior evidence across the panel.",
      decidedAt: before.createdAt,
    });
    expect(after.history[0]?.engineSnapshot).toEqual(before.engineSnapshot);
    const event = after.audit.find((e) => e.action === "decision.revised");
    expect(event?.summary).toBe("Revised the decision on Bruno Díaz from hire at Senior to hire at Staff (against the recommendation: Senior)");
    expect(event?.data).toMatchObject({ old: { level: "senior", hire: true }, new: { level: "staff", hire: true, againstRecommendation: true } });
    expect(after.status).toBe("decided");

    const debrief = loadDebrief(handle.db, { user: personByEmail(handle.db, HM), applicationId: before.applicationId, now: handle.now });
    expect(debrief?.earlierDecisions.map((d) => [d.change, d.level, d.reason])).toEqual([
      ["revised", "senior", "Two reference calls after the debrief changed the picture."],
    ]);
  });

  it("applies the same rules as a first decision: against the recommendation needs a reason, and nothing changes without one", () => {
    const before = rows("Bruno Díaz");
    const error = domainError(() =>
      revise("Bruno Díaz", { level: "staff", hire: "true", rationale: "Ready for Staff scope now.", revisionReason: "Changed after references." }),
    );
    expect(error.fieldErrors?.overrideReason).toBeDefined();
    expect(rows("Bruno Díaz")).toEqual(before);
  });

  it("turns a decision into a hold, which moves the application back to debrief", () => {
    revise("Bruno Díaz", {
      hire: "hold",
      probeSectionIds: [sectionIdOf("Cross-team influence")],
      rationale: "Need a second read on cross-team influence.",
      revisionReason: "The scope-inflation flag deserves another interview.",
    });
    expect(rows("Bruno Díaz")).toMatchObject({ status: "debrief", decision: { held: true } });
  });

  it("refuses a revision that changes nothing, a missing reason, and anyone but the role's hiring manager", () => {
    const before = rows("Bruno Díaz");
    expect(
      domainError(() =>
        revise("Bruno Díaz", {
          level: "senior",
          hire: "true",
          rationale: "Solid Senior evidence across the panel.",
          revisionReason: "Just checking again.",
        }),
      ).code,
    ).toBe("conflict");
    expect(
      reviseDecisionSchema.safeParse({ applicationId: "a", level: "senior", hire: "true", rationale: "Solid Senior evidence.", revisionReason: "" })
        .success,
    ).toBe(false);
    for (const email of ["helen@levelset.test", "recruiter@levelset.test", "admin@levelset.test"]) {
      const input = {
        level: "staff",
        hire: "true",
        rationale: "Ready for Staff.",
        overrideReason: "References say so.",
        revisionReason: "Because I say so now.",
      };
      expect(domainError(() => revise("Bruno Díaz", input, email)).code).toBe("forbidden");
    }
    expect(rows("Bruno Díaz")).toEqual(before);
  });
});

describe("reopening the debrief", () => {
  it("moves the decision to the history, puts the application back in debrief, and lets a new decision be recorded", () => {
    const applicationId = applicationIdOf(handle.db, "Alice Chen");
    const user = personByEmail(handle.db, HM);
    recordDecision(handle.db, {
      user,
      applicationId,
      level: "staff",
      hire: true,
      rationale: "Staff evidence across the panel.",
      overrideReason: undefined,
      now: handle.now,
    });
    const decided = rows("Alice Chen").decision!;
    reopenDecision(handle.db, {
      ...reopenDecisionSchema.parse({ applicationId, reason: "The offer fell through; the team wants a fresh look." }),
      user,
      now: later(10),
    });
    const after = rows("Alice Chen");
    expect(after.decision).toBeNull();
    expect(after.status).toBe("debrief");
    expect(after.history).toEqual([
      expect.objectContaining({
        change: "reopened",
        decisionId: decided.id,
        level: "staff",
        hire: true,
        reason: "The offer fell through; the team wants a fresh look.",
      }),
    ]);
    const event = after.audit.find((e) => e.action === "decision.reopened");
    expect(event?.summary).toBe("Reopened the debrief on Alice Chen; the decision was hire at Staff");
    expect(event?.data).toMatchObject({ old: { level: "staff", hire: true }, new: { status: "debrief" } });

    recordDecision(handle.db, {
      user,
      applicationId,
      level: "senior",
      hire: true,
      rationale: "Senior after a fresh look.",
      overrideReason: "The team needs Senior scope only.",
      now: later(20),
    });
    expect(rows("Alice Chen").decision?.level).toBe("senior");
  });

  it("refuses without a decision, without a reason, and for anyone but the role's hiring manager", () => {
    const applicationId = applicationIdOf(handle.db, "Alice Chen");
    expect(
      domainError(() =>
        reopenDecision(handle.db, { applicationId, reason: "Nothing to reopen here.", user: personByEmail(handle.db, HM), now: handle.now }),
      ).code,
    ).toBe("conflict");
    expect(reopenDecisionSchema.safeParse({ applicationId, reason: "short" }).success).toBe(false);
    expect(
      domainError(() =>
        reopenDecision(handle.db, {
          applicationId,
          reason: "Trying to reopen it.",
          user: personByEmail(handle.db, "recruiter@levelset.test"),
          now: handle.now,
        }),
      ).code,
    ).toBe("forbidden");
  });
});

describe("the demo's held and revised decisions", () => {
  it("holds Kofi Mensah on Cross-team influence and keeps Lena Vogel's earlier Senior call with its reason", () => {
    const helen = personByEmail(handle.db, "helen@levelset.test");
    const kofi = loadDebrief(handle.db, { user: helen, applicationId: applicationIdOf(handle.db, "Kofi Mensah"), now: handle.now });
    expect(kofi?.decision).toMatchObject({ held: true, probeSectionNames: ["Cross-team influence"] });
    expect(kofi?.recommendation.ok && kofi.recommendation.recommendation.level).toBe("insufficient-evidence");
    const lena = loadDebrief(handle.db, { user: helen, applicationId: applicationIdOf(handle.db, "Lena Vogel"), now: handle.now });
    expect(lena?.decision).toMatchObject({ level: "staff", hire: true });
    expect(lena?.recommendation.ok && lena.recommendation.recommendation.level).toBe("staff");
    expect(lena?.earlierDecisions.map((d) => [d.change, d.level, d.hire])).toEqual([["revised", "senior", false]]);
    expect(lena?.earlierDecisions[0]?.reason).toMatch(/References/);
  });
});
