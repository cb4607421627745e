import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "./action-result";
import { formDataToObject, toActionError, UnreadableFormError, zodFieldErrors } from "./validated-action";

/**
 * A server action anyone may call without signing in (joining, asking for a password reset, resetting it): the
 * permission is what the payload carries (a single-use link's token) or there is none to check (the reset request
 * answers the same for every email). Otherwise like validatedAction: zod parse, domain, typed result.
 */
export function publicAction<S extends z.ZodType, T>({ schema, run }: { schema: S; run: (input: z.infer<S>) => Promise<T> | T }) {
  return async (_prev: unknown, payload: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    let parsed: z.ZodSafeParseResult<z.infer<S>>;
    try {
      parsed = schema.safeParse(payload instanceof FormData ? formDataToObject(payload) : payload);
    } catch (error) {
      if (!(error instanceof UnreadableFormError)) console.error(error);
      return { ok: false, code: "invalid", message: "This form could not be read, so nothing was saved. Reload the page and try again." };
    }
    if (!parsed.success) {
      return { ok: false, code: "invalid", message: "Some fields need attention; nothing was saved.", fieldErrors: zodFieldErrors(parsed.error) };
    }
    try {
      return { ok: true, data: await run(parsed.data) };
    } catch (error) {
      unstable_rethrow(error);
      return toActionError(error);
    }
  };
}
