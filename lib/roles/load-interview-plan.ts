import "server-only";
import { and, asc, count, eq, inArray, notInArray } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import {
  frameworkSections,
  interviews,
  planStages,
  roleMembers,
  roleSections,
  stageFocusSections,
  stageInterviewers,
  stageQuestions,
  users,
} from "@/db/schema";
import { questionsOfSections } from "@/lib/frameworks/section-parts";
import type { RoleHeader } from "./load-role-header";

export type PlanQuestion = { id: string; prompt: string; seniorSignal: string; staffSignal: string };
export type PlanSection = { id: string; name: string; staffCritical: boolean; questions: PlanQuestion[] };
export type PlanPerson = { id: string; name: string; level: string };
export type PlanStage = {
  id: string;
  name: string;
  durationMinutes: number;
  focusSectionIds: string[];
  questionIds: string[];
  interviewerIds: string[];
  /** Interviews (any status) that use the stage; such a stage can't be removed. */
  interviewCount: number;
};

export type InterviewPlanData = {
  sectionsInPlay: PlanSection[];
  otherSections: { id: string; name: string }[];
  interviewers: PlanPerson[];
  stages: PlanStage[];
};

/** A role's plan stages in plan order: what the plan editor and the scheduling form list. */
export function listRoleStages(db: DbOrTx, roleId: string) {
  return db
    .select({ id: planStages.id, name: planStages.name, durationMinutes: planStages.durationMinutes })
    .from(planStages)
    .where(eq(planStages.roleId, roleId))
    .orderBy(asc(planStages.position))
    .all();
}

/** What the role page shows of its plan and checks coverage on: no questions, no per-stage interview counts. */
export type PlanOutline = {
  sectionsInPlay: Omit<PlanSection, "questions">[];
  otherSections: { id: string; name: string }[];
  interviewers: PlanPerson[];
  stages: Pick<PlanStage, "id" | "name" | "durationMinutes" | "focusSectionIds" | "interviewerIds">[];
};

/**
 * The plan's outline for one role (call after loadRoleHeader allowed it): six statements, none of which reads the
 * role's interviews, so the role page costs the same with 10 applications or 10,000.
 */
export function loadPlanOutline(db: Db, role: Pick<RoleHeader, "id" | "frameworkVersionId">): PlanOutline {
  const sectionsInPlay = db
    .select({ id: frameworkSections.id, name: frameworkSections.name, staffCritical: roleSections.staffCritical })
    .from(roleSections)
    .innerJoin(frameworkSections, eq(frameworkSections.id, roleSections.sectionId))
    .where(eq(roleSections.roleId, role.id))
    .orderBy(asc(frameworkSections.position))
    .all();
  const otherSections = db
    .select({ id: frameworkSections.id, name: frameworkSections.name })
    .from(frameworkSections)
    .where(
      and(
        eq(frameworkSections.versionId, role.frameworkVersionId),
        notInArray(
          frameworkSections.id,
          sectionsInPlay.map((s) => s.id),
        ),
      ),
    )
    .orderBy(asc(frameworkSections.position))
    .all();
  const interviewers = db
    .select({ id: users.id, name: users.name, level: users.level })
    .from(roleMembers)
    .innerJoin(users, eq(users.id, roleMembers.userId))
    .where(and(eq(roleMembers.roleId, role.id), eq(roleMembers.membership, "interviewer")))
    .orderBy(asc(users.name))
    .all();
  const stageRows = listRoleStages(db, role.id);
  const stageIds = stageRows.map((s) => s.id);
  const focus = stageIds.length ? db.select().from(stageFocusSections).where(inArray(stageFocusSections.stageId, stageIds)).all() : [];
  const pools = stageIds.length ? db.select().from(stageInterviewers).where(inArray(stageInterviewers.stageId, stageIds)).all() : [];
  return {
    sectionsInPlay,
    otherSections,
    interviewers,
    stages: stageRows.map((s) => ({
      ...s,
      focusSectionIds: focus.filter((f) => f.stageId === s.id).map((f) => f.sectionId),
      interviewerIds: pools.filter((p) => p.stageId === s.id).map((p) => p.userId),
    })),
  };
}

/**
 * Everything the plan editor needs for one role (call after loadRoleHeader allowed it): the outline, with each
 * section's probing questions, each stage's chosen ones, and how many interviews use each stage.
 */
export function loadInterviewPlan(db: Db, role: Pick<RoleHeader, "id" | "frameworkVersionId">): InterviewPlanData {
  const outline = loadPlanOutline(db, role);
  const questions = questionsOfSections(
    db,
    outline.sectionsInPlay.map((s) => s.id),
  );
  const stageIds = outline.stages.map((s) => s.id);
  const chosen = stageIds.length ? db.select().from(stageQuestions).where(inArray(stageQuestions.stageId, stageIds)).all() : [];
  const used = stageIds.length
    ? db
        .select({ stageId: interviews.stageId, n: count() })
        .from(interviews)
        .where(inArray(interviews.stageId, stageIds))
        .groupBy(interviews.stageId)
        .all()
    : [];

  return {
    ...outline,
    sectionsInPlay: outline.sectionsInPlay.map((s) => ({
      ...s,
      questions: questions.filter((q) => q.sectionId === s.id).map(({ sectionId: _s, ...q }) => q),
    })),
    stages: outline.stages.map((s) => ({
      ...s,
      questionIds: chosen.filter((q) => q.stageId === s.id).map((q) => q.questionId),
      interviewCount: used.find((u) => u.stageId === s.id)?.n ?? 0,
    })),
  };
}

/** The plan in the shape lib/roles/coverage.ts reads. */
export function coverageInput(plan: PlanOutline, hiresStaff: boolean) {
  return {
    sectionsInPlay: plan.sectionsInPlay.map(({ id, name, staffCritical }) => ({ id, name, staffCritical })),
    otherSections: plan.otherSections,
    hiresStaff,
    stages: plan.stages.map((s) => ({
      id: s.id,
      name: s.name,
      focusSectionIds: s.focusSectionIds,
      interviewers: plan.interviewers.filter((p) => s.interviewerIds.includes(p.id)),
    })),
  };
}
