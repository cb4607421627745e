/**
 * The interview plan editor's working copy: stages as the form holds them (text fields as typed),
 * and the pure moves on them. No React, so every rule is tested without a browser.
 */
import type { FieldErrors } from "@/lib/actions/action-result";
import type { PlanSection, PlanStage } from "@/lib/roles/load-interview-plan";
import { DUPLICATE_STAGE_MESSAGE, MAX_STAGES, duplicateStageNameIndexes } from "@/lib/roles/plan-limits";

export type DraftStage = {
  /** Stable client key for React and element ids; the database id is `id` once saved. */
  key: string;
  id: string | null;
  name: string;
  /** As typed; turned into minutes when the plan is sent. */
  duration: string;
  focusSectionIds: string[];
  questionIds: string[];
  interviewerIds: string[];
  interviewCount: number;
};

/** When a section joins a stage's focus, its first two questions join the kit (change them freely). */
export const DEFAULT_QUESTIONS_PER_SECTION = 2;

/** Element ids of a stage's controls, so focus can move to them after a change. */
export const stageIds = {
  name: (key: string) => `${key}-name`,
  up: (key: string) => `${key}-up`,
  down: (key: string) => `${key}-down`,
  addStage: "add-stage",
};

export function toDraftStages(stages: PlanStage[]): DraftStage[] {
  return stages.map((s) => ({
    key: s.id,
    id: s.id,
    name: s.name,
    duration: String(s.durationMinutes),
    focusSectionIds: s.focusSectionIds,
    questionIds: s.questionIds,
    interviewerIds: s.interviewerIds,
    interviewCount: s.interviewCount,
  }));
}

export function canAddStage(stages: DraftStage[]): boolean {
  return stages.length < MAX_STAGES;
}

export function addStage(stages: DraftStage[], key: string): DraftStage[] {
  if (!canAddStage(stages)) return stages;
  return [...stages, { key, id: null, name: "", duration: "60", focusSectionIds: [], questionIds: [], interviewerIds: [], interviewCount: 0 }];
}

/** A stage that interviews use stays: removing it would orphan them. */
export function removeStage(stages: DraftStage[], index: number): DraftStage[] {
  if (stages[index]?.interviewCount) return stages;
  return stages.filter((_, i) => i !== index);
}

/**
 * Moves a stage one place; null at either end. Keyboard focus stays on the moved stage's arrow, or on
 * the other arrow once the stage reaches the end (the pressed one is then disabled).
 */
export function moveStage(stages: DraftStage[], index: number, by: -1 | 1): { stages: DraftStage[]; focusId: string } | null {
  const target = index + by;
  const item = stages[index];
  if (!item || target < 0 || target >= stages.length) return null;
  const next = [...stages];
  next.splice(index, 1);
  next.splice(target, 0, item);
  const atEnd = by < 0 ? target === 0 : target === next.length - 1;
  return { stages: next, focusId: by < 0 !== atEnd ? stageIds.up(item.key) : stageIds.down(item.key) };
}

/** A section joins the stage's focus with its first questions, or leaves it with all of its questions. */
export function toggleFocus(stage: DraftStage, section: PlanSection | undefined, sectionId: string, on: boolean): DraftStage {
  const sectionQuestionIds = new Set(section?.questions.map((q) => q.id) ?? []);
  const focused = stage.focusSectionIds.includes(sectionId);
  return {
    ...stage,
    focusSectionIds: on
      ? focused
        ? stage.focusSectionIds
        : [...stage.focusSectionIds, sectionId]
      : stage.focusSectionIds.filter((x) => x !== sectionId),
    questionIds: on
      ? [
          ...stage.questionIds,
          ...(section?.questions.slice(0, DEFAULT_QUESTIONS_PER_SECTION).map((q) => q.id) ?? []).filter((q) => !stage.questionIds.includes(q)),
        ]
      : stage.questionIds.filter((q) => !sectionQuestionIds.has(q)),
  };
}

export function toggleIn(stage: DraftStage, field: "questionIds" | "interviewerIds", value: string, on: boolean): DraftStage {
  const without = stage[field].filter((x) => x !== value);
  return { ...stage, [field]: on ? [...without, value] : without };
}

/** The focus sections in play, how many of their questions there are and how many the kit holds. */
export function questionSummary(stage: DraftStage, sections: PlanSection[]) {
  const focusSections = sections.filter((s) => stage.focusSectionIds.includes(s.id));
  const available = focusSections.reduce((n, s) => n + s.questions.length, 0);
  const chosen = focusSections.reduce((n, s) => n + s.questions.filter((q) => stage.questionIds.includes(q.id)).length, 0);
  return { focusSections, available, chosen };
}

/** Focus sections that are no longer in play (the role's settings changed since): shown so they can be unticked. */
export function staleFocusIds(stage: DraftStage, sections: PlanSection[]): string[] {
  return stage.focusSectionIds.filter((id) => !sections.some((s) => s.id === id));
}

export type StageErrors = { name?: string; duration?: string; focus?: string; questions?: string; pool?: string };

/** The messages one stage shows: the server's from the last save, and a duplicate name as it is typed. */
export function stageErrors(stages: DraftStage[], fieldErrors: FieldErrors | undefined): StageErrors[] {
  const duplicates = new Set(duplicateStageNameIndexes(stages.map((s) => s.name)));
  return stages.map((_, index) => {
    const err = (field: string) => fieldErrors?.[`stages.${index}.${field}`]?.[0];
    const out: StageErrors = {};
    const name = err("name") ?? (duplicates.has(index) ? DUPLICATE_STAGE_MESSAGE : undefined);
    if (name) out.name = name;
    const entries: [keyof StageErrors, string][] = [
      ["duration", "durationMinutes"],
      ["focus", "focusSectionIds"],
      ["questions", "questionIds"],
      ["pool", "interviewerIds"],
    ];
    for (const [key, field] of entries) {
      const message = err(field);
      if (message) out[key] = message;
    }
    return out;
  });
}

/** What the save action receives: minutes as numbers (null when not a number), and only questions of focus sections. */
export function toPlanPayload(roleId: string, stages: DraftStage[], sections: PlanSection[]) {
  return {
    roleId,
    stages: stages.map((s) => {
      const duration = s.duration.trim() === "" ? null : Number(s.duration);
      const focusQuestions = new Set(sections.filter((x) => s.focusSectionIds.includes(x.id)).flatMap((x) => x.questions.map((q) => q.id)));
      return {
        id: s.id,
        name: s.name,
        durationMinutes: duration !== null && Number.isFinite(duration) ? duration : null,
        focusSectionIds: s.focusSectionIds,
        questionIds: s.questionIds.filter((q) => focusQuestions.has(q)),
        interviewerIds: s.interviewerIds,
      };
    }),
  };
}

/** A successful save gives new stages their database ids, so the next save updates rather than re-creates them. */
export function withSavedIds(stages: DraftStage[], savedIds: string[]): DraftStage[] {
  return stages.map((s, i) => ({ ...s, id: savedIds[i] ?? s.id }));
}
