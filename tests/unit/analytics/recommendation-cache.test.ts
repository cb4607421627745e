import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { DEFAULT_THRESHOLDS } from "@/lib/calibration/thresholds";
import { roleRecommendations } from "@/lib/analytics/role-recommendations";
import type { SessionUser } from "@/lib/auth/session-user";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { loadRolePanels, loadSectionsInPlay, recommendFor } from "@/lib/debrief/load-panels";
import { markInterviewNotHeld } from "@/lib/interviews/mark-not-held";
import { updatePerson } from "@/lib/people/save-person";
import { saveInterviewPlan } from "@/lib/roles/save-interview-plan";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";
import { currentSettings, roleId } from "../roles/db-fixtures";
import * as fx from "./fixtures";

/**
 * The kept engine results (application_recommendations) against a fresh run of the engine over the same database,
 * after each kind of write that feeds the engine. Every check first warms the cache, then writes through the real
 * domain function, then compares what the analytics would show with what the engine computes now.
 */

const demo = fx.seededDemo();
const { PAYMENTS, PLATFORM } = fx;

type Result = Record<string, { level: string | null; confidence: string | null }>;

function roleRow(title: string) {
  const role = demo.db
    .select()
    .from(s.roles)
    .where(eq(s.roles.id, roleId(demo.db, title)))
    .get();
  if (!role) throw new Error(`No role ${title}`);
  return role;
}

