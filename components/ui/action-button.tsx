"use client";

import { startTransition } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { useHydrated } from "@/components/ui/use-hydrated";
import { secondaryButton } from "@/components/ui/form-styles";
import type { ActionResult } from "@/lib/actions/action-result";

type Result = ActionResult<{ message: string }>;
type Action = (prev: Result, payload: Record<string, unknown>) => Promise<Result>;

/** One button that calls a server action with a fixed payload and says what happened next to it. */
export function ActionButton({
  action,
  payload,
  label,
  pendingLabel,
  accessibleLabel,
  testId,
}: {
  action: Action;
  payload: Record<string, unknown>;
  label: string;
  pendingLabel: string;
  /** The button's name for screen readers and tests when the visible label is shared by several rows. */
  accessibleLabel?: string;
  testId?: string;
}) {
  const [state, dispatch, pending] = useFormAction<Result, Record<string, unknown>>(action, { ok: false, message: "" });
  const hydrated = useHydrated();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={secondaryButton}
        aria-label={accessibleLabel}
        disabled={!hydrated || pending}
        onClick={() => startTransition(() => dispatch(payload))}
      >
        {pending ? pendingLabel : label}
      </button>
      <span role="status" aria-live="polite" data-testid={testId} className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-700"}`}>
        {state.ok ? state.data.message : state.message}
      </span>
    </span>
  );
}
