import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, decisions } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict } from "@/lib/errors";
import type { ReopenDecisionInput } from "./decision-schema";
import { readSnapshot } from "./engine-snapshot";
import { describeDecision } from "./labels";
import { archiveDecision, currentDecision } from "./decision-history-row";
import { loadDecidableApplication } from "./prepare-decision";

/**
 * The role's hiring manager reopens a decided (or held) application to the debrief, with a reason: the decision
 * moves to decision_history with its snapshot, the application is back in debrief and a new decision can be
 * recorded. One transaction, audited with the decision that stood.
 */
export function reopenDecision(db: Db, opts: ReopenDecisionInput & { user: SessionUser; now: Date }): { historyId: string } {
  const { user, applicationId, now } = opts;
  const app = loadDecidableApplication(db, user, applicationId, "reopen the debrief");
  const before = currentDecision(db, applicationId);
  if (!before) throw conflict("No decision is recorded on this application, so it is already open in the debrief.");
  if (app.status === "withdrawn") throw conflict("The candidate withdrew, so the debrief cannot be reopened.");

  const old = { level: before.level, hire: before.hire, held: before.held };
  const historyId = db.transaction((tx) => {
    const id = archiveDecision(tx, { applicationId, expected: before, change: "reopened", reason: opts.reason, userId: user.id, now });
    tx.delete(decisions).where(eq(decisions.id, before.id)).run();
    tx.update(applications).set({ status: "debrief", updatedAt: now }).where(eq(applications.id, applicationId)).run();
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "decision.reopened",
      entityType: "application",
      entityId: applicationId,
      summary: `Reopened the debrief on ${app.candidateName}; the decision was ${describeDecision(old).replace(/^./, (c) => c.toLowerCase())}`,
      data: {
        decisionId: before.id,
        historyId: id,
        reason: opts.reason,
        old: { ...old, probeSectionIds: before.probeSectionIds, recommendedLevel: readSnapshot(before.engineSnapshot).level },
        new: { status: "debrief" },
      },
    });
    return id;
  });
  return { historyId };
}
