import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userRoles, users, type AppRole } from "@/db/schema";

export type PersonRow = {
  id: string;
  name: string;
  email: string;
  level: (typeof users.$inferSelect)["level"];
  active: boolean;
  hasPassword: boolean;
  roles: AppRole[];
};

/** Everyone, with roles, in two queries; never the password hash itself. */
export function listPeople(db: Db): PersonRow[] {
  const people = db
    .select({ id: users.id, name: users.name, email: users.email, level: users.level, active: users.active, passwordHash: users.passwordHash })
    .from(users)
    .orderBy(asc(users.name))
    .all();
  const roles = db.select({ userId: userRoles.userId, role: userRoles.role }).from(userRoles).all();
  return people.map(({ passwordHash, ...p }) => ({
    ...p,
    hasPassword: passwordHash !== null,
    roles: roles.filter((r) => r.userId === p.id).map((r) => r.role),
  }));
}

export function loadPerson(db: Db, userId: string): PersonRow | null {
  const person = db
    .select({ id: users.id, name: users.name, email: users.email, level: users.level, active: users.active, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!person) return null;
  const { passwordHash, ...rest } = person;
  const roles = db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)).all();
  return { ...rest, hasPassword: passwordHash !== null, roles: roles.map((r) => r.role) };
}
