import "server-only";
import { NextResponse } from "next/server";
import type { AppRole } from "@/db/schema";
import { getCurrentUser, hasRole } from "@/lib/auth/guards";
import type { SessionUser } from "@/lib/auth/session-user";
import { DomainError, httpStatusOf } from "@/lib/errors";
import { textResponse } from "./responses";

/** How a route answers a refusal: plain text a person reads (downloads), or JSON a script reads. */
export type RouteAnswer = "text" | "json";

type Options = {
  answer: RouteAnswer;
  /** What a signed-out caller is told (401). */
  signedOut: string;
  /** Who may call at all (403 otherwise); relationship checks stay in the domain query. */
  roles?: readonly AppRole[];
  forbidden?: string;
  /** What an unexpected failure says (500). */
  failed?: string;
};

type Handler<P> = (call: { request: Request; user: SessionUser; params: P }) => Response | Promise<Response>;

/** A refusal in the route's own form; JSON carries the same fields an action's result does. */
export function refusal(
  answer: RouteAnswer,
  status: number,
  code: string,
  message: string,
  fieldErrors?: Record<string, string[] | undefined>,
): Response {
  if (answer === "text") return textResponse(status, message);
  return NextResponse.json(
    { ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/**
 * Every signed-in route handler goes through here, like validatedAction for actions: who is calling →
 * may they → the handler (which parses its input and calls the domain) → a response. A DomainError
 * becomes its HTTP status (invalid 422, forbidden 403, not found 404, conflict 409) with its message.
 */
export function withUser<P = Record<string, never>>(options: Options, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return refusal(options.answer, 401, "unauthenticated", options.signedOut);
    if (options.roles && !hasRole(user, ...options.roles)) {
      return refusal(options.answer, 403, "forbidden", options.forbidden ?? "Your account does not have permission to do this.");
    }
    try {
      return await handler({ request, user, params: await context.params });
    } catch (error) {
      if (error instanceof DomainError) return refusal(options.answer, httpStatusOf(error), error.code, error.message, error.fieldErrors);
      console.error(error);
      return refusal(options.answer, 500, "internal", options.failed ?? "Something went wrong on our side. Try again in a moment.");
    }
  };
}
