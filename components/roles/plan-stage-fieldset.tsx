import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field-error";
import { checkboxClass, dangerButton, iconButton, inputClass, labelClass } from "@/components/ui/form-styles";
import { isStaffOrAbove } from "@/lib/roles/coverage";
import type { PlanPerson, PlanSection } from "@/lib/roles/load-interview-plan";
import { STAGE_MAX_MINUTES, STAGE_MIN_MINUTES } from "@/lib/roles/plan-limits";
import { levelLabel } from "./level-label";
import { questionSummary, stageIds, staleFocusIds, toggleFocus, toggleIn, type DraftStage, type StageErrors } from "./plan-model";

type Props = {
  stage: DraftStage;
  index: number;
  isLast: boolean;
  sections: PlanSection[];
  /** Names of every section, in play or not, for focus sections that left play. */
  sectionName: Map<string, string>;
  interviewers: PlanPerson[];
  errors: StageErrors;
  questionsOpen: boolean;
  onToggleQuestions: () => void;
  onChange: (change: (s: DraftStage) => DraftStage) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One stage of the loop: name and length, focus sections, the probing questions of the kit, the interviewer pool. */
export function PlanStageFieldset({
  stage,
  index,
  isLast,
  sections,
  sectionName,
  interviewers,
  errors,
  questionsOpen: open,
  onToggleQuestions,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const staleFocus = staleFocusIds(stage, sections);
  const { focusSections, available, chosen } = questionSummary(stage, sections);
  const questionsOpen = open || Boolean(errors.questions);
  const label = `Stage ${index + 1}`;
  return (
    <fieldset className="panel min-w-0 p-4 sm:p-5" data-testid="plan-stage">
      <legend className="sr-only">{label}</legend>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold text-slate-800" aria-hidden="true">
          {label}
          {stage.name.trim() ? <span className="font-normal text-slate-500"> · {stage.name}</span> : null}
        </p>
        <div className="flex items-center gap-1.5">
          <button
            type="button"
            id={stageIds.up(stage.key)}
            className={iconButton}
            onClick={() => onMove(-1)}
            disabled={index === 0}
            aria-label={`Move ${label} up`}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            id={stageIds.down(stage.key)}
            className={iconButton}
            onClick={() => onMove(1)}
            disabled={isLast}
            aria-label={`Move ${label} down`}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className={dangerButton}
            onClick={onRemove}
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
          <label htmlFor={stageIds.name(stage.key)} className={labelClass}>
            {label} name
          </label>
          <input
            id={stageIds.name(stage.key)}
            value={stage.name}
            onChange={(e) => {
              const name = e.target.value;
              onChange((s) => ({ ...s, name }));
            }}
            className={`mt-1 ${inputClass}`}
            maxLength={80}
            aria-invalid={Boolean(errors.name)}
            aria-describedby={errors.name ? `${stage.key}-name-error` : undefined}
          />
          <FieldError id={`${stage.key}-name-error`} message={errors.name} />
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
            onChange={(e) => {
              const duration = e.target.value;
              onChange((s) => ({ ...s, duration }));
            }}
            className={`mt-1 ${inputClass}`}
            aria-invalid={Boolean(errors.duration)}
            aria-describedby={errors.duration ? `${stage.key}-duration-error` : undefined}
          />
          <FieldError id={`${stage.key}-duration-error`} message={errors.duration} />
        </div>
      </div>

      <fieldset
        className="mt-4 min-w-0"
        aria-invalid={Boolean(errors.focus)}
        aria-describedby={errors.focus ? `${stage.key}-focus-error` : undefined}
      >
        <legend className="text-sm font-medium text-slate-700">{label} focus sections</legend>
        <ul className="mt-1 grid gap-x-4 sm:grid-cols-2">
          {sections.map((section) => (
            <CheckItem
              key={section.id}
              checked={stage.focusSectionIds.includes(section.id)}
              onCheck={(on) => onChange((s) => toggleFocus(s, section, section.id, on))}
            >
              {section.name}
              {section.staffCritical ? <span className="ml-1 text-xs text-amber-700">Staff-critical</span> : null}
            </CheckItem>
          ))}
          {staleFocus.map((id) => (
            <li key={id}>
              <label className="flex items-center gap-2 rounded px-1 py-1 text-sm text-slate-500">
                <input
                  type="checkbox"
                  className={checkboxClass}
                  checked
                  onChange={() => onChange((s) => ({ ...s, focusSectionIds: s.focusSectionIds.filter((x) => x !== id) }))}
                />
                <span>{sectionName.get(id) ?? "A section"} (not in play: untick it)</span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id={`${stage.key}-focus-error`} message={errors.focus} />
      </fieldset>

      <fieldset className="mt-4 min-w-0" aria-describedby={errors.questions ? `${stage.key}-questions-error` : `${stage.key}-questions-hint`}>
        <legend className="text-sm font-medium text-slate-700">{label} probing questions</legend>
        <p id={`${stage.key}-questions-hint`} className="text-xs text-slate-500">
          {focusSections.length === 0
            ? "Choose focus sections first; their questions appear here."
            : `${chosen} of ${available} questions from the focus sections are in the interviewer's kit.`}
        </p>
        {focusSections.length > 0 ? (
          <button
            type="button"
            className="mt-1 text-sm link"
            aria-expanded={questionsOpen}
            aria-controls={`${stage.key}-questions`}
            onClick={onToggleQuestions}
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
                          onChange={(e) => {
                            const on = e.target.checked;
                            onChange((s) => toggleIn(s, "questionIds", q.id, on));
                          }}
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
        <FieldError id={`${stage.key}-questions-error`} message={errors.questions} />
      </fieldset>

      <fieldset
        className="mt-4 min-w-0"
        aria-invalid={Boolean(errors.pool)}
        aria-describedby={errors.pool ? `${stage.key}-pool-error` : `${stage.key}-pool-hint`}
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
            <CheckItem
              key={p.id}
              checked={stage.interviewerIds.includes(p.id)}
              onCheck={(on) => onChange((s) => toggleIn(s, "interviewerIds", p.id, on))}
            >
              {p.name} <span className="text-slate-500">· {levelLabel(p.level)}</span>
              {isStaffOrAbove(p.level) ? <span className="ml-1 text-xs text-brand-700">Staff+</span> : null}
            </CheckItem>
          ))}
        </ul>
        <FieldError id={`${stage.key}-pool-error`} message={errors.pool} />
      </fieldset>
    </fieldset>
  );
}

/** One choice in a stage's grid of focus sections or interviewers. */
function CheckItem({ checked, onCheck, children }: { checked: boolean; onCheck: (on: boolean) => void; children: ReactNode }) {
  return (
    <li>
      <label className="flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
        <input type="checkbox" className={checkboxClass} checked={checked} onChange={(e) => onCheck(e.target.checked)} />
        <span>{children}</span>
      </label>
    </li>
  );
}
