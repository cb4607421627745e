"use client";

import { startTransition, useActionState } from "react";
import type { ApplicationStatus } from "@/db/enums";
import type { ActionResult } from "@/lib/actions/action-result";
import { STATUS_TRANSITIONS } from "@/lib/candidates/candidate-rules";
import { secondaryButton } from "@/components/ui/form-styles";
import { useHydrated } from "@/components/ui/use-hydrated";

type Action = (prev: ActionResult<unknown>, payload: Record<string, unknown>) => Promise<ActionResult<unknown>>;

const label = (from: ApplicationStatus, to: "active" | "debrief" | "withdrawn") =>
  to === "debrief" ? "Move to debrief" : to === "withdrawn" ? "Withdraw" : from === "withdrawn" ? "Reopen" : "Back to active";

/** The status moves allowed from where the application stands; each is one click, and each is audited. */
export function ApplicationStatusActions({
  applicationId,
  candidateName,
  status,
  action,
}: {
  applicationId: string;
  candidateName: string;
  status: ApplicationStatus;
  action: Action;
}) {
  const [state, dispatch, pending] = useActionState<ActionResult<unknown>, Record<string, unknown>>(action, { ok: false, message: "" });
  const hydrated = useHydrated();
  const moves = STATUS_TRANSITIONS[status];
  if (moves.length === 0) return <span className="text-xs text-slate-500">Set by the decision</span>;
  return (
    <div className="flex flex-col items-start gap-1">
      <div className="flex gap-1.5">
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            className={`${secondaryButton} whitespace-nowrap px-2 py-1 text-xs`}
            disabled={!hydrated || pending}
            aria-label={`${label(status, to)}: ${candidateName}`}
            onClick={() => startTransition(() => dispatch({ applicationId, status: to }))}
          >
            {label(status, to)}
          </button>
        ))}
      </div>
      {!state.ok && state.message ? (
        <p role="status" className="text-xs text-red-700">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
