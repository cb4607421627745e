import { and, or, sql, type SQL } from "drizzle-orm";

/** Conditions for the permission WHERE clauses; every builder here answers a plain `SQL`, so callers need no casts. */

export const TRUE: SQL = sql`1 = 1`;
export const FALSE: SQL = sql`1 = 0`;

/** True when any of the conditions holds; with none, false. */
export function anyOf(...conditions: SQL[]): SQL {
  return or(...conditions) ?? FALSE;
}

/** True when every condition holds; with none, true. */
export function allOf(...conditions: SQL[]): SQL {
  return and(...conditions) ?? TRUE;
}