/** What the analytics page reads: kept results where the fingerprint matches, recomputed where not. */
function cached(title: string, user: SessionUser = demo.who.ada): Result {
  const role = roleRow(title);
  const { sections, plannedCoverage } = loadSectionsInPlay(demo.db, role.id);
  const map = roleRecommendations(demo.db, { user, role, sections, plannedCoverage, now: demo.now });
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** The engine run from scratch over every application of the role the user may read. */
function fresh(title: string, user: SessionUser = demo.who.ada): Result {
  const role = roleRow(title);
  const ids = demo.db
    .select({ id: s.applications.id })
    .from(s.applications)
    .where(and(eq(s.applications.roleId, role.id), panelReadableApplicationsWhere(demo.db, user)))
    .all()
    .map((r) => r.id)
    .sort();
  const { panels } = loadRolePanels(demo.db, { user, roleId: role.id, roleThresholds: role.thresholds, now: demo.now });
  return Object.fromEntries(
    ids.map((id) => {
      const outcome = recommendFor(panels.get(id)?.panel ?? null);
      return [
        id,
        outcome.ok ? { level: outcome.recommendation.level, confidence: outcome.recommendation.confidence } : { level: null, confidence: null },
      ];
    }),
  );
}

/** Warms the cache, runs the change, and returns the results before and after, asserting the cache agrees with the engine. */
function across(title: string, change: () => void): { before: Result; after: Result } {
  const before = cached(title);
  expect(before).toEqual(fresh(title));
  // Warm: a second read finds every row kept and recomputes nothing.
  expect(keptCount(title)).toBe(Object.keys(before).length);
  change();
  const after = cached(title);
  expect(after).toEqual(fresh(title));
  // And what was written back is what a later read returns from the table alone.
  expect(cached(title)).toEqual(after);
  return { before, after };
}

function keptCount(title: string): number {
  const role = roleRow(title);
  return demo.db
    .select({ id: s.applicationRecommendations.applicationId })
    .from(s.applicationRecommendations)
    .innerJoin(s.applications, eq(s.applications.id, s.applicationRecommendations.applicationId))
    .where(eq(s.applications.roleId, role.id))
    .all().length;
}

/** The scorecards these tests write: every section 0 with multi-team scope and its first item observed, no red flags. */
const allZero: fx.Rated = { rating: 0, recommendation: "no-hire", observeFirstItem: true };

/** Interviews of the role that have started, are still scheduled and have no submitted scorecard. */
const openInterviews = (title: string) => fx.openInterviews(demo.db, { roleId: roleRow(title).id, now: demo.now });
const submittedScorecards = (title: string) => fx.submittedScorecards(demo.db, roleRow(title).id);

const settingsOf = (title: string, overrides: Partial<Parameters<typeof updateRoleSettings>[1]> = {}) =>
  currentSettings(demo.db, title, demo.who.ada, overrides);

describe("kept recommendations follow every change to the engine's input", () => {
  it("starts with nothing kept and keeps one row per readable application after the first read", () => {
    expect(keptCount(PAYMENTS)).toBe(0);
    const first = cached(PAYMENTS);
    expect(first).toEqual(fresh(PAYMENTS));
    expect(Object.values(first).some((r) => r.level !== null)).toBe(true);
    expect(keptCount(PAYMENTS)).toBe(Object.keys(first).length);
    // The kept rows are the engine's, whoever read first: the hiring manager (blind to a panel he sits on) gets the same.
    const hugo = cached(PAYMENTS, demo.who.hugo);
    expect(hugo).toEqual(fresh(PAYMENTS, demo.who.hugo));
    expect(Object.keys(hugo).length).toBeLessThan(Object.keys(first).length);
  });

  it("recomputes an application when a scorecard is submitted", () => {
    const open = openInterviews(PAYMENTS)[0];
    if (!open) throw new Error("The demo should have an open interview on Payments");
    const { before, after } = across(PAYMENTS, () => fx.submitAsInterviewer(demo.db, open, allZero, demo.now));
    expect(after[open.applicationId]).not.toEqual(before[open.applicationId]);
  });

  it("recomputes an application when a submitted scorecard is amended", () => {
    const card = submittedScorecards(PAYMENTS).find((c) => c.applicationId !== openInterviews(PAYMENTS)[0]?.applicationId);
    if (!card) throw new Error("The demo should have a submitted scorecard on Payments");
    const { before, after } = across(PAYMENTS, () => fx.amendAsInterviewer(demo.db, card, allZero, demo.now));
    expect(after[card.applicationId]).not.toEqual(before[card.applicationId]);
  });

  it("recomputes an application when one of its interviews is marked not held", () => {
    const open = openInterviews(PAYMENTS).find((i) => submittedScorecards(PAYMENTS).some((c) => c.applicationId === i.applicationId));
    if (!open) throw new Error("The demo should have an open interview beside a submitted scorecard on Payments");
    across(PAYMENTS, () => {
      markInterviewNotHeld(demo.db, { user: demo.who.rita, interviewId: open.id, reason: "The candidate was ill on the day.", now: demo.now });
    });
    expect(demo.db.select().from(s.interviews).where(eq(s.interviews.id, open.id)).get()?.status).toBe("not-held");
  });

  it("keeps the results right when an application is withdrawn", () => {
    const app = fx.openApplication(demo.db, roleRow(PAYMENTS).id);
    if (!app) throw new Error("The demo should have an active application on Payments");
    across(PAYMENTS, () => {
      changeApplicationStatus(demo.db, { user: demo.who.rita, applicationId: app.id, status: "withdrawn" });
    });
  });

  it("recomputes the role when its thresholds change", () => {
    const current = settingsOf(PAYMENTS);
    // The highest bars the role's own sections allow (lib/roles/threshold-limits.ts refuses higher ones).
    const strictest = { seniorMinTwos: current.sectionIds.length, staffCriticalMinTwos: current.staffCriticalSectionIds.length };
    const { before, after } = across(PAYMENTS, () => {
      fx.saveConfirmed(demo.db, settingsOf(PAYMENTS, { thresholds: { ...DEFAULT_THRESHOLDS, ...strictest } }));
    });
    expect(after).not.toEqual(before);
    across(PAYMENTS, () => {
      fx.saveConfirmed(demo.db, settingsOf(PAYMENTS, { thresholds: { ...DEFAULT_THRESHOLDS } }));
    });
  });

  it("recomputes the role when its sections or Staff-critical sections change", () => {
    const current = settingsOf(PAYMENTS);
    const { before, after } = across(PAYMENTS, () => fx.saveConfirmed(demo.db, fx.firstFourSections(current)));
    expect(after).not.toEqual(before);
    across(PAYMENTS, () => {
      fx.saveConfirmed(demo.db, { ...current, staffCriticalSectionIds: [] });
    });
  });

  it("recomputes the role when its interview plan changes the coverage of a section", () => {
    const role = roleRow(PAYMENTS);
    const stages = demo.db.select().from(s.planStages).where(eq(s.planStages.roleId, role.id)).orderBy(asc(s.planStages.position)).all();
    const ids = (table: typeof s.stageFocusSections | typeof s.stageQuestions | typeof s.stageInterviewers, stageId: string) =>
      demo.db.select().from(table).where(eq(table.stageId, stageId)).all();
    const plan = stages.map((st) => ({
      id: st.id,
      name: st.name,
      durationMinutes: st.durationMinutes,
      focusSectionIds: ids(s.stageFocusSections, st.id).map((r) => (r as { sectionId: string }).sectionId),
      questionIds: ids(s.stageQuestions, st.id).map((r) => (r as { questionId: string }).questionId),
      interviewerIds: ids(s.stageInterviewers, st.id).map((r) => (r as { userId: string }).userId),
    }));
    const inPlay = settingsOf(PAYMENTS).sectionIds;
    const before = loadSectionsInPlay(demo.db, role.id).plannedCoverage;
    across(PAYMENTS, () => {
      saveInterviewPlan(demo.db, {
        user: demo.who.ada,
        roleId: role.id,
        stages: [...plan, { id: null, name: "Extra deep dive", durationMinutes: 60, focusSectionIds: inPlay, questionIds: [], interviewerIds: [] }],
      });
    });
    expect(loadSectionsInPlay(demo.db, role.id).plannedCoverage).not.toEqual(before);
  });

  it("recomputes the role when it moves to another framework version", () => {
    const role = roleRow(PLATFORM);
    const v2 = fx.publishNextVersion(demo.db, role.frameworkVersionId);
    const { before, after } = across(PLATFORM, () =>
      fx.moveRoleToVersion(demo.db, { roleId: role.id, fromVersionId: role.frameworkVersionId, toVersionId: v2 }),
    );
    // The ratings were given against the old version's sections, so none is in play any more.
    expect(after).not.toEqual(before);
  });

  it("recomputes an application when one of its interviewers changes level", () => {
    const card = submittedScorecards(PAYMENTS)[0];
    if (!card) throw new Error("No submitted scorecard on Payments");
    const { person, roles } = fx.personWithRoles(demo.db, card.interviewerId);
    const before = demo.db
      .select()
      .from(s.applicationRecommendations)
      .where(eq(s.applicationRecommendations.applicationId, card.applicationId))
      .get();
    across(PAYMENTS, () => {
      void updatePerson(demo.db, {
        actor: demo.who.ada,
        input: { userId: person.id, name: person.name, level: person.level === "staff" ? "senior" : "staff", roles, active: true, password: "" },
      });
    });
    const after = demo.db.select().from(s.applicationRecommendations).where(eq(s.applicationRecommendations.applicationId, card.applicationId)).get();
    expect(after?.fingerprint).not.toBe(before?.fingerprint);
  });

  it("keeps the results right when a decision is recorded", () => {
    const app = fx.undecidedApplicationWithScorecards(demo.db, roleRow(PAYMENTS).id);
    if (!app) throw new Error("The demo should have an undecided application with scorecards on Payments");
    across(PAYMENTS, () =>
      fx.decideNoHire(demo.db, { recruiter: demo.who.rita, hiringManager: demo.who.hugo, applicationId: app.id, now: demo.now }),
    );
  });
});
