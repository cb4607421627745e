import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { AppRole } from "@/db/schema";
import { hasRole, requireUser } from "@/lib/auth/guards";
import type { SessionUser } from "@/lib/auth/session-user";
import { DomainError } from "@/lib/errors";
import type { ActionResult, FieldErrors } from "./action-result";

/** FormData → plain object; keys ending in [] collect every value into an array. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (key.endsWith("[]")) {
      const name = key.slice(0, -2);
      const list = (out[name] as unknown[] | undefined) ?? [];
      list.push(value);
      out[name] = list;
    } else {
      out[key] = value;
    }
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function toActionError(error: unknown): ActionResult<never> {
  if (error instanceof DomainError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, code: error.code };
  }
  console.error(error);
  return { ok: false, message: "Something went wrong on our side and nothing was saved. Try again in a moment.", code: "internal" };
}

type Options<S extends z.ZodType, T> = {
  schema: S;
  /** Who may call at all; relationship checks (this role, this interview) live in the domain query. */
  roles?: AppRole[];
  run: (input: z.infer<S>, user: SessionUser) => Promise<T> | T;
};

/**
 * Every server action goes through here: who is calling → may they → zod parse → domain → typed result.
 * Returns a function usable both with useActionState (prev, formData) and called directly with an object.
 */
export function validatedAction<S extends z.ZodType, T>({ schema, roles, run }: Options<S, T>) {
  return async (_prev: unknown, payload: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    const user = await requireUser();
    if (roles && !hasRole(user, ...roles)) {
      return { ok: false, code: "forbidden", message: "Your account does not have permission to do this." };
    }
    const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        code: "invalid",
        message: "Some fields need attention; nothing was saved.",
        fieldErrors: zodFieldErrors(parsed.error),
      };
    }
    try {
      return { ok: true, data: await run(parsed.data, user) };
    } catch (error) {
      unstable_rethrow(error); // redirect(), notFound() and forbidden() are control flow, not failures
      return toActionError(error);
    }
  };
}
