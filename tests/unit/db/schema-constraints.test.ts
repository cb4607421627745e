import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createSeededDb } from "../helpers/temp-db";

let handle: Awaited<ReturnType<typeof createSeededDb>>;

beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

function anInterviewWithScorecard() {
  const row = handle.db
    .select({
      interviewId: s.scorecards.interviewId,
      applicationId: s.scorecards.applicationId,
      interviewerId: s.scorecards.interviewerId,
      scorecardId: s.scorecards.id,
    })
    .from(s.scorecards)
    .limit(1)
    .get();
  if (!row) throw new Error("The demo seed should have scorecards.");
  return row;
}

describe("schema constraints on a real SQLite file", () => {
  it("allows one scorecard per interview", () => {
    const { interviewId, applicationId, interviewerId } = anInterviewWithScorecard();
    expect(() => handle.db.insert(s.scorecards).values({ interviewId, applicationId, interviewerId }).run()).toThrow(
      /UNIQUE constraint failed: scorecards.interview_id/,
    );
  });

  it("refuses a scorecard for an interview that does not exist", () => {
    const { applicationId, interviewerId } = anInterviewWithScorecard();
    expect(() => handle.db.insert(s.scorecards).values({ interviewId: "no-such-interview", applicationId, interviewerId }).run()).toThrow(
      /FOREIGN KEY constraint failed/,
    );
  });

  it.each([
    ["rating 3", { rating: 3 }],
    ["rating -1", { rating: -1 }],
    ["not assessed with a rating", { rating: 1, notAssessed: true }],
  ])("refuses a scorecard rating with %s", (_label, values) => {
    const { scorecardId } = anInterviewWithScorecard();
    const section = handle.db.select({ id: s.frameworkSections.id }).from(s.frameworkSections).limit(1).get();
    if (!section) throw new Error("The demo seed should have sections.");
    // Remove first so only the CHECK constraint, not the primary key, can refuse the row.
    handle.db.delete(s.scorecardRatings).where(eq(s.scorecardRatings.scorecardId, scorecardId)).run();
    expect(() =>
      handle.db
        .insert(s.scorecardRatings)
        .values({ scorecardId, sectionId: section.id, ...values })
        .run(),
    ).toThrow(/CHECK constraint failed/);
  });

  it("allows one decision per application", () => {
    const decided = handle.db.select({ applicationId: s.decisions.applicationId, by: s.decisions.decidedById }).from(s.decisions).get();
    if (!decided) throw new Error("The demo seed should have a decision.");
    expect(() =>
      handle.db
        .insert(s.decisions)
        .values({
          applicationId: decided.applicationId,
          decidedById: decided.by,
          level: "senior",
          hire: true,
          rationale: "again",
          engineSnapshot: {},
        })
        .run(),
    ).toThrow(/UNIQUE constraint failed: decisions.application_id/);
  });

  it("allows a candidate only once per role", () => {
    const app = handle.db.select({ candidateId: s.applications.candidateId, roleId: s.applications.roleId }).from(s.applications).get();
    if (!app) throw new Error("The demo seed should have applications.");
    expect(() => handle.db.insert(s.applications).values(app).run()).toThrow(/UNIQUE constraint failed/);
  });

  it("refuses a role that hires for no level", () => {
    const version = handle.db.select({ id: s.frameworkVersions.id }).from(s.frameworkVersions).get();
    if (!version) throw new Error("The demo seed should have a framework version.");
    expect(() =>
      handle.db.insert(s.roles).values({ title: "Nothing", hiresSenior: false, hiresStaff: false, frameworkVersionId: version.id }).run(),
    ).toThrow(/CHECK constraint failed/);
  });

  it("will not delete a framework section that scorecards were written against", () => {
    const rating = handle.db.select({ sectionId: s.scorecardRatings.sectionId }).from(s.scorecardRatings).limit(1).get();
    if (!rating) throw new Error("The demo seed should have ratings.");
    expect(() => handle.db.delete(s.frameworkSections).where(eq(s.frameworkSections.id, rating.sectionId)).run()).toThrow(
      /FOREIGN KEY constraint failed/,
    );
  });

  it("keeps emails unique", () => {
    expect(() => handle.db.insert(s.users).values({ email: "admin@levelset.test", name: "Twin" }).run()).toThrow(
      /UNIQUE constraint failed: users.email/,
    );
  });
});

describe("the database file", () => {
  it("runs in WAL mode with foreign keys on", () => {
    const mode = handle.sqlite.pragma("journal_mode", { simple: true });
    const fks = handle.sqlite.pragma("foreign_keys", { simple: true });
    expect(mode).toBe("wal");
    expect(fks).toBe(1);
  });
});
