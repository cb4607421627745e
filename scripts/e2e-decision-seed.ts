/**
 * Candidates only the decision journeys of tests/e2e/debrief.spec.ts use (issue 11): each journey has its own, on
 * the Staff Platform Engineer role (Helen Brandt is its hiring manager and interviews at its last stage), so
 * revising, reopening, holding and deciding on a partial panel never touch what other journeys read.
 */
import { and, eq } from "drizzle-orm";
import type { openDatabase } from "../db/client";
import {
  applications,
  candidates,
  decisions,
  frameworkSections,
  interviews,
  planStages,
  roleSections,
  roles,
  scorecardRatings,
  scorecards,
  stageFocusSections,
  stageInterviewers,
  stageQuestions,
  users,
} from "../db/schema";

type Db = ReturnType<typeof openDatabase>["db"];
type Card = { stage: number; by: string; ratings: [string, 0 | 1 | 2 | "na", "team" | "multi-team" | "org"][] };

export const E2E_DECISIONS = {
  revise: "Rosa Revise",
  reopen: "Otto Reopen",
  hold: "Hana Hold",
  partial: "Pavel Partial",
} as const;

const ROLE = "Staff Platform Engineer";

/**
 * The thresholds journey of tests/e2e/roles.spec.ts changes a role's bars and watches an open Staff debrief move: it
 * gets a copy of the Staff Platform Engineer role of its own (sections and plan; no hiring team, so nobody's home
 * changes) with one Staff panel, so no other journey's recommendation ever moves.
 */
export const E2E_THRESHOLDS = { role: "Bars Journey Engineer", candidate: "Tess Threshold" } as const;

const STAFF_PANEL: Card[] = [
  {
    stage: 0,
    by: "maya@levelset.test",
    ratings: [
      ["system-design", 2, "org"],
      ["technical-depth", 2, "multi-team"],
      ["reliability-and-operations", 2, "multi-team"],
    ],
  },
  {
    stage: 1,
    by: "sam@levelset.test",
    ratings: [
      ["cross-team-influence", 2, "org"],
      ["leadership-without-authority", 2, "multi-team"],
      ["scope-and-impact", 2, "org"],
      ["product-thinking", 1, "team"],
    ],
  },
  {
    stage: 2,
    by: "omar@levelset.test",
    ratings: [
      ["execution-and-delivery", 2, "multi-team"],
      ["code-quality", 2, "multi-team"],
      ["technical-depth", 2, "team"],
    ],
  },
  {
    stage: 3,
    by: "helen@levelset.test",
    ratings: [
      ["system-design", 2, "multi-team"],
      ["cross-team-influence", 2, "org"],
      ["leadership-without-authority", 2, "org"],
      ["scope-and-impact", 2, "org"],
    ],
  },
];

/** The same panel with Helen's cross-team influence not assessed: one rater on a Staff-critical section, insufficient evidence. */
const THIN_PANEL: Card[] = STAFF_PANEL.map((card) =>
  card.stage === 3
    ? { ...card, ratings: card.ratings.map((r): Card["ratings"][number] => (r[0] === "cross-team-influence" ? [r[0], "na", r[2]] : r)) }
    : card,
);

/** A copy of a role with its sections and interview plan (stages, focus, questions, interviewer pools); no team, no applications. */
function copyRole(db: Db, fromId: string, title: string): string {
  const from = db.select().from(roles).where(eq(roles.id, fromId)).get();
  if (!from) throw new Error(`No role ${fromId}`);
  const id = crypto.randomUUID();
  db.insert(roles)
    .values({ ...from, id, title })
    .run();
  for (const row of db.select().from(roleSections).where(eq(roleSections.roleId, fromId)).all())
    db.insert(roleSections)
      .values({ ...row, roleId: id })
      .run();
  for (const stage of db.select().from(planStages).where(eq(planStages.roleId, fromId)).all()) {
    const stageId = crypto.randomUUID();
    db.insert(planStages)
      .values({ ...stage, id: stageId, roleId: id })
      .run();
    for (const row of db.select().from(stageFocusSections).where(eq(stageFocusSections.stageId, stage.id)).all())
      db.insert(stageFocusSections)
        .values({ ...row, stageId })
        .run();
    for (const row of db.select().from(stageQuestions).where(eq(stageQuestions.stageId, stage.id)).all())
      db.insert(stageQuestions)
        .values({ ...row, stageId })
        .run();
    for (const row of db.select().from(stageInterviewers).where(eq(stageInterviewers.stageId, stage.id)).all())
      db.insert(stageInterviewers)
        .values({ ...row, stageId })
        .run();
  }
  return id;
}

