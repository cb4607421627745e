/** The retention rule, pure (tested table-driven over dates and statuses). Client-safe: no zod, no drizzle. */

export const RETENTION_MONTHS_MIN = 1;
export const RETENTION_MONTHS_MAX = 120;

/** The moment N calendar months before `now` (UTC); a decision at or before it is due. Month ends clamp (31 March − 1 month = 28/29 February). */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime());
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}

export type RetentionApplication = { status: "active" | "debrief" | "decided" | "withdrawn"; decidedAt: Date | null };

/**
 * When a candidate falls due, or null when they never do under the rule: every application must carry a final
 * decision (status decided, with a recorded decision). An active, debrief or withdrawn application (a withdrawn
 * one can be reopened) keeps the candidate. The clock starts at the newest decision.
 */
export function lastFinalDecision(apps: readonly RetentionApplication[]): Date | null {
  if (apps.length === 0) return null;
  let last: Date | null = null;
  for (const app of apps) {
    if (app.status !== "decided" || !app.decidedAt) return null;
    if (!last || app.decidedAt > last) last = app.decidedAt;
  }
  return last;
}

export function isDueForErasure(apps: readonly RetentionApplication[], cutoff: Date): boolean {
  const last = lastFinalDecision(apps);
  return last !== null && last.getTime() <= cutoff.getTime();
}
