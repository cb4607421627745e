import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { alphaBySection, interviewerOffsets, type RatingRow } from "@/lib/calibration";
import { DEFAULT_THRESHOLDS } from "@/lib/calibration/thresholds";
import { roleCalibration } from "@/lib/analytics/role-calibration-summary";
import { loadRoleAnalytics } from "@/lib/analytics/load-role-analytics";
import type { SessionUser } from "@/lib/auth/session-user";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { eraseCandidate } from "@/lib/candidates/erase-candidate";
import { reopenDecision } from "@/lib/debrief/reopen-decision";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { markInterviewNotHeld } from "@/lib/interviews/mark-not-held";
import { updatePerson } from "@/lib/people/save-person";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";
import { currentSettings, roleId } from "../roles/db-fixtures";
import * as fx from "./fixtures";

/**
 * The kept agreement and offsets (role_calibration_summaries) against a fresh computation over the same database,
 * after each kind of write. Every check first warms the summary, then writes through the real domain function, then
 * compares what the analytics reads with the statistics computed now from every rating of the role.
 */

const demo = fx.seededDemo();
const { PAYMENTS, PLATFORM } = fx;

function sectionIds(title: string): string[] {
  return demo.db
    .select({ id: s.roleSections.sectionId })
    .from(s.roleSections)
    .where(eq(s.roleSections.roleId, roleId(demo.db, title)))
    .all()
    .map((r) => r.id);
}

/** What the analytics page reads. */
function kept(title: string, user: SessionUser = demo.who.ada): s.KeptRoleCalibration {
  return roleCalibration(demo.db, { user, roleId: roleId(demo.db, title), sectionIds: sectionIds(title), now: demo.now });
}

