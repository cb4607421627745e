import { and, asc, eq, inArray, isNull, lte, ne, or } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { recordDecision } from "@/lib/debrief/record-decision";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { writeFrameworkVersion } from "@/lib/frameworks/write-framework-version";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { amendScorecard } from "@/lib/scorecards/amend-scorecard";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import type { ScorecardContent } from "@/lib/scorecards/scorecard-content";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { createSeededDb } from "../helpers/temp-db";
import { people, sectionsOf } from "../roles/db-fixtures";

/**
 * What the tests of the kept analytics (calibration-summary, recommendation-cache) find and write on the seeded
 * demo: the people, interviews and scorecards of a role, and the writes both of them run through the domain.
 */

/**
 * The seeded demo, created before the file's tests and removed after them: its database, its fixed "now" and its
 * people by first name, read inside the tests.
 */
export function seededDemo() {
  let handle: Awaited<ReturnType<typeof createSeededDb>> | undefined;
  let who: ReturnType<typeof people> | undefined;
  beforeAll(async () => {
    handle = await createSeededDb();
    who = people(handle.db);
  });
  afterAll(() => handle?.close());
  const open = () => {
    if (!handle || !who) throw new Error("The seeded demo is read inside a test, after beforeAll");
    return { handle, who };
  };
  return {
    get db() {
      return open().handle.db;
    },
    get now() {
      return open().handle.now;
    },
    get who() {
      return open().who;
    },
  };
}

/** Two roles of the demo: one with a full panel's scorecards, and one to move to another framework version. */
export const PAYMENTS = "Backend Engineer, Payments";
export const PLATFORM = "Staff Platform Engineer";

export function userById(db: Db, id: string): SessionUser {
  const user = loadSessionUser(db, { id });
  if (!user) throw new Error(`No person ${id}`);
  return user;
}

/** How a test scorecard rates: every section `rating`, and with `observeFirstItem`, each section's first item observed. */
export type Rated = { rating: 0 | 1 | 2; recommendation: "no-hire" | "senior" | "staff"; observeFirstItem?: boolean };

/** A complete scorecard: every section rated alike (`rated`) with multi-team scope, no red flags. */
export function completeScorecard(db: Db, opts: { user: SessionUser; interviewId: string } & Rated): ScorecardContent {
  const kit = loadInterviewKit(db, { user: opts.user, interviewId: opts.interviewId });
  if (!kit) throw new Error("No kit");
  return {
    ratings: kit.sections.map((sec) => ({
      sectionId: sec.id,
      rating: opts.rating,
      notAssessed: false,
      evidence: `Observed evidence for ${sec.name} in the interview.`,
      scope: "multi-team",
      itemsObserved: opts.observeFirstItem ? sec.items.slice(0, 1).map((it) => it.id) : [],
    })),
    redFlags: [],
    overallRecommendation: opts.recommendation,
    confidence: "high",
    summary: "Summary of what the candidate showed.",
  };
}

/** The interview's own interviewer submits its scorecard, rated as `rated` says. */
export function submitAsInterviewer(db: Db, interview: { id: string; interviewerId: string; revision: number | null }, rated: Rated, now: Date) {
  const user = userById(db, interview.interviewerId);
  submitScorecard(db, {
    user,
    interviewId: interview.id,
    baseRevision: interview.revision ?? 0,
    content: completeScorecard(db, { user, interviewId: interview.id, ...rated }),
    now,
  });
}

/** The interviewer amends a submitted scorecard to what `rated` says, with a reason. */
export function amendAsInterviewer(db: Db, card: { interviewId: string; interviewerId: string; revision: number }, rated: Rated, now: Date) {
  const user = userById(db, card.interviewerId);
  amendScorecard(db, {
    user,
    interviewId: card.interviewId,
    baseRevision: card.revision,
    reason: "I mixed up two candidates' notes on the design section.",
    content: completeScorecard(db, { user, interviewId: card.interviewId, ...rated }),
    now,
  });
}

/** Interviews of the role that have started by `now`, are still scheduled and have no submitted scorecard; with `notOf`, not that person's. */
export function openInterviews(db: Db, opts: { roleId: string; now: Date; notOf?: string }) {
  return db
    .select({ interview: s.interviews, revision: s.scorecards.revision })
    .from(s.interviews)
    .innerJoin(s.applications, eq(s.applications.id, s.interviews.applicationId))
    .leftJoin(s.scorecards, eq(s.scorecards.interviewId, s.interviews.id))
    .where(
      and(
        eq(s.applications.roleId, opts.roleId),
        eq(s.interviews.status, "scheduled"),
        lte(s.interviews.scheduledAt, opts.now),
        opts.notOf === undefined ? undefined : ne(s.interviews.interviewerId, opts.notOf),
        or(isNull(s.scorecards.id), ne(s.scorecards.status, "submitted")),
      ),
    )
    .orderBy(asc(s.interviews.scheduledAt), asc(s.interviews.id))
    .all()
    .map(({ interview, revision }) => ({
      id: interview.id,
      interviewerId: interview.interviewerId,
      applicationId: interview.applicationId,
      revision,
    }));
}

