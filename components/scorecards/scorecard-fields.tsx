import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field-error";
import { checkboxClass, inputClass, labelClass } from "@/components/ui/form-styles";
import {
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  LIMITS,
  RECOMMENDATIONS,
  RECOMMENDATION_LABELS,
  type ScorecardContent,
} from "@/lib/scorecards/scorecard-content";
import { fieldKey, type ScorecardErrors } from "@/lib/scorecards/validate-scorecard";
import { domId, errorId } from "./field-ids";
import { SEVERITY_LABELS } from "@/lib/frameworks/red-flag-severity";

export type EditorRedFlag = {
  id: string;
  title: string;
  description: string;
  severity: "note" | "caps-at-senior" | "blocks-hire";
  sectionName: string;
};

/** The choice pills of the form (scope, recommendation, confidence): radios styled as buttons. */
export const pillClass = (checked: boolean) =>
  `relative cursor-pointer rounded-md border text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${
    checked ? "border-brand-600 bg-brand-50 font-medium text-brand-900" : "border-slate-200 hover:bg-slate-50"
  }`;

/** Shown once a text nears its limit. */
export function Counter({ value, limit }: { value: string; limit: number }) {
  const over = value.length > limit;
  if (value.length < limit * 0.8 && !over) return null;
  return (
    <p className={`mt-0.5 text-right text-xs ${over ? "font-medium text-red-700" : "text-slate-500"}`}>
      {value.length.toLocaleString("en-US")} / {limit.toLocaleString("en-US")}
    </p>
  );
}

/** A textarea of the form: label, error and counter wired to one field key. */
export function ScorecardTextArea({
  field,
  label,
  value,
  onChange,
  error,
  limit,
  rows,
  placeholder,
  hint,
  labelClassName = labelClass,
}: {
  field: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  limit?: number;
  rows: number;
  placeholder?: string;
  labelClassName?: string;
}) {
  return (
    <>
      <label htmlFor={domId(field)} className={labelClassName}>
        {label}
      </label>
      {hint}
      <textarea
        id={domId(field)}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId(field) : undefined}
        data-invalid={Boolean(error)}
        placeholder={placeholder}
        className={`mt-1 ${inputClass}`}
      />
      {limit !== undefined ? <Counter value={value} limit={limit} /> : null}
      <FieldError id={errorId(field)} message={error} />
    </>
  );
}

export function ChoiceGroup<T extends string>({
  legend,
  name,
  options,
  value,
  error,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly (readonly [T, string])[];
  value: T | null;
  error?: string | undefined;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset aria-describedby={error ? errorId(name) : undefined}>
      <legend className="text-sm font-semibold text-slate-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {options.map(([v, label], i) => {
          const id = domId(`${name}-${v}`);
          return (
            <label key={v} htmlFor={id} className={`${pillClass(value === v)} px-3 py-1.5`}>
              <input
                id={id}
                type="radio"
                name={name}
                value={v}
                checked={value === v}
                onChange={() => onChange(v)}
                aria-invalid={Boolean(error)}
                data-invalid={i === 0 && Boolean(error)}
                className="sr-only"
              />
              {label}
            </label>
          );
        })}
      </div>
      <FieldError id={errorId(name)} message={error} />
    </fieldset>
  );
}

type Update = (fn: (c: ScorecardContent) => ScorecardContent) => void;

/** Red flags of the stage's sections: raise one with a tick, then say what was seen. */
export function RedFlagsFieldset({
  redFlags,
  content,
  errors,
  update,
}: {
  redFlags: EditorRedFlag[];
  content: ScorecardContent;
  errors: ScorecardErrors;
  update: Update;
}) {
  const raisedById = new Map(content.redFlags.map((f) => [f.redFlagId, f]));
  return (
    <fieldset className="panel px-4 py-3">
      <legend className="px-1 font-semibold text-slate-900">Red flags</legend>
      {redFlags.length === 0 ? (
        <p className="text-sm text-slate-500">This stage&apos;s sections list no red flags.</p>
      ) : (
        <ul className="space-y-2">
          {redFlags.map((flag) => {
            const raised = raisedById.get(flag.id);
            const noteKey = fieldKey.redFlagNote(flag.id);
            return (
              <li key={flag.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={Boolean(raised)}
                    onChange={(e) => {
                      const on = e.target.checked;
                      update((c) => ({
                        ...c,
                        redFlags: on ? [...c.redFlags, { redFlagId: flag.id, note: "" }] : c.redFlags.filter((f) => f.redFlagId !== flag.id),
                      }));
                    }}
                    className={`mt-1 ${checkboxClass}`}
                  />
                  <span>
                    <span className="font-medium">{flag.title}</span>{" "}
                    <span className="text-xs text-slate-500">
                      {SEVERITY_LABELS[flag.severity]} · {flag.sectionName}
                    </span>
                  </span>
                </label>
                {raised ? (
                  <div className="ml-6 mt-1">
                    <ScorecardTextArea
                      field={noteKey}
                      labelClassName="block text-xs font-medium text-slate-600"
                      label={
                        <>
                          Note<span className="sr-only"> on {flag.title}</span> — what did you see?
                        </>
                      }
                      value={raised.note}
                      rows={2}
                      limit={LIMITS.note}
                      error={errors[noteKey]}
                      onChange={(note) => update((c) => ({ ...c, redFlags: c.redFlags.map((f) => (f.redFlagId === flag.id ? { ...f, note } : f)) }))}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

/** The overall call: level recommendation, confidence and an optional summary. */
export function SummaryFields({ content, errors, update }: { content: ScorecardContent; errors: ScorecardErrors; update: Update }) {
  return (
    <div className="panel space-y-3 px-4 py-3">
      <ChoiceGroup
        legend="Overall level recommendation"
        name="overallRecommendation"
        options={RECOMMENDATIONS.map((v) => [v, RECOMMENDATION_LABELS[v]] as const)}
        value={content.overallRecommendation}
        error={errors.overallRecommendation}
        onChange={(v) => update((c) => ({ ...c, overallRecommendation: v }))}
      />
      <ChoiceGroup
        legend="Confidence"
        name="confidence"
        options={CONFIDENCE_LEVELS.map((v) => [v, CONFIDENCE_LABELS[v]] as const)}
        value={content.confidence}
        error={errors.confidence}
        onChange={(v) => update((c) => ({ ...c, confidence: v }))}
      />
      <div>
        <ScorecardTextArea
          field="summary"
          label={
            <>
              Summary <span className="font-normal text-slate-500">(optional)</span>
            </>
          }
          value={content.summary}
          rows={3}
          limit={LIMITS.summary}
          error={errors.summary}
          onChange={(summary) => update((c) => ({ ...c, summary }))}
        />
      </div>
    </div>
  );
}

/** Amend mode: why the submitted scorecard changes (kept beside the original). */
export function AmendmentReasonField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (reason: string) => void }) {
  return (
    <div className="rounded-xl border border-violet-200 bg-violet-50 px-4 py-3">
      <ScorecardTextArea
        field="reason"
        labelClassName="block text-sm font-semibold text-violet-950"
        label="Reason for the amendment"
        value={value}
        hint={<p className="text-xs text-violet-900">Required. The original scorecard and this reason stay on record.</p>}
        rows={2}
        error={error}
        onChange={onChange}
      />
    </div>
  );
}
