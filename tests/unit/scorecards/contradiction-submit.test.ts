import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { applications, auditEvents, candidates, interviews, scorecards } from "@/db/schema";
import { loadSessionUser } from "@/lib/auth/session-user";
import { amendScorecard } from "@/lib/scorecards/amend-scorecard";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import type { ScorecardContent } from "@/lib/scorecards/scorecard-content";
import { loadOwnScorecard, loadReadableScorecard } from "@/lib/scorecards/load-scorecard";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { createSeededDb } from "../helpers/temp-db";
import { domainError } from "../roles/db-fixtures";

let db: Db;
let close: () => void;
beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  close = handle.close;
});
afterAll(() => close());

const HOUR = 3_600_000;

function setUp() {
  const sam = loadSessionUser(db, { email: "sam@levelset.test" });
  if (!sam) throw new Error("No demo person sam@levelset.test");
  const interview = db
    .select({ id: interviews.id, scheduledAt: interviews.scheduledAt })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(candidates.name, "Elena Rossi"), eq(interviews.interviewerId, sam.id)))
    .get();
  if (!interview) throw new Error("No interview of Elena Rossi by Sam");
  const kit = loadInterviewKit(db, { user: sam, interviewId: interview.id });
  const caps = kit?.redFlags.find((f) => f.severity === "caps-at-senior");
  if (!kit || !caps) throw new Error("The kit has no caps-at-Senior red flag");
  const content = (
    overallRecommendation: ScorecardContent["overallRecommendation"],
    raise: boolean,
    evidence = "Led the ledger design.",
  ): ScorecardContent => ({
    ratings: kit.sections.map((s) => ({ sectionId: s.id, rating: 2, notAssessed: false, evidence, scope: "org", itemsObserved: [] })),
    redFlags: raise ? [{ redFlagId: caps.id, note: "Claimed the whole migration as solo work." }] : [],
    overallRecommendation,
    confidence: "medium",
    summary: "",
  });
  return { sam, interviewId: interview.id, now: new Date(interview.scheduledAt.getTime() + 2 * HOUR), caps, content };
}

const stored = (interviewId: string) =>
  db.select({ status: scorecards.status, note: scorecards.contradictionNote }).from(scorecards).where(eq(scorecards.interviewId, interviewId)).get();
const lastAudit = (action: string) =>
  db.select({ data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.action, action)).orderBy(desc(auditEvents.at)).get()?.data;

describe("a scorecard that contradicts itself", () => {
  it("is refused without a note (field error on contradictionNote), then submitted with one, which the row and the audit event keep", () => {
    const { sam, interviewId, now, caps, content } = setUp();
    const submit = (contradictionNote?: string) =>
      submitScorecard(db, {
        user: sam,
        interviewId,
        baseRevision: 0,
        content: content("staff", true),
        now,
        ...(contradictionNote === undefined ? {} : { contradictionNote }),
      });

    for (const note of [undefined, "   ", "Because"]) {
      const error = domainError(() => submit(note));
      expect(error.code).toBe("invalid");
      expect(error.message).toMatch(/^The scorecard was not submitted\. You recommend Staff, but you raised “.+”, which caps the level at Senior\./);
      expect(error.fieldErrors?.contradictionNote?.[0]).toMatch(/say in a note why both hold \(at least 10 characters\)/);
      expect(stored(interviewId)?.status ?? null).not.toBe("submitted");
    }

    const saved = submit("  The inflation was one answer; the design round showed org scope.  ");
    expect(saved.revision).toBe(1);
    expect(stored(interviewId)).toEqual({ status: "submitted", note: "The inflation was one answer; the design round showed org scope." });
    expect(lastAudit("scorecard.submitted")).toMatchObject({
      contradictionNote: "The inflation was one answer; the design round showed org scope.",
      contradictions: [`You recommend Staff, but you raised “${caps.title}”, which caps the level at Senior.`],
    });
  });

  it("an amendment that still contradicts needs its note; one that no longer does clears the stored note", () => {
    const { sam, interviewId, now, content } = setUp();
    const amend = (baseRevision: number, recommendation: "staff" | "senior", contradictionNote?: string) =>
      amendScorecard(db, {
        user: sam,
        interviewId,
        baseRevision,
        reason: "Rewrote the evidence after reading my notes again.",
        // An amendment must change the scorecard itself; each call here rewrites the evidence.
        content: content(recommendation, true, `Led the ledger design (revision ${baseRevision + 1}).`),
        now: new Date(now.getTime() + HOUR),
        ...(contradictionNote === undefined ? {} : { contradictionNote }),
      });

    const error = domainError(() => amend(1, "staff"));
    expect(error.message).toMatch(/^The amendment was not saved\. You recommend Staff/);
    expect(error.fieldErrors?.contradictionNote).toHaveLength(1);

    const kept = amend(1, "staff", "Still Staff: the flag was one answer out of many.");
    expect(stored(interviewId)?.note).toBe("Still Staff: the flag was one answer out of many.");
    expect(lastAudit("scorecard.amended")).toMatchObject({ contradictionNote: "Still Staff: the flag was one answer out of many." });

    amend(kept.revision, "senior", "A note that no longer applies.");
    expect(stored(interviewId)?.note).toBeNull();
    expect(lastAudit("scorecard.amended")).not.toHaveProperty("contradictionNote");
  });

  it("an amendment that only rewrites the note is saved, keeps the earlier note in its before snapshot, and the same note again changes nothing", () => {
    const { sam, interviewId, now, content } = setUp();
    const current = db.select({ revision: scorecards.revision }).from(scorecards).where(eq(scorecards.interviewId, interviewId)).get();
    if (!current) throw new Error("The scorecard is missing");
    // The previous test left it at Senior; an amendment brings it back to Staff with a first note.
    const first = amendScorecard(db, {
      user: sam,
      interviewId,
      baseRevision: current.revision,
      reason: "Back to Staff after the reference call.",
      content: content("staff", true, "Led the ledger design (final)."),
      contradictionNote: "The first note on why Staff stands.",
      now: new Date(now.getTime() + 2 * HOUR),
    });
    const noteOnly = (baseRevision: number, contradictionNote: string) =>
      amendScorecard(db, {
        user: sam,
        interviewId,
        baseRevision,
        reason: "Said more clearly why the flag does not cap this candidate.",
        content: content("staff", true, "Led the ledger design (final)."),
        contradictionNote,
        now: new Date(now.getTime() + 3 * HOUR),
      });

    const second = noteOnly(first.revision, "A clearer note: the flag was one inflated answer, the design round showed org scope.");
    expect(stored(interviewId)?.note).toBe("A clearer note: the flag was one inflated answer, the design round showed org scope.");
    const loaded = loadOwnScorecard(db, { user: sam, interviewId });
    const last = loaded?.amendments.find((a) => a.id === second.amendmentId);
    expect(last?.before.contradictionNote).toBe("The first note on why Staff stands.");
    expect(last?.after.contradictionNote).toBe("A clearer note: the flag was one inflated answer, the design round showed org scope.");

    const error = domainError(() =>
      noteOnly(second.revision, "A clearer note: the flag was one inflated answer, the design round showed org scope."),
    );
    expect(error.message).toBe("The amendment changes nothing. Edit the scorecard first, then save the amendment.");
    expect(loadReadableScorecard(db, { user: sam, scorecardId: loaded?.id ?? "" })?.contradictionNote).toBe(
      "A clearer note: the flag was one inflated answer, the design round showed org scope.",
    );
  });
});
