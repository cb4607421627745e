import "server-only";
import { and, eq, sql } from "drizzle-orm";
import crypto from "node:crypto";
import type { Db } from "@/db/client";
import { applicationRecommendations, applications } from "@/db/schema";
import type { Confidence, Level } from "@/lib/calibration";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadRolePanels, pickThresholds, recommendFor, type SectionInPlay } from "@/lib/debrief/load-panels";
import type { PlannedCoverage } from "@/lib/calibration";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";

/** Raise when lib/calibration's rules change: every kept result is then recomputed on its next view. */
const ENGINE_VERSION = 1;
/** Upserts per statement when results are written back (5 parameters a row, well under SQLite's limit). */
const WRITE_BATCH = 200;

export type KeptRecommendation = { level: Level | null; confidence: Confidence | null };

/**
 * The part of the engine's input that is the role's: its framework version, sections in play and which are
 * Staff-critical, the plan's stages per section, the thresholds. Hashed, so it sits in every application's fingerprint.
 */
export function roleFingerprint(role: {
  frameworkVersionId: string;
  thresholds: Record<string, number>;
  sections: SectionInPlay[];
  plannedCoverage: PlannedCoverage[];
}): string {
  const input = JSON.stringify([
    ENGINE_VERSION,
    role.frameworkVersionId,
    Object.entries(pickThresholds(role.thresholds)).sort(([a], [b]) => a.localeCompare(b)),
    role.sections.map((s) => [s.id, s.staffCritical]),
    role.plannedCoverage.map((c) => [c.sectionId, c.stages]),
  ]);
  return crypto.createHash("sha256").update(input).digest("base64url").slice(0, 22);
}

/**
 * The application's part of the engine's input: its panel_revision, which triggers raise on every write to its
 * interviews or scorecards and on a change of level of one of its interviewers (migration 0013). Any write to a
 * scorecard's content bumps its revision (lib/scorecards/write-scorecard-content.ts), so ratings, scopes and red
 * flags are covered too. A read of one column: hashing every interview and scorecard of the role on each view was
 * most of the analytics page's SQL.
 */
const applicationFingerprint = sql<string>`${applications.panelRevision}`;

/**
 * The engine's level and confidence for every application of the role the user may read in full, from
 * application_recommendations where its fingerprint still matches, recomputed (and kept) where it does not.
 * One statement when nothing changed; when something did, the panels of the stale applications only, then their
 * results written back in batches.
 */
export function roleRecommendations(
  db: Db,
  opts: {
    user: SessionUser;
    role: { id: string; frameworkVersionId: string; thresholds: Record<string, number> };
    sections: SectionInPlay[];
    plannedCoverage: PlannedCoverage[];
    now: Date;
  },
): Map<string, KeptRecommendation> {
  const prefix = `${roleFingerprint({ ...opts.role, sections: opts.sections, plannedCoverage: opts.plannedCoverage })}|`;
  const current = db
    .select({ applicationId: applications.id, fingerprint: sql<string>`${prefix} || ${applicationFingerprint}`.as("current_fingerprint") })
    .from(applications)
    .where(and(eq(applications.roleId, opts.role.id), panelReadableApplicationsWhere(db, opts.user)))
    .as("current");
  const rows = db
    .select({
      applicationId: current.applicationId,
      // Only a stale row carries its fingerprint back: a fresh one needs nothing but its kept result.
      staleFingerprint: sql<
        string | null
      >`CASE WHEN ${applicationRecommendations.fingerprint} IS ${current.fingerprint} THEN NULL ELSE ${current.fingerprint} END`,
      level: applicationRecommendations.level,
      confidence: applicationRecommendations.confidence,
    })
    .from(current)
    .leftJoin(applicationRecommendations, eq(applicationRecommendations.applicationId, current.applicationId))
    .all();

  const results = new Map<string, KeptRecommendation>();
  const stale = new Map<string, string>();
  for (const r of rows) {
    if (r.staleFingerprint === null) results.set(r.applicationId, { level: r.level as Level | null, confidence: r.confidence });
    else stale.set(r.applicationId, r.staleFingerprint);
  }
  if (stale.size === 0) return results;

  const { panels } = loadRolePanels(db, {
    user: opts.user,
    roleId: opts.role.id,
    roleThresholds: opts.role.thresholds,
    applicationIds: [...stale.keys()],
    now: opts.now,
  });
  const fresh = [...stale.entries()].map(([applicationId, fingerprint]) => {
    const outcome = recommendFor(panels.get(applicationId)?.panel ?? null);
    const kept: KeptRecommendation = outcome.ok
      ? { level: outcome.recommendation.level, confidence: outcome.recommendation.confidence }
      : { level: null, confidence: null };
    results.set(applicationId, kept);
    return { applicationId, fingerprint, ...kept, computedAt: opts.now };
  });
  db.transaction((tx) => {
    for (let i = 0; i < fresh.length; i += WRITE_BATCH) {
      tx.insert(applicationRecommendations)
        .values(fresh.slice(i, i + WRITE_BATCH))
        .onConflictDoUpdate({
          target: applicationRecommendations.applicationId,
          set: {
            fingerprint: sql`excluded.fingerprint`,
            level: sql`excluded.level`,
            confidence: sql`excluded.confidence`,
            computedAt: sql`excluded.computed_at`,
          },
        })
        .run();
    }
  });
  return results;
}
