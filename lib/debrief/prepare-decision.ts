import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { applications, candidates, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Recommendation } from "@/lib/calibration";
import { conflict, forbiddenError, invalid } from "@/lib/errors";
import { decidableApplicationsWhere } from "@/lib/permissions/scopes";
import { againstRecommendation, decisionProblems, outcomeOf, partialPanelProblems, type DecisionChoice } from "./decision-rules";
import type { DecisionInput } from "./decision-schema";
import { RATIONALE_MIN } from "./decision-limits";
import { buildSnapshot, type EngineSnapshot } from "./engine-snapshot";
import { LEVEL_LABELS, describeDecision } from "./labels";
import { loadRolePanels, recommendFor } from "./load-panels";

export type DecidableApplication = {
  id: string;
  status: "active" | "debrief" | "decided" | "withdrawn";
  candidateName: string;
  roleId: string;
  hiresSenior: boolean;
  hiresStaff: boolean;
  thresholds: Record<string, number>;
};

/** The application, if the user is its role's hiring manager and not blinded on it; refused otherwise. */
export function loadDecidableApplication(db: DbOrTx, user: SessionUser, applicationId: string, verb: string): DecidableApplication {
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
      `Only the hiring manager of this role can ${verb} on this application, and only after submitting their own scorecard if they interview the candidate.`,
    );
  }
  return app;
}

export type PreparedDecision = {
  choice: DecisionChoice;
  recommendation: Recommendation;
  against: boolean;
  snapshot: EngineSnapshot;
  overrideReason: string | null;
  partialPanelReason: string | null;
  missingScorecards: number;
  probeSectionIds: string[];
  /** The audit line's words: "hire at Staff (against the recommendation: Senior)". */
  words: string;
};

/**
 * Every rule a new or revised decision must meet, checked on the server against a recommendation it
 * recomputes itself: the level fits the role, a decision against the recommendation has a reason, a hold
 * names sections of the role, and deciding while scheduled scorecards are missing is explicit and explained.
 */
export function prepareDecision(db: Db, user: SessionUser, app: DecidableApplication, input: DecisionInput, now: Date): PreparedDecision {
  const held = input.hire === "hold";
  const choice: DecisionChoice = held ? { level: "none", hire: false, held: true } : { level: input.level, hire: input.hire === true };
  const problems = decisionProblems(choice, app);
  // The field's own sentence says what to change ("choose the level you hire at"); repeat it as the summary.
  const firstProblem = Object.values(problems)[0]?.[0];
  if (firstProblem) throw invalid(firstProblem, problems);

  const { sections, panels } = loadRolePanels(db, {
    user,
    roleId: app.roleId,
    roleThresholds: app.thresholds,
    applicationIds: [app.id],
    now,
  });
  const panel = panels.get(app.id);
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
  const overrideReason = held ? null : input.overrideReason?.trim() || null;
  if (verdict.against && (overrideReason === null || overrideReason.length < RATIONALE_MIN)) {
    throw invalid("Deciding against the recommendation needs a reason.", {
      overrideReason: [`${verdict.explanation} Explain why you decide otherwise (at least ${RATIONALE_MIN} characters).`],
    });
  }

  const missingScorecards = panel?.pending.length ?? 0;
  const partial = partialPanelProblems({
    outcome: outcomeOf(choice),
    missingScorecards,
    decideWithoutMissing: input.decideWithoutMissing,
    missingReason: input.missingReason,
    minReason: RATIONALE_MIN,
  });
  if (Object.keys(partial).length > 0) {
    throw invalid(
      `${missingScorecards === 1 ? "A scheduled scorecard is" : `${missingScorecards} scheduled scorecards are`} still missing, so deciding now needs "Decide without them" and a reason.`,
      partial,
    );
  }

  const inPlay = new Map(sections.map((s) => [s.id, s.name]));
  const probeSectionIds = held ? [...new Set(input.probeSectionIds)] : [];
  const unknown = probeSectionIds.filter((id) => !inPlay.has(id));
  if (unknown.length > 0) {
    throw invalid("A section to probe is not in this role's scorecard; reload the page and choose again.", {
      probeSectionIds: ["Choose sections from this role's scorecard."],
    });
  }

  const base = describeDecision(choice).replace(/^./, (c) => c.toLowerCase());
  const words = held
    ? `hold for more signal on ${probeSectionIds.map((id) => inPlay.get(id)).join(", ")}`
    : `${base}${verdict.against ? ` (against the recommendation: ${LEVEL_LABELS[recommendation.level]})` : ""}`;
  return {
    choice,
    recommendation,
    against: verdict.against,
    snapshot: buildSnapshot(
      recommendation,
      now,
      (panel?.scorecards ?? []).map((c) => c.scorecardId),
    ),
    overrideReason,
    partialPanelReason: !held && missingScorecards > 0 ? (input.missingReason?.trim() ?? null) : null,
    missingScorecards,
    probeSectionIds,
    words,
  };
}

/** The decision row a prepared decision writes, alike for a first decision and a revision; `now` is when it was decided. */
export function decisionRowValues(d: PreparedDecision, opts: { decidedById: string; rationale: string; now: Date }) {
  return {
    decidedById: opts.decidedById,
    level: d.choice.level,
    hire: d.choice.hire,
    held: d.choice.held === true,
    probeSectionIds: d.probeSectionIds,
    rationale: opts.rationale,
    // A reason given while following the recommendation is kept too; it is only required against it.
    overrideReason: d.overrideReason,
    partialPanelReason: d.partialPanelReason,
    engineSnapshot: d.snapshot,
    createdAt: opts.now,
  };
}

/** The application's status that follows a decision: a hold keeps it in the debrief; hire or no hire decides it. */
const statusAfter = (choice: DecisionChoice) => (choice.held ? ("debrief" as const) : ("decided" as const));

/** Moves the application to the status that follows the decision just written (a first one or a revision), in its transaction. */
export function setStatusAfterDecision(tx: DbOrTx, applicationId: string, choice: DecisionChoice, now: Date): void {
  tx.update(applications)
    .set({ status: statusAfter(choice), updatedAt: now })
    .where(eq(applications.id, applicationId))
    .run();
}
