import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import crypto from "node:crypto";
import type { DbOrTx } from "@/db/client";
import { applications, candidates, settingsLevelChanges, users } from "@/db/schema";
import type { Level } from "@/lib/calibration";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadRolePanels, recommendFor } from "@/lib/debrief/load-panels";
import { LEVEL_LABELS } from "@/lib/debrief/labels";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";

/** An open debrief whose recommendation a settings change moves from one level to another. */
export type LevelChange = { applicationId: string; candidateName: string; from: Level; to: Level };

/** What saving would do to open debriefs, and the token that confirms exactly that. */
export type SettingsImpact = { token: string; changes: LevelChange[] };

/**
 * The engine's level for each open application of the role (active or in debrief, with at least one submitted
 * scorecard) that the user may read in full, computed from what the database holds now: call it before and after
 * the settings' writes, inside the same transaction, and compare.
 */
export function openDebriefLevels(
  tx: DbOrTx,
  args: { user: SessionUser; roleId: string; thresholds: Record<string, number>; now: Date },
): Map<string, { candidateName: string; level: Level }> {
  const open = tx
    .select({ id: applications.id, candidateName: candidates.name })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(
      and(eq(applications.roleId, args.roleId), inArray(applications.status, ["active", "debrief"]), panelReadableApplicationsWhere(tx, args.user)),
    )
    .all();
  const levels = new Map<string, { candidateName: string; level: Level }>();
  if (open.length === 0) return levels;
  const { panels } = loadRolePanels(tx, {
    user: args.user,
    roleId: args.roleId,
    roleThresholds: args.thresholds,
    applicationIds: open.map((a) => a.id),
    now: args.now,
  });
  for (const app of open) {
    const outcome = recommendFor(panels.get(app.id)?.panel ?? null);
    if (outcome.ok) levels.set(app.id, { candidateName: app.candidateName, level: outcome.recommendation.level });
  }
  return levels;
}

/** The debriefs whose level differs between `before` and `after`, by candidate name, and the token that names them. */
export function levelChanges(
  before: Map<string, { candidateName: string; level: Level }>,
  after: Map<string, { candidateName: string; level: Level }>,
): SettingsImpact {
  const changes: LevelChange[] = [];
  for (const [applicationId, was] of before) {
    const now = after.get(applicationId);
    if (now && now.level !== was.level) changes.push({ applicationId, candidateName: was.candidateName, from: was.level, to: now.level });
  }
  changes.sort((a, b) => a.candidateName.localeCompare(b.candidateName) || a.applicationId.localeCompare(b.applicationId));
  return { token: impactToken(changes), changes };
}

/**
 * Names one exact outcome: the same debriefs moving to the same levels. A confirmation carries it back, so a
 * confirmation given for one outcome never approves a different one (a scorecard submitted in between, say).
 */
export function impactToken(changes: LevelChange[]): string {
  const text = changes.map((c) => `${c.applicationId}:${c.from}>${c.to}`).join(",");
  return crypto.createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/** The confirmation a settings save needs: thrown inside its transaction so nothing is written, caught by the caller. */
export class ImpactNeedsConfirmation extends Error {
  constructor(readonly impact: SettingsImpact) {
    super("Saving these settings changes the recommendation on open debriefs; confirm to save.");
    this.name = "ImpactNeedsConfirmation";
  }
}

/** Marks each changed debrief, in the settings' own transaction. */
export function recordLevelChanges(tx: DbOrTx, args: { user: SessionUser; changes: LevelChange[]; what: string; now: Date }) {
  if (args.changes.length === 0) return;
  tx.insert(settingsLevelChanges)
    .values(
      args.changes.map((c) => ({
        applicationId: c.applicationId,
        changedAt: args.now,
        changedById: args.user.id,
        fromLevel: c.from,
        toLevel: c.to,
        what: args.what,
      })),
    )
    .run();
}

export type SettingsChangeNotice = { changedAt: Date; changedByName: string | null; what: string; from: string; to: string };

/** The settings changes that moved this application's recommendation, newest first, with the levels in words. */
export function loadSettingsChangeNotices(db: DbOrTx, applicationId: string): SettingsChangeNotice[] {
  return db
    .select({
      changedAt: settingsLevelChanges.changedAt,
      changedByName: users.name,
      what: settingsLevelChanges.what,
      from: settingsLevelChanges.fromLevel,
      to: settingsLevelChanges.toLevel,
    })
    .from(settingsLevelChanges)
    .leftJoin(users, eq(users.id, settingsLevelChanges.changedById))
    .where(eq(settingsLevelChanges.applicationId, applicationId))
    .orderBy(desc(settingsLevelChanges.changedAt))
    .limit(5)
    .all()
    .map((n) => ({ ...n, from: levelWord(n.from), to: levelWord(n.to) }));
}

const levelWord = (level: string) => LEVEL_LABELS[level as Level] ?? level;
