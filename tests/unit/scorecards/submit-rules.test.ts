import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { applications, auditEvents, candidates, interviews, scorecardAmendments, scorecards } from "@/db/schema";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { amendScorecard } from "@/lib/scorecards/amend-scorecard";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import { loadOwnScorecard } from "@/lib/scorecards/load-scorecard";
import type { ScorecardContent } from "@/lib/scorecards/scorecard-content";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { createSeededDb } from "../helpers/temp-db";
import { domainError } from "../roles/db-fixtures";

let db: Db;
let seededAt: Date;
let close: () => void;
beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  seededAt = handle.now;
  close = handle.close;
});
afterAll(() => close());

const person = (email: string): SessionUser => {
  const user = loadSessionUser(db, { email });
  if (!user) throw new Error(`No demo person ${email}`);
  return user;
};

function interviewOf(candidate: string, user: SessionUser) {
  const row = db
    .select({ id: interviews.id, scheduledAt: interviews.scheduledAt })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(candidates.name, candidate), eq(interviews.interviewerId, user.id)))
    .get();
  if (!row) throw new Error(`No interview of ${candidate} by ${user.name}`);
  return row;
}

function content(user: SessionUser, interviewId: string, evidence: string, notAssessedAll = false): ScorecardContent {
  const kit = loadInterviewKit(db, { user, interviewId });
  if (!kit) throw new Error("No kit");
  return {
    ratings: kit.sections.map((s) =>
      notAssessedAll
        ? { sectionId: s.id, rating: null, notAssessed: true, evidence: "", scope: null, itemsObserved: [] }
        : { sectionId: s.id, rating: 2, notAssessed: false, evidence, scope: "team", itemsObserved: [] },
    ),
    redFlags: [],
    overallRecommendation: "senior",
    confidence: "medium",
    summary: "",
  };
}

const statusOf = (interviewId: string) =>
  db.select({ s: scorecards.status }).from(scorecards).where(eq(scorecards.interviewId, interviewId)).get()?.s ?? null;
const HOUR = 3_600_000;

describe("no placeholder submit", () => {
  // Sam's interview of Elena Rossi is upcoming in the demo as seeded.
  it.each([
    ["a day before the start", -24 * HOUR, false],
    ["a minute before the start", -60_000, false],
    ["at the start", 0, true],
  ] as const)("submitting %s: allowed %s", (_when, offset, allowed) => {
    const sam = person("sam@levelset.test");
    const interview = interviewOf("Elena Rossi", sam);
    expect(interview.scheduledAt.getTime()).toBeGreaterThan(seededAt.getTime());
    const now = new Date(interview.scheduledAt.getTime() + offset);
    const submit = () =>
      submitScorecard(db, {
        user: sam,
        interviewId: interview.id,
        baseRevision: 0,
        content: content(sam, interview.id, "Walked through the ledger design."),
        now,
      });
    if (allowed) {
      expect(submit().revision).toBe(1);
      expect(statusOf(interview.id)).toBe("submitted");
    } else {
      const error = domainError(submit);
      expect(error.code).toBe("invalid");
      const when = `${interview.scheduledAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
      expect(error.message).toBe(
        `The scorecard was not submitted. This interview starts at ${when}; submit it after the interview. Your draft is kept.`,
      );
      expect(statusOf(interview.id)).toBeNull();
    }
  });

  it("refuses a submit with every section not assessed, and stores nothing", () => {
    const hugo = person("hm@levelset.test");
    const interview = interviewOf("Elena Rossi", hugo);
    const now = new Date(interview.scheduledAt.getTime() + 2 * HOUR);
    const error = domainError(() =>
      submitScorecard(db, { user: hugo, interviewId: interview.id, baseRevision: 0, content: content(hugo, interview.id, "", true), now }),
    );
    expect(error.message).toMatch(/^The scorecard was not submitted\. Every section is marked Not assessed\./);
    expect(statusOf(interview.id)).toBeNull();
  });
});

describe("amendments record whether the author could read the panel", () => {
  it("false while no one else has submitted, true once another scorecard is in; the debrief's history says so", () => {
    const later = new Date(seededAt.getTime() + 30 * 24 * HOUR);
    const sam = person("sam@levelset.test");
    const samInterview = interviewOf("Elena Rossi", sam).id;
    // Sam's scorecard was submitted above (at the start), the only one on Elena's application.
    const first = amendScorecard(db, {
      user: sam,
      interviewId: samInterview,
      baseRevision: 1,
      reason: "Added the scope of the evidence.",
      content: content(sam, samInterview, "Walked through the ledger design, for the whole team."),
      now: later,
    });
    expect(first.afterPanelVisible).toBe(false);

    const hugo = person("hm@levelset.test");
    const hugoInterview = interviewOf("Elena Rossi", hugo).id;
    submitScorecard(db, {
      user: hugo,
      interviewId: hugoInterview,
      baseRevision: 0,
      content: content(hugo, hugoInterview, "Clear trade-offs on consistency."),
      now: later,
    });

    const second = amendScorecard(db, {
      user: sam,
      interviewId: samInterview,
      baseRevision: first.revision,
      reason: "Raised after the debrief discussion.",
      content: content(sam, samInterview, "Ledger design, consistent across teams."),
      now: new Date(later.getTime() + HOUR),
    });
    expect(second.afterPanelVisible).toBe(true);

    const stored = db.select({ id: scorecardAmendments.id, after: scorecardAmendments.afterPanelVisible }).from(scorecardAmendments).all();
    expect(stored.find((a) => a.id === first.amendmentId)?.after).toBe(false);
    expect(stored.find((a) => a.id === second.amendmentId)?.after).toBe(true);
    const own = loadOwnScorecard(db, { user: sam, interviewId: samInterview });
    expect(own?.amendments.map((a) => a.afterPanelVisible)).toEqual([false, true]);
    const summaries = db
      .select({ summary: auditEvents.summary })
      .from(auditEvents)
      .where(eq(auditEvents.action, "scorecard.amended"))
      .all()
      .map((e) => e.summary);
    expect(summaries.filter((s) => s.endsWith(", after reading the panel"))).toHaveLength(1);
  });
});
