import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { db } from "@/db";
import { env } from "@/lib/env";
import { InvalidCredentialsError, ThrottledError } from "./errors";
import { checkCredentials } from "./check-credentials";
import { loadSessionUser } from "./session-user";
import { bumpSessionVersion, isSessionCurrent, readSessionState } from "./session-version";
import { safeRedirectUrl, signInSchema } from "./sign-in-schema";
import { clearSignInFailures, isSignInLocked, recordSignInFailure } from "./throttle";
import { clientAddress } from "./throttle-policy";
import { authSecret } from "./secret";
import { readSessionClaims, usesSecureCookie, type SessionClaims } from "./session-cookie";

function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentialsError();
        const { email, password } = parsed.data;
        const database = db();
        const attempt = { email, address: clientAddress(env().LEVELSET_TRUSTED_PROXY_HEADER, request?.headers) };
        if (isSignInLocked(database, attempt)) throw new ThrottledError();
        const userId = await checkCredentials(database, email, password);
        if (!userId) {
          recordSignInFailure(database, attempt);
          if (isSignInLocked(database, attempt)) throw new ThrottledError();
          throw new InvalidCredentialsError();
        }
        clearSignInFailures(database, attempt);
        const user = loadSessionUser(database, { id: userId });
        if (!user) throw new InvalidCredentialsError();
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ];
  const e = env();
  if (e.oidcEnabled && e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_CLIENT_ID && e.AUTH_OIDC_CLIENT_SECRET) {
    list.push({
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: e.AUTH_OIDC_ISSUER,
      clientId: e.AUTH_OIDC_CLIENT_ID,
      clientSecret: e.AUTH_OIDC_CLIENT_SECRET,
    });
  }
  return list;
}

export const { handlers, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: providers(),
  callbacks: {
    // Every redirect next-auth makes (after sign-in, sign-out, errors) stays on this origin.
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
    // People sign in through the identity provider only if an admin added them to Levelset.
    signIn({ account, user }) {
      if (account?.provider !== "oidc") return true;
      return Boolean(user.email && loadSessionUser(db(), { email: user.email }));
    },
    jwt({ token, user, account }) {
      if (user) {
        const resolved =
          account?.provider === "oidc" && user.email
            ? loadSessionUser(db(), { email: user.email })
            : user.id
              ? loadSessionUser(db(), { id: user.id })
              : null;
        if (!resolved) return null;
        token.sub = resolved.id;
        token.roles = resolved.roles;
        token.sv = readSessionState(db(), resolved.id)?.sessionVersion ?? 0;
        return token;
      }
      // Every later request: a session of someone signed out elsewhere, reset or deactivated is dropped
      // (next-auth then clears the cookie and /api/auth/session answers null).
      if (!token.sub || !isSessionCurrent(readSessionState(db(), token.sub), token.sv)) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sv === "number") session.sessionVersion = token.sv;
      return session;
    },
  },
  events: {
    // Signing out ends this person's sessions everywhere, so a copied cookie is worthless afterwards.
    signOut(message) {
      const sub = "token" in message ? message.token?.sub : undefined;
      if (sub) bumpSessionVersion(db(), sub);
    },
  },
}));

/**
 * The signed-in user's id and the session version their session carries, or null. Cached per request. Read from
 * the session cookie directly (lib/auth/session-cookie.ts) rather than through `nextAuth()`, which does the same
 * decryption plus work a page throws away; getCurrentUser then checks the person is active and the version is
 * still theirs, which is what next-auth's jwt callback above checks for its own endpoints.
 */
export const currentSession = cache(async (): Promise<SessionClaims | null> => {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  return readSessionClaims({ cookies: jar.getAll(), secure: usesSecureCookie(process.env, h.get("x-forwarded-proto")), secret: authSecret() });
});

/** The signed-in user's id for this request, or null. Cached per request. */
export const currentUserId = cache(async (): Promise<string | null> => (await currentSession())?.userId ?? null);
