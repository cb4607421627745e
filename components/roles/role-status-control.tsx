"use client";

import { startTransition, useEffect, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { dangerButton, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { useConfirmStepFocus } from "@/components/ui/use-confirm-step-focus";
import { useHydrated } from "@/components/ui/use-hydrated";
import { plural } from "@/lib/plural";
import { ActionForm } from "@/components/ui/action-form";

type Action = (prev: ActionResult<unknown>, payload: Record<string, unknown>) => Promise<ActionResult<unknown>>;

/**
 * Close role / Reopen role on a role's pipeline page. Either asks first: closing restates what happens (off the home
 * lists, no new candidates or interviews, plan and settings frozen) and what does not (its active applications and
 * upcoming interviews carry on, nothing is cancelled or decided), and needs a reason; reopening takes an optional one.
 * The reason is a controlled field kept across a refusal; focus goes to it on opening and back to the button on closing.
 */
export function RoleStatusControl({
  roleId,
  roleTitle,
  status,
  activeApplications,
  upcomingInterviews,
  action,
}: {
  roleId: string;
  roleTitle: string;
  status: "open" | "closed";
  activeApplications: number;
  upcomingInterviews: number;
  action: Action;
}) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const withClose =
    (inner: Action): Action =>
    async (prev, payload) => {
      const result = await inner(prev, payload);
      if (result.ok)
        startTransition(() => {
          setConfirming(false);
          setReason("");
        });
      return result;
    };
  const [state, dispatch, pending] = useFormAction<ActionResult<unknown>, Record<string, unknown>>(withClose(action), { ok: false, message: "" });
  const hydrated = useHydrated();
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const message = useRef<HTMLDivElement>(null);
  useConfirmStepFocus(confirming, reasonField, opener);
  const reasonError = !state.ok ? state.fieldErrors?.reason?.[0] : undefined;
  // A refusal without a field to fix (the role changed meanwhile): focus its message, never the page body.
  useEffect(() => {
    if (state.ok || !state.message) return;
    if (reasonError) reasonField.current?.focus();
    else message.current?.focus();
  }, [state, reasonError]);

  const closing = status === "open";
  const fieldId = `role-status-reason-${roleId}`;
  const inFlight = `${plural(activeApplications, "active application")} and ${plural(upcomingInterviews, "upcoming interview")}`;

  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-700" data-testid="role-status-line">
        {closing
          ? "Open: it takes new candidates and interviews."
          : `Closed: it takes no new candidates or interviews. Its pipeline, debriefs, calibration and history stay readable here.`}
      </p>
      <button
        ref={opener}
        type="button"
        className={closing ? dangerButton : secondaryButton}
        disabled={!hydrated || pending || confirming}
        onClick={() => setConfirming(true)}
      >
        {closing ? "Close role…" : "Reopen role…"}
      </button>
      {confirming ? (
        <ActionForm
          label={closing ? `Close ${roleTitle}` : `Reopen ${roleTitle}`}
          className={`space-y-2 rounded-md border p-3 ${closing ? "border-red-200 bg-red-50" : "border-slate-200 bg-slate-50"}`}
          onSubmit={() => dispatch({ roleId, status: closing ? "closed" : "open", reason })}
        >
          {closing ? (
            <div className="space-y-1.5 text-red-950" data-testid="close-role-consequences">
              <p className="font-medium">Close {roleTitle}?</p>
              <ul className="list-disc space-y-1 pl-5">
                <li>It leaves the home page&apos;s role lists and takes no new candidates or interviews.</li>
                <li>Its interview plan and scorecard settings can no longer change.</li>
                <li>
                  It has {inFlight}. Closing cancels and decides none of them: interviews go ahead, scorecards and debriefs stay open to finish.
                </li>
                <li>Its pipeline, debriefs, calibration and audit history stay readable, and you can reopen it later.</li>
              </ul>
            </div>
          ) : (
            <p className="text-slate-800">
              Reopen {roleTitle}? It returns to the home page&apos;s role lists and takes new candidates and interviews again.
            </p>
          )}
          <label htmlFor={fieldId} className={labelClass}>
            {closing ? "Reason" : "Reason (optional)"}
          </label>
          <textarea
            ref={reasonField}
            id={fieldId}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${fieldId}-hint${reasonError ? ` ${fieldId}-error` : ""}`}
            className={inputClass}
            placeholder={closing ? "Position filled" : "Hiring again"}
          />
          {/* Darker than hintClass: the confirmation's tinted background needs it for contrast. */}
          <p id={`${fieldId}-hint`} className="text-xs text-slate-700">
            Kept in the audit log.
          </p>
          <FieldError id={`${fieldId}-error`} message={reasonError} />
          <div className="flex flex-wrap gap-2 pt-1">
            <button type="submit" className={closing ? `${dangerButton} bg-white` : primaryButton} disabled={pending}>
              {pending ? (closing ? "Closing…" : "Reopening…") : closing ? "Close the role" : "Reopen the role"}
            </button>
            <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
              {closing ? "Keep it open" : "Keep it closed"}
            </button>
          </div>
        </ActionForm>
      ) : null}
      {!state.ok && state.message && !reasonError ? (
        <div ref={message} tabIndex={-1}>
          <FormMessage tone="error" testId="role-status-message">
            {state.message}
          </FormMessage>
        </div>
      ) : null}
      {state.ok ? (
        <FormMessage tone="success" testId="role-status-message">
          {status === "closed" ? `${roleTitle} is closed.` : `${roleTitle} is open again.`}
        </FormMessage>
      ) : null}
    </div>
  );
}
