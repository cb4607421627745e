import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  applications,
  auditEvents,
  candidates,
  frameworkSections,
  interviews,
  scorecardAmendments,
  scorecardRatings,
  scorecards,
  users,
} from "@/db/schema";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { amendScorecard } from "@/lib/scorecards/amend-scorecard";
import { listVisibleScorecards } from "@/lib/scorecards/list-visible-scorecards";
import { kitRules, loadInterviewKit, loadKitToWrite } from "@/lib/scorecards/load-interview-kit";
import { loadOwnScorecard, loadReadableScorecard, type ScorecardSnapshot } from "@/lib/scorecards/load-scorecard";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import type { ScorecardContent } from "@/lib/scorecards/scorecard-content";
import { saveDraftBodySchema } from "@/lib/scorecards/scorecard-schema";
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

function person(email: string): SessionUser {
  const user = loadSessionUser(db, { email });
  if (!user) throw new Error(`No demo person ${email}`);
  return user;
}
const maya = () => person("maya@levelset.test");
const priya = () => person("interviewer@levelset.test");
const omar = () => person("omar@levelset.test");
const helen = () => person("helen@levelset.test");
const hugo = () => person("hm@levelset.test");
const sam = () => person("sam@levelset.test");
const rita = () => person("recruiter@levelset.test");
const ada = () => person("admin@levelset.test");

function interviewOf(candidate: string, interviewer: SessionUser): string {
  const row = db
    .select({ id: interviews.id })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(candidates.name, candidate), eq(interviews.interviewerId, interviewer.id)))
    .get();
  if (!row) throw new Error(`No interview of ${candidate} by ${interviewer.name}`);
  return row.id;
}

/** Every focus section rated 2 with evidence and a scope: passes the submit rules. */
function completeContent(user: SessionUser, interviewId: string, evidence = "Led a multi-team migration with measured results."): ScorecardContent {
  const kit = loadInterviewKit(db, { user, interviewId });
  if (!kit) throw new Error("No kit");
  return {
    ratings: kit.sections.map((s) => ({
      sectionId: s.id,
      rating: 2,
      notAssessed: false,
      evidence,
      scope: "multi-team",
      itemsObserved: s.items.slice(0, 1).map((i) => i.id),
    })),
    redFlags: [],
    overallRecommendation: "staff",
    confidence: "high",
    summary: "Strong across the board.",
  };
}

function scorecardRow(interviewId: string) {
  return db
    .select({ id: scorecards.id, status: scorecards.status, revision: scorecards.revision, summary: scorecards.summary })
    .from(scorecards)
    .where(eq(scorecards.interviewId, interviewId))
    .get();
}

