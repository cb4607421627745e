import "server-only";
import { count, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, userRoles, users, type AppRole } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";

/** The admin's overview on the home page: people per role and the latest audit events; null for anyone but an admin. */
export function loadAdminOverview(db: Db, user: SessionUser) {
  if (!user.roles.includes("admin")) return null;
  const people = db.select({ n: count() }).from(users).where(eq(users.active, true)).get()?.n ?? 0;
  const byRole = db.select({ role: userRoles.role, n: count() }).from(userRoles).groupBy(userRoles.role).all();
  const recent = db
    .select({ id: auditEvents.id, at: auditEvents.at, summary: auditEvents.summary, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .orderBy(desc(auditEvents.at))
    .limit(8)
    .all();
  const roleCounts = Object.fromEntries(byRole.map((r) => [r.role, r.n])) as Partial<Record<AppRole, number>>;
  return { people, roleCounts, recent };
}
