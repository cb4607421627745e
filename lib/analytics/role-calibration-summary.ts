import "server-only";
import { and, count, eq, isNotNull, sql } from "drizzle-orm";
import crypto from "node:crypto";
import type { Db } from "@/db/client";
import { applications, roleCalibrationSummaries, roleSections, scorecardRatings, scorecards, type KeptRoleCalibration } from "@/db/schema";
import { alphaBySection, interviewerOffsets, type RatingRow } from "@/lib/calibration";
import type { SessionUser } from "@/lib/auth/session-user";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";

/** Raise when the agreement statistics (lib/calibration/agreement.ts) or this summary's shape change: every kept row is then recomputed. */
const STATS_VERSION = 1;

/**
 * The role's part of the fingerprint, read in one statement from the scorecards index (application, status,
 * revision, updated_at): how many scorecards of the role are submitted, their revisions, rowids and latest time.
 * A rating changes only through a content write, which bumps its scorecard's revision and time
 * (lib/scorecards/write-scorecard-content.ts); a submission, an amendment, a reopen or a deletion moves the count,
 * the sums or the time. The sections in play are added in JavaScript.
 */
function submittedScorecardsFingerprint(db: Db, roleId: string): string {
  const row = db
    .select({
      n: count(),
      revisions: sql<number>`total(${scorecards.revision})`,
      rowids: sql<number>`total(${scorecards}.rowid)`,
      latest: sql<number | null>`max(${scorecards.updatedAt})`,
    })
    .from(scorecards)
    .innerJoin(applications, eq(applications.id, scorecards.applicationId))
    .where(and(eq(applications.roleId, roleId), eq(scorecards.status, "submitted")))
    .get();
  return JSON.stringify([row?.n ?? 0, row?.revisions ?? 0, row?.rowids ?? 0, row?.latest ?? null]);
}

export function calibrationFingerprint(scorecardsPart: string, sectionIds: readonly string[]): string {
  const input = JSON.stringify([STATS_VERSION, [...sectionIds].sort(), scorecardsPart]);
  return crypto.createHash("sha256").update(input).digest("base64url").slice(0, 22);
}

/** Agreement and offsets computed from the bare ratings of the applications `readable` lets through. */
function computeCalibration(db: Db, roleId: string, readable: ReturnType<typeof and>): KeptRoleCalibration {
  // The bare ratings of submitted scorecards in sections in play: all agreement and offsets need.
  const rows: RatingRow[] = db
    .select({
      applicationId: scorecards.applicationId,
      sectionId: scorecardRatings.sectionId,
      interviewerId: scorecards.interviewerId,
      rating: sql<number>`${scorecardRatings.rating}`,
      scorecardId: scorecardRatings.scorecardId,
    })
    .from(scorecardRatings)
    .innerJoin(scorecards, eq(scorecards.id, scorecardRatings.scorecardId))
    .innerJoin(applications, eq(applications.id, scorecards.applicationId))
    .innerJoin(roleSections, and(eq(roleSections.roleId, roleId), eq(roleSections.sectionId, scorecardRatings.sectionId)))
    .where(and(readable, eq(scorecards.status, "submitted"), eq(scorecardRatings.notAssessed, false), isNotNull(scorecardRatings.rating)))
    .all();
  const submitted = db
    .select({ interviewerId: scorecards.interviewerId, n: count() })
    .from(scorecards)
    .innerJoin(applications, eq(applications.id, scorecards.applicationId))
    .where(and(readable, eq(scorecards.status, "submitted")))
    .groupBy(scorecards.interviewerId)
    .all();
  const offsets = new Map(interviewerOffsets(rows).map((o) => [String(o.interviewerId), o]));
  return {
    sections: alphaBySection(rows).map((a) => ({ sectionId: String(a.sectionId), alpha: a.alpha, applications: a.applications, ratings: a.ratings })),
    interviewers: submitted
      .map((p) => {
        const o = offsets.get(p.interviewerId);
        return {
          interviewerId: p.interviewerId,
          meanOffset: o?.meanOffset ?? null,
          ratings: o?.count ?? 0,
          scorecards: o?.scorecards ?? 0,
          submittedScorecards: p.n,
        };
      })
      .sort((a, b) => a.interviewerId.localeCompare(b.interviewerId)),
  };
}

/**
 * Agreement per section and each interviewer's offset over the role's applications the user may read in full.
 * When that is every application of the role (the usual case), it comes from role_calibration_summaries while the
 * fingerprint still matches: two small statements and no ratings read. Otherwise (nothing kept yet, or a scorecard
 * or the sections in play changed) it is computed and kept. A user blinded on some of the role's applications gets
 * a computation over the rest, never kept: the summary is of the whole role.
 *
 * The fingerprint is read before the ratings, so a write landing in between leaves a row whose fingerprint no
 * longer matches, recomputed on the next view, never a stale one that looks fresh.
 */
export function roleCalibration(db: Db, opts: { user: SessionUser; roleId: string; sectionIds: readonly string[]; now: Date }): KeptRoleCalibration {
  const readable = and(eq(applications.roleId, opts.roleId), panelReadableApplicationsWhere(db, opts.user));
  const coverage = db
    .select({ all: count(), readable: sql<number>`coalesce(sum(${panelReadableApplicationsWhere(db, opts.user)}), 0)` })
    .from(applications)
    .where(eq(applications.roleId, opts.roleId))
    .get();
  if ((coverage?.readable ?? 0) !== (coverage?.all ?? 0)) return computeCalibration(db, opts.roleId, readable);

  const fingerprint = calibrationFingerprint(submittedScorecardsFingerprint(db, opts.roleId), opts.sectionIds);
  const kept = db
    .select({ fingerprint: roleCalibrationSummaries.fingerprint, summary: roleCalibrationSummaries.summary })
    .from(roleCalibrationSummaries)
    .where(eq(roleCalibrationSummaries.roleId, opts.roleId))
    .get();
  if (kept?.fingerprint === fingerprint) return kept.summary;

  const summary = computeCalibration(db, opts.roleId, readable);
  db.insert(roleCalibrationSummaries)
    .values({ roleId: opts.roleId, fingerprint, summary, computedAt: opts.now })
    .onConflictDoUpdate({
      target: roleCalibrationSummaries.roleId,
      set: { fingerprint: sql`excluded.fingerprint`, summary: sql`excluded.summary`, computedAt: sql`excluded.computed_at` },
    })
    .run();
  return summary;
}
