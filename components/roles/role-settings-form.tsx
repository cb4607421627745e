"use client";

import { startTransition, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { Field } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { DEFAULT_THRESHOLDS, THRESHOLD_KEYS, THRESHOLD_SPECS, type ThresholdKey, type Thresholds } from "@/lib/calibration/thresholds";
import type { PublishedVersionOption } from "@/lib/roles/list-published-versions";
import { sectionsForVersion } from "@/lib/roles/sections-for-version";
import type { CurrentTeam, TeamOptions } from "@/lib/roles/list-team-candidates";
import { FormMessage } from "@/components/ui/form-message";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import {
  checkboxClass,
  fieldsetClass,
  hintClass,
  inputClass,
  labelClass,
  legendClass,
  primaryButton,
  secondaryButton,
} from "@/components/ui/form-styles";
import { HiringTeamFields } from "./hiring-team-fields";
import { SettingsImpactConfirm, type SettingsImpactView } from "./settings-impact-confirm";
import { useHydrated } from "@/components/ui/use-hydrated";

export type RoleSettingsValues = {
  title: string;
  team: string;
  hiresSenior: boolean;
  hiresStaff: boolean;
  frameworkVersionId: string;
  sectionIds: string[];
  staffCriticalSectionIds: string[];
  thresholds: Thresholds;
};

export type SaveSettingsOutcome =
  | { saved: true; versionChanged: boolean; droppedFocus: number; droppedQuestions: number; levelChanges: number }
  /** Not saved: open debriefs would change level (role-settings only; a new role has none). */
  | { saved: false; impact: SettingsImpactView }
  | undefined;
type Action = (prev: ActionResult<SaveSettingsOutcome>, payload: Record<string, unknown>) => Promise<ActionResult<SaveSettingsOutcome>>;

/** Shares are typed as percentages; everything else as the number itself. */
const toField = (key: ThresholdKey, value: number) =>
  THRESHOLD_SPECS[key].kind === "share" ? String(Math.round(value * 10000) / 100) : String(value);
const fromField = (key: ThresholdKey, text: string): number | null => {
  if (text.trim() === "") return null;
  const n = Number(text);
  if (!Number.isFinite(n)) return null;
  return THRESHOLD_SPECS[key].kind === "share" ? Math.round(n * 100) / 10000 : n;
};
const thresholdFields = (t: Thresholds) => Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, toField(k, t[k])])) as Record<ThresholdKey, string>;

/**
 * The role's scorecard settings: title, team, levels, the pinned published framework version, the
 * sections in play, the Staff-critical ones and the bar thresholds. With `team`, it also creates the role.
 */
