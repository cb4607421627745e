import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, readSessionClaims, sessionTokenFrom, usesSecureCookie } from "@/lib/auth/session-cookie";

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
