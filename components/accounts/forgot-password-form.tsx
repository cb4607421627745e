"use client";

import { startTransition, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { Field, FieldInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/form-styles";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";

type Result = ActionResult<{ message: string }>;

/** Asks for a reset link. The answer reads the same for every email; what was typed stays in the field. */
export function ForgotPasswordForm({ action }: { action: (prev: Result, payload: FormData) => Promise<Result> }) {
  const [state, dispatch, pending] = useFormAction<Result, FormData>(action, { ok: false, message: "" });
  const [email, setEmail] = useState("");
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const emailError = state.ok ? undefined : state.fieldErrors?.email?.[0];
  return (
    <form
      ref={form}
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const payload = new FormData(event.currentTarget);
        startTransition(() => dispatch(payload));
      }}
    >
      {state.ok ? (
        <FormMessage tone="success" testId="forgot-password-sent">
          {state.data.message}
        </FormMessage>
      ) : state.message ? (
        <FormMessage tone="error" testId="forgot-password-error">
          {state.message}
        </FormMessage>
      ) : null}
      <Field id="email" label="Email" error={emailError}>
        {(control) => <FieldInput control={control} type="email" autoComplete="username" required value={email} onValue={setEmail} />}
      </Field>
      <button type="submit" disabled={!hydrated || pending} className={`w-full ${primaryButton}`}>
        {pending ? "Sending…" : "Send me a reset link"}
      </button>
    </form>
  );
}