export function RoleSettingsForm({
  roleId,
  versions,
  initial,
  versionLockedBy,
  team,
  action,
  submitLabel,
}: {
  roleId?: string;
  versions: PublishedVersionOption[];
  initial: RoleSettingsValues;
  /** Scorecards already written against the pinned version; more than zero locks it. */
  versionLockedBy?: number;
  team?: { options: TeamOptions; initial: CurrentTeam };
  action: Action;
  submitLabel: string;
}) {
  const [state, dispatch, pending] = useFormAction<ActionResult<SaveSettingsOutcome>, Record<string, unknown>>(action, { ok: false, message: "" });
  const [values, setValues] = useState(initial);
  const [thresholds, setThresholds] = useState(() => thresholdFields(initial.thresholds));
  const [teamValue, setTeamValue] = useState<CurrentTeam>(team?.initial ?? { hiringManagerId: "", recruiterIds: [], interviewerIds: [] });
  const hydrated = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const errors = !state.ok ? state.fieldErrors : undefined;
  const err = (key: string) => errors?.[key]?.[0];
  const locked = (versionLockedBy ?? 0) > 0;
  const version = versions.find((v) => v.id === values.frameworkVersionId);
  const sections = version?.sections ?? [];

  const set = <K extends keyof RoleSettingsValues>(key: K, value: RoleSettingsValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  function chooseVersion(versionId: string) {
    const next = versions.find((v) => v.id === versionId);
    if (!next) return set("frameworkVersionId", versionId);
    const chosen = sectionsForVersion({ version, sectionIds: values.sectionIds, staffCriticalSectionIds: values.staffCriticalSectionIds }, next);
    setValues((v) => ({ ...v, frameworkVersionId: versionId, ...chosen }));
  }

  function toggleInPlay(sectionId: string, on: boolean) {
    setValues((v) => ({
      ...v,
      sectionIds: on ? [...v.sectionIds, sectionId] : v.sectionIds.filter((s) => s !== sectionId),
      staffCriticalSectionIds: on ? v.staffCriticalSectionIds : v.staffCriticalSectionIds.filter((s) => s !== sectionId),
    }));
  }

  function toggleCritical(sectionId: string, on: boolean) {
    setValues((v) => ({
      ...v,
      staffCriticalSectionIds: on ? [...v.staffCriticalSectionIds, sectionId] : v.staffCriticalSectionIds.filter((s) => s !== sectionId),
    }));
  }

  // The impact the person set aside with "Keep editing"; a new answer from the server shows again.
  const [dismissedImpact, setDismissedImpact] = useState<string | null>(null);
  const impact = state.ok && state.data?.saved === false && state.data.impact.token !== dismissedImpact ? state.data.impact : null;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send();
  }

  /** Sends the form as it is now; with the token of an impact the person confirmed. */
  function send(confirmedImpact?: string) {
    const payload: Record<string, unknown> = {
      ...values,
      // Keep the framework's order, whatever order the boxes were ticked in.
      sectionIds: sections.filter((s) => values.sectionIds.includes(s.id)).map((s) => s.id),
      staffCriticalSectionIds: sections.filter((s) => values.staffCriticalSectionIds.includes(s.id)).map((s) => s.id),
      thresholds: Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, fromField(k, thresholds[k])])),
      ...(roleId ? { roleId } : {}),
      ...(team ? teamValue : {}),
      ...(confirmedImpact ? { confirmedImpact } : {}),
    };
    startTransition(() => dispatch(payload));
  }

  const levelsError = err("levels");
  const sectionsError = err("sectionIds") ?? err("staffCriticalSectionIds");
  const defaultsChanged = THRESHOLD_KEYS.some((k) => fromField(k, thresholds[k]) !== DEFAULT_THRESHOLDS[k]);

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-6" aria-label={team ? "New role" : "Scorecard settings"}>
      {!state.ok && state.message ? (
        <FormMessage tone="error" testId="role-form-message">
          {state.message}
        </FormMessage>
      ) : null}
      {state.ok && state.data?.saved !== false ? (
        <FormMessage tone="success" testId="role-form-message">
          Settings saved.
          {state.data?.versionChanged
            ? ` The role now uses ${version?.label ?? "the new version"}; the plan followed it${
                state.data.droppedFocus + state.data.droppedQuestions > 0
                  ? `, and ${state.data.droppedFocus} focus section(s) and ${state.data.droppedQuestions} question(s) that the new version lacks were removed from the plan. Check the interview plan`
                  : ""
              }.`
            : ""}
          {state.data?.levelChanges
            ? ` ${state.data.levelChanges === 1 ? "One open debrief now shows" : `${state.data.levelChanges} open debriefs now show`} a different recommendation; each says the settings changed.`
            : ""}
        </FormMessage>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="role-title" label="Title" error={err("title")}>
          {(control) => (
            <input
              {...control}
              value={values.title}
              onChange={(e) => set("title", e.target.value)}
              className={`mt-1 ${inputClass}`}
              maxLength={120}
            />
          )}
        </Field>
        <Field id="role-team" label="Team" error={err("team")}>
          {(control) => (
            <input {...control} value={values.team} onChange={(e) => set("team", e.target.value)} className={`mt-1 ${inputClass}`} maxLength={80} />
          )}
        </Field>
      </div>

      <fieldset className={fieldsetClass} aria-invalid={Boolean(levelsError)} aria-describedby={levelsError ? "role-levels-error" : undefined}>
        <legend className={legendClass}>Levels this role hires for</legend>
        <div className="flex flex-wrap gap-6">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className={checkboxClass} checked={values.hiresSenior} onChange={(e) => set("hiresSenior", e.target.checked)} />
            Senior
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className={checkboxClass} checked={values.hiresStaff} onChange={(e) => set("hiresStaff", e.target.checked)} />
            Staff
          </label>
        </div>
        <FieldError id="role-levels-error" message={levelsError} />
      </fieldset>

      <Field
        id="role-version"
        label="Framework version"
        hint={
          locked
            ? `Locked: ${versionLockedBy} scorecard${versionLockedBy === 1 ? " was" : "s were"} already written against this version, and changing it would make them incomparable with new ones.`
            : "Only published versions can be pinned. The version stays fixed once the first scorecard is written."
        }
        error={err("frameworkVersionId")}
      >
        {(control) => (
          <select
            {...control}
            value={values.frameworkVersionId}
            onChange={(e) => chooseVersion(e.target.value)}
            disabled={locked}
            className={`mt-1 ${inputClass} sm:max-w-md`}
          >
            {values.frameworkVersionId === "" ? <option value="">Choose a published version…</option> : null}
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset
        className={fieldsetClass}
        aria-invalid={Boolean(sectionsError)}
        aria-describedby={`role-sections-hint${sectionsError ? " role-sections-error" : ""}`}
      >
        <legend className={legendClass}>Sections</legend>
        <p id="role-sections-hint" className="text-xs text-slate-500">
          Sections in play are rated in every interview loop. Staff-critical sections decide the Staff bar: each needs two raters.{" "}
          <span aria-hidden="true">★</span> marks the framework&apos;s default Staff-critical sections.
        </p>
        {sections.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">Choose a framework version to see its sections.</p>
        ) : (
          <ScrollRegion className="mt-3">
            <DataTable
              className="min-w-[18rem]"
              head={
                <>
                  <Th>Section</Th>
                  <Th>In play</Th>
                  <Th>Staff-critical</Th>
                </>
              }
            >
              {sections.map((s) => {
                const inPlay = values.sectionIds.includes(s.id);
                return (
                  <tr key={s.id}>
                    <Td>
                      {s.name}
                      {s.staffCriticalByDefault ? (
                        <span className="ml-1 text-amber-700" title="Staff-critical by default">
                          ★<span className="sr-only"> (Staff-critical by default)</span>
                        </span>
                      ) : null}
                    </Td>
                    <Td>
                      <input
                        type="checkbox"
                        className={checkboxClass}
                        aria-label={`${s.name} in play`}
                        checked={inPlay}
                        onChange={(e) => toggleInPlay(s.id, e.target.checked)}
                      />
                    </Td>
                    <Td>
                      <input
                        type="checkbox"
                        className={checkboxClass}
                        aria-label={`${s.name} Staff-critical`}
                        checked={values.staffCriticalSectionIds.includes(s.id)}
                        disabled={!inPlay}
                        onChange={(e) => toggleCritical(s.id, e.target.checked)}
                      />
                    </Td>
                  </tr>
                );
              })}
            </DataTable>
          </ScrollRegion>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={secondaryButton}
            onClick={() =>
              setValues((v) => ({
                ...v,
                sectionIds: [...new Set([...v.sectionIds, ...sections.filter((s) => s.staffCriticalByDefault).map((s) => s.id)])],
                staffCriticalSectionIds: sections.filter((s) => s.staffCriticalByDefault).map((s) => s.id),
              }))
            }
          >
            Use the framework&apos;s Staff-critical defaults
          </button>
          <span className="text-xs text-slate-500" aria-live="polite">
            {values.sectionIds.length} in play · {values.staffCriticalSectionIds.length} Staff-critical
          </span>
        </div>
        <FieldError id="role-sections-error" message={sectionsError} />
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Bar thresholds</legend>
        <p className="text-xs text-slate-500">
          The numbers behind the Senior/Staff recommendation on every debrief of this role. The defaults suit most roles.
        </p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {THRESHOLD_KEYS.map((key) => {
            const spec = THRESHOLD_SPECS[key];
            const share = spec.kind === "share";
            const id = `threshold-${key}`;
            const error = err(`thresholds.${key}`);
            return (
              <div key={key}>
                <label htmlFor={id} className={labelClass}>
                  {spec.label}
                  {share ? " (%)" : ""}
                </label>
                <input
                  id={id}
                  type="number"
                  inputMode="decimal"
                  min={share ? spec.min * 100 : spec.min}
                  max={share ? spec.max * 100 : spec.max}
                  step={share ? 1 : spec.step}
                  value={thresholds[key]}
                  onChange={(e) => setThresholds((t) => ({ ...t, [key]: e.target.value }))}
                  className={`mt-1 ${inputClass} sm:max-w-[10rem]`}
                  aria-invalid={Boolean(error)}
                  aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
                />
                <p id={`${id}-hint`} className={hintClass}>
                  {spec.description}
                </p>
                <FieldError id={`${id}-error`} message={error} />
              </div>
            );
          })}
        </div>
        <button
          type="button"
          className={`mt-3 ${secondaryButton}`}
          disabled={!defaultsChanged}
          onClick={() => setThresholds(thresholdFields({ ...DEFAULT_THRESHOLDS }))}
        >
          Reset thresholds to defaults
        </button>
      </fieldset>

      {team ? (
        <fieldset className={fieldsetClass}>
          <legend className={legendClass}>Hiring team</legend>
          <HiringTeamFields options={team.options} value={teamValue} onChange={setTeamValue} errors={errors} idPrefix="new-role-team" />
        </fieldset>
      ) : null}

      {impact ? (
        <SettingsImpactConfirm
          impact={impact}
          pending={pending}
          onConfirm={(token) => send(token)}
          onCancel={() => setDismissedImpact(impact.token)}
        />
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButton} disabled={!hydrated || pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        {!state.ok && state.message ? (
          <span className="text-sm text-red-700">Nothing was saved; {state.fieldErrors ? "fix the fields" : "see the message"} above.</span>
        ) : null}
      </div>
    </form>
  );
}
