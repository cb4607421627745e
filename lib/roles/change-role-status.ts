import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict } from "@/lib/errors";
import { plural } from "@/lib/plural";
import { loadEditableRole } from "./load-editable-role";
import { countRoleOpenWork, type RoleOpenWork } from "./role-open-work";
import type { changeRoleStatusSchema } from "./role-status-schema";

export type ChangeRoleStatusResult = { status: "open" | "closed" } & RoleOpenWork;

/**
 * Closes or reopens a role (recruiters, admins, the role's hiring manager: loadEditableRole's WHERE clause). Closing
 * takes the role off the home lists and stops new candidates and interviews; it cancels and decides nothing, so its
 * active applications and upcoming interviews carry on, and the audit event records how many there were.
 */
export function changeRoleStatus(
  db: Db,
  { user, roleId, status, reason, now = new Date() }: z.output<typeof changeRoleStatusSchema> & { user: SessionUser; now?: Date },
): ChangeRoleStatusResult {
  return db.transaction((tx) => {
    const role = loadEditableRole(tx, user, roleId);
    if (role.status === status) {
      throw conflict(status === "closed" ? `${role.title} is already closed.` : `${role.title} is already open.`);
    }
    const work = countRoleOpenWork(tx, { roleId: role.id, now });
    tx.update(roles).set({ status, updatedAt: now }).where(eq(roles.id, role.id)).run();
    const because = reason ? `: ${reason}` : "";
    const inFlight = `${plural(work.activeApplications, "active application")} and ${plural(work.upcomingInterviews, "upcoming interview")}`;
    recordAuditEvent(tx, {
      actorId: user.id,
      action: status === "closed" ? "role.closed" : "role.reopened",
      entityType: "role",
      entityId: role.id,
      summary: status === "closed" ? `Closed ${role.title}${because} (${inFlight} carry on)` : `Reopened ${role.title}${because}`,
      data: { roleId: role.id, from: role.status, to: status, ...(reason ? { reason } : {}), ...work },
    });
    return { status, ...work };
  });
}
