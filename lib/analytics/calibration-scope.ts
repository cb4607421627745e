import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { managedRoleIds } from "@/lib/permissions/scopes";

/**
 * Roles whose calibration (every panel's ratings) the user may read: recruiter and admin all,
 * a hiring manager the roles they hire for — the same people who may read a role's panels in full.
 */
export function calibrationReadableRolesWhere(db: Db, user: SessionUser): SQL {
  if (user.roles.includes("admin") || user.roles.includes("recruiter")) return sql`1 = 1`;
  if (user.roles.includes("hiring-manager")) return inArray(roles.id, managedRoleIds(db, user.id));
  return sql`1 = 0`;
}
