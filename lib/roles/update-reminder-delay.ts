import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { editableRolesWhere } from "@/lib/permissions/scopes";
import { loadEditableRole } from "./load-editable-role";

/** The role's reminder delay in minutes, or null when the user may not edit the role (the permission is in the WHERE clause). */
export function loadReminderDelay(db: DbOrTx, user: SessionUser, roleId: string): number | null {
  const role = db
    .select({ minutes: roles.reminderDelayMinutes })
    .from(roles)
    .where(and(eq(roles.id, roleId), editableRolesWhere(db, user)))
    .get();
  return role ? role.minutes : null;
}

/** Saves how long after an interview ends its interviewer is first reminded of a missing scorecard, with its audit event. */
export function updateReminderDelay(db: Db, opts: { user: SessionUser; roleId: string; hours: number }): { minutes: number } {
  // The schema has already turned the hours typed into minutes.
  const minutes = opts.hours;
  return db.transaction((tx) => {
    const role = loadEditableRole(tx, opts.user, opts.roleId);
    const before = tx.select({ minutes: roles.reminderDelayMinutes }).from(roles).where(eq(roles.id, role.id)).get()?.minutes;
    tx.update(roles).set({ reminderDelayMinutes: minutes, updatedAt: new Date() }).where(eq(roles.id, role.id)).run();
    recordAuditEvent(tx, {
      actorId: opts.user.id,
      action: "role.updated",
      entityType: "role",
      entityId: role.id,
      summary: `Updated ${role.title}: first scorecard reminder ${formatDelay(minutes)} after the interview`,
      data: { changed: ["reminder delay"], before: { reminderDelayMinutes: before }, after: { reminderDelayMinutes: minutes } },
    });
    return { minutes };
  });
}

/** "1 hour", "90 minutes", "2 days". */
export function formatDelay(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? "" : "s"}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? "" : "s"}`;
  return `${minutes} minutes`;
}
