import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { applications, candidates, decisions, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { eraseCandidateData, truncateWal } from "@/lib/candidates/erase-candidate";
import { forbiddenError } from "@/lib/errors";
import { isDueForErasure, lastFinalDecision, retentionCutoff, type RetentionApplication } from "./retention-rules";
import { readRetentionSetting } from "./retention-settings";

export type DueCandidate = { candidateId: string; name: string; roles: string[]; decidedAt: Date };

type Row = { candidateId: string; name: string; roleTitle: string } & RetentionApplication;

function candidateRows(db: DbOrTx, candidateId?: string): Row[] {
  return db
    .select({
      candidateId: candidates.id,
      name: candidates.name,
      roleTitle: roles.title,
      status: applications.status,
      decidedAt: decisions.createdAt,
    })
    .from(candidates)
    .innerJoin(applications, eq(applications.candidateId, candidates.id))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .leftJoin(decisions, eq(decisions.applicationId, applications.id))
    .where(candidateId ? eq(candidates.id, candidateId) : isNull(candidates.erasedAt))
    .orderBy(asc(candidates.id))
    .all();
}

function groupByCandidate(rows: Row[]): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const list = grouped.get(row.candidateId) ?? [];
    list.push(row);
    grouped.set(row.candidateId, list);
  }
  return grouped;
}

/** The candidates retention would erase at `now` with `months` (the dry run), oldest decision first. */
export function listDueCandidates(db: Db, opts: { months: number; now: Date }): DueCandidate[] {
  const cutoff = retentionCutoff(opts.now, opts.months);
  const due: DueCandidate[] = [];
  for (const [candidateId, apps] of groupByCandidate(candidateRows(db))) {
    if (!isDueForErasure(apps, cutoff)) continue;
    const decidedAt = lastFinalDecision(apps);
    if (!decidedAt || !apps[0]) continue;
    due.push({ candidateId, name: apps[0].name, roles: [...new Set(apps.map((a) => a.roleTitle))].sort(), decidedAt });
  }
  return due.sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime() || a.name.localeCompare(b.name));
}

export type RetentionRun = { months: number | null; erased: DueCandidate[] };

/**
 * Erases every candidate due under the stored setting (nothing when it is off). Each candidate is erased in
 * its own transaction, re-checked inside it, so a candidate who gained an application meanwhile is kept.
 * `actor` is the admin who pressed "Run now"; the daily run records no actor (System).
 */
export function runRetention(db: Db, now: Date, opts: { actor?: SessionUser } = {}): RetentionRun {
  if (opts.actor && !opts.actor.roles.includes("admin")) throw forbiddenError("Only an admin can run automatic erasure.");
  const { months } = readRetentionSetting(db);
  if (months === null) return { months, erased: [] };
  const cutoff = retentionCutoff(now, months);
  const erased: DueCandidate[] = [];
  for (const candidate of listDueCandidates(db, { months, now })) {
    const done = db.transaction((tx) => {
      const current = candidateRows(tx, candidate.candidateId);
      const erasedAt = tx.select({ erasedAt: candidates.erasedAt }).from(candidates).where(eq(candidates.id, candidate.candidateId)).get();
      if (!erasedAt || erasedAt.erasedAt || !isDueForErasure(current, cutoff)) return false;
      const result = eraseCandidateData(tx, candidate.candidateId, now);
      recordAuditEvent(tx, {
        actorId: opts.actor?.id ?? null,
        action: "candidate.erased",
        entityType: "candidate",
        entityId: candidate.candidateId,
        summary: `Erased a candidate by the retention rule (${months} month${months === 1 ? "" : "s"} after the final decision): name, email, links, notes and written evidence removed`,
        data: {
          candidateId: candidate.candidateId,
          applications: result.applications,
          trigger: "retention",
          months,
          decidedAt: candidate.decidedAt.toISOString(),
        },
      });
      return true;
    });
    if (done) erased.push(candidate);
  }
  if (erased.length > 0) truncateWal(db);
  return { months, erased };
}
