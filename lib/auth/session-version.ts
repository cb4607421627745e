import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";

export type SessionState = { active: boolean; sessionVersion: number };

/**
 * A session is current only while its person is active and the version it was issued with is
 * still theirs. Pure so the rule can be tested without a database.
 */
export function isSessionCurrent(state: SessionState | null | undefined, tokenVersion: unknown): boolean {
  return Boolean(state?.active) && typeof tokenVersion === "number" && state?.sessionVersion === tokenVersion;
}

/** The person's current active flag and session version, or null if there is no such person. */
export function readSessionState(db: DbOrTx, userId: string): SessionState | null {
  return db.select({ active: users.active, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId)).get() ?? null;
}

/** Ends every session the person holds, on every device: the next request with any of them is refused. */
export function bumpSessionVersion(db: DbOrTx, userId: string) {
  db.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
}
