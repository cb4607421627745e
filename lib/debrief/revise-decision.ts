import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisions } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict } from "@/lib/errors";
import type { ReviseDecisionInput } from "./decision-schema";
import { readSnapshot } from "./engine-snapshot";
import { describeDecision } from "./labels";
import { archiveDecision, currentDecision } from "./decision-history-row";
import { decisionRowValues, loadDecidableApplication, prepareDecision, setStatusAfterDecision } from "./prepare-decision";

export type RevisedDecision = { decisionId: string; historyId: string; againstRecommendation: boolean };

/**
 * The role's hiring manager revises a recorded decision (a hold into a hire, Senior into Staff…) with a reason.
 * The new decision meets every rule a first one does, against the recommendation recomputed now; the earlier
 * one, its engine snapshot and the reason go to decision_history in the same transaction, audited with old
 * and new values.
 */
export function reviseDecision(db: Db, opts: ReviseDecisionInput & { user: SessionUser; now: Date }): RevisedDecision {
  const { user, applicationId, now } = opts;
  const app = loadDecidableApplication(db, user, applicationId, "revise a decision");
  const before = currentDecision(db, applicationId);
  if (!before) throw conflict("No decision is recorded on this application, so there is nothing to revise. Reload the page to record one.");
  if (app.status === "withdrawn") throw conflict("The candidate withdrew, so the decision can no longer be revised.");

  const d = prepareDecision(db, user, app, opts, now);
  const old = { level: before.level, hire: before.hire, held: before.held };
  if (
    old.level === d.choice.level &&
    old.hire === d.choice.hire &&
    old.held === (d.choice.held === true) &&
    before.rationale === opts.rationale.trim() &&
    JSON.stringify(before.probeSectionIds) === JSON.stringify(d.probeSectionIds)
  ) {
    throw conflict("The revision is the same as the recorded decision; change the outcome, the level, the sections or the rationale.");
  }

  const historyId = db.transaction((tx) => {
    const id = archiveDecision(tx, { applicationId, expected: before, change: "revised", reason: opts.revisionReason, userId: user.id, now });
    tx.update(decisions)
      .set(decisionRowValues(d, { decidedById: user.id, rationale: opts.rationale, now }))
      .where(eq(decisions.id, before.id))
      .run();
    setStatusAfterDecision(tx, applicationId, d.choice, now);
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "decision.revised",
      entityType: "application",
      entityId: applicationId,
      summary: `Revised the decision on ${app.candidateName} from ${describeDecision(old).replace(/^./, (c) => c.toLowerCase())} to ${d.words}`,
      data: {
        decisionId: before.id,
        historyId: id,
        reason: opts.revisionReason,
        old: { ...old, probeSectionIds: before.probeSectionIds, recommendedLevel: readSnapshot(before.engineSnapshot).level },
        new: {
          level: d.choice.level,
          hire: d.choice.hire,
          held: d.choice.held === true,
          probeSectionIds: d.probeSectionIds,
          recommendedLevel: d.recommendation.level,
          againstRecommendation: d.against,
        },
      },
    });
    return id;
  });
  return { decisionId: before.id, historyId, againstRecommendation: d.against };
}
