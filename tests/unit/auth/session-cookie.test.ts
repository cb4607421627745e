import fc from "fast-check";
import { decode, encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  DECRYPTED_TOKENS_KEPT,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  decryptedTokenStats,
  forgetDecryptedTokens,
  readSessionClaims,
  sessionTokenFrom,
  usesSecureCookie,
} from "@/lib/auth/session-cookie";

const SECRET = "a-test-secret-of-more-than-thirty-two-characters";
const token = (claims: Record<string, unknown>, opts: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({ token: claims, secret: opts.secret ?? SECRET, salt: opts.salt ?? SESSION_COOKIE, maxAge: opts.maxAge ?? 3600 });

describe("usesSecureCookie: next-auth's own rule for the cookie's name", () => {
  it.each([
    [{ AUTH_URL: "https://levelset.example.com" }, "http", true],
    [{ AUTH_URL: "http://localhost:3000" }, "https", false],
    [{ NEXTAUTH_URL: "https://levelset.example.com" }, null, true],
    [{ AUTH_URL: "http://localhost:3000", NEXTAUTH_URL: "https://x.example" }, null, false],
    [{}, "https", true],
    [{}, "http", false],
    [{}, "http:", false],
    [{}, "https:", true],
    [{}, null, true],
  ])("%o with x-forwarded-proto %s → secure %s", (vars, proto, secure) => {
    expect(usesSecureCookie(vars, proto)).toBe(secure);
  });
});

describe("sessionTokenFrom", () => {
  it.each([
    ["one cookie", [{ name: SESSION_COOKIE, value: "abc" }], "abc"],
    [
      "chunks, joined in their numeric order whatever order they arrive in",
      [
        { name: `${SESSION_COOKIE}.10`, value: "K" },
        { name: `${SESSION_COOKIE}.2`, value: "C" },
        { name: `${SESSION_COOKIE}.0`, value: "A" },
        { name: `${SESSION_COOKIE}.1`, value: "B" },
      ],
      "ABCK",
    ],
    ["none", [{ name: "other", value: "x" }], null],
    ["an empty value", [{ name: SESSION_COOKIE, value: "" }], null],
    [
      "names that only start the same are not chunks",
      [
        { name: `${SESSION_COOKIE}x`, value: "no" },
        { name: `${SESSION_COOKIE}.a`, value: "no" },
      ],
      null,
    ],
    ["the secure cookie is a different name", [{ name: SECURE_SESSION_COOKIE, value: "abc" }], null],
  ])("%s", (_label, cookies, expected) => {
    expect(sessionTokenFrom(cookies, SESSION_COOKIE)).toBe(expected);
  });
});

describe("readSessionClaims", () => {
  it("reads the person and session version of a cookie next-auth wrote", async () => {
    const value = await token({ sub: "user-1", sv: 3 });
    await expect(readSessionClaims({ cookies: [{ name: SESSION_COOKIE, value }], secure: false, secret: SECRET })).resolves.toEqual({
      userId: "user-1",
      sessionVersion: 3,
    });
  });

  it("reads a cookie split into chunks", async () => {
    const value = await token({ sub: "user-2", sv: 0 }, { salt: SECURE_SESSION_COOKIE });
    const cookies = [
      { name: `${SECURE_SESSION_COOKIE}.1`, value: value.slice(100) },
      { name: `${SECURE_SESSION_COOKIE}.0`, value: value.slice(0, 100) },
    ];
    await expect(readSessionClaims({ cookies, secure: true, secret: SECRET })).resolves.toEqual({ userId: "user-2", sessionVersion: 0 });
  });

  it.each([
    ["no cookie", () => Promise.resolve([] as { name: string; value: string }[]), false],
    ["a cookie under the plain name on a secure site", async () => [{ name: SESSION_COOKIE, value: await token({ sub: "u", sv: 1 }) }], true],
    [
      "a cookie under the secure name on a plain site",
      async () => [{ name: SECURE_SESSION_COOKIE, value: await token({ sub: "u", sv: 1 }, { salt: SECURE_SESSION_COOKIE }) }],
      false,
    ],
    [
      "a token made for the other name (another salt) and moved",
      async () => [{ name: SESSION_COOKIE, value: await token({ sub: "u", sv: 1 }, { salt: SECURE_SESSION_COOKIE }) }],
      false,
    ],
    [
      "a token made with another secret",
      async () => [{ name: SESSION_COOKIE, value: await token({ sub: "u", sv: 1 }, { secret: `${SECRET}-other` }) }],
      false,
    ],
    ["an expired token", async () => [{ name: SESSION_COOKIE, value: await token({ sub: "u", sv: 1 }, { maxAge: -60 }) }], false],
    [
      "a tampered token",
      async () => {
        const value = await token({ sub: "u", sv: 1 });
        const parts = value.split(".");
        const cipher = parts[3] ?? "";
        parts[3] = (cipher[0] === "A" ? "B" : "A") + cipher.slice(1);
        return [{ name: SESSION_COOKIE, value: parts.join(".") }];
      },
      false,
    ],
    ["garbage", () => Promise.resolve([{ name: SESSION_COOKIE, value: "not-a-token" }]), false],
    ["a token without a person", async () => [{ name: SESSION_COOKIE, value: await token({ sv: 1 }) }], false],
    ["a token whose person is not a string", async () => [{ name: SESSION_COOKIE, value: await token({ sub: 42, sv: 1 }) }], false],
  ])("%s → no session", async (_label, cookies, secure) => {
    await expect(readSessionClaims({ cookies: await cookies(), secure, secret: SECRET })).resolves.toBeNull();
  });
});

describe("readSessionClaims keeps what it decrypted", () => {
  afterEach(() => {
    vi.useRealTimers();
    forgetDecryptedTokens();
  });

  it("reads a token it has seen without decrypting it again", async () => {
    forgetDecryptedTokens();
    const value = await token({ sub: "user-7", sv: 2 });
    const cookies = [{ name: SESSION_COOKIE, value }];
    const first = await readSessionClaims({ cookies, secure: false, secret: SECRET });
    const before = decryptedTokenStats();
    const again = await readSessionClaims({ cookies, secure: false, secret: SECRET });
    expect(again).toEqual(first);
    expect(again).toEqual({ userId: "user-7", sessionVersion: 2 });
    expect(decryptedTokenStats()).toEqual({ kept: 1, hits: before.hits + 1 });
  });

  it.each([
    ["under the secure name on a secure site", [{ name: SECURE_SESSION_COOKIE }], true, SECRET],
    ["with another secret", [{ name: SESSION_COOKIE }], false, `${SECRET}-rotated`],
  ])("a token read once is refused when moved %s", async (_label, names, secure, secret) => {
    const value = await token({ sub: "user-8", sv: 1 });
    await expect(readSessionClaims({ cookies: [{ name: SESSION_COOKIE, value }], secure: false, secret: SECRET })).resolves.not.toBeNull();
    const moved = names.map(({ name }) => ({ name, value }));
    await expect(readSessionClaims({ cookies: moved, secure, secret })).resolves.toBeNull();
  });

  it("refuses a kept token once it has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-12-07T12:00:00Z");
    vi.setSystemTime(start);
    const value = await token({ sub: "user-9", sv: 1 }, { maxAge: 60 });
    const cookies = [{ name: SESSION_COOKIE, value }];
    await expect(readSessionClaims({ cookies, secure: false, secret: SECRET })).resolves.not.toBeNull();
    vi.setSystemTime(start.getTime() + 59_000);
    await expect(readSessionClaims({ cookies, secure: false, secret: SECRET })).resolves.not.toBeNull();
    // Past next-auth's own 15 s tolerance the token is refused, kept or not.
    vi.setSystemTime(start.getTime() + 60_000 + 16_000);
    await expect(readSessionClaims({ cookies, secure: false, secret: SECRET })).resolves.toBeNull();
  });

  it(`keeps at most ${DECRYPTED_TOKENS_KEPT} tokens, dropping the least recently read`, async () => {
    forgetDecryptedTokens();
    const first = await token({ sub: "first", sv: 0 });
    await readSessionClaims({ cookies: [{ name: SESSION_COOKIE, value: first }], secure: false, secret: SECRET });
    const second = await token({ sub: "second", sv: 0 });
    await readSessionClaims({ cookies: [{ name: SESSION_COOKIE, value: second }], secure: false, secret: SECRET });
    // Reading the first again makes the second the least recently read.
    await readSessionClaims({ cookies: [{ name: SESSION_COOKIE, value: first }], secure: false, secret: SECRET });
    for (let i = 0; i < DECRYPTED_TOKENS_KEPT - 1; i++) {
      const value = await token({ sub: `user-${i}`, sv: 0 });
      await readSessionClaims({ cookies: [{ name: SESSION_COOKIE, value }], secure: false, secret: SECRET });
    }
    expect(decryptedTokenStats().kept).toBe(DECRYPTED_TOKENS_KEPT);
    const hits = decryptedTokenStats().hits;
    await readSessionClaims({ cookies: [{ name: SESSION_COOKIE, value: first }], secure: false, secret: SECRET });
    expect(decryptedTokenStats().hits).toBe(hits + 1);
    await readSessionClaims({ cookies: [{ name: SESSION_COOKIE, value: second }], secure: false, secret: SECRET });
    expect(decryptedTokenStats().hits).toBe(hits + 1);
  });

  it("answers as a fresh decryption would, whatever the order of reads, names, secrets and times", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.parse("2026-12-07T12:00:00Z");
    vi.setSystemTime(start);
    const OTHER = `${SECRET}-other`;
    // Each token with the cookie name and secret it was made for; a read uses those, or moves the token to the
    // other name, or reads it with the other secret.
    const tokens = [
      { value: await token({ sub: "a", sv: 1 }, { maxAge: 30 }), secure: false, secret: SECRET },
      { value: await token({ sub: "b", sv: 4 }, { maxAge: 90 }), secure: false, secret: SECRET },
      { value: await token({ sub: "c", sv: 0 }, { salt: SECURE_SESSION_COOKIE, maxAge: 60 }), secure: true, secret: SECRET },
      { value: await token({ sub: "d", sv: 2 }, { secret: OTHER, maxAge: 60 }), secure: false, secret: OTHER },
    ];
    const fresh = async (value: string, secure: boolean, secret: string) => {
      const salt = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
      try {
        const claims = await decode({ token: value, secret, salt });
        return claims && typeof claims.sub === "string" ? { userId: claims.sub, sessionVersion: claims.sv } : null;
      } catch {
        return null;
      }
    };
    const read = fc.record({
      token: fc.integer({ min: 0, max: tokens.length - 1 }),
      how: fc.constantFrom("as made", "as made", "as made", "moved to the other name", "with the other secret"),
      atSeconds: fc.constantFrom(0, 29, 31, 44, 46, 59, 61, 74, 76, 89, 91, 106),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(read, { minLength: 1, maxLength: 12 }), async (reads) => {
        forgetDecryptedTokens();
        for (const r of reads) {
          vi.setSystemTime(start + r.atSeconds * 1000);
          const t = tokens[r.token]!;
          const secure = r.how === "moved to the other name" ? !t.secure : t.secure;
          const secret = r.how === "with the other secret" ? (t.secret === SECRET ? OTHER : SECRET) : t.secret;
          const name = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
          const got = await readSessionClaims({ cookies: [{ name, value: t.value }], secure, secret });
          expect(got).toEqual(await fresh(t.value, secure, secret));
        }
      }),
      { numRuns: 60 },
    );
  });
});
