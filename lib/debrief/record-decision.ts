import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, decisions, roles, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, forbiddenError, invalid } from "@/lib/errors";
import { decidableApplicationsWhere } from "@/lib/permissions/scopes";
import { againstRecommendation, decisionProblems } from "./decision-rules";
import type { DecisionInput } from "./decision-schema";
import { RATIONALE_MIN } from "./decision-schema";
import { buildSnapshot } from "./engine-snapshot";
import { DECISION_LEVEL_LABELS, LEVEL_LABELS, describeDecision } from "./labels";
import { loadRolePanels, recommendFor } from "./load-panels";

export type RecordedDecision = { decisionId: string; againstRecommendation: boolean };

/**
 * The role's hiring manager records the level and hire/no-hire. The engine runs again here, on the
 * server, and its output at this moment is stored with the decision; a client never sends it.
 * Deciding against that recommendation needs a written reason. One decision per application.
 */
export function recordDecision(db: Db, opts: DecisionInput & { user: SessionUser; now: Date }): RecordedDecision {
  const { user, applicationId, now } = opts;
  const app = db
    .select({
      id: applications.id,
      status: applications.status,
      candidateName: candidates.name,
      roleId: roles.id,
      hiresSenior: roles.hiresSenior,
      hiresStaff: roles.hiresStaff,
      thresholds: roles.thresholds,
    })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.id, applicationId), decidableApplicationsWhere(db, user)))
    .get();
  if (!app) {
    throw forbiddenError(
      "Only the hiring manager of this role can record a decision on this application, and only after submitting their own scorecard if they interview the candidate.",
    );
  }

  const existing = db
    .select({ createdAt: decisions.createdAt, by: users.name })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.decidedById))
    .where(eq(decisions.applicationId, applicationId))
    .get();
  if (existing) {
    throw conflict(
      `A decision was already recorded by ${existing.by} on ${existing.createdAt.toISOString().slice(0, 10)}; a decision cannot be recorded twice. Reload the page to see it.`,
    );
  }
  if (app.status !== "active" && app.status !== "debrief") {
    throw conflict(`This application is ${app.status}, so no decision can be recorded on it.`);
  }

  const choice = { level: opts.level, hire: opts.hire };
  const problems = decisionProblems(choice, app);
  // The level field's own sentence says what to change ("choose Staff or Senior"); repeat it as the summary.
  if (problems.level) throw invalid(problems.level[0] ?? "Choose a level this role hires at.", problems);

  const { panels } = loadRolePanels(db, { user, roleId: app.roleId, roleThresholds: app.thresholds, applicationIds: [applicationId], now });
  const panel = panels.get(applicationId);
  const outcome = recommendFor(panel?.panel ?? null);
  if (!outcome.ok) {
    throw conflict(
      outcome.reason === "no-scorecards"
        ? "No scorecard has been submitted for this application yet; a decision needs the panel's evidence."
        : `The recommendation cannot be computed, so no decision can be recorded yet: ${outcome.message}`,
    );
  }
  const recommendation = outcome.recommendation;
  const verdict = againstRecommendation(recommendation.level, choice, app);
  const overrideReason = opts.overrideReason?.trim() || null;
  if (verdict.against && (overrideReason === null || overrideReason.length < RATIONALE_MIN)) {
    throw invalid("Deciding against the recommendation needs a reason.", {
      overrideReason: [`${verdict.explanation} Explain why you decide otherwise (at least ${RATIONALE_MIN} characters).`],
    });
  }

  const decisionId = crypto.randomUUID();
  const snapshot = buildSnapshot(
    recommendation,
    now,
    (panel?.scorecards ?? []).map((c) => c.scorecardId),
  );
  const summary = `Decided on ${app.candidateName}: ${describeDecision(choice).replace(/^./, (c) => c.toLowerCase())}${
    verdict.against ? ` (against the recommendation: ${LEVEL_LABELS[recommendation.level]})` : ""
  }`;

  db.transaction((tx) => {
    const race = tx.select({ id: decisions.id }).from(decisions).where(eq(decisions.applicationId, applicationId)).get();
    if (race) throw conflict("A decision was recorded on this application a moment ago; reload the page to see it.");
    tx.insert(decisions)
      .values({
        id: decisionId,
        applicationId,
        decidedById: user.id,
        level: opts.level,
        hire: opts.hire,
        rationale: opts.rationale,
        // A reason given while following the recommendation is kept too; it is only required against it.
        overrideReason,
        engineSnapshot: snapshot,
        createdAt: now,
      })
      .run();
    tx.update(applications).set({ status: "decided", updatedAt: now }).where(eq(applications.id, applicationId)).run();
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "decision.recorded",
      entityType: "application",
      entityId: applicationId,
      summary,
      data: {
        decisionId,
        level: opts.level,
        hire: opts.hire,
        recommendedLevel: recommendation.level,
        recommendedConfidence: recommendation.confidence,
        againstRecommendation: verdict.against,
        decidedLevelLabel: DECISION_LEVEL_LABELS[opts.level],
      },
    });
  });
  return { decisionId, againstRecommendation: verdict.against };
}
