import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { userRoles, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { forbiddenError, invalid } from "@/lib/errors";

/** Managing people is for admins only (design.md, Permissions). */
export function assertAdmin(actor: SessionUser) {
  if (!actor.roles.includes("admin")) throw forbiddenError("Only admins manage people.");
}

/** Refuses a change that would leave no active admin: `userId` is losing the admin role or being deactivated. */
export function assertAnotherActiveAdmin(reader: DbOrTx, userId: string) {
  const otherAdmins = reader
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "admin")))
    .where(and(ne(users.id, userId), eq(users.active, true)))
    .all();
  const wasAdmin = reader
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(and(eq(userRoles.userId, userId), eq(userRoles.role, "admin")))
    .get();
  if (wasAdmin && otherAdmins.length === 0) throw invalid("Levelset needs at least one active admin. Make someone else an admin first.");
}
