"use client";

import { startTransition, useActionState, useState } from "react";
import { FieldError } from "@/components/ui/field-error";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Level } from "@/lib/calibration";
import { againstRecommendation, decisionProblems, type DecisionLevel, type RoleHires } from "@/lib/debrief/decision-rules";
import { RATIONALE_MAX, RATIONALE_MIN } from "@/lib/debrief/decision-limits";
import { LEVEL_LABELS } from "@/lib/debrief/labels";

type DecisionAction = (prev: ActionResult<unknown>, payload: FormData) => Promise<ActionResult<unknown>>;

const LEVEL_OPTIONS: { value: DecisionLevel; label: string }[] = [
  { value: "staff", label: "Staff" },
  { value: "senior", label: "Senior" },
  { value: "none", label: "No level" },
];

/**
 * The hiring manager's decision. Shows, as they choose, whether the choice goes against the
 * recommendation and so needs a reason; the server applies the same rule to a recommendation it
 * recomputes itself.
 */
export function DecisionForm({
  action,
  applicationId,
  recommendedLevel,
  role,
}: {
  action: DecisionAction;
  applicationId: string;
  recommendedLevel: Level;
  role: RoleHires;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false, message: "" } as ActionResult<unknown>);
  const [level, setLevel] = useState<DecisionLevel | "">("");
  const [hire, setHire] = useState<"true" | "false" | "">("");
  const [rationale, setRationale] = useState("");
  const [overrideReason, setOverrideReason] = useState("");
  // Shown with the server's answer, so a missing reason is reported together with any other field error.
  const [reasonMissing, setReasonMissing] = useState(false);

  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const chosen = level !== "" && hire !== "" ? { level, hire: hire === "true" } : null;
  const verdict = chosen ? againstRecommendation(recommendedLevel, chosen, role) : null;
  const problem = chosen ? decisionProblems(chosen, role).level?.[0] : undefined;
  const levelError = errors.level?.[0] ?? problem;
  const hireError = errors.hire?.[0];
  const rationaleError = errors.rationale?.[0];
  const overrideError =
    errors.overrideReason?.[0] ??
    (reasonMissing && verdict?.against && overrideReason.trim().length < RATIONALE_MIN
      ? `Explain why you decide against the recommendation (at least ${RATIONALE_MIN} characters).`
      : undefined);
  const showOverride = verdict?.against === true || overrideReason !== "" || Boolean(overrideError);

  return (
    <form
      noValidate
      className="space-y-4"
      aria-describedby="decision-form-status"
      onSubmit={(event) => {
        event.preventDefault();
        setReasonMissing(verdict?.against === true && overrideReason.trim().length < RATIONALE_MIN);
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      <input type="hidden" name="applicationId" value={applicationId} />
      <p className="text-sm text-slate-600">
        The recommendation is <span className="font-semibold">{LEVEL_LABELS[recommendedLevel]}</span>. Deciding against it needs a written reason,
        kept beside the engine&apos;s output at this moment.
      </p>

      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Level</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {LEVEL_OPTIONS.map((o) => (
            <label
              key={o.value}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="level"
                value={o.value}
                checked={level === o.value}
                onChange={() => setLevel(o.value)}
                aria-invalid={Boolean(levelError)}
                aria-describedby={levelError ? "decision-level-error" : undefined}
              />
              {o.label}
            </label>
          ))}
        </div>
        <FieldError id="decision-level-error" message={levelError} />
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Decision</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {(
            [
              ["true", "Hire"],
              ["false", "No hire"],
            ] as const
          ).map(([value, label]) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="hire"
                value={value}
                checked={hire === value}
                onChange={() => setHire(value)}
                aria-invalid={Boolean(hireError)}
                aria-describedby={hireError ? "decision-hire-error" : undefined}
              />
              {label}
            </label>
          ))}
        </div>
        <FieldError id="decision-hire-error" message={hireError} />
      </fieldset>

      {verdict ? (
        <p
          data-testid="against-hint"
          className={`rounded-md px-3 py-2 text-sm ${verdict.against ? "border border-amber-200 bg-amber-50 text-amber-900" : "border border-emerald-200 bg-emerald-50 text-emerald-900"}`}
        >
          {verdict.against ? "Against the recommendation. " : "In line with the recommendation. "}
          {verdict.explanation}
        </p>
      ) : null}

      <div>
        <label htmlFor="decision-rationale" className="block text-sm font-medium text-slate-800">
          Rationale
        </label>
        <p id="decision-rationale-help" className="text-xs text-slate-500">
          What in the evidence decided it, {RATIONALE_MIN} to {RATIONALE_MAX} characters. ({rationale.trim().length} so far)
        </p>
        <textarea
          id="decision-rationale"
          name="rationale"
          rows={4}
          maxLength={RATIONALE_MAX}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          aria-invalid={Boolean(rationaleError)}
          aria-describedby={rationaleError ? "decision-rationale-help decision-rationale-error" : "decision-rationale-help"}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm"
        />
        <FieldError id="decision-rationale-error" message={rationaleError} />
      </div>

      {showOverride ? (
        <div>
          <label htmlFor="decision-override" className="block text-sm font-medium text-slate-800">
            Reason for deciding against the recommendation{verdict?.against ? " (required)" : " (optional)"}
          </label>
          <textarea
            id="decision-override"
            name="overrideReason"
            rows={3}
            maxLength={RATIONALE_MAX}
            value={overrideReason}
            onChange={(e) => setOverrideReason(e.target.value)}
            aria-invalid={Boolean(overrideError)}
            aria-describedby={overrideError ? "decision-override-error" : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm"
          />
          <FieldError id="decision-override-error" message={overrideError} />
        </div>
      ) : null}

      <div id="decision-form-status" aria-live="polite">
        {!state.ok && state.message ? (
          <p data-testid="decision-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {state.message}
          </p>
        ) : null}
        {state.ok ? (
          <p data-testid="decision-saved" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            Decision recorded.
          </p>
        ) : null}
      </div>

      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Recording…" : "Record decision"}
      </button>
    </form>
  );
}
