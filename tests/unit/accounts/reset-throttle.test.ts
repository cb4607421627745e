import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RESET_THROTTLE, allowResetRequest } from "@/lib/accounts/reset-throttle";
import { UNKNOWN_ADDRESS } from "@/lib/auth/throttle-policy";
import { createTempDb } from "../helpers/temp-db";

const SECRET = "unit-test-secret-unit-test-secret-0123";
const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("password-reset request throttle", () => {
  let handle: ReturnType<typeof createTempDb>;
  beforeEach(() => {
    handle = createTempDb();
  });
  afterEach(() => handle.close());
  const ask = (email: string, address: string, ms: number) => allowResetRequest(handle.db, { email, address, now: at(ms), secret: SECRET });

  it("allows three requests for one email in fifteen minutes, refuses the fourth for an hour, whatever the case and spaces", () => {
    expect([ask("a@x.io", "203.0.113.7", 0), ask("A@x.io", "203.0.113.8", 1), ask(" a@x.io", "203.0.113.9", 2)]).toEqual([true, true, true]);
    expect(ask("a@x.io", "203.0.113.10", 3)).toBe(false);
    expect(ask("b@x.io", "203.0.113.10", 4)).toBe(true);
    expect(ask("a@x.io", "203.0.113.10", RESET_THROTTLE.email.lockMs - 1_000)).toBe(false);
    expect(ask("a@x.io", "203.0.113.10", RESET_THROTTLE.email.lockMs + 60_000)).toBe(true);
  });

  it("allows twenty requests from one client address, refuses the next, and never counts an unknown address", () => {
    for (let i = 0; i < RESET_THROTTLE.address.maxFailures; i++) expect(ask(`p${i}@x.io`, "198.51.100.1", i)).toBe(true);
    expect(ask("new@x.io", "198.51.100.1", 30)).toBe(false);
    expect(ask("new@x.io", "198.51.100.2", 31)).toBe(true);
    for (let i = 0; i < RESET_THROTTLE.address.maxFailures + 5; i++) expect(ask(`q${i}@x.io`, UNKNOWN_ADDRESS, 40 + i)).toBe(true);
  });
});