/** The statistics computed from scratch over every submitted rating the user may read on the role. */
function fresh(title: string, user: SessionUser = demo.who.ada): s.KeptRoleCalibration {
  const id = roleId(demo.db, title);
  const readable = and(eq(s.applications.roleId, id), panelReadableApplicationsWhere(demo.db, user));
  const rows: RatingRow[] = demo.db
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
  const cards = demo.db
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
  return demo.db
    .select()
    .from(s.roleCalibrationSummaries)
    .where(eq(s.roleCalibrationSummaries.roleId, roleId(demo.db, title)))
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

describe("the kept calibration summary follows every write", () => {
  it("keeps one row per role on the first full read, and the page shows the same figures as before", () => {
    expect(keptRow(PAYMENTS)).toBeUndefined();
    const first = kept(PAYMENTS);
    expect(first).toEqual(fresh(PAYMENTS));
    expect(first.sections.length).toBeGreaterThan(0);
    expect(keptRow(PAYMENTS)?.summary).toEqual(first);
    const page = loadRoleAnalytics(demo.db, { user: demo.who.ada, roleId: roleId(demo.db, PAYMENTS), now: demo.now });
    expect(page?.interviewers.reduce((sum, i) => sum + i.submittedScorecards, 0)).toBe(16);
  });

  it("recomputes when a scorecard is submitted, and gives a user blinded on an application the rest, keeping nothing for them", () => {
    // Priya's interview with Elena Rossi is over and not written up; Hugo interviews Elena later and is blind to her panel.
    const open = fx.openInterviews(demo.db, { roleId: roleId(demo.db, PAYMENTS), now: demo.now, notOf: demo.who.hugo.id })[0];
    if (!open) throw new Error("The demo should have an open interview on Payments");
    const { before, after } = across(PAYMENTS, () => fx.submitAsInterviewer(demo.db, open, { rating: 0, recommendation: "no-hire" }, demo.now));
    expect(after).not.toEqual(before);

    const row = keptRow(PAYMENTS);
    const hugo = kept(PAYMENTS, demo.who.hugo);
    expect(hugo).toEqual(fresh(PAYMENTS, demo.who.hugo));
    expect(hugo).not.toEqual(after);
    expect(keptRow(PAYMENTS)).toEqual(row);
  });

  it("recomputes when a submitted scorecard is amended", () => {
    const card = fx.submittedScorecards(demo.db, roleId(demo.db, PAYMENTS))[0];
    if (!card) throw new Error("The demo should have a submitted scorecard on Payments");
    const { before, after } = across(PAYMENTS, () => fx.amendAsInterviewer(demo.db, card, { rating: 0, recommendation: "no-hire" }, demo.now));
    expect(after).not.toEqual(before);
  });

  it("stays right when a draft is saved (a draft is in no statistic)", () => {
    const open = fx.openInterviews(demo.db, { roleId: roleId(demo.db, PAYMENTS), now: demo.now, notOf: demo.who.hugo.id })[0];
    if (!open) throw new Error("The demo should have an open interview on Payments");
    const interviewer = fx.userById(demo.db, open.interviewerId);
    const { before, after } = across(PAYMENTS, () => {
      saveScorecardDraft(demo.db, {
        user: interviewer,
        interviewId: open.id,
        baseRevision: open.revision ?? 0,
        content: fx.completeScorecard(demo.db, { user: interviewer, interviewId: open.id, rating: 1, recommendation: "no-hire" }),
        now: demo.now,
      });
    });
    expect(after).toEqual(before);
  });

  it("stays right when interviews are cancelled or marked not held, and when an application changes status", () => {
    const unstarted = demo.db
      .select({ id: s.interviews.id })
      .from(s.interviews)
      .innerJoin(s.applications, eq(s.applications.id, s.interviews.applicationId))
      .leftJoin(s.scorecards, eq(s.scorecards.interviewId, s.interviews.id))
      .where(and(eq(s.applications.roleId, roleId(demo.db, PAYMENTS)), eq(s.interviews.status, "scheduled"), isNull(s.scorecards.id)))
      .get();
    const started = fx.openInterviews(demo.db, { roleId: roleId(demo.db, PAYMENTS), now: demo.now, notOf: demo.who.hugo.id })[0];
    if (!unstarted || !started) throw new Error("The demo should have an unstarted and a started open interview on Payments");
    across(PAYMENTS, () => void cancelInterview(demo.db, { user: demo.who.rita, interviewId: unstarted.id }));
    across(
      PAYMENTS,
      () =>
        void markInterviewNotHeld(demo.db, {
          user: demo.who.rita,
          interviewId: started.id,
          reason: "The candidate was ill on the day.",
          now: demo.now,
        }),
    );
    const app = fx.openApplication(demo.db, roleId(demo.db, PAYMENTS));
    if (!app) throw new Error("The demo should have an active application on Payments");
    across(PAYMENTS, () => void changeApplicationStatus(demo.db, { user: demo.who.rita, applicationId: app.id, status: "withdrawn" }));
  });

  it("stays right when a decision is recorded and the debrief reopened", () => {
    const app = fx.undecidedApplicationWithScorecards(demo.db, roleId(demo.db, PAYMENTS));
    if (!app) throw new Error("The demo should have an undecided application with scorecards on Payments");
    across(PAYMENTS, () =>
      fx.decideNoHire(demo.db, { recruiter: demo.who.rita, hiringManager: demo.who.hugo, applicationId: app.id, now: demo.now }),
    );
    across(
      PAYMENTS,
      () => void reopenDecision(demo.db, { user: demo.who.hugo, applicationId: app.id, reason: "New references arrived.", now: demo.now }),
    );
  });

  it("recomputes when the role's sections in play change, and stays right when its thresholds change", () => {
    const current = currentSettings(demo.db, PAYMENTS, demo.who.ada);
    const { before, after } = across(PAYMENTS, () => fx.saveConfirmed(demo.db, fx.firstFourSections(current)));
    expect(after).not.toEqual(before);
    across(PAYMENTS, () => fx.saveConfirmed(demo.db, current));
    across(PAYMENTS, () =>
      fx.saveConfirmed(demo.db, currentSettings(demo.db, PAYMENTS, demo.who.ada, { thresholds: { ...DEFAULT_THRESHOLDS, seniorMinTwos: 2 } })),
    );
  });

  it("recomputes when the role moves to another framework version", () => {
    const id = roleId(demo.db, PLATFORM);
    const role = demo.db.select().from(s.roles).where(eq(s.roles.id, id)).get()!;
    const v2 = fx.publishNextVersion(demo.db, role.frameworkVersionId);
    const { before, after } = across(PLATFORM, () =>
      fx.moveRoleToVersion(demo.db, { roleId: id, fromVersionId: role.frameworkVersionId, toVersionId: v2 }),
    );
    // The ratings were given against the old version's sections, so none is in play any more.
    expect(before.sections.length).toBeGreaterThan(0);
    expect(after.sections).toEqual([]);
  });

  it("stays right when a candidate is erased, and shows an interviewer's new name at once", () => {
    const app = demo.db
      .select({ candidateId: s.applications.candidateId, name: s.candidates.name })
      .from(s.applications)
      .innerJoin(s.candidates, eq(s.candidates.id, s.applications.candidateId))
      .where(
        and(
          eq(s.applications.roleId, roleId(demo.db, PAYMENTS)),
          inArray(
            s.applications.id,
            fx.submittedScorecards(demo.db, roleId(demo.db, PAYMENTS)).map((c) => c.applicationId),
          ),
        ),
      )
      .get();
    if (!app) throw new Error("The demo should have a candidate with scorecards on Payments");
    across(PAYMENTS, () => void eraseCandidate(demo.db, { user: demo.who.rita, candidateId: app.candidateId, confirmName: app.name, now: demo.now }));

    const card = fx.submittedScorecards(demo.db, roleId(demo.db, PAYMENTS))[0]!;
    const { person, roles } = fx.personWithRoles(demo.db, card.interviewerId);
    across(PAYMENTS, () => {
      void updatePerson(demo.db, {
        actor: demo.who.ada,
        input: { userId: person.id, name: `${person.name} Renamed`, level: person.level, roles, active: true, password: "" },
      });
    });
    const page = loadRoleAnalytics(demo.db, { user: demo.who.ada, roleId: roleId(demo.db, PAYMENTS), now: demo.now });
    expect(page?.interviewers.find((i) => i.interviewerId === person.id)?.name).toBe(`${person.name} Renamed`);
  });
});
