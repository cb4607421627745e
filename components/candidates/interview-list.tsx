"use client";

import Link from "next/link";
import { startTransition, useEffect, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { InterviewStateBadge } from "@/components/interview-state-badge";
import { NotHeldForm } from "@/components/interview-kit/not-held-form";
import { FieldError } from "@/components/ui/field-error";
import { LocalTime } from "@/components/ui/local-time";
import { dangerButton, inputClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { levelLabel } from "@/components/roles/level-label";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";
import type { InterviewState } from "@/lib/interviews/interview-state";
import { isoToLocalInput, localInputToIso } from "@/lib/interviews/local-time-input";
import { ActionForm } from "@/components/ui/action-form";

type Action = (prev: ActionResult<unknown>, payload: Record<string, unknown>) => Promise<ActionResult<unknown>>;
type FormAction = (prev: ActionResult<unknown>, payload: FormData) => Promise<ActionResult<unknown>>;

/** Interviews an editor may mark as not held: started, still scheduled, scorecard not submitted. */
const MAY_MARK_NOT_HELD: InterviewState[] = ["awaiting-scorecard", "in-progress", "overdue"];

export type InterviewListItem = {
  id: string;
  stageName: string;
  interviewerName: string;
  interviewerLevel: string;
  scheduledAt: string;
  durationMinutes: number;
  status: "scheduled" | "cancelled" | "not-held";
  scorecardStatus: "draft" | "submitted" | null;
  state: InterviewState;
  /** The viewer's own interview: links to its kit. */
  mine: boolean;
};

/** An application's interviews with scorecard status only; editors can reschedule or cancel those not started. */
export function InterviewList({
  interviews,
  canEdit,
  rescheduleAction,
  cancelAction,
  notHeldAction,
}: {
  interviews: InterviewListItem[];
  canEdit: boolean;
  rescheduleAction: Action;
  cancelAction: Action;
  notHeldAction?: FormAction;
}) {
  if (interviews.length === 0) return <p className="py-3 text-sm text-slate-500">No interviews scheduled yet.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="interview-list">
      {interviews.map((i) => (
        <InterviewRow
          key={i.id}
          interview={i}
          canEdit={canEdit}
          rescheduleAction={rescheduleAction}
          cancelAction={cancelAction}
          notHeldAction={notHeldAction}
        />
      ))}
    </ul>
  );
}

function InterviewRow({
  interview: i,
  canEdit,
  rescheduleAction,
  cancelAction,
  notHeldAction,
}: {
  interview: InterviewListItem;
  canEdit: boolean;
  rescheduleAction: Action;
  cancelAction: Action;
  notHeldAction?: FormAction;
}) {
  const [mode, setMode] = useState<"view" | "reschedule" | "cancel">("view");
  const [local, setLocal] = useState("");
  // A successful reschedule or cancel closes its form in the same transition that brings the result.
  const closeOnSuccess =
    (action: Action): Action =>
    async (prev, payload) => {
      const result = await action(prev, payload);
      // Updates after an await need their own transition to land with the result.
      if (result.ok) startTransition(() => setMode("view"));
      return result;
    };
  const [moveState, move, moving] = useFormAction<ActionResult<unknown>, Record<string, unknown>>(closeOnSuccess(rescheduleAction), {
    ok: false,
    message: "",
  });
  const [cancelState, cancel, cancelling] = useFormAction<ActionResult<unknown>, Record<string, unknown>>(closeOnSuccess(cancelAction), {
    ok: false,
    message: "",
  });
  const hydrated = useHydrated();

  // Focus follows the row's mode: into the form that opens, back to the button that opened it, and to the row
  // itself once a cancel succeeds (its buttons are gone then), so it never drops to the page body.
  const title = useRef<HTMLParagraphElement>(null);
  const rescheduleButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const timeInput = useRef<HTMLInputElement>(null);
  const confirmGroup = useRef<HTMLDivElement>(null);
  const previousMode = useRef(mode);
  useEffect(() => {
    const previous = previousMode.current;
    previousMode.current = mode;
    if (previous === mode) return;
    if (mode === "reschedule") timeInput.current?.focus();
    else if (mode === "cancel") confirmGroup.current?.focus();
    else if (previous === "cancel" && cancelState.ok) title.current?.focus();
    else (previous === "cancel" ? cancelButton : rescheduleButton).current?.focus();
  }, [mode, cancelState.ok]);

  const editable = canEdit && i.status === "scheduled" && i.scorecardStatus === null;
  const who = `${i.stageName} with ${i.interviewerName}`;
  const timeError = !moveState.ok ? (moveState.fieldErrors?.scheduledAt?.[0] ?? (moveState.message || undefined)) : undefined;
  const cancelError = !cancelState.ok && cancelState.message ? cancelState.message : undefined;

  return (
    <li className="py-3" data-testid="interview-row">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p
            ref={title}
            tabIndex={-1}
            data-testid="interview-row-title"
            className={`font-medium focus:outline-2 focus:outline-offset-2 focus:outline-brand-600 ${i.status === "cancelled" ? "text-slate-500 line-through" : ""}`}
          >
            {i.mine ? (
              <Link href={`/interviews/${i.id}`} className="text-brand-700 hover:underline">
                {i.stageName}
              </Link>
            ) : (
              i.stageName
            )}
          </p>
          <p className="text-sm text-slate-600">
            {i.interviewerName} <span className="text-slate-500">({levelLabel(i.interviewerLevel)})</span> · <LocalTime iso={i.scheduledAt} /> ·{" "}
            {i.durationMinutes} min
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <InterviewStateBadge state={i.state} />
          {editable && mode === "view" ? (
            <>
              <button
                ref={rescheduleButton}
                type="button"
                className={`${secondaryButton} px-2 py-1 text-xs`}
                aria-label={`Reschedule ${who}`}
                disabled={!hydrated}
                onClick={() => {
                  setLocal(isoToLocalInput(i.scheduledAt));
                  setMode("reschedule");
                }}
              >
                Reschedule
              </button>
              <button
                ref={cancelButton}
                type="button"
                className={`${dangerButton} px-2 py-1 text-xs`}
                aria-label={`Cancel ${who}`}
                disabled={!hydrated}
                onClick={() => setMode("cancel")}
              >
                Cancel
              </button>
            </>
          ) : null}
        </div>
      </div>
      {canEdit && i.status === "scheduled" && i.scorecardStatus !== null ? (
        <p className="mt-1 text-xs text-slate-500">
          The scorecard is {i.scorecardStatus === "draft" ? "started" : "submitted"}, so this interview can no longer move or be cancelled.
        </p>
      ) : null}

      {canEdit && notHeldAction && i.status === "scheduled" && MAY_MARK_NOT_HELD.includes(i.state) ? (
        <div className="mt-2">
          <NotHeldForm interviewId={i.id} action={notHeldAction} summary={`${who} did not take place`} />
        </div>
      ) : null}

      {mode === "reschedule" ? (
        <ActionForm
          label={`Reschedule ${who}`}
          className="mt-2 flex flex-wrap items-end gap-2 rounded-md bg-slate-50 p-3"
          onSubmit={() => move({ interviewId: i.id, scheduledAt: localInputToIso(local) })}
        >
          <div>
            <label htmlFor={`${i.id}-new-time`} className="block text-xs font-medium text-slate-700">
              New date and time
            </label>
            <input
              ref={timeInput}
              id={`${i.id}-new-time`}
              type="datetime-local"
              value={local}
              onChange={(e) => setLocal(e.target.value)}
              className={`mt-1 ${inputClass}`}
              aria-invalid={Boolean(timeError)}
              aria-describedby={timeError ? `${i.id}-new-time-error` : undefined}
            />
          </div>
          <button type="submit" className={`${primaryButton} py-1.5`} disabled={moving}>
            {moving ? "Saving…" : "Save new time"}
          </button>
          <button type="button" className={secondaryButton} onClick={() => setMode("view")}>
            Keep the current time
          </button>
          <div className="basis-full">
            <FieldError id={`${i.id}-new-time-error`} message={timeError} />
          </div>
        </ActionForm>
      ) : null}

      {mode === "cancel" ? (
        <div
          ref={confirmGroup}
          tabIndex={-1}
          className="mt-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm focus:outline-2 focus:outline-offset-2 focus:outline-brand-600"
          role="group"
          aria-label={`Confirm cancelling ${who}`}
        >
          <p className="text-red-900">
            Cancel {who} on <LocalTime iso={i.scheduledAt} />? It stays listed as cancelled and leaves {i.interviewerName}&apos;s list.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className={`${dangerButton} bg-white`}
              disabled={cancelling}
              onClick={() => startTransition(() => cancel({ interviewId: i.id }))}
            >
              {cancelling ? "Cancelling…" : "Yes, cancel the interview"}
            </button>
            <button type="button" className={secondaryButton} onClick={() => setMode("view")}>
              Keep it
            </button>
          </div>
          {cancelError ? <p className="mt-2 text-red-800">{cancelError}</p> : null}
        </div>
      ) : null}
    </li>
  );
}
