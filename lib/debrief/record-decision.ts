import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisions, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict } from "@/lib/errors";
import type { DecisionInput } from "./decision-schema";
import { DECISION_LEVEL_LABELS } from "./labels";
import { decisionRowValues, loadDecidableApplication, prepareDecision, setStatusAfterDecision } from "./prepare-decision";

export type RecordedDecision = { decisionId: string; againstRecommendation: boolean };

/**
 * The role's hiring manager records the level and hire/no-hire, or a hold for more signal. The engine runs
 * again here, on the server, and its output at this moment is stored with the decision; a client never sends
 * it. Deciding against that recommendation needs a written reason, and so does deciding while scheduled
 * scorecards are missing. One decision per application; later changes are revisions (revise-decision.ts).
 */
export function recordDecision(
  db: Db,
  opts: Omit<DecisionInput, "probeSectionIds" | "decideWithoutMissing" | "missingReason"> &
    Partial<Pick<DecisionInput, "probeSectionIds" | "decideWithoutMissing" | "missingReason">> & { user: SessionUser; now: Date },
): RecordedDecision {
  const { user, applicationId, now } = opts;
  const input: DecisionInput = {
    ...opts,
    missingReason: opts.missingReason,
    probeSectionIds: opts.probeSectionIds ?? [],
    decideWithoutMissing: opts.decideWithoutMissing ?? false,
  };
  const app = loadDecidableApplication(db, user, applicationId, "record a decision");

  const existing = db
    .select({ createdAt: decisions.createdAt, by: users.name })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.decidedById))
    .where(eq(decisions.applicationId, applicationId))
    .get();
  if (existing) {
    throw conflict(
      `A decision was already recorded by ${existing.by} on ${existing.createdAt.toISOString().slice(0, 10)}; a decision cannot be recorded twice. Reload the page to see it, and revise it there if it should change.`,
    );
  }
  if (app.status !== "active" && app.status !== "debrief") {
    throw conflict(`This application is ${app.status}, so no decision can be recorded on it.`);
  }

  const d = prepareDecision(db, user, app, input, now);
  const decisionId = crypto.randomUUID();

  db.transaction((tx) => {
    const race = tx.select({ id: decisions.id }).from(decisions).where(eq(decisions.applicationId, applicationId)).get();
    if (race) throw conflict("A decision was recorded on this application a moment ago; reload the page to see it.");
    tx.insert(decisions)
      .values({ id: decisionId, applicationId, ...decisionRowValues(d, { decidedById: user.id, rationale: input.rationale, now }) })
      .run();
    setStatusAfterDecision(tx, applicationId, d.choice, now);
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "decision.recorded",
      entityType: "application",
      entityId: applicationId,
      summary: `Decided on ${app.candidateName}: ${d.words}`,
      data: {
        decisionId,
        level: d.choice.level,
        hire: d.choice.hire,
        held: d.choice.held === true,
        probeSectionIds: d.probeSectionIds,
        recommendedLevel: d.recommendation.level,
        recommendedConfidence: d.recommendation.confidence,
        againstRecommendation: d.against,
        missingScorecards: d.missingScorecards,
        decidedLevelLabel: DECISION_LEVEL_LABELS[d.choice.level],
      },
    });
  });
  return { decisionId, againstRecommendation: d.against };
}
