"use client";

import { useFormAction } from "@/lib/actions/use-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/form-styles";

type Action = (prev: ActionResult<never>, payload: FormData) => Promise<ActionResult<never>>;

/** "Edit" on a published framework: starts (or reopens) the next draft. */
export function StartDraftButton({ action, frameworkId, nextVersion }: { action: Action; frameworkId: string; nextVersion: number }) {
  const [state, formAction, pending] = useFormAction<ActionResult<never>, FormData>(action, { ok: false, message: "" });
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
