import { describe, expect, it } from "vitest";
import { isLocked, nextStateAfterFailure, THROTTLE_POLICY, type ThrottleState } from "@/lib/auth/throttle-policy";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function failures(times: number[]): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  for (const ms of times) state = nextStateAfterFailure(state, at(ms));
  return state;
}

describe("sign-in throttling", () => {
  it.each([
    { label: "four quick failures", times: [0, 1, 2, 3], lockedAt: 4, locked: false },
    { label: "five quick failures", times: [0, 1, 2, 3, 4], lockedAt: 5, locked: true },
    { label: "five failures spread past the window", times: [0, 1, 2, 3, THROTTLE_POLICY.windowMs + 10], lockedAt: THROTTLE_POLICY.windowMs + 11, locked: false },
    { label: "a lock after it expires", times: [0, 1, 2, 3, 4], lockedAt: 4 + THROTTLE_POLICY.lockMs + 1, locked: false },
  ])("$label → locked: $locked", ({ times, lockedAt, locked }) => {
    expect(isLocked(failures(times), at(lockedAt))).toBe(locked);
  });

  it("counts failures inside one window and restarts the count after it", () => {
    expect(failures([0, 1000])?.failures).toBe(2);
    expect(failures([0, THROTTLE_POLICY.windowMs + 1])?.failures).toBe(1);
  });

  it("nobody is locked without a record", () => {
    expect(isLocked(undefined, t0)).toBe(false);
  });
});
