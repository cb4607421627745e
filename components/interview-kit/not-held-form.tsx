"use client";

import { useId, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { NOT_HELD_REASON_MAX, NOT_HELD_REASON_MIN } from "@/lib/interviews/not-held-limits";
import { dangerButton, hintClass, inputClass, labelClass } from "@/components/ui/form-styles";

type Action = (prev: ActionResult<unknown>, payload: FormData) => Promise<ActionResult<unknown>>;

/** "Did not take place": a reason, then the interview leaves the overdue lists and the missing scorecards. */
export function NotHeldForm({
  interviewId,
  action,
  summary = "The interview did not take place",
}: {
  interviewId: string;
  action: Action;
  summary?: string;
}) {
  const [state, dispatch, pending] = useFormAction<ActionResult<unknown>, FormData>(action, { ok: false, message: "" });
  const id = useId();
  // Controlled, so the reason survives a refused submit (React resets an action form's fields).
  const [reason, setReason] = useState("");
  const reasonError = !state.ok ? state.fieldErrors?.reason?.[0] : undefined;
  return (
    <details className="panel no-print px-4 py-3 text-sm" data-testid="not-held">
      <summary className="cursor-pointer font-medium text-slate-800">{summary}</summary>
      <form action={dispatch} className="mt-3 space-y-2">
        <input type="hidden" name="interviewId" value={interviewId} />
        <label htmlFor={`${id}-reason`} className={labelClass}>
          Why not?
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          maxLength={NOT_HELD_REASON_MAX}
          className={inputClass}
          aria-describedby={`${id}-hint`}
          aria-invalid={reasonError ? true : undefined}
        />
        <p id={`${id}-hint`} className={hintClass}>
          At least {NOT_HELD_REASON_MIN} characters. It is recorded in the audit log; no scorecard is expected afterwards.
        </p>
        <button type="submit" className={dangerButton} disabled={pending}>
          Mark as not held
        </button>
        {!state.ok && state.message ? (
          <p role="alert" className="text-red-700" data-testid="not-held-error">
            {reasonError ?? state.message}
          </p>
        ) : null}
      </form>
    </details>
  );
}
