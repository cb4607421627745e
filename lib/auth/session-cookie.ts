import { decode } from "next-auth/jwt";

/**
 * Reading the session cookie next-auth wrote at sign-in, without running next-auth's whole session endpoint on
 * every page. `auth()` in a server component builds a request to /api/auth/session and runs it: it decrypts the
 * cookie, makes and hashes a CSRF token, encrypts a renewed cookie and serialises a JSON response, then throws the
 * renewed cookie away (a server component cannot set cookies). That was a fifth of a signed-in page's time.
 * This decrypts the same cookie with the same function, key and salt; everything else it did for a page was
 * discarded. Who the person is and whether the session is still theirs is decided by lib/auth/guards.ts.
 */

export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/**
 * Whether next-auth names the cookie with the `__Secure-` prefix for this request: its own rule (@auth/core's
 * createActionURL and init): the protocol of AUTH_URL (or NEXTAUTH_URL) when set, else the request's
 * x-forwarded-proto (Next.js sets it), else https. Reading only the name it would write keeps a cookie planted
 * over plain HTTP from being taken for the session of an HTTPS site.
 */
export function usesSecureCookie(vars: Record<string, string | undefined>, forwardedProto: string | null): boolean {
  const envUrl = vars.AUTH_URL ?? vars.NEXTAUTH_URL;
  if (envUrl) {
    try {
      return new URL(envUrl).protocol === "https:";
    } catch {
      return false;
    }
  }
  const proto = forwardedProto ?? "https";
  return (proto.endsWith(":") ? proto : `${proto}:`) === "https:";
}

/**
 * The token stored under `name`: the cookie itself, or the chunks next-auth splits a large one into (`name.0`,
 * `name.1`, …) joined in order, as next-auth's own session store reads them. Null when there is none.
 */
export function sessionTokenFrom(cookies: { name: string; value: string }[], name: string): string | null {
  const parts: { index: number; value: string }[] = [];
  for (const { name: cookieName, value } of cookies) {
    if (!value) continue;
    if (cookieName === name) parts.push({ index: -1, value });
    else if (cookieName.startsWith(`${name}.`)) {
      const suffix = cookieName.slice(name.length + 1);
      if (/^\d+$/.test(suffix)) parts.push({ index: Number(suffix), value });
    }
  }
  if (parts.length === 0) return null;
  return parts
    .sort((a, b) => a.index - b.index)
    .map((p) => p.value)
    .join("");
}

export type SessionClaims = { userId: string; sessionVersion: unknown };

/**
 * Claims already decrypted, by secret, cookie name and token. Decrypting a cookie (a key derived with HKDF, its
 * thumbprint, an HMAC check and AES on Node's crypto thread pool) cost about a millisecond of every signed-in
 * request (issue 13); the same token always decrypts to the same claims, so a token seen before is not decrypted
 * again while it is unexpired. Only tokens that decrypted are kept, and only until their own expiry: a hit is
 * refused from the moment `exp` passes, and the token then goes through `decode` again, which rejects it past
 * next-auth's tolerance. Bounded: the least recently read token is dropped first.
 */
const decrypted = new Map<string, { claims: SessionClaims; expiresAtMs: number }>();
export const DECRYPTED_TOKENS_KEPT = 1000;

/** Forgets every decrypted token (tests; a secret rotation needs none, as the secret is part of the key). */
export function forgetDecryptedTokens(): void {
  decrypted.clear();
}

let hits = 0;

/** How many decrypted tokens are kept now, and how many reads were answered from them (tests). */
export function decryptedTokenStats(): { kept: number; hits: number } {
  return { kept: decrypted.size, hits };
}

/**
 * The person and session version a session cookie carries, or null when it is missing, expired, forged or made
 * with another secret. The cookie's name is its salt, as when next-auth wrote it.
 */
export async function readSessionClaims(opts: {
  cookies: { name: string; value: string }[];
  secure: boolean;
  secret: string;
}): Promise<SessionClaims | null> {
  const name = opts.secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const token = sessionTokenFrom(opts.cookies, name);
  if (!token) return null;
  const key = `${opts.secret}\u0000${name}\u0000${token}`;
  const kept = decrypted.get(key);
  if (kept) {
    decrypted.delete(key);
    if (Date.now() < kept.expiresAtMs) {
      decrypted.set(key, kept);
      hits++;
      return kept.claims;
    }
  }
  try {
    const claims = await decode({ token, secret: opts.secret, salt: name });
    if (!claims || typeof claims.sub !== "string" || !claims.sub) return null;
    const result: SessionClaims = { userId: claims.sub, sessionVersion: claims.sv };
    if (typeof claims.exp === "number" && Number.isFinite(claims.exp)) {
      decrypted.set(key, { claims: result, expiresAtMs: claims.exp * 1000 });
      if (decrypted.size > DECRYPTED_TOKENS_KEPT) {
        const oldest = decrypted.keys().next().value;
        if (oldest !== undefined) decrypted.delete(oldest);
      }
    }
    return result;
  } catch {
    return null;
  }
}