describe("the blind rule", () => {
  it("hides another interviewer's scorecard until you submit your own, for the same application only", () => {
    const mayaInterview = interviewOf("Grace Kim", maya());
    const priyaInterview = interviewOf("Grace Kim", priya());
    const mayaCard = submitScorecard(db, {
      user: maya(),
      interviewId: mayaInterview,
      baseRevision: 0,
      content: completeContent(maya(), mayaInterview),
    });
    const applicationId = loadInterviewKit(db, { user: maya(), interviewId: mayaInterview })?.interview.applicationId ?? "";

    // Before Priya submits: not by id, not in the panel list, not through Maya's interview.
    expect(loadReadableScorecard(db, { user: priya(), scorecardId: mayaCard.scorecardId })).toBeNull();
    expect(listVisibleScorecards(db, { user: priya(), applicationId })).toEqual([]);
    expect(loadInterviewKit(db, { user: priya(), interviewId: mayaInterview })).toBeNull();
    expect(loadOwnScorecard(db, { user: priya(), interviewId: mayaInterview })).toBeNull();
    expect(
      domainError(() =>
        saveScorecardDraft(db, { user: priya(), interviewId: mayaInterview, baseRevision: 1, content: completeContent(maya(), mayaInterview) }),
      ).code,
    ).toBe("not-found");

    // A draft of her own does not open it either.
    const draft = saveScorecardDraft(db, {
      user: priya(),
      interviewId: priyaInterview,
      baseRevision: 0,
      content: completeContent(priya(), priyaInterview),
    });
    expect(loadReadableScorecard(db, { user: priya(), scorecardId: mayaCard.scorecardId })).toBeNull();

    // Omar, who has not submitted, and Hugo, hiring manager of another role, still see nothing.
    expect(loadReadableScorecard(db, { user: omar(), scorecardId: mayaCard.scorecardId })).toBeNull();
    expect(loadReadableScorecard(db, { user: hugo(), scorecardId: mayaCard.scorecardId })).toBeNull();
    // Recruiters and admins read submitted scorecards; the role's hiring manager, Helen, interviews Grace
    // herself (seeded, not yet submitted), so the blind rule binds her too (design.md, Independent scoring).
    expect(loadReadableScorecard(db, { user: rita(), scorecardId: mayaCard.scorecardId })?.interviewerName).toBe("Maya Cohen");
    expect(loadReadableScorecard(db, { user: ada(), scorecardId: mayaCard.scorecardId })).not.toBeNull();
    expect(loadReadableScorecard(db, { user: helen(), scorecardId: mayaCard.scorecardId })).toBeNull();
    // Nobody but the author reads a draft.
    expect(loadReadableScorecard(db, { user: helen(), scorecardId: draft.scorecardId })).toBeNull();
    expect(loadReadableScorecard(db, { user: rita(), scorecardId: draft.scorecardId })).toBeNull();
    expect(loadReadableScorecard(db, { user: priya(), scorecardId: draft.scorecardId })?.status).toBe("draft");

    submitScorecard(db, {
      user: priya(),
      interviewId: priyaInterview,
      baseRevision: draft.revision,
      content: completeContent(priya(), priyaInterview),
    });
    expect(loadReadableScorecard(db, { user: priya(), scorecardId: mayaCard.scorecardId })?.interviewerName).toBe("Maya Cohen");
    expect(listVisibleScorecards(db, { user: priya(), applicationId }).map((c) => c.interviewerName)).toEqual(["Maya Cohen"]);
    // Maya now sees Priya's too: both submitted.
    expect(listVisibleScorecards(db, { user: maya(), applicationId }).map((c) => c.interviewerName)).toEqual(["Priya Nair"]);
  });

  it("counts only a submission on the same application", () => {
    // Priya has submitted on Alice Chen's application, but not on Elena Rossi's.
    const samInterview = interviewOf("Elena Rossi", sam());
    const samCard = submitScorecard(db, { user: sam(), interviewId: samInterview, baseRevision: 0, content: completeContent(sam(), samInterview) });
    expect(loadReadableScorecard(db, { user: priya(), scorecardId: samCard.scorecardId })).toBeNull();
    const aliceCard = db
      .select({ id: scorecards.id })
      .from(scorecards)
      .innerJoin(users, eq(users.id, scorecards.interviewerId))
      .innerJoin(applications, eq(applications.id, scorecards.applicationId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(and(eq(candidates.name, "Alice Chen"), eq(users.email, "sam@levelset.test")))
      .get();
    expect(loadReadableScorecard(db, { user: priya(), scorecardId: aliceCard?.id ?? "" })?.interviewerName).toBe("Sam Okoro");
  });
});

describe("optimistic concurrency", () => {
  it("refuses a save that started from an older revision, and stores nothing from it", () => {
    const interviewId = interviewOf("Grace Kim", omar());
    const first = completeContent(omar(), interviewId, "Tab one's evidence.");
    const tabOne = saveScorecardDraft(db, { user: omar(), interviewId, baseRevision: 0, content: first });
    expect(tabOne.revision).toBe(1);

    const stale = domainError(() =>
      saveScorecardDraft(db, { user: omar(), interviewId, baseRevision: 0, content: completeContent(omar(), interviewId, "Tab two's evidence.") }),
    );
    expect(stale.code).toBe("conflict");
    expect(stale.message).toMatch(/changed in another tab or window/);
    expect(scorecardRow(interviewId)?.revision).toBe(1);
    const evidence = db
      .select({ e: scorecardRatings.evidence })
      .from(scorecardRatings)
      .where(eq(scorecardRatings.scorecardId, tabOne.scorecardId))
      .all();
    expect(new Set(evidence.map((r) => r.e))).toEqual(new Set(["Tab one's evidence."]));

    const next = saveScorecardDraft(db, {
      user: omar(),
      interviewId,
      baseRevision: 1,
      content: completeContent(omar(), interviewId, "Tab one again."),
    });
    expect(next.revision).toBe(2);
    expect(domainError(() => submitScorecard(db, { user: omar(), interviewId, baseRevision: 1, content: first })).code).toBe("conflict");
    expect(scorecardRow(interviewId)?.status).toBe("draft");
  });
});

describe("submit locks, amendments keep the original", () => {
  it("locks the scorecard, audits the submission, and records an amendment with both snapshots", () => {
    const interviewId = interviewOf("Elena Rossi", priya());
    const original = completeContent(priya(), interviewId, "Original evidence.");
    const submitted = submitScorecard(db, { user: priya(), interviewId, baseRevision: 0, content: original });
    expect(scorecardRow(interviewId)).toMatchObject({ status: "submitted", revision: 1 });

    const draftAfter = domainError(() => saveScorecardDraft(db, { user: priya(), interviewId, baseRevision: 1, content: original }));
    expect(draftAfter.code).toBe("conflict");
    expect(draftAfter.message).toMatch(/already submitted/);
    const again = domainError(() => submitScorecard(db, { user: priya(), interviewId, baseRevision: 1, content: original }));
    expect(again.code).toBe("conflict");
    expect(again.message).toMatch(/already submitted.*Amend/);
    expect(scorecardRow(interviewId)).toMatchObject({ status: "submitted", revision: 1 });

    const changed = completeContent(priya(), interviewId, "Amended evidence.");
    const noReason = domainError(() => amendScorecard(db, { user: priya(), interviewId, baseRevision: 1, reason: "typo", content: changed }));
    expect(noReason.code).toBe("invalid");
    expect(noReason.fieldErrors?.reason?.[0]).toMatch(/at least 10 characters/);
    expect(
      domainError(() =>
        amendScorecard(db, { user: priya(), interviewId, baseRevision: 1, reason: "Nothing really changed here.", content: original }),
      ).message,
    ).toMatch(/changes nothing/);
    expect(
      domainError(() =>
        amendScorecard(db, { user: priya(), interviewId, baseRevision: 0, reason: "Corrected the evidence wording.", content: changed }),
      ).code,
    ).toBe("conflict");
    expect(db.select({ n: count() }).from(scorecardAmendments).where(eq(scorecardAmendments.scorecardId, submitted.scorecardId)).get()?.n).toBe(0);

    const amended = amendScorecard(db, { user: priya(), interviewId, baseRevision: 1, reason: "Corrected the evidence wording.", content: changed });
    expect(amended.revision).toBe(2);
    const own = loadOwnScorecard(db, { user: priya(), interviewId });
    expect(own?.status).toBe("submitted");
    expect(own?.body.ratings[0]?.evidence).toBe("Amended evidence.");
    expect(own?.amendments).toHaveLength(1);
    const amendment = own?.amendments[0];
    expect(amendment?.reason).toBe("Corrected the evidence wording.");
    expect((amendment?.before as ScorecardSnapshot).ratings[0]?.evidence).toBe("Original evidence.");
    expect((amendment?.before as ScorecardSnapshot).ratings[0]?.sectionName).toBeTruthy();
    expect((amendment?.after as ScorecardSnapshot).ratings[0]?.evidence).toBe("Amended evidence.");

    const audit = db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, submitted.scorecardId))
      .all();
    expect(audit.map((a) => a.action).sort()).toEqual(["scorecard.amended", "scorecard.submitted"]);
    expect(audit.every((a) => a.actorId === priya().id)).toBe(true);
  });
});

