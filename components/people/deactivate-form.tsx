"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import type { ActionResult, FieldErrors } from "@/lib/actions/action-result";
import { LEVEL_LABELS } from "@/lib/people/person-labels";
import { DEACTIVATION_REASON } from "@/lib/people/deactivation-rules";
import { plural } from "@/lib/plural";
import { LocalTime } from "@/components/ui/local-time";
import { FieldError } from "@/components/ui/field-error";
import { dangerButton, inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ActionForm } from "@/components/ui/action-form";

export type DeactivationRow = {
  id: string;
  candidateName: string;
  roleTitle: string;
  stageName: string;
  scheduledAt: string;
  durationMinutes: number;
  hasDraft: boolean;
  options: { id: string; name: string; level: keyof typeof LEVEL_LABELS; busy: boolean }[];
};

type Payload = { userId: string; choices: { interviewId: string; action: string; interviewerId?: string }[] };
type Action = (prev: ActionResult<unknown>, payload: Payload) => Promise<ActionResult<unknown>>;

const CANCEL = "cancel";
const REASSIGN = "reassign:";

/** One select value ("", "cancel" or "reassign:<id>") as the choice the server reads. */
function toChoice(interviewId: string, value: string): Payload["choices"][number] {
  if (value.startsWith(REASSIGN)) return { interviewId, action: "reassign", interviewerId: value.slice(REASSIGN.length) };
  return { interviewId, action: value };
}

/** The first message for row `index`: `choices.3` (the domain) or `choices.3.interviewerId` (the schema). */
function rowError(errors: FieldErrors, index: number): string | undefined {
  const key = `choices.${index}`;
  for (const [name, messages] of Object.entries(errors)) {
    if ((name === key || name.startsWith(`${key}.`)) && messages?.[0]) return messages[0];
  }
  return undefined;
}

/**
 * Deactivating a person with upcoming interviews: each interview with a choice, another interviewer from its
 * stage's pool or cancelling it. One submit saves all of it or nothing; after a refusal the choices stay, focus moves
 * to the message (which names the interview), and the row it is about is marked.
 */
export function DeactivateForm({
  userId,
  name,
  interviews,
  action,
}: {
  userId: string;
  name: string;
  interviews: DeactivationRow[];
  action: Action;
}) {
  const [state, dispatch, pending] = useFormAction<ActionResult<unknown>, Payload>(action, { ok: false, message: "" });
  const [choices, setChoices] = useState<Record<string, string>>({});
  const hydrated = useHydrated();
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state.ok && state.message) alert.current?.focus();
  }, [state]);

  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const problems = interviews
    .map((interview, index) => ({ interview, message: rowError(errors, index) }))
    .filter((p): p is { interview: DeactivationRow; message: string } => Boolean(p.message) && p.message !== state.message);

  return (
    <ActionForm
      label={`Deactivate ${name}`}
      className="space-y-4"
      onSubmit={() => dispatch({ userId, choices: interviews.map((i) => toChoice(i.id, choices[i.id] ?? "")) })}
    >
      {!state.ok && state.message ? (
        <div
          ref={alert}
          role="alert"
          tabIndex={-1}
          data-testid="deactivate-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 focus:outline-2 focus:outline-red-400"
        >
          <p>{state.message}</p>
          {problems.length ? (
            <ul className="mt-1 list-disc pl-5">
              {problems.map((p) => (
                <li key={p.interview.id}>
                  {p.interview.candidateName}, {p.interview.stageName}: {p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {interviews.length ? (
        <ol className="space-y-3" aria-label={`${name}'s upcoming interviews`}>
          {interviews.map((interview, index) => {
            const fieldId = `handover-${interview.id}`;
            const error = rowError(errors, index);
            const value = choices[interview.id] ?? "";
            return (
              <li key={interview.id} className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4" data-testid="handover-row">
                <p className="font-medium text-slate-900">{interview.candidateName}</p>
                <p className="text-sm text-slate-600">
                  {interview.stageName} · {interview.roleTitle} · <LocalTime iso={interview.scheduledAt} /> ({interview.durationMinutes} min)
                </p>
                {interview.hasDraft ? (
                  <p className="mt-1 text-xs text-amber-800">
                    {name} has started a draft scorecard for it; it is discarded if someone else takes the interview.
                  </p>
                ) : null}
                <label htmlFor={fieldId} className={`mt-2 ${labelClass}`}>
                  Who takes it<span className="sr-only">: {`${interview.candidateName}, ${interview.stageName}`}</span>
                </label>
                <select
                  id={fieldId}
                  value={value}
                  onChange={(e) => setChoices({ ...choices, [interview.id]: e.target.value })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${fieldId}-help${error ? ` ${fieldId}-error` : ""}`}
                  className={`mt-1 ${inputClass} sm:max-w-md`}
                >
                  <option value="">Choose…</option>
                  {interview.options.length ? (
                    <optgroup label={`Reassign to someone in the “${interview.stageName}” pool`}>
                      {interview.options.map((o) => (
                        <option key={o.id} value={`${REASSIGN}${o.id}`}>
                          {o.name} · {LEVEL_LABELS[o.level]}
                          {o.busy ? " (has another interview then)" : ""}
                        </option>
                      ))}
                    </optgroup>
                  ) : null}
                  <option value={CANCEL}>Cancel the interview ({DEACTIVATION_REASON})</option>
                </select>
                <p id={`${fieldId}-help`} className="mt-1 text-xs text-slate-500">
                  {interview.options.length
                    ? "The new interviewer gets the calendar invitation; the interview leaves " + name + "'s calendar."
                    : "Nobody else is in this stage's pool. Add someone to it in the role's interview plan, or cancel the interview."}
                </p>
                <FieldError id={`${fieldId}-error`} message={error} />
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={dangerButton} disabled={!hydrated || pending}>
          {pending
            ? "Deactivating…"
            : interviews.length
              ? `Deactivate ${name} and hand over ${plural(interviews.length, "interview")}`
              : `Deactivate ${name}`}
        </button>
        <Link href={`/people/${userId}`} className={secondaryButton}>
          Keep {name} active
        </Link>
      </div>
    </ActionForm>
  );
}