export function addDecisionCandidates(db: Db) {
  const demoRole = db.select({ id: roles.id, versionId: roles.frameworkVersionId }).from(roles).where(eq(roles.title, ROLE)).get();
  if (!demoRole) throw new Error(`No demo role ${ROLE}`);
  const barsRole = { id: copyRole(db, demoRole.id, E2E_THRESHOLDS.role), versionId: demoRole.versionId };
  const person = (email: string) => {
    const found = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (!found) throw new Error(`No demo person ${email}`);
    return found.id;
  };
  const section = (key: string) => {
    const found = db
      .select({ id: frameworkSections.id })
      .from(frameworkSections)
      .where(and(eq(frameworkSections.versionId, demoRole.versionId), eq(frameworkSections.key, key)))
      .get();
    if (!found) throw new Error(`No section ${key}`);
    return found.id;
  };
  const stage = (roleId: string, position: number) => {
    const found = db
      .select({ id: planStages.id, minutes: planStages.durationMinutes })
      .from(planStages)
      .where(and(eq(planStages.roleId, roleId), eq(planStages.position, position)))
      .get();
    if (!found) throw new Error(`No stage ${position} of role ${roleId}`);
    return found;
  };

  const add = (name: string, status: "debrief" | "decided", cards: Card[], upcoming: Card[] = [], role = demoRole) => {
    const candidateId = crypto.randomUUID();
    const applicationId = crypto.randomUUID();
    db.insert(candidates)
      .values({ id: candidateId, name, email: `${name.toLowerCase().replace(" ", ".")}@example.com` })
      .run();
    db.insert(applications).values({ id: applicationId, candidateId, roleId: role.id, status }).run();
    const at = new Date(Date.now() - 3 * 86_400_000);
    for (const card of cards) {
      const { id: stageId, minutes } = stage(role.id, card.stage);
      const interviewId = crypto.randomUUID();
      const interviewerId = person(card.by);
      db.insert(interviews).values({ id: interviewId, applicationId, stageId, interviewerId, scheduledAt: at, durationMinutes: minutes }).run();
      const scorecardId = crypto.randomUUID();
      const submittedAt = new Date(at.getTime() + 2 * 3_600_000);
      db.insert(scorecards)
        .values({
          id: scorecardId,
          interviewId,
          applicationId,
          interviewerId,
          status: "submitted",
          overallRecommendation: "staff",
          confidence: "high",
          summary: `${name}: strong panel.`,
          revision: 1,
          submittedAt,
          createdAt: submittedAt,
          updatedAt: submittedAt,
        })
        .run();
      for (const [key, rating, scope] of card.ratings) {
        db.insert(scorecardRatings)
          .values({
            scorecardId,
            sectionId: section(key),
            rating: rating === "na" ? null : rating,
            notAssessed: rating === "na",
            evidence: rating === "na" ? "" : `${name} showed ${scope} evidence on ${key}.`,
            scope: rating === "na" ? null : scope,
          })
          .run();
      }
    }
    for (const card of upcoming) {
      const { id: stageId, minutes } = stage(role.id, card.stage);
      db.insert(interviews)
        .values({
          applicationId,
          stageId,
          interviewerId: person(card.by),
          scheduledAt: new Date(Date.now() + 2 * 86_400_000),
          durationMinutes: minutes,
        })
        .run();
    }
    return applicationId;
  };

  const decide = (applicationId: string, decision: { level: "staff" | "none"; hire: boolean; rationale: string }) =>
    db
      .insert(decisions)
      .values({
        applicationId,
        decidedById: person("helen@levelset.test"),
        ...decision,
        engineSnapshot: { level: "staff", confidence: "high" },
        createdAt: new Date(Date.now() - 86_400_000),
      })
      .run();

  decide(add(E2E_DECISIONS.revise, "decided", STAFF_PANEL), { level: "staff", hire: true, rationale: "Staff evidence across the whole panel." });
  decide(add(E2E_DECISIONS.reopen, "decided", STAFF_PANEL), { level: "staff", hire: true, rationale: "Staff evidence across the whole panel." });
  add(E2E_DECISIONS.hold, "debrief", THIN_PANEL);
  add(E2E_THRESHOLDS.candidate, "debrief", STAFF_PANEL, [], barsRole);
  add(
    E2E_DECISIONS.partial,
    "debrief",
    STAFF_PANEL.filter((c) => c.stage === 0 || c.stage === 3),
    STAFF_PANEL.filter((c) => c.stage === 1),
  );
}
