/**
 * Open invitation and reset links for some of the seed's people (made by the join and reset specs' setup), their
 * tokens kept here because the database has only hashes: payloads carry real tokens as well as made-up ones.
 */
export const OPEN_LINKS: Record<"invitation" | "password-reset", string[]> = { invitation: [], "password-reset": [] };
