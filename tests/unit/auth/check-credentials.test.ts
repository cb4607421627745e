import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { users } from "@/db/schema";
import { checkCredentials, dummyPasswordHash, type CredentialDeps } from "@/lib/auth/check-credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSeededDb } from "../helpers/temp-db";

const DEMO_PASSWORD = "levelset-demo";

describe("checkCredentials", () => {
  let handle: Awaited<ReturnType<typeof createSeededDb>>;
  beforeAll(async () => {
    handle = await createSeededDb();
    const hash = await hashPassword(DEMO_PASSWORD);
    handle.db
      .update(users)
      .set({ passwordHash: hash })
      .where(inArray(users.email, ["interviewer@levelset.test", "sam@levelset.test"]))
      .run();
    handle.db.update(users).set({ active: false }).where(eq(users.email, "sam@levelset.test")).run();
    handle.db.update(users).set({ passwordHash: null }).where(eq(users.email, "lee@levelset.test")).run();
  });
  afterAll(() => handle.close());

  /** The real verification, recording which hash every call was verified against. */
  function recording() {
    const calls: string[] = [];
    const deps: CredentialDeps = {
      verify: (hash, password) => {
        calls.push(hash);
        return verifyPassword(hash, password);
      },
      dummyHash: dummyPasswordHash,
    };
    return { calls, deps };
  }

  it.each([
    ["the right password", "interviewer@levelset.test", DEMO_PASSWORD, true, false],
    ["the right password, email in capitals", "  Interviewer@Levelset.TEST ", DEMO_PASSWORD, true, false],
    ["a wrong password", "interviewer@levelset.test", "nope", false, false],
    ["an unknown email", "nobody@levelset.test", DEMO_PASSWORD, false, true],
    ["an inactive person with the right password", "sam@levelset.test", DEMO_PASSWORD, false, true],
    ["a person without a password", "lee@levelset.test", DEMO_PASSWORD, false, true],
  ])("%s: accepted=%s, verified exactly once (against the dummy hash: %s)", async (_label, email, password, accepted, againstDummy) => {
    const { calls, deps } = recording();
    const result = await checkCredentials(handle.db, email, password, deps);
    expect(result !== null).toBe(accepted);
    expect(calls).toHaveLength(1);
    expect(calls[0] === (await dummyPasswordHash())).toBe(againstDummy);
  });

  it("the dummy hash is made once and never matches the demo password or an empty one", async () => {
    const a = dummyPasswordHash();
    expect(dummyPasswordHash()).toBe(a);
    const hash = await a;
    expect(hash).toMatch(/^\$argon2/);
    expect(await verifyPassword(hash, DEMO_PASSWORD)).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("an inactive person is refused even if verification says yes", async () => {
    const deps: CredentialDeps = { verify: () => Promise.resolve(true), dummyHash: dummyPasswordHash };
    expect(await checkCredentials(handle.db, "sam@levelset.test", DEMO_PASSWORD, deps)).toBeNull();
    expect(await checkCredentials(handle.db, "nobody@levelset.test", DEMO_PASSWORD, deps)).toBeNull();
    expect(await checkCredentials(handle.db, "interviewer@levelset.test", "anything", deps)).not.toBeNull();
  });
});
