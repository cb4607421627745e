"use client";

import { useState } from "react";
import { Field, FieldInput } from "@/components/ui/field";
import { ActionOutcome } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/form-styles";
import { useFormDataAction } from "@/components/ui/use-form-data-action";
import type { ActionResult } from "@/lib/actions/action-result";

type Result = ActionResult<{ message: string }>;

/** Asks for a reset link. The answer reads the same for every email; what was typed stays in the field. */
export function ForgotPasswordForm({ action }: { action: (prev: Result, payload: FormData) => Promise<Result> }) {
  const { state, pending, hydrated, formProps } = useFormDataAction(action);
  const [email, setEmail] = useState("");
  const emailError = state.ok ? undefined : state.fieldErrors?.email?.[0];
  return (
    <form {...formProps} className="space-y-4">
      <ActionOutcome state={state} testId="forgot-password-sent" errorTestId="forgot-password-error" />
      <Field id="email" label="Email" error={emailError}>
        {(control) => <FieldInput control={control} type="email" autoComplete="username" required value={email} onValue={setEmail} />}
      </Field>
      <button type="submit" disabled={!hydrated || pending} className={`w-full ${primaryButton}`}>
        {pending ? "Sending…" : "Send me a reset link"}
      </button>
    </form>
  );
}
