import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  frameworkSections,
  interviews,
  planStages,
  probingQuestions,
  roleMembers,
  roleSections,
  stageFocusSections,
  stageInterviewers,
  stageQuestions,
  users,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, invalid } from "@/lib/errors";
import { checkCoverage } from "./coverage";
import { refuseIfClosed } from "./closed-role";
import { loadEditableRole } from "./load-editable-role";
import { DUPLICATE_STAGE_MESSAGE, duplicateStageNameIndexes, type InterviewPlanInput } from "./plan-schema";

export type SavePlanResult = { stageIds: string[]; clean: boolean; warnings: number };

/**
 * Saves a role's whole interview plan in one transaction: stages in order, each with focus sections
 * (from the sections in play), probing questions (from those sections in the pinned version) and an
 * interviewer pool (from the hiring team). A stage an interview uses cannot be removed.
 */
export function saveInterviewPlan(db: Db, { user, roleId, stages }: InterviewPlanInput & { user: SessionUser }): SavePlanResult {
  return db.transaction((tx) => {
    const role = loadEditableRole(tx, user, roleId);
    refuseIfClosed(role, "keeps the interview plan it closed with");

    const inPlay = tx
      .select({ id: roleSections.sectionId, name: frameworkSections.name, staffCritical: roleSections.staffCritical })
      .from(roleSections)
      .innerJoin(frameworkSections, eq(frameworkSections.id, roleSections.sectionId))
      .where(eq(roleSections.roleId, role.id))
      .all();
    const inPlayIds = new Set(inPlay.map((s) => s.id));
    const questionSection = new Map(
      tx
        .select({ id: probingQuestions.id, sectionId: probingQuestions.sectionId })
        .from(probingQuestions)
        .innerJoin(frameworkSections, eq(frameworkSections.id, probingQuestions.sectionId))
        .where(eq(frameworkSections.versionId, role.frameworkVersionId))
        .all()
        .map((q) => [q.id, q.sectionId]),
    );
    const teamInterviewers = tx
      .select({ id: users.id, name: users.name, level: users.level })
      .from(roleMembers)
      .innerJoin(users, eq(users.id, roleMembers.userId))
      .where(and(eq(roleMembers.roleId, role.id), eq(roleMembers.membership, "interviewer")))
      .all();
    const teamIds = new Set(teamInterviewers.map((p) => p.id));
    const existing = tx.select({ id: planStages.id, name: planStages.name }).from(planStages).where(eq(planStages.roleId, role.id)).all();
    const existingIds = new Set(existing.map((s) => s.id));

    const fieldErrors: Record<string, string[]> = {};
    const fail = (path: string, message: string) => (fieldErrors[path] ??= []).push(message);
    for (const i of duplicateStageNameIndexes(stages.map((s) => s.name))) fail(`stages.${i}.name`, DUPLICATE_STAGE_MESSAGE);
    const seenIds = new Set<string>();
    stages.forEach((stage, i) => {
      if (stage.id && (!existingIds.has(stage.id) || seenIds.has(stage.id))) {
        fail(`stages.${i}.name`, "This stage is no longer part of the plan (someone else may have changed it). Reload the page.");
      }
      if (stage.id) seenIds.add(stage.id);
      if (stage.focusSectionIds.length === 0)
        fail(`stages.${i}.focusSectionIds`, "Choose at least one focus section: it tells the interviewer what to assess.");
      if (stage.focusSectionIds.some((s) => !inPlayIds.has(s))) {
        fail(`stages.${i}.focusSectionIds`, "Choose focus sections from the sections in play. Put a section in play in the role's settings first.");
      }
      const focus = new Set(stage.focusSectionIds);
      if (stage.questionIds.some((q) => !focus.has(questionSection.get(q) ?? ""))) {
        fail(`stages.${i}.questionIds`, "Choose probing questions from this stage's focus sections only.");
      }
      if (stage.interviewerIds.some((p) => !teamIds.has(p))) {
        fail(`stages.${i}.interviewerIds`, "Choose interviewers from the hiring team. Add people to the team first.");
      }
    });
    if (Object.keys(fieldErrors).length > 0) throw invalid("Some stages need attention; nothing was saved.", fieldErrors);

    const removed = existing.filter((s) => !seenIds.has(s.id));
    if (removed.length > 0) {
      const used = tx
        .select({ stageId: interviews.stageId, n: count() })
        .from(interviews)
        .where(
          inArray(
            interviews.stageId,
            removed.map((s) => s.id),
          ),
        )
        .groupBy(interviews.stageId)
        .all();
      if (used.length > 0) {
        const names = used.map((u) => `“${removed.find((s) => s.id === u.stageId)?.name ?? "?"}” (${u.n} interview${u.n === 1 ? "" : "s"})`);
        throw conflict(
          `Nothing was saved: ${names.join(", ")} can't be removed because interviews use ${used.length === 1 ? "it" : "them"}, cancelled ones included. Keep the stage, or rename it.`,
        );
      }
      tx.delete(planStages)
        .where(
          inArray(
            planStages.id,
            removed.map((s) => s.id),
          ),
        )
        .run();
    }

    const stageIds: string[] = [];
    stages.forEach((stage, position) => {
      const values = { name: stage.name, durationMinutes: stage.durationMinutes, position };
      let stageId = stage.id ?? null;
      if (stageId) {
        tx.update(planStages)
          .set(values)
          .where(and(eq(planStages.id, stageId), eq(planStages.roleId, role.id)))
          .run();
      } else {
        stageId = crypto.randomUUID();
        tx.insert(planStages)
          .values({ id: stageId, roleId: role.id, ...values })
          .run();
      }
      stageIds.push(stageId);
    });
    if (stageIds.length > 0) {
      tx.delete(stageFocusSections).where(inArray(stageFocusSections.stageId, stageIds)).run();
      tx.delete(stageQuestions).where(inArray(stageQuestions.stageId, stageIds)).run();
      tx.delete(stageInterviewers).where(inArray(stageInterviewers.stageId, stageIds)).run();
    }
    stages.forEach((stage, i) => {
      const stageId = stageIds[i] as string;
      const focus = [...new Set(stage.focusSectionIds)];
      const questions = [...new Set(stage.questionIds)];
      const pool = [...new Set(stage.interviewerIds)];
      tx.insert(stageFocusSections)
        .values(focus.map((sectionId) => ({ stageId, sectionId })))
        .run();
      if (questions.length > 0)
        tx.insert(stageQuestions)
          .values(questions.map((questionId) => ({ stageId, questionId })))
          .run();
      if (pool.length > 0)
        tx.insert(stageInterviewers)
          .values(pool.map((userId) => ({ stageId, userId })))
          .run();
    });

    const report = checkCoverage({
      sectionsInPlay: inPlay,
      hiresStaff: role.hiresStaff,
      stages: stages.map((s, i) => ({
        id: stageIds[i] as string,
        name: s.name,
        focusSectionIds: s.focusSectionIds,
        interviewers: teamInterviewers.filter((p) => s.interviewerIds.includes(p.id)),
      })),
    });
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "plan.updated",
      entityType: "role",
      entityId: role.id,
      summary: `Saved the interview plan of ${role.title}: ${stages.length} stage${stages.length === 1 ? "" : "s"}, ${
        report.clean ? "coverage clean" : `${report.warnings.length} coverage warning${report.warnings.length === 1 ? "" : "s"}`
      }`,
      data: {
        stages: stages.map((s, i) => ({
          id: stageIds[i],
          name: s.name,
          durationMinutes: s.durationMinutes,
          focusSectionIds: s.focusSectionIds,
          questionIds: s.questionIds,
          interviewerIds: s.interviewerIds,
        })),
        removedStages: removed.map((s) => ({ id: s.id, name: s.name })),
        warnings: report.warnings.map((w) => w.message),
      },
    });
    return { stageIds, clean: report.clean, warnings: report.warnings.length };
  });
}
