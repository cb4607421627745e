"use client";

import { TextAreaField } from "@/components/ui/text-area-field";
import { useEffect, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Level } from "@/lib/calibration";
import type { RoleHires } from "@/lib/debrief/decision-rules";
import { RATIONALE_MAX, RATIONALE_MIN } from "@/lib/debrief/decision-limits";
import { DecisionForm, type PendingSummary } from "./decision-form";
import { ActionForm } from "@/components/ui/action-form";

type Action = (prev: ActionResult<unknown>, payload: Record<string, unknown>) => Promise<ActionResult<unknown>>;

const secondaryButton = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";

/** The hiring manager's ways to change a standing decision: revise it (a new decision and why) or reopen the debrief (why). */
export function DecisionControls(props: {
  reviseAction: Action;
  reopenAction: Action;
  applicationId: string;
  candidateName: string;
  /** The recommendation now; null when it cannot be computed, and then only reopening is offered. */
  recommendedLevel: Level | null;
  role: RoleHires;
  sections: { id: string; name: string }[];
  suggestedProbeIds: string[];
  pending: PendingSummary;
}) {
  const [open, setOpen] = useState<"none" | "revise" | "reopen">("none");
  const reviseToggle = useRef<HTMLButtonElement>(null);
  const reopenToggle = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open !== "none") panelRef.current?.querySelector<HTMLElement>("input, textarea")?.focus();
  }, [open]);

  const close = (which: "revise" | "reopen") => {
    setOpen("none");
    // Focus returns to the button that opened the form.
    requestAnimationFrame(() => (which === "revise" ? reviseToggle : reopenToggle).current?.focus());
  };

  return (
    <div className="space-y-3 border-t border-slate-200 pt-3 print:hidden" data-testid="decision-controls">
      {open === "none" ? (
        <div className="flex flex-wrap gap-2">
          {props.recommendedLevel ? (
            <button ref={reviseToggle} type="button" className={secondaryButton} onClick={() => setOpen("revise")}>
              Revise the decision
            </button>
          ) : null}
          <button ref={reopenToggle} type="button" className={secondaryButton} onClick={() => setOpen("reopen")}>
            Reopen the debrief
          </button>
        </div>
      ) : null}
      <div ref={panelRef}>
        {open === "revise" && props.recommendedLevel ? (
          <div className="space-y-2">
            <h3 className="text-sm font-semibold text-slate-900">Revise the decision</h3>
            <DecisionForm
              mode="revise"
              action={props.reviseAction}
              applicationId={props.applicationId}
              candidateName={props.candidateName}
              recommendedLevel={props.recommendedLevel}
              role={props.role}
              sections={props.sections}
              suggestedProbeIds={props.suggestedProbeIds}
              pending={props.pending}
              onCancel={() => close("revise")}
            />
          </div>
        ) : null}
        {open === "reopen" ? <ReopenForm action={props.reopenAction} applicationId={props.applicationId} onCancel={() => close("reopen")} /> : null}
      </div>
    </div>
  );
}

function ReopenForm({ action, applicationId, onCancel }: { action: Action; applicationId: string; onCancel: () => void }) {
  const [state, formAction, pending] = useFormAction(action, { ok: false, message: "" } as ActionResult<unknown>);
  const [reason, setReason] = useState("");
  const error = state.ok ? undefined : state.fieldErrors?.reason?.[0];
  return (
    <ActionForm label="Reopen the debrief" className="space-y-3" onSubmit={() => formAction({ applicationId, reason })}>
      <h3 className="text-sm font-semibold text-slate-900">Reopen the debrief</h3>
      <p className="text-sm text-slate-600">
        The decision moves to the history with its snapshot, and the application is back in debrief for a new decision.
      </p>
      <TextAreaField
        id="reopen-reason"
        label="Reason for reopening (required)"
        help={`${RATIONALE_MIN} to ${RATIONALE_MAX} characters.`}
        maxLength={RATIONALE_MAX}
        value={reason}
        onChange={setReason}
        error={error}
      />
      <div aria-live="polite">
        {!state.ok && state.message ? (
          <p data-testid="reopen-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {state.message}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Reopening…" : "Reopen to the debrief"}
        </button>
        <button type="button" onClick={onCancel} className={secondaryButton}>
          Cancel
        </button>
      </div>
    </ActionForm>
  );
}
