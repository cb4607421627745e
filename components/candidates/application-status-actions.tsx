"use client";

import { startTransition, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import type { ApplicationStatus } from "@/db/enums";
import type { ActionResult } from "@/lib/actions/action-result";
import { STATUS_TRANSITIONS } from "@/lib/candidates/candidate-rules";
import { dangerButton, inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";
import { FieldError } from "@/components/ui/field-error";
import { useConfirmStepFocus } from "@/components/ui/use-confirm-step-focus";
import { useHydrated } from "@/components/ui/use-hydrated";
import { plural } from "@/lib/plural";
import { ActionForm } from "@/components/ui/action-form";

type Action = (prev: ActionResult<unknown>, payload: Record<string, unknown>) => Promise<ActionResult<unknown>>;
type Move = "active" | "debrief" | "withdrawn";

const label = (from: ApplicationStatus, to: Move) =>
  to === "debrief" ? "Move to debrief" : to === "withdrawn" ? "Withdraw" : from === "withdrawn" ? "Reopen" : "Back to active";

/**
 * The status moves allowed from where the application stands, each audited. Moving to debrief or back is one
 * click; withdrawing asks first, with a reason, and says what happens to the candidate's upcoming interviews.
 */
export function ApplicationStatusActions({
  applicationId,
  candidateName,
  status,
  action,
  upcomingInterviews,
}: {
  applicationId: string;
  candidateName: string;
  status: ApplicationStatus;
  action: Action;
  /** Future interviews a withdrawal would cancel, where the page knows them. */
  upcomingInterviews?: number;
}) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const withClose =
    (inner: Action): Action =>
    async (prev, payload) => {
      const result = await inner(prev, payload);
      if (result.ok) startTransition(() => setConfirming(false));
      return result;
    };
  const [state, dispatch, pending] = useFormAction<ActionResult<unknown>, Record<string, unknown>>(withClose(action), { ok: false, message: "" });
  const hydrated = useHydrated();
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  useConfirmStepFocus(confirming, reasonField, withdrawButton);

  const moves = STATUS_TRANSITIONS[status];
  if (moves.length === 0) return <span className="text-xs text-slate-500">Set by the decision</span>;
  const reasonError = !state.ok ? state.fieldErrors?.reason?.[0] : undefined;
  const fieldId = `withdraw-reason-${applicationId}`;
  const interviewsLine =
    upcomingInterviews === undefined
      ? "Their upcoming interviews on this role that have no scorecard yet are cancelled, and leave the interviewers' lists."
      : upcomingInterviews === 0
        ? "They have no upcoming interviews to cancel."
        : `Their ${plural(upcomingInterviews, "upcoming interview")} ${upcomingInterviews === 1 ? "is" : "are"} cancelled and ${upcomingInterviews === 1 ? "leaves" : "leave"} the interviewers' lists.`;

  return (
    <div className="flex flex-col items-start gap-1">
      <div className="flex gap-1.5">
        {moves.map((to) => (
          <button
            key={to}
            ref={to === "withdrawn" ? withdrawButton : undefined}
            type="button"
            className={`${secondaryButton} px-2 py-1 text-xs whitespace-nowrap`}
            disabled={!hydrated || pending || confirming}
            aria-label={`${label(status, to)}: ${candidateName}`}
            onClick={() => (to === "withdrawn" ? setConfirming(true) : startTransition(() => dispatch({ applicationId, status: to })))}
          >
            {label(status, to)}
          </button>
        ))}
      </div>
      {confirming ? (
        <ActionForm
          label={`Withdraw ${candidateName}`}
          className="mt-1 w-full max-w-sm rounded-md border border-red-200 bg-red-50 p-3 text-sm"
          onSubmit={() => dispatch({ applicationId, status: "withdrawn", reason })}
        >
          <p className="text-red-900">
            Withdraw {candidateName}? {interviewsLine}
          </p>
          <label htmlFor={fieldId} className={`mt-2 ${labelClass}`}>
            Reason
          </label>
          <textarea
            ref={reasonField}
            id={fieldId}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${fieldId}-error` : undefined}
            className={`mt-1 ${inputClass}`}
            placeholder="Accepted another offer"
          />
          <FieldError id={`${fieldId}-error`} message={reasonError} />
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="submit" className={`${dangerButton} bg-white`} disabled={pending}>
              {pending ? "Withdrawing…" : "Withdraw the candidate"}
            </button>
            <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
              Keep them in the pipeline
            </button>
          </div>
        </ActionForm>
      ) : null}
      {!state.ok && state.message && !reasonError ? (
        <p role="status" className="text-xs text-red-700">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
