"use client";

import { useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import type { CurrentTeam, TeamOptions } from "@/lib/roles/list-team-candidates";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/form-styles";
import { HiringTeamFields } from "./hiring-team-fields";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ActionForm } from "@/components/ui/action-form";

type Outcome = { added: number; removed: number; removedFromPools: string[] };
type Action = (prev: ActionResult<Outcome>, payload: Record<string, unknown>) => Promise<ActionResult<Outcome>>;

/** Edits a role's hiring team; saving replaces the whole team in one go. */
export function HiringTeamForm({ roleId, options, initial, action }: { roleId: string; options: TeamOptions; initial: CurrentTeam; action: Action }) {
  const [state, dispatch, pending] = useFormAction<ActionResult<Outcome>, Record<string, unknown>>(action, { ok: false, message: "" });
  const [value, setValue] = useState(initial);
  const hydrated = useHydrated();
  return (
    <ActionForm label="Hiring team" className="space-y-5" onSubmit={() => dispatch({ roleId, ...value })}>
      {!state.ok && state.message ? (
        <FormMessage tone="error" testId="team-form-message">
          {state.message}
        </FormMessage>
      ) : null}
      {state.ok ? (
        <FormMessage tone="success" testId="team-form-message">
          Hiring team saved.
          {state.data.removedFromPools.length > 0
            ? ` ${state.data.removedFromPools.join(", ")} also left the interviewer pools of this role's stages; check the interview plan's coverage.`
            : ""}
        </FormMessage>
      ) : null}
      <HiringTeamFields options={options} value={value} onChange={setValue} errors={!state.ok ? state.fieldErrors : undefined} />
      <button type="submit" className={primaryButton} disabled={!hydrated || pending}>
        {pending ? "Saving…" : "Save hiring team"}
      </button>
    </ActionForm>
  );
}
