"use client";

import { useState } from "react";
import { Field, FieldInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/form-styles";
import { useFormDataAction } from "@/components/ui/use-form-data-action";
import type { ActionResult } from "@/lib/actions/action-result";

type Result = ActionResult<unknown>;

/**
 * Choose a password twice, from an invitation or a reset link. The passwords live only in this form's state: a
 * refused save keeps them here and the server never sends them back. Success is a redirect home, signed in.
 */
export function SetPasswordForm({
  action,
  token,
  email,
  submitLabel,
  pendingLabel,
}: {
  action: (prev: Result, payload: FormData) => Promise<Result>;
  token: string;
  email: string;
  submitLabel: string;
  pendingLabel: string;
}) {
  const { state, pending, hydrated, formProps } = useFormDataAction(action);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const passwordError = errors.password?.[0];
  const confirmError = errors.confirm?.[0];
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {state.message && !state.ok ? (
        <FormMessage tone="error" testId="set-password-error">
          {state.message}
        </FormMessage>
      ) : null}
      <Field id="password" label="New password" hint="At least 12 characters. A few unrelated words make a good one." error={passwordError}>
        {(control) => <FieldInput control={control} type="password" autoComplete="new-password" required value={password} onValue={setPassword} />}
      </Field>
      <Field id="confirm" label="Type it again" error={confirmError}>
        {(control) => <FieldInput control={control} type="password" autoComplete="new-password" required value={confirm} onValue={setConfirm} />}
      </Field>
      <button type="submit" disabled={!hydrated || pending} className={`w-full ${primaryButton}`}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
