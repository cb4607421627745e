/** What an erased candidate looks like, and the typed-name confirmation. Client-safe: no zod, no drizzle. */

export const ERASED_NAME = "Erased candidate";

/** Stands in for a sentence a person wrote about the candidate, where the column needs text. */
export const ERASED_TEXT = "Removed when the candidate was erased.";

/** A unique address that can never receive mail (.invalid is reserved, RFC 2606), so no lookup by email matches it. */
export function erasedEmail(candidateId: string): string {
  return `erased-${candidateId}@erased.invalid`;
}

const normalizeName = (name: string) => name.normalize("NFC").trim().replace(/\s+/g, " ");

/** The confirmation holds when the typed name is the candidate's full name: exact, apart from surrounding and repeated spaces. */
export function sameName(typed: string, name: string): boolean {
  return normalizeName(typed).length > 0 && normalizeName(typed) === normalizeName(name);
}
