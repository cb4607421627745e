"use client";

import { startTransition } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";

type Result = ActionResult<{ months: number | null; erased: number }>;
type Action = (prev: Result, payload: Record<string, unknown>) => Promise<Result>;

const eraseButton =
  "inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60";

/** Runs the rule now for the listed candidates; the server re-checks each one. */
export function RunRetentionButton({ count, action }: { count: number; action: Action }) {
  const [state, dispatch, pending] = useFormAction<Result, Record<string, unknown>>(action, { ok: false, message: "" });
  const hydrated = useHydrated();
  return (
    <div className="space-y-2">
      {state.ok ? (
        <FormMessage tone="success" testId="retention-run">
          Erased {state.data.erased} candidate{state.data.erased === 1 ? "" : "s"}.
        </FormMessage>
      ) : state.message ? (
        <FormMessage tone="error" testId="retention-run">
          {state.message}
        </FormMessage>
      ) : null}
      {count > 0 ? (
        <button
          type="button"
          className={eraseButton}
          disabled={!hydrated || pending}
          onClick={() => startTransition(() => dispatch({ confirm: "yes" }))}
        >
          {pending ? "Erasing…" : `Erase ${count === 1 ? "this candidate" : `these ${count} candidates`} now`}
        </button>
      ) : null}
    </div>
  );
}
