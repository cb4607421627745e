import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { decisionHistory, decisions, type DecisionChange } from "@/db/schema";
import { conflict } from "@/lib/errors";

/** What a decision says (outcome, level, sections to probe, reasons, the engine's snapshot): select with `...decisionContentColumns`. */
export const decisionContentColumns = {
  level: decisions.level,
  hire: decisions.hire,
  held: decisions.held,
  probeSectionIds: decisions.probeSectionIds,
  rationale: decisions.rationale,
  overrideReason: decisions.overrideReason,
  partialPanelReason: decisions.partialPanelReason,
  engineSnapshot: decisions.engineSnapshot,
};

/** The decision standing on an application, with everything a history row keeps; null when none is recorded. */
export function currentDecision(db: DbOrTx, applicationId: string) {
  return (
    db
      .select({
        id: decisions.id,
        decidedById: decisions.decidedById,
        createdAt: decisions.createdAt,
        ...decisionContentColumns,
      })
      .from(decisions)
      .where(eq(decisions.applicationId, applicationId))
      .get() ?? null
  );
}

export type CurrentDecision = NonNullable<ReturnType<typeof currentDecision>>;

/**
 * Copies the standing decision into decision_history before it changes (inside the caller's transaction), and
 * refuses when it is no longer the one the person saw: someone revised or reopened it a moment ago.
 */
export function archiveDecision(
  tx: DbOrTx,
  opts: { applicationId: string; expected: CurrentDecision; change: DecisionChange; reason: string; userId: string; now: Date },
): string {
  const standing = currentDecision(tx, opts.applicationId);
  if (!standing || standing.id !== opts.expected.id || standing.createdAt.getTime() !== opts.expected.createdAt.getTime()) {
    throw conflict("The decision changed a moment ago; reload the page to see it, then try again.");
  }
  const id = crypto.randomUUID();
  tx.insert(decisionHistory)
    .values({
      id,
      applicationId: opts.applicationId,
      decisionId: standing.id,
      change: opts.change,
      reason: opts.reason,
      changedById: opts.userId,
      changedAt: opts.now,
      decidedById: standing.decidedById,
      decidedAt: standing.createdAt,
      level: standing.level,
      hire: standing.hire,
      held: standing.held,
      probeSectionIds: standing.probeSectionIds,
      rationale: standing.rationale,
      overrideReason: standing.overrideReason,
      partialPanelReason: standing.partialPanelReason,
      engineSnapshot: standing.engineSnapshot,
    })
    .run();
  return id;
}
