"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/form-styles";
import { callAction } from "@/lib/actions/call-action";

type Action = (prev: ActionResult<never>, payload: FormData) => Promise<ActionResult<never>>;

/** "Edit" on a published framework: starts (or reopens) the next draft. */
export function StartDraftButton({ action, frameworkId, nextVersion }: { action: Action; frameworkId: string; nextVersion: number }) {
  const [state, formAction, pending] = useActionState<ActionResult<never>, FormData>((prev, payload) => callAction(() => action(prev, payload)), {
    ok: false,
    message: "",
  });
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="frameworkId" value={frameworkId} />
      <button type="submit" className={primaryButton} disabled={pending}>
        {pending ? "Starting draft…" : `Edit (starts draft v${nextVersion})`}
      </button>
      {!state.ok && state.message ? <FormMessage tone="error">{state.message}</FormMessage> : null}
    </form>
  );
}
