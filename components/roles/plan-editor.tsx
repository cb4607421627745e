"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { FieldError } from "@/components/ui/field-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { checkCoverage, isStaffOrAbove } from "@/lib/roles/coverage";
import type { PlanPerson, PlanSection, PlanStage } from "@/lib/roles/load-interview-plan";
import { MAX_STAGES, STAGE_MAX_MINUTES, STAGE_MIN_MINUTES, duplicateStageNameIndexes } from "@/lib/roles/plan-limits";
import { CoverageView } from "./coverage-panel";
import { FormMessage } from "@/components/ui/form-message";
import { checkboxClass, dangerButton, iconButton, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { levelLabel } from "./level-label";
import { useHydrated } from "@/components/ui/use-hydrated";

type Outcome = { stageIds: string[]; clean: boolean; warnings: number };
type Action = (prev: ActionResult<Outcome>, payload: Record<string, unknown>) => Promise<ActionResult<Outcome>>;

type DraftStage = {
  /** Stable client key for React and element ids; the database id is `id` once saved. */
  key: string;
  id: string | null;
  name: string;
  duration: string;
  focusSectionIds: string[];
  questionIds: string[];
  interviewerIds: string[];
  interviewCount: number;
};

/** When a section joins a stage's focus, its first two questions join the kit (change them freely). */
const DEFAULT_QUESTIONS_PER_SECTION = 2;

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
  const [state, dispatch, pending] = useActionState<ActionResult<Outcome>, Record<string, unknown>>(action, { ok: false, message: "" });
  const [stages, setStages] = useState<DraftStage[]>(() =>
    initialStages.map((s) => ({ ...s, key: s.id, duration: String(s.durationMinutes) })),
  );
  const [dirty, setDirty] = useState(false);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  // Question lists are long: they open for new stages and on demand, and stay folded otherwise.
  const [openQuestions, setOpenQuestions] = useState<Set<string>>(() => new Set());
  const lastResult = useRef(state);
  const hydrated = useHydrated();

  // A successful save gives new stages their database ids, so the next save updates rather than re-creates them.
  useEffect(() => {
    if (state === lastResult.current) return;
    lastResult.current = state;
    if (state.ok) {
      setStages((current) => current.map((s, i) => ({ ...s, id: state.data.stageIds[i] ?? s.id })));
      setDirty(false);
    }
  }, [state]);

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

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
  const duplicates = new Set(duplicateStageNameIndexes(stages.map((s) => s.name)));
  const errors = !state.ok ? state.fieldErrors : undefined;

  function update(key: string, change: (s: DraftStage) => DraftStage) {
    setStages((current) => current.map((s) => (s.key === key ? change(s) : s)));
    setDirty(true);
  }

  function toggleFocus(stage: DraftStage, sectionId: string, on: boolean) {
    const section = sections.find((s) => s.id === sectionId);
    const sectionQuestionIds = new Set(section?.questions.map((q) => q.id) ?? []);
    update(stage.key, (s) => ({
      ...s,
      focusSectionIds: on ? [...s.focusSectionIds, sectionId] : s.focusSectionIds.filter((x) => x !== sectionId),
      questionIds: on
        ? [...s.questionIds, ...(section?.questions.slice(0, DEFAULT_QUESTIONS_PER_SECTION).map((q) => q.id) ?? [])]
        : s.questionIds.filter((q) => !sectionQuestionIds.has(q)),
    }));
  }

  function toggleIn(stage: DraftStage, field: "questionIds" | "interviewerIds", value: string, on: boolean) {
    update(stage.key, (s) => ({ ...s, [field]: on ? [...s[field], value] : s[field].filter((x) => x !== value) }));
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= stages.length) return;
    const next = [...stages];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(target, 0, item);
    setStages(next);
    setDirty(true);
    // Keep keyboard focus on the moved stage's arrows; at either end the other arrow takes it.
    const atEnd = by < 0 ? target === 0 : target === next.length - 1;
    setFocusTarget(`${item.key}-${(by < 0) !== atEnd ? "up" : "down"}`);
  }

  function addStage() {
    const key = newKey();
    setStages((current) => [
      ...current,
      { key, id: null, name: "", duration: "60", focusSectionIds: [], questionIds: [], interviewerIds: [], interviewCount: 0 },
    ]);
    setOpenQuestions((open) => new Set(open).add(key));
    setDirty(true);
    setFocusTarget(`${key}-name`);
  }

  function removeStage(index: number) {
    setStages((current) => current.filter((_, i) => i !== index));
    setDirty(true);
    setFocusTarget("add-stage");
  }

  function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const payload = {
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
          {stages.map((stage, index) => {
            const err = (field: string) => errors?.[`stages.${index}.${field}`]?.[0];
            const nameError = err("name") ?? (duplicates.has(index) ? "Another stage already has this name. Give each stage its own name." : undefined);
            const focusError = err("focusSectionIds");
            const poolError = err("interviewerIds");
            const questionsError = err("questionIds");
            const durationError = err("durationMinutes");
            const staleFocus = stage.focusSectionIds.filter((id) => !sections.some((s) => s.id === id));
            const focusSections = sections.filter((s) => stage.focusSectionIds.includes(s.id));
            const available = focusSections.reduce((n, s) => n + s.questions.length, 0);
            const chosen = focusSections.reduce((n, s) => n + s.questions.filter((q) => stage.questionIds.includes(q.id)).length, 0);
            const questionsOpen = openQuestions.has(stage.key) || Boolean(questionsError);
            const label = `Stage ${index + 1}`;
            return (
              <li key={stage.key}>
                <fieldset className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="plan-stage">
                  <legend className="sr-only">{label}</legend>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="text-sm font-semibold text-slate-800" aria-hidden="true">
                      {label}
                      {stage.name.trim() ? <span className="font-normal text-slate-500"> · {stage.name}</span> : null}
                    </p>
                    <div className="flex items-center gap-1.5">
                      <button
                        type="button"
                        id={`${stage.key}-up`}
                        className={iconButton}
                        onClick={() => move(index, -1)}
                        disabled={index === 0}
                        aria-label={`Move ${label} up`}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        type="button"
                        id={`${stage.key}-down`}
                        className={iconButton}
                        onClick={() => move(index, 1)}
                        disabled={index === stages.length - 1}
                        aria-label={`Move ${label} down`}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                      <button
                        type="button"
                        className={dangerButton}
                        onClick={() => removeStage(index)}
                        disabled={stage.interviewCount > 0}
                        aria-label={`Remove ${label}`}
                        aria-describedby={stage.interviewCount > 0 ? `${stage.key}-in-use` : undefined}
                      >
                        Remove
                      </button>
                    </div>
                  </div>
                  {stage.interviewCount > 0 ? (
                    <p id={`${stage.key}-in-use`} className="mt-1 text-xs text-slate-500">
                      {stage.interviewCount} interview{stage.interviewCount === 1 ? " uses" : "s use"} this stage, so it can&apos;t be removed.
                    </p>
                  ) : null}

                  <div className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem]">
                    <div>
                      <label htmlFor={`${stage.key}-name`} className={labelClass}>
                        {label} name
                      </label>
                      <input
                        id={`${stage.key}-name`}
                        value={stage.name}
                        onChange={(e) => update(stage.key, (s) => ({ ...s, name: e.target.value }))}
                        className={`mt-1 ${inputClass}`}
                        maxLength={80}
                        aria-invalid={Boolean(nameError)}
                        aria-describedby={nameError ? `${stage.key}-name-error` : undefined}
                      />
                      <FieldError id={`${stage.key}-name-error`} message={nameError} />
                    </div>
                    <div>
                      <label htmlFor={`${stage.key}-duration`} className={labelClass}>
                        {label} length (minutes)
                      </label>
                      <input
                        id={`${stage.key}-duration`}
                        type="number"
                        inputMode="numeric"
                        min={STAGE_MIN_MINUTES}
                        max={STAGE_MAX_MINUTES}
                        step={5}
                        value={stage.duration}
                        onChange={(e) => update(stage.key, (s) => ({ ...s, duration: e.target.value }))}
                        className={`mt-1 ${inputClass}`}
                        aria-invalid={Boolean(durationError)}
                        aria-describedby={durationError ? `${stage.key}-duration-error` : undefined}
                      />
                      <FieldError id={`${stage.key}-duration-error`} message={durationError} />
                    </div>
                  </div>

                  <fieldset
                    className="mt-4 min-w-0"
                    aria-invalid={Boolean(focusError)}
                    aria-describedby={focusError ? `${stage.key}-focus-error` : undefined}
                  >
                    <legend className="text-sm font-medium text-slate-700">{label} focus sections</legend>
                    <ul className="mt-1 grid gap-x-4 sm:grid-cols-2">
                      {sections.map((section) => (
                        <li key={section.id}>
                          <label className="flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
                            <input
                              type="checkbox"
                              className={checkboxClass}
                              checked={stage.focusSectionIds.includes(section.id)}
                              onChange={(e) => toggleFocus(stage, section.id, e.target.checked)}
                            />
                            <span>
                              {section.name}
                              {section.staffCritical ? <span className="ml-1 text-xs text-amber-700">Staff-critical</span> : null}
                            </span>
                          </label>
                        </li>
                      ))}
                      {staleFocus.map((id) => (
                        <li key={id}>
                          <label className="flex items-center gap-2 rounded px-1 py-1 text-sm text-slate-500">
                            <input
                              type="checkbox"
                              className={checkboxClass}
                              checked
                              onChange={() => update(stage.key, (s) => ({ ...s, focusSectionIds: s.focusSectionIds.filter((x) => x !== id) }))}
                            />
                            <span>{sectionName.get(id) ?? "A section"} (not in play: untick it)</span>
                          </label>
                        </li>
                      ))}
                    </ul>
                    <FieldError id={`${stage.key}-focus-error`} message={focusError} />
                  </fieldset>

                  <fieldset className="mt-4 min-w-0" aria-describedby={questionsError ? `${stage.key}-questions-error` : `${stage.key}-questions-hint`}>
                    <legend className="text-sm font-medium text-slate-700">{label} probing questions</legend>
                    <p id={`${stage.key}-questions-hint`} className="text-xs text-slate-500">
                      {focusSections.length === 0
                        ? "Choose focus sections first; their questions appear here."
                        : `${chosen} of ${available} questions from the focus sections are in the interviewer's kit.`}
                    </p>
                    {focusSections.length > 0 ? (
                      <button
                        type="button"
                        className="mt-1 text-sm font-medium text-brand-700 hover:underline"
                        aria-expanded={questionsOpen}
                        aria-controls={`${stage.key}-questions`}
                        onClick={() =>
                          setOpenQuestions((open) => {
                            const next = new Set(open);
                            if (next.has(stage.key)) next.delete(stage.key);
                            else next.add(stage.key);
                            return next;
                          })
                        }
                      >
                        {questionsOpen ? "Hide the questions" : "Choose questions"}
                      </button>
                    ) : null}
                    <div id={`${stage.key}-questions`} hidden={!questionsOpen}>
                    {focusSections.map((section) => (
                      <div key={section.id} className="mt-2">
                        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{section.name}</p>
                        {section.questions.length === 0 ? (
                          <p className="text-sm text-slate-500">This section has no probing questions in the pinned version.</p>
                        ) : (
                          <ul className="mt-1 space-y-1">
                            {section.questions.map((q) => (
                              <li key={q.id} className="rounded-md border border-slate-100 px-2 py-1.5">
                                <label className="flex items-start gap-2 text-sm">
                                  <input
                                    type="checkbox"
                                    className={`mt-0.5 ${checkboxClass}`}
                                    checked={stage.questionIds.includes(q.id)}
                                    onChange={(e) => toggleIn(stage, "questionIds", q.id, e.target.checked)}
                                  />
                                  <span>{q.prompt}</span>
                                </label>
                                <details className="ml-6 mt-1 text-xs text-slate-600">
                                  <summary className="cursor-pointer text-brand-700">Senior and Staff signals</summary>
                                  <p className="mt-1">
                                    <span className="font-semibold">Senior:</span> {q.seniorSignal}
                                  </p>
                                  <p className="mt-1">
                                    <span className="font-semibold">Staff:</span> {q.staffSignal}
                                  </p>
                                </details>
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                    ))}
                    </div>
                    <FieldError id={`${stage.key}-questions-error`} message={questionsError} />
                  </fieldset>

                  <fieldset
                    className="mt-4 min-w-0"
                    aria-invalid={Boolean(poolError)}
                    aria-describedby={poolError ? `${stage.key}-pool-error` : `${stage.key}-pool-hint`}
                  >
                    <legend className="text-sm font-medium text-slate-700">{label} interviewer pool</legend>
                    <p id={`${stage.key}-pool-hint`} className="text-xs text-slate-500">
                      {interviewers.length === 0
                        ? "The hiring team has no interviewers yet. Add them on the Hiring team tab."
                        : stage.interviewerIds.length === 0
                          ? "Nobody is in the pool yet, so this stage can't be scheduled."
                          : "Interviews for this stage are scheduled with someone from this pool."}
                    </p>
                    <ul className="mt-1 grid gap-x-4 sm:grid-cols-2">
                      {interviewers.map((p) => (
                        <li key={p.id}>
                          <label className="flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
                            <input
                              type="checkbox"
                              className={checkboxClass}
                              checked={stage.interviewerIds.includes(p.id)}
                              onChange={(e) => toggleIn(stage, "interviewerIds", p.id, e.target.checked)}
                            />
                            <span>
                              {p.name} <span className="text-slate-500">· {levelLabel(p.level)}</span>
                              {isStaffOrAbove(p.level) ? <span className="ml-1 text-xs text-brand-700">Staff+</span> : null}
                            </span>
                          </label>
                        </li>
                      ))}
                    </ul>
                    <FieldError id={`${stage.key}-pool-error`} message={poolError} />
                  </fieldset>
                </fieldset>
              </li>
            );
          })}
        </ol>

        <div className="flex flex-wrap items-center gap-3">
          <button type="button" id="add-stage" className={secondaryButton} onClick={addStage} disabled={!hydrated || stages.length >= MAX_STAGES}>
            Add stage
          </button>
          <button type="submit" className={primaryButton} disabled={!hydrated || pending}>
            {pending ? "Saving…" : "Save plan"}
          </button>
          {dirty ? <span className="text-sm text-slate-500">Unsaved changes</span> : null}
        </div>
      </div>

      <aside aria-labelledby="coverage-heading" className="lg:sticky lg:top-4 lg:self-start">
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="coverage-heading" className="font-semibold">
            Coverage check
          </h2>
          <p className="mb-3 mt-0.5 text-xs text-slate-500">Updates as you edit. Every section in play needs a stage; every Staff-critical section two.</p>
          <p className="sr-only" aria-live="polite">
            {report.clean ? "Coverage is clean." : `${report.warnings.length} coverage warnings.`}
          </p>
          <CoverageView report={report} hiresStaff={hiresStaff} />
        </div>
      </aside>
    </form>
  );
}
