import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import type { AppRole } from "@/db/schema";
import { currentSession } from "./auth";
import { loadSessionUser, type SessionUser } from "./session-user";

/**
 * The signed-in user, re-read from the database on every request so that a deactivated account
 * or a removed role takes effect at once, whatever the session cookie says; so does a sign-out
 * elsewhere or a password reset (the session's version must still be the person's).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await currentSession();
  return session ? loadSessionUser(db(), { id: session.userId }, { sessionVersion: session.sessionVersion }) : null;
});

/** For pages and actions: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

export function hasRole(user: SessionUser, ...roles: AppRole[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/** For pages and actions: the user if they hold one of `roles`, else a 403. */
export async function requireRole(...roles: AppRole[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, ...roles)) forbidden();
  return user;
}
