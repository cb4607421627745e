import { and, asc, eq, inArray, isNull, lte, ne, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { DEFAULT_THRESHOLDS } from "@/lib/calibration/thresholds";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { writeFrameworkVersion } from "@/lib/frameworks/write-framework-version";
import { roleRecommendations } from "@/lib/analytics/role-recommendations";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { loadRolePanels, loadSectionsInPlay, recommendFor } from "@/lib/debrief/load-panels";
import { recordDecision } from "@/lib/debrief/record-decision";
import { markInterviewNotHeld } from "@/lib/interviews/mark-not-held";
import { updatePerson } from "@/lib/people/save-person";
import { saveInterviewPlan } from "@/lib/roles/save-interview-plan";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { amendScorecard } from "@/lib/scorecards/amend-scorecard";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import type { ScorecardContent } from "@/lib/scorecards/scorecard-content";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";
import { createSeededDb } from "../helpers/temp-db";
import { currentSettings, people, roleId, sectionsOf } from "../roles/db-fixtures";

/**
 * The kept engine results (application_recommendations) against a fresh run of the engine over the same database,
 * after each kind of write that feeds the engine. Every check first warms the cache, then writes through the real
 * domain function, then compares what the analytics would show with what the engine computes now.
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

type Result = Record<string, { level: string | null; confidence: string | null }>;

function roleRow(title: string) {
  const role = handle.db
    .select()
    .from(s.roles)
    .where(eq(s.roles.id, roleId(handle.db, title)))
    .get();
  if (!role) throw new Error(`No role ${title}`);
  return role;
}

/** What the analytics page reads: kept results where the fingerprint matches, recomputed where not. */
function cached(title: string, user: SessionUser = who.ada): Result {
  const role = roleRow(title);
  const { sections, plannedCoverage } = loadSectionsInPlay(handle.db, role.id);
  const map = roleRecommendations(handle.db, { user, role, sections, plannedCoverage, now: handle.now });
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** The engine run from scratch over every application of the role the user may read. */
function fresh(title: string, user: SessionUser = who.ada): Result {
  const role = roleRow(title);
  const ids = handle.db
    .select({ id: s.applications.id })
    .from(s.applications)
    .where(and(eq(s.applications.roleId, role.id), panelReadableApplicationsWhere(handle.db, user)))
    .all()
    .map((r) => r.id)
    .sort();
  const { panels } = loadRolePanels(handle.db, { user, roleId: role.id, roleThresholds: role.thresholds, now: handle.now });
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
  return handle.db
    .select({ id: s.applicationRecommendations.applicationId })
    .from(s.applicationRecommendations)
    .innerJoin(s.applications, eq(s.applications.id, s.applicationRecommendations.applicationId))
    .where(eq(s.applications.roleId, role.id))
    .all().length;
}

function userById(id: string): SessionUser {
  const user = loadSessionUser(handle.db, { id });
  if (!user) throw new Error(`No person ${id}`);
  return user;
}

/** A complete scorecard: every section rated `rating` with multi-team scope, no red flags. */
function content(user: SessionUser, interviewId: string, rating: 0 | 1 | 2, recommendation: "no-hire" | "senior" | "staff"): ScorecardContent {
  const kit = loadInterviewKit(handle.db, { user, interviewId });
  if (!kit) throw new Error("No kit");
  return {
    ratings: kit.sections.map((sec) => ({
      sectionId: sec.id,
      rating,
      notAssessed: false,
      evidence: `Observed evidence for ${sec.name} in the interview.`,
      scope: "multi-team",
      itemsObserved: sec.items.slice(0, 1).map((it) => it.id),
    })),
    redFlags: [],
    overallRecommendation: recommendation,
    confidence: "high",
    summary: "Summary of what the candidate showed.",
  };
}

/** Interviews of the role that have started, are still scheduled and have no submitted scorecard. */
function openInterviews(title: string) {
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
        eq(s.applications.roleId, roleRow(title).id),
        eq(s.interviews.status, "scheduled"),
        lte(s.interviews.scheduledAt, handle.now),
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
    .where(and(eq(s.applications.roleId, roleRow(title).id), eq(s.scorecards.status, "submitted")))
    .orderBy(asc(s.scorecards.submittedAt), asc(s.scorecards.id))
    .all();
}

/** Saves role settings, confirming the change of level on open debriefs that the first save reports (the settings form's second step). */
function saveConfirmed(input: Parameters<typeof updateRoleSettings>[1]) {
  const first = updateRoleSettings(handle.db, input);
  if (first.saved) return first;
  const second = updateRoleSettings(handle.db, { ...input, confirmedImpact: first.impact.token });
  if (!second.saved) throw new Error("A confirmed settings change should save.");
  return second;
}

const settingsOf = (title: string, overrides: Partial<Parameters<typeof updateRoleSettings>[1]> = {}) =>
  currentSettings(handle.db, title, who.ada, overrides);

describe("kept recommendations follow every change to the engine's input", () => {
  it("starts with nothing kept and keeps one row per readable application after the first read", () => {
    expect(keptCount(PAYMENTS)).toBe(0);
    const first = cached(PAYMENTS);
    expect(first).toEqual(fresh(PAYMENTS));
    expect(Object.values(first).some((r) => r.level !== null)).toBe(true);
    expect(keptCount(PAYMENTS)).toBe(Object.keys(first).length);
    // The kept rows are the engine's, whoever read first: the hiring manager (blind to a panel he sits on) gets the same.
    const hugo = cached(PAYMENTS, who.hugo);
    expect(hugo).toEqual(fresh(PAYMENTS, who.hugo));
    expect(Object.keys(hugo).length).toBeLessThan(Object.keys(first).length);
  });

  it("recomputes an application when a scorecard is submitted", () => {
    const open = openInterviews(PAYMENTS)[0];
    if (!open) throw new Error("The demo should have an open interview on Payments");
    const interviewer = userById(open.interviewerId);
    const { before, after } = across(PAYMENTS, () => {
      submitScorecard(handle.db, {
        user: interviewer,
        interviewId: open.id,
        baseRevision: open.revision ?? 0,
        content: content(interviewer, open.id, 0, "no-hire"),
        now: handle.now,
      });
    });
    expect(after[open.applicationId]).not.toEqual(before[open.applicationId]);
  });

  it("recomputes an application when a submitted scorecard is amended", () => {
    const card = submittedScorecards(PAYMENTS).find((c) => c.applicationId !== openInterviews(PAYMENTS)[0]?.applicationId);
    if (!card) throw new Error("The demo should have a submitted scorecard on Payments");
    const interviewer = userById(card.interviewerId);
    const { before, after } = across(PAYMENTS, () => {
      amendScorecard(handle.db, {
        user: interviewer,
        interviewId: card.interviewId,
        baseRevision: card.revision,
        reason: "I mixed up two candidates' notes on the design section.",
        content: content(interviewer, card.interviewId, 0, "no-hire"),
        now: handle.now,
      });
    });
    expect(after[card.applicationId]).not.toEqual(before[card.applicationId]);
  });

  it("recomputes an application when one of its interviews is marked not held", () => {
    const open = openInterviews(PAYMENTS).find((i) => submittedScorecards(PAYMENTS).some((c) => c.applicationId === i.applicationId));
    if (!open) throw new Error("The demo should have an open interview beside a submitted scorecard on Payments");
    across(PAYMENTS, () => {
      markInterviewNotHeld(handle.db, { user: who.rita, interviewId: open.id, reason: "The candidate was ill on the day.", now: handle.now });
    });
    expect(handle.db.select().from(s.interviews).where(eq(s.interviews.id, open.id)).get()?.status).toBe("not-held");
  });

  it("keeps the results right when an application is withdrawn", () => {
    const app = handle.db
      .select({ id: s.applications.id })
      .from(s.applications)
      .where(and(eq(s.applications.roleId, roleRow(PAYMENTS).id), inArray(s.applications.status, ["active", "debrief"])))
      .get();
    if (!app) throw new Error("The demo should have an active application on Payments");
    across(PAYMENTS, () => {
      changeApplicationStatus(handle.db, { user: who.rita, applicationId: app.id, status: "withdrawn" });
    });
  });

  it("recomputes the role when its thresholds change", () => {
    const current = settingsOf(PAYMENTS);
    // The highest bars the role's own sections allow (lib/roles/threshold-limits.ts refuses higher ones).
    const strictest = { seniorMinTwos: current.sectionIds.length, staffCriticalMinTwos: current.staffCriticalSectionIds.length };
    const { before, after } = across(PAYMENTS, () => {
      saveConfirmed(settingsOf(PAYMENTS, { thresholds: { ...DEFAULT_THRESHOLDS, ...strictest } }));
    });
    expect(after).not.toEqual(before);
    across(PAYMENTS, () => {
      saveConfirmed(settingsOf(PAYMENTS, { thresholds: { ...DEFAULT_THRESHOLDS } }));
    });
  });

  it("recomputes the role when its sections or Staff-critical sections change", () => {
    const current = settingsOf(PAYMENTS);
    const { before, after } = across(PAYMENTS, () => {
      saveConfirmed({
        ...current,
        sectionIds: current.sectionIds.slice(0, 4),
        staffCriticalSectionIds: current.sectionIds.slice(0, 4),
      });
    });
    expect(after).not.toEqual(before);
    across(PAYMENTS, () => {
      saveConfirmed({ ...current, staffCriticalSectionIds: [] });
    });
  });

  it("recomputes the role when its interview plan changes the coverage of a section", () => {
    const role = roleRow(PAYMENTS);
    const stages = handle.db.select().from(s.planStages).where(eq(s.planStages.roleId, role.id)).orderBy(asc(s.planStages.position)).all();
    const ids = (table: typeof s.stageFocusSections | typeof s.stageQuestions | typeof s.stageInterviewers, stageId: string) =>
      handle.db.select().from(table).where(eq(table.stageId, stageId)).all();
    const plan = stages.map((st) => ({
      id: st.id,
      name: st.name,
      durationMinutes: st.durationMinutes,
      focusSectionIds: ids(s.stageFocusSections, st.id).map((r) => (r as { sectionId: string }).sectionId),
      questionIds: ids(s.stageQuestions, st.id).map((r) => (r as { questionId: string }).questionId),
      interviewerIds: ids(s.stageInterviewers, st.id).map((r) => (r as { userId: string }).userId),
    }));
    const inPlay = settingsOf(PAYMENTS).sectionIds;
    const before = loadSectionsInPlay(handle.db, role.id).plannedCoverage;
    across(PAYMENTS, () => {
      saveInterviewPlan(handle.db, {
        user: who.ada,
        roleId: role.id,
        stages: [...plan, { id: null, name: "Extra deep dive", durationMinutes: 60, focusSectionIds: inPlay, questionIds: [], interviewerIds: [] }],
      });
    });
    expect(loadSectionsInPlay(handle.db, role.id).plannedCoverage).not.toEqual(before);
  });

  it("recomputes the role when it moves to another framework version", () => {
    const role = roleRow(PLATFORM);
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
    const next = Math.max(...versions.map((v) => v.version)) + 1;
    const v2 = handle.db.transaction((tx) =>
      writeFrameworkVersion(tx, { frameworkId, version: next, content: structuredClone(DEFAULT_FRAMEWORK), published: true, publishedById: null }),
    );
    const newSections = sectionsOf(handle.db, v2);
    const { before, after } = across(PLATFORM, () => {
      // The settings form locks the version once scorecards exist; a data fix may still move it, sections and all.
      handle.db.transaction((tx) => {
        const old = tx.select().from(s.roleSections).where(eq(s.roleSections.roleId, role.id)).all();
        const keyOf = new Map(sectionsOf(handle.db, role.frameworkVersionId).map((x) => [x.id, x.key]));
        tx.delete(s.roleSections).where(eq(s.roleSections.roleId, role.id)).run();
        for (const r of old) {
          const moved = newSections.find((x) => x.key === keyOf.get(r.sectionId));
          if (moved)
            tx.insert(s.roleSections)
              .values({ ...r, sectionId: moved.id })
              .run();
        }
        tx.update(s.roles).set({ frameworkVersionId: v2 }).where(eq(s.roles.id, role.id)).run();
      });
    });
    // The ratings were given against the old version's sections, so none is in play any more.
    expect(after).not.toEqual(before);
  });

  it("recomputes an application when one of its interviewers changes level", () => {
    const card = submittedScorecards(PAYMENTS)[0];
    if (!card) throw new Error("No submitted scorecard on Payments");
    const person = handle.db.select().from(s.users).where(eq(s.users.id, card.interviewerId)).get()!;
    const roles = handle.db
      .select({ role: s.userRoles.role })
      .from(s.userRoles)
      .where(eq(s.userRoles.userId, person.id))
      .all()
      .map((r) => r.role);
    const before = handle.db
      .select()
      .from(s.applicationRecommendations)
      .where(eq(s.applicationRecommendations.applicationId, card.applicationId))
      .get();
    across(PAYMENTS, () => {
      void updatePerson(handle.db, {
        actor: who.ada,
        input: { userId: person.id, name: person.name, level: person.level === "staff" ? "senior" : "staff", roles, active: true, password: "" },
      });
    });
    const after = handle.db
      .select()
      .from(s.applicationRecommendations)
      .where(eq(s.applicationRecommendations.applicationId, card.applicationId))
      .get();
    expect(after?.fingerprint).not.toBe(before?.fingerprint);
  });

  it("keeps the results right when a decision is recorded", () => {
    const app = handle.db
      .select({ id: s.applications.id })
      .from(s.applications)
      .where(
        and(
          eq(s.applications.roleId, roleRow(PAYMENTS).id),
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
  });
});
