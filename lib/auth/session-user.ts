import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userRoles, users, type AppRole, type EngineerLevel } from "@/db/schema";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  level: EngineerLevel;
  roles: AppRole[];
};

/**
 * Loads an active user with their roles; the columns the app needs and never the password hash.
 * With `sessionVersion` (the one in the caller's session), a session issued before the person's
 * last sign-out, password reset or deactivation loads no one.
 */
export function loadSessionUser(db: Db, where: { id: string } | { email: string }, options: { sessionVersion?: unknown } = {}): SessionUser | null {
  const condition = "id" in where ? eq(users.id, where.id) : eq(users.email, where.email.trim().toLowerCase());
  const row = db
    .select({ id: users.id, email: users.email, name: users.name, level: users.level, sessionVersion: users.sessionVersion })
    .from(users)
    .where(and(condition, eq(users.active, true)))
    .get();
  if (!row) return null;
  if ("sessionVersion" in options && row.sessionVersion !== options.sessionVersion) return null;
  const { sessionVersion, ...user } = row;
  void sessionVersion;
  const roles = db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, user.id))
    .all()
    .map((r) => r.role)
    .sort();
  return { ...user, roles };
}
