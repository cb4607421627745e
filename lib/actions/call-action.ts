import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Calls a server action from client code. A redirect (the action's success path) still
 * propagates; a network failure becomes a message instead of an error page, so nothing typed is lost.
 */
export async function callAction<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    unstable_rethrow(error);
    return {
      ok: false,
      code: "network",
      message: "Levelset could not be reached, so nothing was saved. Your edits are still here: check your connection and try again.",
    };
  }
}
