import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInThrottle } from "@/db/schema";
import { isLocked, nextStateAfterFailure } from "./throttle-policy";

const keyFor = (email: string) => `email:${email.trim().toLowerCase()}`;

export function isSignInLocked(db: Db, email: string, now = new Date()): boolean {
  const state = db.select().from(signInThrottle).where(eq(signInThrottle.key, keyFor(email))).get();
  return isLocked(state, now);
}

export function recordSignInFailure(db: Db, email: string, now = new Date()) {
  const key = keyFor(email);
  db.transaction((tx) => {
    const state = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
    const next = nextStateAfterFailure(state, now);
    tx.insert(signInThrottle)
      .values({ key, ...next })
      .onConflictDoUpdate({ target: signInThrottle.key, set: next })
      .run();
  });
}

export function clearSignInFailures(db: Db, email: string) {
  db.delete(signInThrottle).where(eq(signInThrottle.key, keyFor(email))).run();
}
