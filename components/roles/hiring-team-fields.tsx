"use client";

import { FieldError } from "@/components/ui/field-error";
import type { CurrentTeam, TeamOptions, TeamPerson } from "@/lib/roles/list-team-candidates";
import { checkboxClass, fieldsetClass, hintClass, inputClass, labelClass, legendClass } from "@/components/ui/form-styles";
import { levelLabel } from "./level-label";

type Errors = Record<string, string[] | undefined> | undefined;

/** The hiring team's places: one hiring manager, recruiters, interviewers. Controlled by the parent form. */
export function HiringTeamFields({
  options,
  value,
  onChange,
  errors,
  idPrefix = "team",
}: {
  options: TeamOptions;
  value: CurrentTeam;
  onChange: (next: CurrentTeam) => void;
  errors: Errors;
  idPrefix?: string;
}) {
  const hmError = errors?.hiringManagerId?.[0];
  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={`${idPrefix}-hm`} className={labelClass}>
          Hiring manager
        </label>
        <select
          id={`${idPrefix}-hm`}
          value={value.hiringManagerId}
          onChange={(e) => onChange({ ...value, hiringManagerId: e.target.value })}
          className={`mt-1 ${inputClass} sm:max-w-md`}
          aria-invalid={Boolean(hmError)}
          aria-describedby={`${idPrefix}-hm-hint${hmError ? ` ${idPrefix}-hm-error` : ""}`}
        >
          <option value="">Choose the hiring manager…</option>
          {options.hiringManagers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.email})
            </option>
          ))}
        </select>
        <p id={`${idPrefix}-hm-hint`} className={hintClass}>
          Runs the debrief and records the decision. People with the hiring-manager role only.
        </p>
        <FieldError id={`${idPrefix}-hm-error`} message={hmError} />
      </div>
      <PeoplePicker
        legend="Recruiters"
        hint="Recruiters on the team. Every recruiter can edit every role; this says who works on this one."
        people={options.recruiters}
        selected={value.recruiterIds}
        onChange={(recruiterIds) => onChange({ ...value, recruiterIds })}
        error={errors?.recruiterIds?.[0]}
        id={`${idPrefix}-recruiters`}
        showLevel={false}
      />
      <PeoplePicker
        legend="Interviewers"
        hint="The people the interview plan can put in a stage's pool. Their level matters: Staff calls need Staff-level raters."
        people={options.interviewers}
        selected={value.interviewerIds}
        onChange={(interviewerIds) => onChange({ ...value, interviewerIds })}
        error={errors?.interviewerIds?.[0]}
        id={`${idPrefix}-interviewers`}
        showLevel
      />
    </div>
  );
}

function PeoplePicker({
  legend,
  hint,
  people,
  selected,
  onChange,
  error,
  id,
  showLevel,
}: {
  legend: string;
  hint: string;
  people: TeamPerson[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  id: string;
  showLevel: boolean;
}) {
  const toggle = (personId: string, on: boolean) => onChange(on ? [...selected, personId] : selected.filter((x) => x !== personId));
  return (
    <fieldset className={fieldsetClass} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`} aria-invalid={Boolean(error)}>
      <legend className={legendClass}>{legend}</legend>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {hint}
      </p>
      {people.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">Nobody has this role yet. An admin can give it to people on the People page.</p>
      ) : (
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {people.map((p) => (
            <li key={p.id}>
              <label className="flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
                <input type="checkbox" className={checkboxClass} checked={selected.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
                <span>
                  {p.name}
                  {showLevel ? <span className="text-slate-500"> · {levelLabel(p.level)}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
