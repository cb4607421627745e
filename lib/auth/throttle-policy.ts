/** Sign-in throttling: after MAX_FAILURES wrong passwords within WINDOW_MS, the account waits LOCK_MS. */
export const THROTTLE_POLICY = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
} as const;

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

export function isLocked(state: ThrottleState | undefined, now: Date): boolean {
  return Boolean(state?.lockedUntil && state.lockedUntil.getTime() > now.getTime());
}

/** The state after one more failure at `now`. Pure so it can be tested without a clock. */
export function nextStateAfterFailure(state: ThrottleState | undefined, now: Date): ThrottleState {
  const windowExpired = !state || now.getTime() - state.windowStartedAt.getTime() > THROTTLE_POLICY.windowMs;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStartedAt = windowExpired ? now : state.windowStartedAt;
  const lockedUntil = failures >= THROTTLE_POLICY.maxFailures ? new Date(now.getTime() + THROTTLE_POLICY.lockMs) : null;
  return { failures, windowStartedAt, lockedUntil };
}
