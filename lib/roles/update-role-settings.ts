import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { frameworkSections, planStages, probingQuestions, roleSections, roles, stageFocusSections, stageQuestions } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, invalid } from "@/lib/errors";
import { loadSectionsInPlay } from "@/lib/debrief/load-panels";
import {
  ImpactNeedsConfirmation,
  levelChanges,
  openDebriefLevels,
  recordLevelChanges,
  type LevelChange,
  type SettingsImpact,
} from "./settings-impact";
import { thresholdLimitProblems } from "./threshold-limits";
import { checkRoleSections } from "./check-role-sections";
import { countRoleScorecards } from "./count-role-scorecards";
import { refuseIfClosed } from "./closed-role";
import { loadEditableRole } from "./load-editable-role";
import { roleSettingsRow, thresholdsWithDefaults, type RoleSettingsInput } from "./role-schema";

export type UpdateRoleSettingsResult =
  | {
      saved: true;
      roleId: string;
      versionChanged: boolean;
      /** Plan focus sections and questions that the new version does not have, removed from the plan. */
      droppedFocus: number;
      droppedQuestions: number;
      /** Open debriefs whose recommendation moved, each now marked so. */
      levelChanges: LevelChange[];
    }
  /** Nothing was saved: these open debriefs would change level; save again with `confirmedImpact: impact.token`. */
  | { saved: false; roleId: string; impact: SettingsImpact };

/**
 * Saves a role's scorecard settings: title, team, levels, pinned version, sections in play,
 * Staff-critical sections and thresholds. The version can change only while no scorecard exists;
 * the plan then follows the new version by section key (and question text).
 *
 * Bars no candidate could clear on this role (more 2s than sections, more raters than the plan gives) are refused
 * with field errors. A change that would move an open debrief's recommendation is not saved until confirmed: the
 * first save answers which debriefs would change and how, with a token; the save that carries that token back goes
 * through and marks each of them (settings_level_changes), in the same transaction.
 */
export function updateRoleSettings(
  db: Db,
  {
    user,
    roleId,
    confirmedImpact,
    now = new Date(),
    ...input
  }: RoleSettingsInput & { user: SessionUser; confirmedImpact?: string | undefined; now?: Date },
): UpdateRoleSettingsResult {
  try {
    return saveRoleSettings(db, { user, roleId, confirmedImpact, now, ...input });
  } catch (error) {
    // Thrown inside the transaction, so nothing was written.
    if (error instanceof ImpactNeedsConfirmation) return { saved: false, roleId, impact: error.impact };
    throw error;
  }
}

function saveRoleSettings(
  db: Db,
  { user, roleId, confirmedImpact, now, ...input }: RoleSettingsInput & { user: SessionUser; confirmedImpact: string | undefined; now: Date },
): UpdateRoleSettingsResult {
  return db.transaction((tx) => {
    const role = loadEditableRole(tx, user, roleId);
    refuseIfClosed(role, "keeps the scorecard settings its debriefs and calibration were read with");
    const levelsBefore = openDebriefLevels(tx, { user, roleId: role.id, thresholds: role.thresholds, now });
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

    const settings = roleSettingsRow(input, version.id);
    const { thresholds } = settings;
    tx.update(roles)
      .set({ ...settings, updatedAt: new Date() })
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

    // Every bar must be clearable on the role as it now stands: its sections in play and its plan.
    const inPlayNow = loadSectionsInPlay(tx, role.id).sections;
    const problems = thresholdLimitProblems({
      thresholds: input.thresholds,
      hiresStaff: input.hiresStaff,
      sectionsInPlay: inPlayNow.length,
      staffCritical: inPlayNow.filter((s) => s.staffCritical).map((s) => ({ name: s.name, plannedStages: s.plannedStages })),
      checkPlan: input.thresholds.staffCriticalMinRaters > thresholdsWithDefaults(role.thresholds).staffCriticalMinRaters,
    });
    const problemCount = Object.keys(problems).length;
    if (problemCount > 0) {
      throw invalid(
        `Nothing was saved: ${problemCount === 1 ? "one bar" : `${problemCount} bars`} could never be cleared on this role. See the highlighted threshold${problemCount === 1 ? "" : "s"}.`,
        problems,
      );
    }

    // Which open debriefs this moves, judged on the role as written above; nothing is kept until that is confirmed.
    const impact = levelChanges(levelsBefore, openDebriefLevels(tx, { user, roleId: role.id, thresholds, now }));
    if (impact.changes.length > 0 && confirmedImpact !== impact.token) throw new ImpactNeedsConfirmation(impact);
    const what = changed.filter((c) => c === "thresholds" || c === "sections" || c === "framework version").join(", ") || "settings";
    recordLevelChanges(tx, { user, changes: impact.changes, what, now });

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
          ...settings,
          sectionIds: inPlay.map((s) => s.id),
          staffCriticalSectionIds: [...critical],
        },
        droppedFocus,
        droppedQuestions,
        levelChanges: impact.changes.map((c) => ({ applicationId: c.applicationId, from: c.from, to: c.to })),
      },
    });
    return { saved: true, roleId: role.id, versionChanged, droppedFocus, droppedQuestions, levelChanges: impact.changes };
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
