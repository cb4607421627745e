import { and, asc, eq, inArray, isNotNull, isNull, lte, ne, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { alphaBySection, interviewerOffsets, type RatingRow } from "@/lib/calibration";
import { DEFAULT_THRESHOLDS } from "@/lib/calibration/thresholds";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { writeFrameworkVersion } from "@/lib/frameworks/write-framework-version";
import { roleCalibration } from "@/lib/analytics/role-calibration-summary";
import { loadRoleAnalytics } from "@/lib/analytics/load-role-analytics";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { eraseCandidate } from "@/lib/candidates/erase-candidate";
import { recordDecision } from "@/lib/debrief/record-decision";
import { reopenDecision } from "@/lib/debrief/reopen-decision";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { markInterviewNotHeld } from "@/lib/interviews/mark-not-held";
import { updatePerson } from "@/lib/people/save-person";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { amendScorecard } from "@/lib/scorecards/amend-scorecard";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import type { ScorecardContent } from "@/lib/scorecards/scorecard-content";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";
import { createSeededDb } from "../helpers/temp-db";
import { currentSettings, people, roleId, sectionsOf } from "../roles/db-fixtures";

/**
 * The kept agreement and offsets (role_calibration_summaries) against a fresh computation over the same database,
 * after each kind of write. Every check first warms the summary, then writes through the real domain function, then
 * compares what the analytics reads with the statistics computed now from every rating of the role.
 */

let handle: Awaited<ReturnType<typeof createSeededDb>>;
let who: ReturnType<typeof people>;
beforeAll(async () => {
  handle = await createSeededDb();
  who = people(handle.db);
});
afterAll(() => handle.close());

const PAYMENTS = "Backend Engineer, Payments";
const PLATFORM = "Staff Platform Engineer";

function sectionIds(title: string): string[] {
  return handle.db
    .select({ id: s.roleSections.sectionId })
    .from(s.roleSections)
    .where(eq(s.roleSections.roleId, roleId(handle.db, title)))
    .all()
    .map((r) => r.id);
}

/** What the analytics page reads. */
function kept(title: string, user: SessionUser = who.ada): s.KeptRoleCalibration {
  return roleCalibration(handle.db, { user, roleId: roleId(handle.db, title), sectionIds: sectionIds(title), now: handle.now });
}

/** The statistics computed from scratch over every submitted rating the user may read on the role. */
function fresh(title: string, user: SessionUser = who.ada): s.KeptRoleCalibration {
  const id = roleId(handle.db, title);
  const readable = and(eq(s.applications.roleId, id), panelReadableApplicationsWhere(handle.db, user));
  const rows: RatingRow[] = handle.db
    .select({
      applicationId: s.scorecards.applicationId,
      sectionId: s.scorecardRatings.sectionId,
      interviewerId: s.scorecards.interviewerId,
      rating: s.scorecardRatings.rating,
      scorecardId: s.scorecardRatings.scorecardId,
    })
    .from(s.scorecardRatings)
    .innerJoin(s.scorecards, eq(s.scorecards.id, s.scorecardRatings.scorecardId))
    .innerJoin(s.applications, eq(s.applications.id, s.scorecards.applicationId))
    .where(
      and(
        readable,
        eq(s.scorecards.status, "submitted"),
        eq(s.scorecardRatings.notAssessed, false),
        isNotNull(s.scorecardRatings.rating),
        inArray(s.scorecardRatings.sectionId, sectionIds(title)),
      ),
    )
    .all();
  const cards = handle.db
    .select({ interviewerId: s.scorecards.interviewerId })
    .from(s.scorecards)
    .innerJoin(s.applications, eq(s.applications.id, s.scorecards.applicationId))
    .where(and(readable, eq(s.scorecards.status, "submitted")))
    .all();
  const submitted = new Map<string, number>();
  for (const c of cards) submitted.set(c.interviewerId, (submitted.get(c.interviewerId) ?? 0) + 1);
  const offsets = new Map(interviewerOffsets(rows).map((o) => [String(o.interviewerId), o]));
  return {
    sections: alphaBySection(rows).map((a) => ({ sectionId: String(a.sectionId), alpha: a.alpha, applications: a.applications, ratings: a.ratings })),
    interviewers: [...submitted.entries()]
      .map(([interviewerId, n]) => {
        const o = offsets.get(interviewerId);
        return { interviewerId, meanOffset: o?.meanOffset ?? null, ratings: o?.count ?? 0, scorecards: o?.scorecards ?? 0, submittedScorecards: n };
      })
      .sort((a, b) => a.interviewerId.localeCompare(b.interviewerId)),
  };
}

function keptRow(title: string) {
  return handle.db
    .select()
    .from(s.roleCalibrationSummaries)
    .where(eq(s.roleCalibrationSummaries.roleId, roleId(handle.db, title)))
    .get();
}

/** Warms the summary, runs the change, and asserts the summary read after it equals a fresh computation. */
function across(title: string, change: () => void): { before: s.KeptRoleCalibration; after: s.KeptRoleCalibration } {
  const before = kept(title);
  expect(before).toEqual(fresh(title));
  expect(keptRow(title)?.summary).toEqual(before);
  change();
  const after = kept(title);
  expect(after).toEqual(fresh(title));
  // What was written back is what a later read returns from the table alone.
  expect(keptRow(title)?.summary).toEqual(after);
  expect(kept(title)).toEqual(after);
  return { before, after };
}

function userById(id: string): SessionUser {
  const user = loadSessionUser(handle.db, { id });
  if (!user) throw new Error(`No person ${id}`);
  return user;
}

/** A complete scorecard: every section rated `rating` with multi-team scope, no red flags. */
function content(user: SessionUser, interviewId: string, rating: 0 | 1 | 2): ScorecardContent {
  const kit = loadInterviewKit(handle.db, { user, interviewId });
  if (!kit) throw new Error("No kit");
  return {
    ratings: kit.sections.map((sec) => ({
      sectionId: sec.id,
      rating,
      notAssessed: false,
      evidence: `Observed evidence for ${sec.name} in the interview.`,
      scope: "multi-team",
      itemsObserved: [],
    })),
    redFlags: [],
    overallRecommendation: rating === 2 ? "staff" : "no-hire",
    confidence: "high",
    summary: "Summary of what the candidate showed.",
  };
}

/** Interviews of the role that have started, are still scheduled and have no submitted scorecard, not the user's own. */
function openInterviews(title: string, notOf: string) {
  return handle.db
    .select({
      id: s.interviews.id,
      interviewerId: s.interviews.interviewerId,
      applicationId: s.interviews.applicationId,
      revision: s.scorecards.revision,
    })
    .from(s.interviews)
    .innerJoin(s.applications, eq(s.applications.id, s.interviews.applicationId))
    .leftJoin(s.scorecards, eq(s.scorecards.interviewId, s.interviews.id))
    .where(
      and(
        eq(s.applications.roleId, roleId(handle.db, title)),
        eq(s.interviews.status, "scheduled"),
        lte(s.interviews.scheduledAt, handle.now),
        ne(s.interviews.interviewerId, notOf),
        or(isNull(s.scorecards.id), ne(s.scorecards.status, "submitted")),
      ),
    )
    .orderBy(asc(s.interviews.scheduledAt), asc(s.interviews.id))
    .all();
}

function submittedScorecards(title: string) {
  return handle.db
    .select({
      interviewId: s.scorecards.interviewId,
      interviewerId: s.scorecards.interviewerId,
      applicationId: s.scorecards.applicationId,
      revision: s.scorecards.revision,
    })
    .from(s.scorecards)
    .innerJoin(s.applications, eq(s.applications.id, s.scorecards.applicationId))
    .where(and(eq(s.applications.roleId, roleId(handle.db, title)), eq(s.scorecards.status, "submitted")))
    .orderBy(asc(s.scorecards.submittedAt), asc(s.scorecards.id))
    .all();
}

/** Saves role settings, confirming the change of level on open debriefs that the first save reports. */
function saveConfirmed(input: Parameters<typeof updateRoleSettings>[1]) {
  const first = updateRoleSettings(handle.db, input);
  if (first.saved) return;
  const second = updateRoleSettings(handle.db, { ...input, confirmedImpact: first.impact.token });
  if (!second.saved) throw new Error("A confirmed settings change should save.");
}

describe("the kept calibration summary follows every write", () => {
  it("keeps one row per role on the first full read, and the page shows the same figures as before", () => {
    expect(keptRow(PAYMENTS)).toBeUndefined();
    const first = kept(PAYMENTS);
    expect(first).toEqual(fresh(PAYMENTS));
    expect(first.sections.length).toBeGreaterThan(0);
    expect(keptRow(PAYMENTS)?.summary).toEqual(first);
    const page = loadRoleAnalytics(handle.db, { user: who.ada, roleId: roleId(handle.db, PAYMENTS), now: handle.now });
    expect(page?.interviewers.reduce((sum, i) => sum + i.submittedScorecards, 0)).toBe(16);
  });

  it("recomputes when a scorecard is submitted, and gives a user blinded on an application the rest, keeping nothing for them", () => {
    // Priya's interview with Elena Rossi is over and not written up; Hugo interviews Elena later and is blind to her panel.
    const open = openInterviews(PAYMENTS, who.hugo.id)[0];
    if (!open) throw new Error("The demo should have an open interview on Payments");
    const interviewer = userById(open.interviewerId);
    const { before, after } = across(PAYMENTS, () => {
      submitScorecard(handle.db, {
        user: interviewer,
        interviewId: open.id,
        baseRevision: open.revision ?? 0,
        content: content(interviewer, open.id, 0),
        now: handle.now,
      });
    });
    expect(after).not.toEqual(before);

    const row = keptRow(PAYMENTS);
    const hugo = kept(PAYMENTS, who.hugo);
    expect(hugo).toEqual(fresh(PAYMENTS, who.hugo));
    expect(hugo).not.toEqual(after);
    expect(keptRow(PAYMENTS)).toEqual(row);
  });

  it("recomputes when a submitted scorecard is amended", () => {
    const card = submittedScorecards(PAYMENTS)[0];
    if (!card) throw new Error("The demo should have a submitted scorecard on Payments");
    const interviewer = userById(card.interviewerId);
    const { before, after } = across(PAYMENTS, () => {
      amendScorecard(handle.db, {
        user: interviewer,
        interviewId: card.interviewId,
        baseRevision: card.revision,
        reason: "I mixed up two candidates' notes on the design section.",
        content: content(interviewer, card.interviewId, 0),
        now: handle.now,
      });
    });
    expect(after).not.toEqual(before);
  });

  it("stays right when a draft is saved (a draft is in no statistic)", () => {
    const open = openInterviews(PAYMENTS, who.hugo.id)[0];
    if (!open) throw new Error("The demo should have an open interview on Payments");
    const interviewer = userById(open.interviewerId);
    const { before, after } = across(PAYMENTS, () => {
      saveScorecardDraft(handle.db, {
        user: interviewer,
        interviewId: open.id,
        baseRevision: open.revision ?? 0,
        content: content(interviewer, open.id, 1),
        now: handle.now,
      });
    });
    expect(after).toEqual(before);
  });

  it("stays right when interviews are cancelled or marked not held, and when an application changes status", () => {
    const unstarted = handle.db
      .select({ id: s.interviews.id })
      .from(s.interviews)
      .innerJoin(s.applications, eq(s.applications.id, s.interviews.applicationId))
      .leftJoin(s.scorecards, eq(s.scorecards.interviewId, s.interviews.id))
      .where(and(eq(s.applications.roleId, roleId(handle.db, PAYMENTS)), eq(s.interviews.status, "scheduled"), isNull(s.scorecards.id)))
      .get();
    const started = openInterviews(PAYMENTS, who.hugo.id)[0];
    if (!unstarted || !started) throw new Error("The demo should have an unstarted and a started open interview on Payments");
    across(PAYMENTS, () => void cancelInterview(handle.db, { user: who.rita, interviewId: unstarted.id }));
    across(
      PAYMENTS,
      () =>
        void markInterviewNotHeld(handle.db, {
          user: who.rita,
          interviewId: started.id,
          reason: "The candidate was ill on the day.",
          now: handle.now,
        }),
    );
    const app = handle.db
      .select({ id: s.applications.id })
      .from(s.applications)
      .where(and(eq(s.applications.roleId, roleId(handle.db, PAYMENTS)), inArray(s.applications.status, ["active", "debrief"])))
      .get();
    if (!app) throw new Error("The demo should have an active application on Payments");
    across(PAYMENTS, () => void changeApplicationStatus(handle.db, { user: who.rita, applicationId: app.id, status: "withdrawn" }));
  });

  it("stays right when a decision is recorded and the debrief reopened", () => {
    const app = handle.db
      .select({ id: s.applications.id })
      .from(s.applications)
      .where(
        and(
          eq(s.applications.roleId, roleId(handle.db, PAYMENTS)),
          inArray(s.applications.status, ["active", "debrief"]),
          inArray(
            s.applications.id,
            submittedScorecards(PAYMENTS).map((c) => c.applicationId),
          ),
        ),
      )
      .all()
      .find((a) => !handle.db.select().from(s.decisions).where(eq(s.decisions.applicationId, a.id)).get());
    if (!app) throw new Error("The demo should have an undecided application with scorecards on Payments");
    across(PAYMENTS, () => {
      changeApplicationStatus(handle.db, { user: who.rita, applicationId: app.id, status: "debrief" });
      recordDecision(handle.db, {
        user: who.hugo,
        applicationId: app.id,
        level: "none",
        hire: false,
        rationale: "The evidence does not reach the Senior bar in system design.",
        overrideReason: "References raised concerns the panel did not see.",
        decideWithoutMissing: true,
        missingReason: "The last interviewer is on leave for a month.",
        now: handle.now,
      });
    });
    across(
      PAYMENTS,
      () => void reopenDecision(handle.db, { user: who.hugo, applicationId: app.id, reason: "New references arrived.", now: handle.now }),
    );
  });

  it("recomputes when the role's sections in play change, and stays right when its thresholds change", () => {
    const current = currentSettings(handle.db, PAYMENTS, who.ada);
    const { before, after } = across(PAYMENTS, () => {
      saveConfirmed({
        ...current,
        sectionIds: current.sectionIds.slice(0, 4),
        staffCriticalSectionIds: current.sectionIds.slice(0, 4),
      });
    });
    expect(after).not.toEqual(before);
    across(PAYMENTS, () => saveConfirmed(current));
    across(PAYMENTS, () => saveConfirmed(currentSettings(handle.db, PAYMENTS, who.ada, { thresholds: { ...DEFAULT_THRESHOLDS, seniorMinTwos: 2 } })));
  });

  it("recomputes when the role moves to another framework version", () => {
    const id = roleId(handle.db, PLATFORM);
    const role = handle.db.select().from(s.roles).where(eq(s.roles.id, id)).get()!;
    const frameworkId = handle.db
      .select({ frameworkId: s.frameworkVersions.frameworkId })
      .from(s.frameworkVersions)
      .where(eq(s.frameworkVersions.id, role.frameworkVersionId))
      .get()!.frameworkId;
    const versions = handle.db
      .select({ version: s.frameworkVersions.version })
      .from(s.frameworkVersions)
      .where(eq(s.frameworkVersions.frameworkId, frameworkId))
      .all();
    const v2 = handle.db.transaction((tx) =>
      writeFrameworkVersion(tx, {
        frameworkId,
        version: Math.max(...versions.map((v) => v.version)) + 1,
        content: structuredClone(DEFAULT_FRAMEWORK),
        published: true,
        publishedById: null,
      }),
    );
    const newSections = sectionsOf(handle.db, v2);
    const keyOf = new Map(sectionsOf(handle.db, role.frameworkVersionId).map((x) => [x.id, x.key]));
    const { before, after } = across(PLATFORM, () => {
      // The settings form locks the version once scorecards exist; a data fix may still move it, sections and all.
      handle.db.transaction((tx) => {
        const old = tx.select().from(s.roleSections).where(eq(s.roleSections.roleId, id)).all();
        tx.delete(s.roleSections).where(eq(s.roleSections.roleId, id)).run();
        for (const r of old) {
          const moved = newSections.find((x) => x.key === keyOf.get(r.sectionId));
          if (moved)
            tx.insert(s.roleSections)
              .values({ ...r, sectionId: moved.id })
              .run();
        }
        tx.update(s.roles).set({ frameworkVersionId: v2 }).where(eq(s.roles.id, id)).run();
      });
    });
    // The ratings were given against the old version's sections, so none is in play any more.
    expect(before.sections.length).toBeGreaterThan(0);
    expect(after.sections).toEqual([]);
  });

  it("stays right when a candidate is erased, and shows an interviewer's new name at once", () => {
    const app = handle.db
      .select({ candidateId: s.applications.candidateId, name: s.candidates.name })
      .from(s.applications)
      .innerJoin(s.candidates, eq(s.candidates.id, s.applications.candidateId))
      .where(
        and(
          eq(s.applications.roleId, roleId(handle.db, PAYMENTS)),
          inArray(
            s.applications.id,
            submittedScorecards(PAYMENTS).map((c) => c.applicationId),
          ),
        ),
      )
      .get();
    if (!app) throw new Error("The demo should have a candidate with scorecards on Payments");
    across(PAYMENTS, () => void eraseCandidate(handle.db, { user: who.rita, candidateId: app.candidateId, confirmName: app.name, now: handle.now }));

    const card = submittedScorecards(PAYMENTS)[0]!;
    const person = handle.db.select().from(s.users).where(eq(s.users.id, card.interviewerId)).get()!;
    const roles = handle.db
      .select({ role: s.userRoles.role })
      .from(s.userRoles)
      .where(eq(s.userRoles.userId, person.id))
      .all()
      .map((r) => r.role);
    across(PAYMENTS, () => {
      void updatePerson(handle.db, {
        actor: who.ada,
        input: { userId: person.id, name: `${person.name} Renamed`, level: person.level, roles, active: true, password: "" },
      });
    });
    const page = loadRoleAnalytics(handle.db, { user: who.ada, roleId: roleId(handle.db, PAYMENTS), now: handle.now });
    expect(page?.interviewers.find((i) => i.interviewerId === person.id)?.name).toBe(`${person.name} Renamed`);
  });
});
