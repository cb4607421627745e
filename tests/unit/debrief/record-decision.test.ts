import { count, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { decisionSchema } from "@/lib/debrief/decision-schema";
import { readSnapshot } from "@/lib/debrief/engine-snapshot";
import { recordDecision } from "@/lib/debrief/record-decision";
import { createSeededDb } from "../helpers/temp-db";
import { applicationId as applicationIdOf, domainError, person as personByEmail } from "../roles/db-fixtures";

let handle: Awaited<ReturnType<typeof createSeededDb>>;
beforeEach(async () => {
  handle = await createSeededDb();
});
afterEach(() => handle.close());

const decide = (
  email: string,
  candidate: string,
  input: { level: "staff" | "senior" | "none"; hire: boolean; rationale?: string; overrideReason?: string },
) =>
  recordDecision(handle.db, {
    user: personByEmail(handle.db, email),
    applicationId: applicationIdOf(handle.db, candidate),
    rationale: input.rationale ?? "The panel's evidence is consistent across interviews.",
    level: input.level,
    hire: input.hire,
    overrideReason: input.overrideReason,
    now: handle.now,
  });

function stateOf(candidate: string) {
  const applicationId = applicationIdOf(handle.db, candidate);
  return {
    decisions: handle.db.select({ n: count() }).from(s.decisions).where(eq(s.decisions.applicationId, applicationId)).get()?.n,
    status: handle.db.select({ status: s.applications.status }).from(s.applications).where(eq(s.applications.id, applicationId)).get()?.status,
    audit: handle.db.select({ n: count() }).from(s.auditEvents).where(eq(s.auditEvents.entityId, applicationId)).get()?.n,
  };
}

describe("recording a decision", () => {
  it("refuses the hiring manager while an interview of their own on the application is unsubmitted (the blind rule), and stores nothing", () => {
    // Hugo interviews Elena Rossi himself and has not submitted his scorecard.
    const before = stateOf("Elena Rossi");
    const error = domainError(() => decide("hm@levelset.test", "Elena Rossi", { level: "senior", hire: true }));
    expect(error.code).toBe("forbidden");
    expect(error.message).toMatch(/after submitting their own scorecard/);
    expect(stateOf("Elena Rossi")).toEqual(before);
  });

  it("requires a reason to decide Staff on Bruno's Senior recommendation, and stores nothing without one", () => {
    const before = stateOf("Bruno Díaz");
    const error = domainError(() => decide("hm@levelset.test", "Bruno Díaz", { level: "staff", hire: true }));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.overrideReason?.[0]).toMatch(/recommendation is Senior/);
    expect(stateOf("Bruno Díaz")).toEqual(before);
  });

  it("stores the decision with the engine's snapshot, moves the application to decided and writes the audit event", () => {
    const result = decide("hm@levelset.test", "Bruno Díaz", {
      level: "staff",
      hire: true,
      overrideReason: "The cross-team work he described at his last company was verified by references.",
    });
    expect(result.againstRecommendation).toBe(true);
    const applicationId = applicationIdOf(handle.db, "Bruno Díaz");
    const stored = handle.db.select().from(s.decisions).where(eq(s.decisions.applicationId, applicationId)).get();
    expect(stored?.level).toBe("staff");
    expect(stored?.hire).toBe(true);
    expect(stored?.overrideReason).toMatch(/references/);
    expect(readSnapshot(stored?.engineSnapshot)).toMatchObject({ level: "senior", computedAt: handle.now.toISOString() });
    expect((stored?.engineSnapshot as { rules: unknown[] }).rules).toHaveLength(9);
    expect(stateOf("Bruno Díaz").status).toBe("decided");
    const audit = handle.db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.action, "decision.recorded"))
      .all()
      .find((e) => e.entityId === applicationId);
    expect(audit?.summary).toBe("Decided on Bruno Díaz: hire at Staff (against the recommendation: Senior)");
    expect(audit?.actorId).toBe(personByEmail(handle.db, "hm@levelset.test").id);
    expect(audit?.data).toMatchObject({ decisionId: result.decisionId, recommendedLevel: "senior", againstRecommendation: true });
  });

  it("refuses a second decision on the same application and keeps the first", () => {
    decide("hm@levelset.test", "Alice Chen", { level: "staff", hire: true });
    const before = stateOf("Alice Chen");
    const error = domainError(() =>
      decide("hm@levelset.test", "Alice Chen", { level: "senior", hire: true, overrideReason: "Changed my mind after sleeping on it." }),
    );
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/already recorded/);
    expect(stateOf("Alice Chen")).toEqual(before);
  });

  it.each([
    ["another role's hiring manager", "helen@levelset.test"],
    ["the recruiter", "recruiter@levelset.test"],
    ["an admin", "admin@levelset.test"],
    ["an interviewer on the panel", "sam@levelset.test"],
  ])("refuses %s and stores nothing", (_who, email) => {
    const before = stateOf("Bruno Díaz");
    const error = domainError(() => decide(email, "Bruno Díaz", { level: "senior", hire: true }));
    expect(error.code).toBe("forbidden");
    expect(stateOf("Bruno Díaz")).toEqual(before);
  });

  it("follows the recommendation without a reason", () => {
    expect(decide("hm@levelset.test", "Alice Chen", { level: "staff", hire: true }).againstRecommendation).toBe(false);
    expect(decide("hm@levelset.test", "Chloe Okafor", { level: "none", hire: false }).againstRecommendation).toBe(false);
  });

  it("always needs a reason on insufficient evidence (Dev Patel)", () => {
    expect(domainError(() => decide("hm@levelset.test", "Dev Patel", { level: "none", hire: false })).fieldErrors?.overrideReason).toBeDefined();
    expect(
      decide("hm@levelset.test", "Dev Patel", { level: "staff", hire: true, overrideReason: "Probed cross-team influence in a follow-up call." })
        .againstRecommendation,
    ).toBe(true);
  });

  it("needs a reason to hire below the Senior bar (Chloe Okafor)", () => {
    expect(domainError(() => decide("hm@levelset.test", "Chloe Okafor", { level: "senior", hire: true })).code).toBe("invalid");
  });

  it("refuses hiring without a level", () => {
    const error = domainError(() => decide("hm@levelset.test", "Alice Chen", { level: "none", hire: true }));
    expect(error.fieldErrors?.level?.[0]).toMatch(/choose the level/i);
    // The summary says what to do, not that the decision "does not fit the role".
    expect(error.message).toMatch(/choose the level you hire at: Staff or Senior/i);
    expect(error.message).not.toMatch(/does not fit/i);
    expect(stateOf("Alice Chen").decisions).toBe(0);
  });

  it("refuses a decision on an application with no submitted scorecard", () => {
    const error = domainError(() =>
      decide("hm@levelset.test", "Farid Rahimi", { level: "none", hire: false, overrideReason: "No loop was run at all." }),
    );
    expect(error.code).toBe("conflict");
    expect(stateOf("Farid Rahimi").decisions).toBe(0);
  });
});

describe("the decision schema", () => {
  const valid = { applicationId: "a1", level: "staff", hire: "true", rationale: "Strong Staff evidence across the loop." };

  it("parses form strings and drops anything the client adds, such as a snapshot", () => {
    const parsed = decisionSchema.parse({ ...valid, overrideReason: "  ", engineSnapshot: { level: "staff" } });
    expect(parsed).toEqual({
      applicationId: "a1",
      level: "staff",
      hire: true,
      rationale: valid.rationale,
      overrideReason: undefined,
      probeSectionIds: [],
      decideWithoutMissing: false,
      missingReason: undefined,
    });
  });

  it.each([
    ["a short rationale", { rationale: "too short" }, "rationale"],
    ["a long rationale", { rationale: "x".repeat(5001) }, "rationale"],
    ["an unknown level", { level: "principal" }, "level"],
    ["a missing hire choice", { hire: undefined }, "hire"],
  ])("rejects %s", (_name, patch, field) => {
    const result = decisionSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(field);
  });
});
