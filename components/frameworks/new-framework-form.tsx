"use client";

import { useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { Field, FieldInput } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass, labelClass, primaryButton } from "@/components/ui/form-styles";

type Action = (prev: ActionResult<never>, payload: FormData) => Promise<ActionResult<never>>;

/** Name a new framework and start it blank or from a copy of a published one. */
export function NewFrameworkForm({ action, sources }: { action: Action; sources: { id: string; label: string }[] }) {
  const [state, formAction, pending] = useFormAction<ActionResult<never>, FormData>(action, { ok: false, message: "" });
  // Controlled, so a refused name stays in the field (React resets uncontrolled forms after an action).
  const [name, setName] = useState("");
  const [startFrom, setStartFrom] = useState("blank");
  const nameError = !state.ok ? state.fieldErrors?.name?.[0] : undefined;
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
      {!state.ok && state.message && !nameError ? (
        <div className="sm:col-span-3">
          <FormMessage tone="error">{state.message}</FormMessage>
        </div>
      ) : null}
      <Field id="new-framework-name" label="Name" error={nameError}>
        {(control) => <FieldInput control={control} name="name" value={name} onValue={setName} maxLength={120} required />}
      </Field>
      <div>
        <label htmlFor="new-framework-start" className={labelClass}>
          Start from
        </label>
        <select
          id="new-framework-start"
          name="startFrom"
          className={`mt-1 ${inputClass}`}
          value={startFrom}
          onChange={(e) => setStartFrom(e.target.value)}
        >
          <option value="blank">A blank framework</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              A copy of {s.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={primaryButton} disabled={pending}>
        {pending ? "Creating…" : "Create draft"}
      </button>
    </form>
  );
}
