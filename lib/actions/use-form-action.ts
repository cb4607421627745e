"use client";

// The one place React's useActionState is used: eslint.config.mjs forbids it everywhere else.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { withNetworkFallback, type NetworkFailure } from "@/lib/actions/call-action";

type Dispatch<Payload> = (payload: Payload) => void;

/**
 * React's useActionState for every form, with the server action wrapped so a dropped connection answers with a
 * `code: "network"` failure (shown where the form shows its errors) instead of throwing into the error page and
 * losing what was typed. Redirects still propagate. Same tuple as useActionState: [state, dispatch, pending].
 *
 * When the state is the action's own ActionResult (or null before the first answer), the failure is the new state.
 * A reducer with a state of its own passes `onUnreachable` to say what the failure becomes.
 */
export function useFormAction<State extends ActionResult<unknown> | null, Payload>(
  action: (prev: State, payload: Payload) => Promise<State>,
  initialState: State,
): [state: State, dispatch: Dispatch<Payload>, pending: boolean];
export function useFormAction<State, Payload>(
  action: (prev: State, payload: Payload) => Promise<State>,
  initialState: State,
  onUnreachable: (failure: NetworkFailure, prev: State, payload: Payload) => State,
): [state: State, dispatch: Dispatch<Payload>, pending: boolean];
export function useFormAction<State, Payload>(
  action: (prev: State, payload: Payload) => Promise<State>,
  initialState: State,
  // Without it, State is an ActionResult, whose failure branch every network failure fits.
  onUnreachable: (failure: NetworkFailure, prev: State, payload: Payload) => State = (failure) => failure as State,
): [state: State, dispatch: Dispatch<Payload>, pending: boolean] {
  // A form's state is a plain value, never a promise, so React's Awaited<State> is State itself.
  const [state, dispatch, pending] = useActionState<State, Payload>(
    withNetworkFallback(action, onUnreachable) as (prev: Awaited<State>, payload: Payload) => Promise<State>,
    initialState as Awaited<State>,
  );
  return [state, dispatch, pending];
}
