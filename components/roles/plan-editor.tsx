"use client";

import { startTransition, useMemo, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { checkCoverage } from "@/lib/roles/coverage";
import type { PlanPerson, PlanSection, PlanStage } from "@/lib/roles/load-interview-plan";
import { CoverageView } from "./coverage-panel";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { useFocusLater } from "@/components/ui/use-focus-later";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  addStage,
  canAddStage,
  moveStage,
  removeStage,
  stageErrors,
  stageIds,
  toDraftStages,
  toPlanPayload,
  withSavedIds,
  type DraftStage,
} from "./plan-model";
import { PlanStageFieldset } from "./plan-stage-fieldset";

type Outcome = { stageIds: string[]; clean: boolean; warnings: number };
type Action = (prev: ActionResult<Outcome>, payload: Record<string, unknown>) => Promise<ActionResult<Outcome>>;

let counter = 0;
const newKey = () => `new-${++counter}`;

/**
 * The interview plan editor: stages with focus sections, probing questions and interviewer pools,
 * and a coverage check that updates as the plan changes. The whole plan saves in one transaction.
 */
export function PlanEditor({
  roleId,
  hiresStaff,
  sections,
  otherSections,
  interviewers,
  initialStages,
  action,
}: {
  roleId: string;
  hiresStaff: boolean;
  sections: PlanSection[];
  otherSections: { id: string; name: string }[];
  interviewers: PlanPerson[];
  initialStages: PlanStage[];
  action: Action;
}) {
  const [stages, setStages] = useState<DraftStage[]>(() => toDraftStages(initialStages));
  const [dirty, setDirty] = useState(false);
  // Question lists are long: they open for new stages and on demand, and stay folded otherwise.
  const [openQuestions, setOpenQuestions] = useState<Set<string>>(() => new Set());
  const hydrated = useHydrated();
  // A successful save gives new stages their database ids (in the same transition that brings the result).
  const [state, dispatch, pending] = useFormAction<ActionResult<Outcome>, Record<string, unknown>>(
    async (prev, payload) => {
      const result = await action(prev, payload);
      if (result.ok) {
        // Updates after an await need their own transition to land with the result.
        startTransition(() => {
          setStages((current) => withSavedIds(current, result.data.stageIds));
          setDirty(false);
        });
      }
      return result;
    },
    { ok: false, message: "" },
  );

  // Focus requests from moves, adds and removes are honoured after the render that made them.
  const focusLater = useFocusLater();

  const sectionName = useMemo(() => new Map([...sections, ...otherSections].map((s) => [s.id, s.name])), [sections, otherSections]);
  const report = useMemo(
    () =>
      checkCoverage({
        sectionsInPlay: sections.map(({ id, name, staffCritical }) => ({ id, name, staffCritical })),
        otherSections,
        hiresStaff,
        stages: stages.map((s) => ({
          id: s.key,
          name: s.name.trim() || "Untitled stage",
          focusSectionIds: s.focusSectionIds,
          interviewers: interviewers.filter((p) => s.interviewerIds.includes(p.id)),
        })),
      }),
    [sections, otherSections, hiresStaff, stages, interviewers],
  );
  const errors = stageErrors(stages, !state.ok ? state.fieldErrors : undefined);

  function change(next: DraftStage[], focusId?: string) {
    setStages(next);
    setDirty(true);
    if (focusId) focusLater(focusId);
  }

  function add() {
    const key = newKey();
    setOpenQuestions((open) => new Set(open).add(key));
    change(addStage(stages, key), stageIds.name(key));
  }

  function toggleQuestions(key: string) {
    setOpenQuestions((open) => {
      const next = new Set(open);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const payload = toPlanPayload(roleId, stages, sections);
    startTransition(() => dispatch(payload));
  }

  return (
    <form onSubmit={save} noValidate aria-label="Interview plan" className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-4">
        {!state.ok && state.message ? (
          <FormMessage tone="error" testId="plan-message">
            {state.message}
          </FormMessage>
        ) : null}
        {state.ok && !dirty ? (
          <FormMessage tone="success" testId="plan-message">
            Plan saved: {state.data.stageIds.length} stage{state.data.stageIds.length === 1 ? "" : "s"},{" "}
            {state.data.clean ? "coverage clean." : `${state.data.warnings} coverage warning${state.data.warnings === 1 ? "" : "s"} to look at.`}
          </FormMessage>
        ) : null}

        {stages.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
            No stages yet. Add the first stage of the loop, for example “System design”.
          </p>
        ) : null}

        <ol className="space-y-4">
          {stages.map((stage, index) => (
            <li key={stage.key}>
              <PlanStageFieldset
                stage={stage}
                index={index}
                isLast={index === stages.length - 1}
                sections={sections}
                sectionName={sectionName}
                interviewers={interviewers}
                errors={errors[index] ?? {}}
                questionsOpen={openQuestions.has(stage.key)}
                onToggleQuestions={() => toggleQuestions(stage.key)}
                onChange={(update) => {
                  setStages((current) => current.map((s) => (s.key === stage.key ? update(s) : s)));
                  setDirty(true);
                }}
                onMove={(by) => {
                  const moved = moveStage(stages, index, by);
                  if (moved) change(moved.stages, moved.focusId);
                }}
                onRemove={() => change(removeStage(stages, index), stageIds.addStage)}
              />
            </li>
          ))}
        </ol>

        <div className="flex flex-wrap items-center gap-3">
          <button type="button" id={stageIds.addStage} className={secondaryButton} onClick={add} disabled={!hydrated || !canAddStage(stages)}>
            Add stage
          </button>
          <button type="submit" className={primaryButton} disabled={!hydrated || pending}>
            {pending ? "Saving…" : "Save plan"}
          </button>
          {dirty ? <span className="text-sm text-slate-500">Unsaved changes</span> : null}
        </div>
      </div>

      <aside aria-labelledby="coverage-heading" className="lg:sticky lg:top-4 lg:self-start">
        <div className="panel p-4">
          <h2 id="coverage-heading" className="font-semibold">
            Coverage check
          </h2>
          <p className="mb-3 mt-0.5 text-xs text-slate-500">
            Updates as you edit. Every section in play needs a stage; every Staff-critical section two.
          </p>
          <p className="sr-only" aria-live="polite">
            {report.clean ? "Coverage is clean." : `${report.warnings.length} coverage warnings.`}
          </p>
          <CoverageView report={report} hiresStaff={hiresStaff} />
        </div>
      </aside>
    </form>
  );
}
