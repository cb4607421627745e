import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { signInThrottle } from "@/db/schema";
import { accountDigest, clearSignInFailures, isSignInLocked, pruneThrottle, recordSignInFailure } from "@/lib/auth/throttle";
import { THROTTLE_POLICY, UNKNOWN_ADDRESS } from "@/lib/auth/throttle-policy";
import { createTempDb } from "../helpers/temp-db";

const SECRET = "unit-test-secret-unit-test-secret-0123";
const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttle in the database", () => {
  let handle: ReturnType<typeof createTempDb>;
  beforeEach(() => {
    handle = createTempDb();
  });
  afterEach(() => handle.close());

  const fail = (email: string, address: string, times: number, from = 0) => {
    for (let i = 0; i < times; i++) recordSignInFailure(handle.db, { email, address }, at(from + i), SECRET);
  };
  const locked = (email: string, address: string, ms: number) => isSignInLocked(handle.db, { email, address }, at(ms), SECRET);
  const rows = () => handle.db.select().from(signInThrottle).all();

  it("five failures lock the account from that address only", () => {
    fail("a@x.io", "203.0.113.7", 5);
    expect(locked("a@x.io", "203.0.113.7", 10)).toBe(true);
    expect(locked("A@X.io ", "203.0.113.7", 10)).toBe(true);
    expect(locked("a@x.io", "198.51.100.1", 10)).toBe(false);
    expect(locked("b@x.io", "203.0.113.7", 10)).toBe(false);
  });

  it("without a known address, five failures lock the account (as before)", () => {
    fail("a@x.io", UNKNOWN_ADDRESS, 5);
    expect(locked("a@x.io", UNKNOWN_ADDRESS, 10)).toBe(true);
    expect(locked("b@x.io", UNKNOWN_ADDRESS, 10)).toBe(false);
  });

  it("thirty failures from one address on many accounts lock the address", () => {
    for (let i = 0; i < 30; i++) fail(`user${i}@x.io`, "203.0.113.7", 1, i);
    expect(locked("fresh@x.io", "203.0.113.7", 40)).toBe(true);
    expect(locked("fresh@x.io", "198.51.100.1", 40)).toBe(false);
  });

  it("fifty failures on one account from many addresses lock it everywhere", () => {
    for (let i = 0; i < 50; i++) fail("a@x.io", `10.0.${Math.floor(i / 4)}.${i % 4}`, 1, i);
    expect(locked("a@x.io", "192.0.2.99", 60)).toBe(true);
    expect(locked("b@x.io", "192.0.2.99", 60)).toBe(false);
  });

  it("a success forgets only this account's failures from this address", () => {
    fail("a@x.io", "203.0.113.7", 4);
    clearSignInFailures(handle.db, { email: "a@x.io", address: "203.0.113.7" }, SECRET);
    fail("a@x.io", "203.0.113.7", 4, 10);
    expect(locked("a@x.io", "203.0.113.7", 20)).toBe(false);
    const account = rows().find((r) => r.key === `acct:${accountDigest("a@x.io", SECRET)}`);
    expect(account?.failures).toBe(8);
  });

  it("no row names the email; keys are a keyed hash", () => {
    fail("secret.person@x.io", "203.0.113.7", 2);
    for (const row of rows()) expect(row.key).not.toMatch(/secret|person|x\.io/);
    expect(accountDigest("a@x.io", SECRET)).not.toBe(accountDigest("a@x.io", `${SECRET}-other`));
    expect(accountDigest(" A@X.IO", SECRET)).toBe(accountDigest("a@x.io", SECRET));
  });

  it("expired counters are deleted on the next failure; running locks are kept", () => {
    fail("old@x.io", UNKNOWN_ADDRESS, 1);
    fail("locked@x.io", UNKNOWN_ADDRESS, 5);
    // Past the window of both (started at 0), inside the lock (from the fifth failure, at 4).
    const later = THROTTLE_POLICY.accountAddress.windowMs + 1;
    fail("new@x.io", UNKNOWN_ADDRESS, 1, later);
    const keys = rows().map((r) => r.key);
    expect(keys).not.toContain(`acct:${accountDigest("old@x.io", SECRET)}`);
    expect(keys).toContain(`acct-addr:${accountDigest("locked@x.io", SECRET)}:direct`);
    expect(locked("locked@x.io", UNKNOWN_ADDRESS, later + 1)).toBe(true);
    expect(keys).toContain(`acct:${accountDigest("new@x.io", SECRET)}`);
  });

  it("the table never grows past its cap; locked counters are the last to go", () => {
    fail("locked@x.io", UNKNOWN_ADDRESS, 5);
    const filler = Array.from({ length: THROTTLE_POLICY.maxRows + 50 }, (_, i) => ({
      key: `acct:filler-${i}`,
      failures: 1,
      windowStartedAt: at(100 + i),
      lockedUntil: null,
    }));
    for (let i = 0; i < filler.length; i += 500)
      handle.db
        .insert(signInThrottle)
        .values(filler.slice(i, i + 500))
        .run();
    pruneThrottle(handle.db, at(20_000));
    expect(rows().length).toBe(THROTTLE_POLICY.maxRows);
    expect(locked("locked@x.io", UNKNOWN_ADDRESS, 20_001)).toBe(true);
    expect(rows().some((r) => r.key === "acct:filler-0")).toBe(false);
  });
});
