import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInThrottle } from "@/db/schema";
import { accountDigest, countThrottled } from "@/lib/auth/throttle";
import { isLocked, UNKNOWN_ADDRESS, type ThrottleLimit } from "@/lib/auth/throttle-policy";

const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Password-reset requests, counted in the sign-in throttle's table under keys of their own (a keyed hash of the
 * email, never the email): 3 requests for one address in 15 minutes, or 20 from one client address (when a trusted
 * proxy names it, as for sign-in), and further requests wait an hour. Counted for every email, known or not, so
 * being throttled tells nothing about whether an account exists.
 */
export const RESET_THROTTLE = {
  email: { maxFailures: 3, windowMs: FIFTEEN_MINUTES, lockMs: 60 * 60_000 },
  address: { maxFailures: 20, windowMs: FIFTEEN_MINUTES, lockMs: 60 * 60_000 },
} satisfies Record<string, ThrottleLimit>;

function keys(email: string, address: string, secret?: string) {
  const list = [{ key: `reset-acct:${accountDigest(email, secret)}`, limit: RESET_THROTTLE.email }];
  if (address !== UNKNOWN_ADDRESS) list.push({ key: `reset-addr:${address}`, limit: RESET_THROTTLE.address });
  return list;
}

/** False when this email or address has asked too often; otherwise counts this request and returns true. */
export function allowResetRequest(
  db: Db,
  { email, address, now = new Date(), secret }: { email: string; address: string; now?: Date; secret?: string },
): boolean {
  const list = keys(email, address, secret);
  return db.transaction((tx) => {
    const rows = tx
      .select()
      .from(signInThrottle)
      .where(
        inArray(
          signInThrottle.key,
          list.map((k) => k.key),
        ),
      )
      .all();
    if (rows.some((row) => isLocked(row, now))) return false;
    countThrottled(tx, list, now);
    return true;
  });
}
