/**
 * Sign-in throttling, three counters per failed attempt (pure, so it is tested without a clock):
 * - this account from this client address: 5 failures in 15 minutes lock that pair for 15 minutes;
 * - this client address, whatever the account: 30 failures in 15 minutes lock the address
 *   (only when the address is known, see `clientAddress`; otherwise every visitor would share it);
 * - this account from every address together: 50 failures in 15 minutes lock the account, the
 *   ceiling for a guesser who spreads over many addresses.
 */
export type ThrottleLimit = { maxFailures: number; windowMs: number; lockMs: number };

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const THROTTLE_POLICY = {
  accountAddress: { maxFailures: 5, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
  address: { maxFailures: 30, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
  account: { maxFailures: 50, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
  /** At most this many counters are kept; beyond it the oldest unlocked ones are dropped. */
  maxRows: 10_000,
} as const;

/** The address used when no trusted proxy tells us the client's. */
export const UNKNOWN_ADDRESS = "direct";

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

export type ThrottleKey = { key: string; limit: ThrottleLimit };

/**
 * The counters one attempt touches. `accountDigest` is a keyed hash of the email, never the email:
 * an attempt on an address nobody has stores nothing that names it.
 */
export function throttleKeys(accountDigest: string, address: string): ThrottleKey[] {
  const keys: ThrottleKey[] = [
    { key: `acct-addr:${accountDigest}:${address}`, limit: THROTTLE_POLICY.accountAddress },
    { key: `acct:${accountDigest}`, limit: THROTTLE_POLICY.account },
  ];
  if (address !== UNKNOWN_ADDRESS) keys.push({ key: `addr:${address}`, limit: THROTTLE_POLICY.address });
  return keys;
}

export function isLocked(state: ThrottleState | undefined, now: Date): boolean {
  return Boolean(state?.lockedUntil && state.lockedUntil.getTime() > now.getTime());
}

/** True once a counter neither counts nor locks anything any more, so it can be deleted. */
export function isExpired(state: ThrottleState, now: Date, limit: ThrottleLimit): boolean {
  return !isLocked(state, now) && now.getTime() - state.windowStartedAt.getTime() > limit.windowMs;
}

/** The state after one more failure at `now`. */
export function nextStateAfterFailure(
  state: ThrottleState | undefined,
  now: Date,
  limit: ThrottleLimit = THROTTLE_POLICY.accountAddress,
): ThrottleState {
  const windowExpired = !state || now.getTime() - state.windowStartedAt.getTime() > limit.windowMs;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStartedAt = windowExpired ? now : state.windowStartedAt;
  const stillLocked = state && isLocked(state, now) ? state.lockedUntil : null;
  const lockedUntil = failures >= limit.maxFailures ? new Date(now.getTime() + limit.lockMs) : stillLocked;
  return { failures, windowStartedAt, lockedUntil };
}

/**
 * The client address from a header a trusted reverse proxy sets, or UNKNOWN_ADDRESS. With no header
 * configured the request's own headers are not believed (anyone could write them). For a list
 * header such as X-Forwarded-For the last entry is taken: the one the trusted proxy itself added.
 */
export function clientAddress(headerName: string | undefined, headers: { get(name: string): string | null } | undefined): string {
  if (!headerName || !headers) return UNKNOWN_ADDRESS;
  const raw = headers.get(headerName);
  if (!raw) return UNKNOWN_ADDRESS;
  const last = raw.split(",").at(-1)?.trim().toLowerCase() ?? "";
  return /^[0-9a-f.:]{2,45}$/.test(last) ? last : UNKNOWN_ADDRESS;
}
