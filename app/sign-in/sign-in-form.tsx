"use client";

// The one form left on the raw server action: useActionState with it is what lets sign-in work before hydration and
// without JavaScript (React's progressive enhancement; tests/bench/http signs in that way). useFormAction's
// client-side wrapper would give that up.
// eslint-disable-next-line no-restricted-imports -- see above
import { useActionState } from "react";
import { signInWithPassword, type SignInState } from "./actions";
import { Field, FieldInput } from "@/components/ui/field";

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-brand-600";

export function SignInForm({ callbackUrl, initialMessage }: { callbackUrl: string; initialMessage: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInWithPassword, {
    message: initialMessage,
    email: "",
  });
  const emailError = state.fieldErrors?.email?.[0];
  const passwordError = state.fieldErrors?.password?.[0];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.message ? (
        <p role="alert" data-testid="sign-in-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
      <Field id="email" label="Email" error={emailError}>
        {(control) => <FieldInput control={control} type="email" autoComplete="username" required defaultValue={state.email} className={INPUT} />}
      </Field>
      <Field id="password" label="Password" error={passwordError}>
        {(control) => <FieldInput control={control} type="password" autoComplete="current-password" required className={INPUT} />}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
