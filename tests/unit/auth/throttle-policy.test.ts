import { describe, expect, it } from "vitest";
import {
  clientAddress,
  isExpired,
  isLocked,
  nextStateAfterFailure,
  THROTTLE_POLICY,
  throttleKeys,
  UNKNOWN_ADDRESS,
  type ThrottleLimit,
  type ThrottleState,
} from "@/lib/auth/throttle-policy";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const PAIR = THROTTLE_POLICY.accountAddress;

function failures(times: number[], limit: ThrottleLimit = PAIR): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  for (const ms of times) state = nextStateAfterFailure(state, at(ms), limit);
  return state;
}
const quick = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("sign-in throttling", () => {
  it.each([
    { label: "four quick failures", times: [0, 1, 2, 3], lockedAt: 4, locked: false },
    { label: "five quick failures", times: [0, 1, 2, 3, 4], lockedAt: 5, locked: true },
    { label: "five failures spread past the window", times: [0, 1, 2, 3, PAIR.windowMs + 10], lockedAt: PAIR.windowMs + 11, locked: false },
    { label: "a lock after it expires", times: [0, 1, 2, 3, 4], lockedAt: 4 + PAIR.lockMs + 1, locked: false },
    { label: "a lock just before it expires", times: [0, 1, 2, 3, 4], lockedAt: 4 + PAIR.lockMs - 1, locked: true },
  ])("$label → locked: $locked", ({ times, lockedAt, locked }) => {
    expect(isLocked(failures(times), at(lockedAt))).toBe(locked);
  });

  it.each([
    { limit: "accountAddress" as const, under: 4, at: 5 },
    { limit: "address" as const, under: 29, at: 30 },
    { limit: "account" as const, under: 49, at: 50 },
  ])("the $limit counter locks at $at failures, not at $under", ({ limit, under, at: n }) => {
    const l = THROTTLE_POLICY[limit];
    expect(isLocked(failures(quick(under), l), at(n))).toBe(false);
    expect(isLocked(failures(quick(n), l), at(n))).toBe(true);
  });

  it("counts failures inside one window and restarts the count after it", () => {
    expect(failures([0, 1000])?.failures).toBe(2);
    expect(failures([0, PAIR.windowMs + 1])?.failures).toBe(1);
  });

  it("a failure during a lock does not shorten it", () => {
    const locked = failures(quick(5));
    // A new window starts while the lock from the old one still runs.
    const later = nextStateAfterFailure(locked, at(PAIR.windowMs + 2), { ...PAIR, lockMs: PAIR.windowMs * 2 });
    expect(later.failures).toBe(1);
    expect(isLocked(later, at(PAIR.windowMs + 3))).toBe(true);
  });

  it("nobody is locked without a record", () => {
    expect(isLocked(undefined, t0)).toBe(false);
  });

  it.each([
    { label: "inside its window", state: { failures: 1, windowStartedAt: t0, lockedUntil: null }, now: 1000, expired: false },
    { label: "past its window", state: { failures: 1, windowStartedAt: t0, lockedUntil: null }, now: PAIR.windowMs + 1, expired: true },
    {
      label: "past its window but locked",
      state: { failures: 5, windowStartedAt: t0, lockedUntil: at(PAIR.windowMs * 2) },
      now: PAIR.windowMs + 1,
      expired: false,
    },
    {
      label: "past its window and its lock",
      state: { failures: 5, windowStartedAt: t0, lockedUntil: at(PAIR.windowMs) },
      now: PAIR.windowMs + 1,
      expired: true,
    },
  ])("a counter $label is expired: $expired", ({ state, now, expired }) => {
    expect(isExpired(state, at(now), PAIR)).toBe(expired);
  });
});

describe("throttle keys", () => {
  it("a known address gets the pair, account and address counters", () => {
    expect(throttleKeys("d1", "203.0.113.7").map((k) => [k.key, k.limit.maxFailures])).toEqual([
      ["acct-addr:d1:203.0.113.7", 5],
      ["acct:d1", 50],
      ["addr:203.0.113.7", 30],
    ]);
  });

  it("without a known address there is no address counter (every visitor would share it)", () => {
    expect(throttleKeys("d1", UNKNOWN_ADDRESS).map((k) => k.key)).toEqual(["acct-addr:d1:direct", "acct:d1"]);
  });
});

describe("client address", () => {
  const headers = (values: Record<string, string | undefined>) =>
    new Headers(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
  it.each([
    { label: "no trusted header configured", name: undefined, sent: { "x-forwarded-for": "203.0.113.7" }, expected: UNKNOWN_ADDRESS },
    { label: "the configured header", name: "X-Real-IP", sent: { "x-real-ip": "203.0.113.7" }, expected: "203.0.113.7" },
    {
      label: "a list: the entry the proxy added",
      name: "X-Forwarded-For",
      sent: { "x-forwarded-for": "1.2.3.4, 203.0.113.7" },
      expected: "203.0.113.7",
    },
    { label: "IPv6", name: "X-Real-IP", sent: { "x-real-ip": "2001:DB8::1" }, expected: "2001:db8::1" },
    { label: "the header missing", name: "X-Real-IP", sent: {}, expected: UNKNOWN_ADDRESS },
    { label: "junk in the header", name: "X-Real-IP", sent: { "x-real-ip": "evil:key:injection<>" }, expected: UNKNOWN_ADDRESS },
    { label: "an oversized header", name: "X-Real-IP", sent: { "x-real-ip": "1".repeat(500) }, expected: UNKNOWN_ADDRESS },
  ])("$label → $expected", ({ name, sent, expected }) => {
    expect(clientAddress(name, headers(sent))).toBe(expected);
  });

  it("no request headers at all", () => {
    expect(clientAddress("X-Real-IP", undefined)).toBe(UNKNOWN_ADDRESS);
  });
});
