import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";

/** What a form shows when its server action's request never got an answer. */
export type NetworkFailure = { ok: false; code: "network"; message: string };

/** A fresh object each time, so effects keyed on the form's state (focus the message) run again on a second failure. */
function unreachable(error: unknown): NetworkFailure {
  unstable_rethrow(error); // redirect(), notFound() and forbidden() are the action's answer, not a failure
  return {
    ok: false,
    code: "network",
    message: "Levelset could not be reached, so nothing was saved. Your edits are still here: check your connection and try again.",
  };
}

/**
 * Wraps a form's action (or its reducer around one) so a network failure becomes a state instead of an error page,
 * and nothing typed is lost. `onUnreachable` turns the failure into the form's own state shape.
 */
export function withNetworkFallback<State, Payload>(
  action: (prev: State, payload: Payload) => Promise<State>,
  onUnreachable: (failure: NetworkFailure, prev: State, payload: Payload) => State,
): (prev: State, payload: Payload) => Promise<State> {
  return async (prev, payload) => {
    try {
      return await action(prev, payload);
    } catch (error) {
      return onUnreachable(unreachable(error), prev, payload);
    }
  };
}

/**
 * Calls a server action imperatively from client code (not through a form: forms use useFormAction). A redirect
 * (the action's success path) still propagates; a network failure becomes a message instead of an error page.
 */
export async function callAction<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    return unreachable(error);
  }
}
