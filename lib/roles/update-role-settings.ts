import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { frameworkSections, planStages, probingQuestions, roleSections, roles, stageFocusSections, stageQuestions } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict } from "@/lib/errors";
import { checkRoleSections } from "./check-role-sections";
import { countRoleScorecards } from "./count-role-scorecards";
import { refuseIfClosed } from "./closed-role";
import { loadEditableRole } from "./load-editable-role";
import { thresholdOverrides, type RoleSettingsInput } from "./role-schema";

export type UpdateRoleSettingsResult = {
  roleId: string;
  versionChanged: boolean;
  /** Plan focus sections and questions that the new version does not have, removed from the plan. */
  droppedFocus: number;
  droppedQuestions: number;
};

/**
 * Saves a role's scorecard settings: title, team, levels, pinned version, sections in play,
 * Staff-critical sections and thresholds. The version can change only while no scorecard exists;
 * the plan then follows the new version by section key (and question text).
 */
export function updateRoleSettings(db: Db, { user, roleId, ...input }: RoleSettingsInput & { user: SessionUser }): UpdateRoleSettingsResult {
  return db.transaction((tx) => {
    const role = loadEditableRole(tx, user, roleId);
    refuseIfClosed(role, "keeps the scorecard settings its debriefs and calibration were read with");
    const { version, sections } = checkRoleSections(tx, input);
    const versionChanged = version.id !== role.frameworkVersionId;
    let droppedFocus = 0;
    let droppedQuestions = 0;
    if (versionChanged) {
      const scorecardCount = countRoleScorecards(tx, role.id);
      if (scorecardCount > 0) {
        throw conflict(
          `The framework version is locked: ${scorecardCount} scorecard${scorecardCount === 1 ? " was" : "s were"} already written against it. Keep the current version.`,
        );
      }
      ({ droppedFocus, droppedQuestions } = remapPlanToVersion(tx, role.id, role.frameworkVersionId, version.id));
    }

    const before = tx
      .select({ sectionId: roleSections.sectionId, staffCritical: roleSections.staffCritical })
      .from(roleSections)
      .where(eq(roleSections.roleId, role.id))
      .all();
    tx.delete(roleSections).where(eq(roleSections.roleId, role.id)).run();
    const critical = new Set(input.staffCriticalSectionIds);
    const inPlay = sections.filter((s) => input.sectionIds.includes(s.id));
    tx.insert(roleSections)
      .values(inPlay.map((s) => ({ roleId: role.id, sectionId: s.id, staffCritical: critical.has(s.id) })))
      .run();

    const thresholds = thresholdOverrides(input.thresholds);
    tx.update(roles)
      .set({
        title: input.title,
        team: input.team,
        hiresSenior: input.hiresSenior,
        hiresStaff: input.hiresStaff,
        frameworkVersionId: version.id,
        thresholds,
        updatedAt: new Date(),
      })
      .where(eq(roles.id, role.id))
      .run();

    const changed: string[] = [];
    if (role.title !== input.title) changed.push("title");
    if (role.team !== input.team) changed.push("team");
    if (role.hiresSenior !== input.hiresSenior || role.hiresStaff !== input.hiresStaff) changed.push("levels");
    if (versionChanged) changed.push("framework version");
    const sameSections =
      before.length === inPlay.length && before.every((b) => input.sectionIds.includes(b.sectionId) && b.staffCritical === critical.has(b.sectionId));
    if (!sameSections) changed.push("sections");
    if (JSON.stringify(role.thresholds) !== JSON.stringify(thresholds)) changed.push("thresholds");

    recordAuditEvent(tx, {
      actorId: user.id,
      action: "role.updated",
      entityType: "role",
      entityId: role.id,
      summary: changed.length > 0 ? `Updated ${input.title}: ${changed.join(", ")}` : `Saved ${input.title} without changes`,
      data: {
        changed,
        before: {
          title: role.title,
          team: role.team,
          hiresSenior: role.hiresSenior,
          hiresStaff: role.hiresStaff,
          frameworkVersionId: role.frameworkVersionId,
          thresholds: role.thresholds,
          sections: before,
        },
        after: {
          title: input.title,
          team: input.team,
          hiresSenior: input.hiresSenior,
          hiresStaff: input.hiresStaff,
          frameworkVersionId: version.id,
          thresholds,
          sectionIds: inPlay.map((s) => s.id),
          staffCriticalSectionIds: [...critical],
        },
        droppedFocus,
        droppedQuestions,
      },
    });
    return { roleId: role.id, versionChanged, droppedFocus, droppedQuestions };
  });
}

/** Moves the plan's focus sections and questions onto another version of the framework, matching by key and text. */
function remapPlanToVersion(tx: DbOrTx, roleId: string, fromVersionId: string, toVersionId: string) {
  const stageIds = tx
    .select({ id: planStages.id })
    .from(planStages)
    .where(eq(planStages.roleId, roleId))
    .all()
    .map((s) => s.id);
  if (stageIds.length === 0) return { droppedFocus: 0, droppedQuestions: 0 };

  const sectionsOf = (versionId: string) =>
    tx
      .select({ id: frameworkSections.id, key: frameworkSections.key })
      .from(frameworkSections)
      .where(eq(frameworkSections.versionId, versionId))
      .all();
  const oldKeyById = new Map(sectionsOf(fromVersionId).map((s) => [s.id, s.key]));
  const newIdByKey = new Map(sectionsOf(toVersionId).map((s) => [s.key, s.id]));

  const focus = tx.select().from(stageFocusSections).where(inArray(stageFocusSections.stageId, stageIds)).all();
  const questions = tx
    .select({
      stageId: stageQuestions.stageId,
      questionId: stageQuestions.questionId,
      prompt: probingQuestions.prompt,
      sectionId: probingQuestions.sectionId,
    })
    .from(stageQuestions)
    .innerJoin(probingQuestions, eq(probingQuestions.id, stageQuestions.questionId))
    .where(inArray(stageQuestions.stageId, stageIds))
    .all();
  const newQuestions = tx
    .select({ id: probingQuestions.id, prompt: probingQuestions.prompt, key: frameworkSections.key })
    .from(probingQuestions)
    .innerJoin(frameworkSections, eq(frameworkSections.id, probingQuestions.sectionId))
    .where(eq(frameworkSections.versionId, toVersionId))
    .all();

  const mappedFocus = focus.flatMap((f) => {
    const key = oldKeyById.get(f.sectionId);
    const sectionId = key ? newIdByKey.get(key) : undefined;
    return sectionId ? [{ stageId: f.stageId, sectionId }] : [];
  });
  const mappedQuestions = questions.flatMap((q) => {
    const key = oldKeyById.get(q.sectionId);
    const match = newQuestions.find((n) => n.key === key && n.prompt === q.prompt);
    return match ? [{ stageId: q.stageId, questionId: match.id }] : [];
  });

  tx.delete(stageFocusSections).where(inArray(stageFocusSections.stageId, stageIds)).run();
  tx.delete(stageQuestions).where(inArray(stageQuestions.stageId, stageIds)).run();
  if (mappedFocus.length > 0) tx.insert(stageFocusSections).values(mappedFocus).onConflictDoNothing().run();
  if (mappedQuestions.length > 0) tx.insert(stageQuestions).values(mappedQuestions).onConflictDoNothing().run();
  return { droppedFocus: focus.length - mappedFocus.length, droppedQuestions: questions.length - mappedQuestions.length };
}
