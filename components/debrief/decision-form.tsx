"use client";

import { useConfirmStepFocus } from "@/components/ui/use-confirm-step-focus";
import { startTransition, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { FieldError } from "@/components/ui/field-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { DecisionConfirm } from "./decision-confirm";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Level } from "@/lib/calibration";
import {
  againstRecommendation,
  decisionProblems,
  partialPanelProblems,
  restateDecision,
  type DecisionChoice,
  type DecisionLevel,
  type RoleHires,
} from "@/lib/debrief/decision-rules";
import { RATIONALE_MAX, RATIONALE_MIN } from "@/lib/debrief/decision-limits";
import { LEVEL_LABELS } from "@/lib/debrief/labels";

type DecisionAction = (prev: ActionResult<unknown>, payload: Record<string, unknown>) => Promise<ActionResult<unknown>>;
type Outcome = "true" | "false" | "hold";

const LEVEL_OPTIONS: { value: DecisionLevel; label: string }[] = [
  { value: "staff", label: "Staff" },
  { value: "senior", label: "Senior" },
  { value: "none", label: "No level" },
];

const OUTCOME_OPTIONS: [Outcome, string][] = [
  ["true", "Hire"],
  ["false", "No hire"],
  ["hold", "Hold — more signal needed"],
];

const boxClass =
  "flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50";

export type PendingSummary = { count: number; lines: string[] };

/**
 * The hiring manager's decision, recorded or revised. Shows, as they choose, whether the choice goes against
 * the recommendation and so needs a reason; "Record decision" then restates the call in a sentence to confirm
 * ("Confirm and record", or "Go back" with everything typed kept). The server applies the same rules to a
 * recommendation it recomputes itself.
 */
export function DecisionForm({
  action,
  applicationId,
  candidateName,
  recommendedLevel,
  role,
  sections,
  suggestedProbeIds,
  pending,
  mode = "record",
  onCancel,
}: {
  action: DecisionAction;
  applicationId: string;
  candidateName: string;
  recommendedLevel: Level;
  role: RoleHires;
  /** The role's sections in play, for a hold's "sections to probe". */
  sections: { id: string; name: string }[];
  /** The sections the engine's next step points at, ticked when hold is chosen. */
  suggestedProbeIds: string[];
  /** Scheduled interviews whose scorecard is not in yet. */
  pending: PendingSummary;
  mode?: "record" | "revise";
  onCancel?: () => void;
}) {
  const [state, formAction, saving] = useFormAction(action, { ok: false, message: "" } as ActionResult<unknown>);
  const [level, setLevel] = useState<DecisionLevel | "">("");
  const [hire, setHire] = useState<Outcome | "">("");
  const [rationale, setRationale] = useState("");
  const [overrideReason, setOverrideReason] = useState("");
  const [probe, setProbe] = useState<string[]>(suggestedProbeIds);
  const [decideWithout, setDecideWithout] = useState(false);
  const [missingReason, setMissingReason] = useState("");
  const [revisionReason, setRevisionReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  // Shown with the server's answer, so a missing reason is reported together with any other field error.
  const [reasonMissing, setReasonMissing] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const idp = mode === "revise" ? "revise" : "decision";

  useConfirmStepFocus(confirming, confirmRef, submitRef);

  const held = hire === "hold";
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const chosen: DecisionChoice | null = held
    ? { level: "none", hire: false, held: true }
    : level !== "" && hire !== ""
      ? { level, hire: hire === "true" }
      : null;
  const verdict = chosen ? againstRecommendation(recommendedLevel, chosen, role) : null;
  const problem = chosen ? decisionProblems(chosen, role).level?.[0] : undefined;
  const levelError = held ? undefined : (errors.level?.[0] ?? problem);
  const hireError = errors.hire?.[0];
  const rationaleError = errors.rationale?.[0];
  const probeError = errors.probeSectionIds?.[0];
  const overrideError =
    errors.overrideReason?.[0] ??
    (reasonMissing && verdict?.against && overrideReason.trim().length < RATIONALE_MIN
      ? `Explain why you decide against the recommendation (at least ${RATIONALE_MIN} characters).`
      : undefined);
  const showOverride = !held && (verdict?.against === true || overrideReason !== "" || Boolean(overrideError));
  const showPartial = pending.count > 0 && !held;
  const partialErrors = errors.decideWithoutMissing || errors.missingReason ? errors : {};
  const revisionError = errors.revisionReason?.[0];

  const payload = () => ({
    applicationId,
    hire,
    ...(held ? { probeSectionIds: probe } : { level }),
    rationale,
    overrideReason: held ? "" : overrideReason,
    ...(showPartial ? { decideWithoutMissing: decideWithout, missingReason } : {}),
    ...(mode === "revise" ? { revisionReason } : {}),
  });

  /** What the form can tell before asking the server; anything missing goes to the server, which names it. */
  const readyToConfirm = () => {
    if (!chosen || problem) return false;
    if (rationale.trim().length < RATIONALE_MIN) return false;
    if (verdict?.against && overrideReason.trim().length < RATIONALE_MIN) return false;
    if (held && probe.length === 0) return false;
    if (mode === "revise" && revisionReason.trim().length < RATIONALE_MIN) return false;
    const partial = partialPanelProblems({
      outcome: held ? "hold" : chosen.hire ? "hire" : "no-hire",
      missingScorecards: pending.count,
      decideWithoutMissing: decideWithout,
      missingReason,
      minReason: RATIONALE_MIN,
    });
    return Object.keys(partial).length === 0;
  };

  const send = () => startTransition(() => formAction(payload()));

  const restated = chosen
    ? restateDecision({
        candidateName,
        choice: chosen,
        recommended: recommendedLevel,
        role,
        probeSectionNames: sections.filter((s) => probe.includes(s.id)).map((s) => s.name),
        missingScorecards: showPartial && decideWithout ? pending.count : 0,
      })
    : "";
  const confirmLabel = mode === "revise" ? "Confirm and revise" : "Confirm and record";

  return (
    <form
      noValidate
      className="space-y-4"
      aria-label={mode === "revise" ? "Revise the decision" : "Record the decision"}
      aria-describedby={`${idp}-form-status`}
      onSubmit={(event) => {
        event.preventDefault();
        if (confirming) return;
        setReasonMissing(verdict?.against === true && overrideReason.trim().length < RATIONALE_MIN);
        if (readyToConfirm()) setConfirming(true);
        else send();
      }}
    >
      <div hidden={confirming} className="space-y-4">
        <p className="text-sm text-slate-600">
          The recommendation is <span className="font-semibold">{LEVEL_LABELS[recommendedLevel]}</span>. Deciding against it needs a written reason,
          kept beside the engine&apos;s output at this moment. A hold asks for more signal and is never against it.
        </p>

        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Decision</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {OUTCOME_OPTIONS.map(([value, label]) => (
              <label key={value} className={boxClass}>
                <input
                  type="radio"
                  name={`${idp}-hire`}
                  value={value}
                  checked={hire === value}
                  onChange={() => setHire(value)}
                  aria-invalid={Boolean(hireError)}
                  aria-describedby={hireError ? `${idp}-hire-error` : undefined}
                />
                {label}
              </label>
            ))}
          </div>
          <FieldError id={`${idp}-hire-error`} message={hireError} />
        </fieldset>

        {held ? (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Sections to probe in the extra interview</legend>
            <p id={`${idp}-probe-help`} className="text-xs text-slate-500">
              Ticked: the sections the recommendation&apos;s next step and coverage gaps point at.
            </p>
            <div className="mt-1 grid gap-1 sm:grid-cols-2">
              {sections.map((s) => (
                <label key={s.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={probe.includes(s.id)}
                    onChange={(e) => setProbe((current) => (e.target.checked ? [...current, s.id] : current.filter((id) => id !== s.id)))}
                    aria-describedby={probeError ? `${idp}-probe-help ${idp}-probe-error` : `${idp}-probe-help`}
                  />
                  {s.name}
                </label>
              ))}
            </div>
            <FieldError id={`${idp}-probe-error`} message={probeError} />
          </fieldset>
        ) : (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Level</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              {LEVEL_OPTIONS.map((o) => (
                <label key={o.value} className={boxClass}>
                  <input
                    type="radio"
                    name={`${idp}-level`}
                    value={o.value}
                    checked={level === o.value}
                    onChange={() => setLevel(o.value)}
                    aria-invalid={Boolean(levelError)}
                    aria-describedby={levelError ? `${idp}-level-error` : undefined}
                  />
                  {o.label}
                </label>
              ))}
            </div>
            <FieldError id={`${idp}-level-error`} message={levelError} />
          </fieldset>
        )}

        {verdict ? (
          <p
            data-testid="against-hint"
            className={`rounded-md px-3 py-2 text-sm ${verdict.against ? "border border-amber-200 bg-amber-50 text-amber-900" : "border border-emerald-200 bg-emerald-50 text-emerald-900"}`}
          >
            {verdict.against ? "Against the recommendation. " : held ? "" : "In line with the recommendation. "}
            {verdict.explanation}
          </p>
        ) : null}

        <TextAreaField
          id={`${idp}-rationale`}
          label="Rationale"
          help={
            <>
              {held ? "What signal is missing, and why it matters" : "What in the evidence decided it"}, {RATIONALE_MIN} to {RATIONALE_MAX}{" "}
              characters. ({rationale.trim().length} so far)
            </>
          }
          rows={4}
          maxLength={RATIONALE_MAX}
          value={rationale}
          onChange={setRationale}
          error={rationaleError}
        />

        {showOverride ? (
          <TextAreaField
            id={`${idp}-override`}
            label={`Reason for deciding against the recommendation${verdict?.against ? " (required)" : " (optional)"}`}
            maxLength={RATIONALE_MAX}
            value={overrideReason}
            onChange={setOverrideReason}
            error={overrideError}
          />
        ) : null}

        {showPartial ? (
          <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="partial-panel">
            <p className="font-medium">
              {pending.count === 1 ? "1 scheduled scorecard is" : `${pending.count} scheduled scorecards are`} not in yet:
            </p>
            <ul className="list-disc pl-5">
              {pending.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>The recommendation leaves them out. To decide now anyway, say so and why; or choose hold to wait for more signal.</p>
            <label className="flex items-center gap-2 font-medium">
              <input
                type="checkbox"
                checked={decideWithout}
                onChange={(e) => setDecideWithout(e.target.checked)}
                aria-invalid={Boolean(partialErrors.decideWithoutMissing)}
                aria-describedby={partialErrors.decideWithoutMissing ? `${idp}-without-error` : undefined}
              />
              Decide without them
            </label>
            <FieldError id={`${idp}-without-error`} message={partialErrors.decideWithoutMissing?.[0]} />
            {decideWithout || partialErrors.missingReason ? (
              <TextAreaField
                id={`${idp}-missing-reason`}
                label="Why decide without them (required)"
                labelClassName="block font-medium"
                rows={2}
                maxLength={RATIONALE_MAX}
                value={missingReason}
                onChange={setMissingReason}
                error={partialErrors.missingReason?.[0]}
                className="bg-white text-slate-900"
              />
            ) : null}
          </div>
        ) : null}

        {mode === "revise" ? (
          <TextAreaField
            id="revise-reason"
            label="Reason for revising (required)"
            help="Kept in the decision history beside the earlier decision and its snapshot."
            rows={2}
            maxLength={RATIONALE_MAX}
            value={revisionReason}
            onChange={setRevisionReason}
            error={revisionError}
          />
        ) : null}
      </div>

      {confirming ? (
        <DecisionConfirm
          id={idp}
          ref={confirmRef}
          title={mode === "revise" ? "Confirm the revised decision" : "Confirm the decision"}
          restated={restated}
          confirmLabel={confirmLabel}
          disabled={saving}
          onConfirm={() => {
            setConfirming(false);
            send();
          }}
          onBack={() => setConfirming(false)}
        />
      ) : null}

      <div id={`${idp}-form-status`} aria-live="polite">
        {!state.ok && state.message ? (
          <p data-testid="decision-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {state.message}
          </p>
        ) : null}
        {state.ok ? (
          <p data-testid="decision-saved" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            {mode === "revise" ? "Decision revised." : "Decision recorded."}
          </p>
        ) : null}
      </div>

      <div hidden={confirming} className="flex flex-wrap gap-2">
        <button
          ref={submitRef}
          type="submit"
          disabled={saving}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {saving ? (mode === "revise" ? "Revising…" : "Recording…") : mode === "revise" ? "Revise decision" : "Record decision"}
        </button>
        {onCancel ? (
          <button
            type="button"
            onClick={onCancel}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
