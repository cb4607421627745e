import "server-only";
import { inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { isRecruiterOrAdmin } from "./app-roles";
import { FALSE, TRUE } from "./conditions";
import { managedRoleIds } from "./scopes";

/**
 * Roles whose calibration (every panel's ratings) the user may read: recruiter and admin all,
 * a hiring manager the roles they hire for — the same people who may read a role's panels in full.
 */
export function calibrationReadableRolesWhere(db: DbOrTx, user: SessionUser): SQL {
  if (isRecruiterOrAdmin(user)) return TRUE;
  if (user.roles.includes("hiring-manager")) return inArray(roles.id, managedRoleIds(db, user.id));
  return FALSE;
}