describe("bad input is refused with a clear message and nothing stored", () => {
  const interviewId = () => interviewOf("Grace Kim", helen());
  const nothingStored = () => expect(scorecardRow(interviewId())).toBeUndefined();

  it("a rating outside 0–2 fails the request schema and the domain rules", () => {
    const content = completeContent(helen(), interviewId());
    const bad = { ...content, ratings: content.ratings.map((r, i) => (i === 0 ? { ...r, rating: 3 } : r)) };
    const parsed = saveDraftBodySchema.safeParse({ baseRevision: 0, content: bad });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("A rating must be 0, 1 or 2, or Not assessed.");
    const error = domainError(() => saveScorecardDraft(db, { user: helen(), interviewId: interviewId(), baseRevision: 0, content: bad }));
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(/a rating must be 0, 1 or 2/);
    nothingStored();
  });

  it("a section outside the stage's focus", () => {
    const content = completeContent(helen(), interviewId());
    const productThinking = db
      .select({ id: frameworkSections.id })
      .from(frameworkSections)
      .where(eq(frameworkSections.key, "product-thinking"))
      .get();
    const bad = {
      ...content,
      ratings: [
        ...content.ratings,
        { sectionId: productThinking?.id ?? "", rating: 1, notAssessed: false, evidence: "", scope: null, itemsObserved: [] },
      ],
    };
    const error = domainError(() => saveScorecardDraft(db, { user: helen(), interviewId: interviewId(), baseRevision: 0, content: bad }));
    expect(error.message).toMatch(/not a focus of this interview's stage/);
    nothingStored();
  });

  it("someone else's interview id", () => {
    const omarsInterview = interviewOf("Grace Kim", omar());
    const before = scorecardRow(omarsInterview);
    const error = domainError(() =>
      saveScorecardDraft(db, {
        user: helen(),
        interviewId: omarsInterview,
        baseRevision: before?.revision ?? 0,
        content: completeContent(omar(), omarsInterview),
      }),
    );
    expect(error.code).toBe("not-found");
    expect(error.message).toBe("This interview was not found, or you don't have access to it.");
    expect(
      domainError(() =>
        submitScorecard(db, {
          user: helen(),
          interviewId: omarsInterview,
          baseRevision: before?.revision ?? 0,
          content: completeContent(omar(), omarsInterview),
        }),
      ).code,
    ).toBe("not-found");
    expect(scorecardRow(omarsInterview)).toEqual(before);
  });

  it("oversized evidence, naming the section", () => {
    const content = completeContent(helen(), interviewId(), "x".repeat(5001));
    const error = domainError(() => saveScorecardDraft(db, { user: helen(), interviewId: interviewId(), baseRevision: 0, content }));
    expect(error.message).toMatch(/^The draft was not saved\. Scope and impact: the evidence is 5,001 characters; shorten it to 5,000 or fewer\./);
    nothingStored();
  });

  it("an incomplete submit: a 2 without evidence", () => {
    const content = completeContent(helen(), interviewId(), "");
    const error = domainError(() => submitScorecard(db, { user: helen(), interviewId: interviewId(), baseRevision: 0, content }));
    expect(error.message).toMatch(/^The scorecard was not submitted\. Scope and impact: a rating of 2 needs written evidence\./);
    nothingStored();
  });

  it("recruiters and admins cannot write scorecards", () => {
    expect(
      domainError(() =>
        saveScorecardDraft(db, { user: rita(), interviewId: interviewId(), baseRevision: 0, content: completeContent(helen(), interviewId()) }),
      ).code,
    ).toBe("forbidden");
    expect(
      domainError(() =>
        submitScorecard(db, { user: ada(), interviewId: interviewId(), baseRevision: 0, content: completeContent(helen(), interviewId()) }),
      ).code,
    ).toBe("forbidden");
    nothingStored();
  });

  it("a cancelled interview takes no scorecard", () => {
    const lee = person("lee@levelset.test");
    const id = interviewOf("Elena Rossi", lee);
    const content = completeContent(lee, id);
    db.update(interviews).set({ status: "cancelled" }).where(eq(interviews.id, id)).run();
    const before = scorecardRow(id);
    expect(domainError(() => saveScorecardDraft(db, { user: lee, interviewId: id, baseRevision: before?.revision ?? 0, content })).message).toMatch(
      /cancelled/,
    );
    // Access follows live interviews only: the cancelled kit is gone for its interviewer.
    expect(loadInterviewKit(db, { user: lee, interviewId: id })).toBeNull();
    expect(scorecardRow(id)).toEqual(before);
  });
});

describe("what a scorecard write reads of the kit", () => {
  it("is the page's kit rules, for every person and every interview, and nothing where the page shows nothing", () => {
    const everyone = db.select({ email: users.email }).from(users).all();
    const every = db.select({ id: interviews.id }).from(interviews).all();
    expect(every.length).toBeGreaterThan(20);
    let writable = 0;
    for (const { email } of everyone) {
      const user = person(email);
      for (const { id } of every) {
        const kit = loadInterviewKit(db, { user, interviewId: id });
        const toWrite = loadKitToWrite(db, { user, interviewId: id });
        if (!kit) {
          expect(toWrite).toBeNull();
          continue;
        }
        writable++;
        expect(toWrite).toEqual({
          interview: { id, applicationId: kit.interview.applicationId, scheduledAt: kit.interview.scheduledAt, stageName: kit.interview.stageName },
          candidate: { name: kit.candidate.name, erased: false },
          rules: kitRules(kit),
        });
      }
    }
    // Every live interview has its interviewer; the others have none.
    expect(writable).toBe(db.select({ n: count() }).from(interviews).where(eq(interviews.status, "scheduled")).get()?.n);
  });
});