/** The role's submitted scorecards, first submitted first. */
export function submittedScorecards(db: Db, roleId: string) {
  return db
    .select({
      interviewId: s.scorecards.interviewId,
      interviewerId: s.scorecards.interviewerId,
      applicationId: s.scorecards.applicationId,
      revision: s.scorecards.revision,
    })
    .from(s.scorecards)
    .innerJoin(s.applications, eq(s.applications.id, s.scorecards.applicationId))
    .where(and(eq(s.applications.roleId, roleId), eq(s.scorecards.status, "submitted")))
    .orderBy(asc(s.scorecards.submittedAt), asc(s.scorecards.id))
    .all();
}

/** An active or debrief application of the role. */
export function openApplication(db: Db, roleId: string) {
  return db
    .select({ id: s.applications.id })
    .from(s.applications)
    .where(and(eq(s.applications.roleId, roleId), inArray(s.applications.status, ["active", "debrief"])))
    .get();
}

/** An active or debrief application of the role with a submitted scorecard and no decision yet. */
export function undecidedApplicationWithScorecards(db: Db, roleId: string) {
  return db
    .select({ id: s.applications.id })
    .from(s.applications)
    .where(
      and(
        eq(s.applications.roleId, roleId),
        inArray(s.applications.status, ["active", "debrief"]),
        inArray(
          s.applications.id,
          submittedScorecards(db, roleId).map((c) => c.applicationId),
        ),
      ),
    )
    .all()
    .find((a) => !db.select().from(s.decisions).where(eq(s.decisions.applicationId, a.id)).get());
}

/** The recruiter moves the application to its debrief and the hiring manager decides no hire, against the recommendation. */
export function decideNoHire(db: Db, opts: { recruiter: SessionUser; hiringManager: SessionUser; applicationId: string; now: Date }) {
  changeApplicationStatus(db, { user: opts.recruiter, applicationId: opts.applicationId, status: "debrief" });
  recordDecision(db, {
    user: opts.hiringManager,
    applicationId: opts.applicationId,
    level: "none",
    hire: false,
    rationale: "The evidence does not reach the Senior bar in system design.",
    overrideReason: "References raised concerns the panel did not see.",
    decideWithoutMissing: true,
    missingReason: "The last interviewer is on leave for a month.",
    now: opts.now,
  });
}

/** Saves role settings, confirming the change of level on open debriefs that the first save reports (the settings form's second step). */
export function saveConfirmed(db: Db, input: Parameters<typeof updateRoleSettings>[1]) {
  const first = updateRoleSettings(db, input);
  if (first.saved) return first;
  const second = updateRoleSettings(db, { ...input, confirmedImpact: first.impact.token });
  if (!second.saved) throw new Error("A confirmed settings change should save.");
  return second;
}

/** The role's settings with only its first four sections in play, all four Staff-critical: a change that moves its figures. */
export function firstFourSections<T extends { sectionIds: string[] }>(settings: T): T & { staffCriticalSectionIds: string[] } {
  return { ...settings, sectionIds: settings.sectionIds.slice(0, 4), staffCriticalSectionIds: settings.sectionIds.slice(0, 4) };
}

/** A new published version (the default framework) of the framework that `versionId` belongs to; its id. */
export function publishNextVersion(db: Db, versionId: string): string {
  const frameworkId = db
    .select({ frameworkId: s.frameworkVersions.frameworkId })
    .from(s.frameworkVersions)
    .where(eq(s.frameworkVersions.id, versionId))
    .get()!.frameworkId;
  const versions = db
    .select({ version: s.frameworkVersions.version })
    .from(s.frameworkVersions)
    .where(eq(s.frameworkVersions.frameworkId, frameworkId))
    .all();
  const next = Math.max(...versions.map((v) => v.version)) + 1;
  return db.transaction((tx) =>
    writeFrameworkVersion(tx, { frameworkId, version: next, content: structuredClone(DEFAULT_FRAMEWORK), published: true, publishedById: null }),
  );
}

/**
 * Moves the role to another version, its sections in play matched by key. The settings form locks the version once
 * scorecards exist; a data fix may still move it, sections and all.
 */
export function moveRoleToVersion(db: Db, opts: { roleId: string; fromVersionId: string; toVersionId: string }) {
  const newSections = sectionsOf(db, opts.toVersionId);
  const keyOf = new Map(sectionsOf(db, opts.fromVersionId).map((x) => [x.id, x.key]));
  db.transaction((tx) => {
    const old = tx.select().from(s.roleSections).where(eq(s.roleSections.roleId, opts.roleId)).all();
    tx.delete(s.roleSections).where(eq(s.roleSections.roleId, opts.roleId)).run();
    for (const r of old) {
      const moved = newSections.find((x) => x.key === keyOf.get(r.sectionId));
      if (moved)
        tx.insert(s.roleSections)
          .values({ ...r, sectionId: moved.id })
          .run();
    }
    tx.update(s.roles).set({ frameworkVersionId: opts.toVersionId }).where(eq(s.roles.id, opts.roleId)).run();
  });
}

/** A person's row and app roles, as the people form sends them back. */
export function personWithRoles(db: Db, userId: string) {
  const person = db.select().from(s.users).where(eq(s.users.id, userId)).get()!;
  const roles = db
    .select({ role: s.userRoles.role })
    .from(s.userRoles)
    .where(eq(s.userRoles.userId, person.id))
    .all()
    .map((r) => r.role);
  return { person, roles };
}
