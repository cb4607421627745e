/** Errors the domain throws; actions and route handlers translate them into answers a person can act on. */
export type DomainErrorCode = "invalid" | "forbidden" | "not-found" | "conflict";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const invalid = (message: string, fieldErrors?: Record<string, string[]>) => new DomainError("invalid", message, fieldErrors);
export const forbiddenError = (message = "You don't have access to this. Ask the role's recruiter or an admin.") =>
  new DomainError("forbidden", message);
export const notFound = (what: string) => new DomainError("not-found", `${what} was not found, or you don't have access to it.`);
export const conflict = (message: string) => new DomainError("conflict", message);

/** The HTTP status of each kind of DomainError, for route handlers (actions answer with `code` instead). */
const HTTP_STATUS: Record<DomainErrorCode, number> = { invalid: 422, forbidden: 403, "not-found": 404, conflict: 409 };

export function httpStatusOf(error: DomainError): number {
  return HTTP_STATUS[error.code];
}
