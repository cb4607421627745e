import "server-only";
import { createHmac } from "node:crypto";
import { and, asc, count, eq, inArray, isNull, lt, or } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { signInThrottle } from "@/db/schema";
import { authSecret } from "./secret";
import { isLocked, nextStateAfterFailure, THROTTLE_POLICY, throttleKeys, type ThrottleLimit } from "./throttle-policy";

export type SignInAttempt = { email: string; address: string };

/** A keyed hash of the email, so the throttle table never holds an email, known or not. */
export function accountDigest(email: string, secret = authSecret()): string {
  return createHmac("sha256", secret).update(email.trim().toLowerCase()).digest("base64url").slice(0, 32);
}

const keysFor = (attempt: SignInAttempt, secret?: string) => throttleKeys(accountDigest(attempt.email, secret), attempt.address);

export function isSignInLocked(db: Db, attempt: SignInAttempt, now = new Date(), secret?: string): boolean {
  const keys = keysFor(attempt, secret).map((k) => k.key);
  const rows = db.select().from(signInThrottle).where(inArray(signInThrottle.key, keys)).all();
  return rows.some((row) => isLocked(row, now));
}

/** Counts one more failure (or request) against each key, each under its own limit, in the caller's transaction. */
export function countThrottled(tx: DbOrTx, keys: { key: string; limit: ThrottleLimit }[], now: Date) {
  for (const { key, limit } of keys) {
    const state = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
    const next = nextStateAfterFailure(state, now, limit);
    tx.insert(signInThrottle)
      .values({ key, ...next })
      .onConflictDoUpdate({ target: signInThrottle.key, set: next })
      .run();
  }
}

export function recordSignInFailure(db: Db, attempt: SignInAttempt, now = new Date(), secret?: string) {
  const keys = keysFor(attempt, secret);
  db.transaction((tx) => {
    countThrottled(tx, keys, now);
    pruneThrottle(tx, now);
  });
}

/** Drops counters that no longer count or lock, then the oldest unlocked ones beyond the row cap. */
export function pruneThrottle(db: DbOrTx, now = new Date()) {
  const longestWindow = Math.max(THROTTLE_POLICY.accountAddress.windowMs, THROTTLE_POLICY.address.windowMs, THROTTLE_POLICY.account.windowMs);
  const unlocked = or(isNull(signInThrottle.lockedUntil), lt(signInThrottle.lockedUntil, now));
  db.delete(signInThrottle)
    .where(and(unlocked, lt(signInThrottle.windowStartedAt, new Date(now.getTime() - longestWindow))))
    .run();
  const total = db.select({ n: count() }).from(signInThrottle).get()?.n ?? 0;
  const excess = total - THROTTLE_POLICY.maxRows;
  if (excess <= 0) return;
  const oldest = db
    .select({ key: signInThrottle.key })
    .from(signInThrottle)
    .where(unlocked)
    .orderBy(asc(signInThrottle.windowStartedAt))
    .limit(excess)
    .all()
    .map((r) => r.key);
  if (oldest.length > 0) db.delete(signInThrottle).where(inArray(signInThrottle.key, oldest)).run();
}

/**
 * After a successful sign-in: forgets this account's failures from this address. The address's
 * and the account-wide counters stay, so one success does not reset a guesser working elsewhere.
 */
export function clearSignInFailures(db: Db, attempt: SignInAttempt, secret?: string) {
  const [pair] = keysFor(attempt, secret);
  if (pair) db.delete(signInThrottle).where(eq(signInThrottle.key, pair.key)).run();
}
