"use client";

import { startTransition, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass, labelClass, primaryButton } from "@/components/ui/form-styles";
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
      <div>
        <label htmlFor="email" className={labelClass}>
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={Boolean(emailError)}
          aria-describedby={emailError ? "email-error" : undefined}
          className={`mt-1 ${inputClass}`}
        />
        <FieldError id="email-error" message={emailError} />
      </div>
      <button type="submit" disabled={!hydrated || pending} className={`w-full ${primaryButton}`}>
        {pending ? "Sending…" : "Send me a reset link"}
      </button>
    </form>
  );
}
