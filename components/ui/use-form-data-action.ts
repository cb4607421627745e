"use client";

import { startTransition, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { useFormAction } from "@/lib/actions/use-form-action";
import { useFocusFirstError } from "./use-focus-first-error";
import { useHydrated } from "./use-hydrated";

/**
 * A form that posts its FormData to a server action by hand (so React never resets its controlled fields): the
 * action's answer, whether it is pending, whether the page is hydrated (a submit button waits for it), and the props
 * for the <form>, whose first invalid field takes focus after a refusal.
 */
export function useFormDataAction<T>(action: (prev: ActionResult<T>, payload: FormData) => Promise<ActionResult<T>>) {
  const [state, dispatch, pending] = useFormAction<ActionResult<T>, FormData>(action, { ok: false, message: "" });
  const hydrated = useHydrated();
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstError(ref, state);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const payload = new FormData(event.currentTarget);
    startTransition(() => dispatch(payload));
  };
  return { state, pending, hydrated, formProps: { ref, noValidate: true, onSubmit } };
}
