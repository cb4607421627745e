import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { AppRole } from "@/db/schema";
import { hasRole, requireUser } from "@/lib/auth/guards";
import type { SessionUser } from "@/lib/auth/session-user";
import { DomainError } from "@/lib/errors";
import type { ActionResult, FieldErrors } from "./action-result";

/** Field names that would reach Object.prototype or a constructor; never a real form field. */
const HOSTILE_NAMES = new Set(["__proto__", "constructor", "prototype"]);

/** A form whose field names cannot be read safely (a hostile name, or one name used both as a list and a value). */
export class UnreadableFormError extends Error {
  constructor(readonly field: string) {
    super(`The form field "${field}" cannot be read.`);
    this.name = "UnreadableFormError";
  }
}

/**
 * FormData → an object without a prototype; keys ending in [] collect every value into an array.
 * Throws UnreadableFormError for a name like `__proto__[]` or `constructor`, or one name sent both with and
 * without [] — validatedAction answers those with {ok:false, code:"invalid"} and changes nothing.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const isList = key.endsWith("[]");
    const name = isList ? key.slice(0, -2) : key;
    if (HOSTILE_NAMES.has(name)) throw new UnreadableFormError(key);
    const existing = out.get(name);
    if (isList) {
      if (existing === undefined) out.set(name, [value]);
      else if (Array.isArray(existing)) existing.push(value);
      else throw new UnreadableFormError(key);
    } else {
      if (Array.isArray(existing)) throw new UnreadableFormError(key);
      out.set(name, value);
    }
  }
  const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of out) result[name] = value;
  return result;
}

const UNREADABLE: ActionResult<never> = {
  ok: false,
  code: "invalid",
  message: "This form could not be read, so nothing was saved. Reload the page and try again.",
};

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
  roles?: readonly AppRole[];
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
    let raw: unknown;
    let parsed: z.ZodSafeParseResult<z.infer<S>>;
    try {
      raw = payload instanceof FormData ? formDataToObject(payload) : payload;
      parsed = schema.safeParse(raw);
    } catch (error) {
      if (!(error instanceof UnreadableFormError)) console.error(error);
      return UNREADABLE;
    }
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
