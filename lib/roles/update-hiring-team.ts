import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planStages, roleMembers, stageInterviewers, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { checkHiringTeam } from "./check-hiring-team";
import { loadEditableRole } from "./load-editable-role";
import type { HiringTeamInput } from "./role-schema";

export type UpdateHiringTeamResult = {
  added: number;
  removed: number;
  /** People who left the interviewer list and so left the stage pools too. */
  removedFromPools: string[];
};

/**
 * Replaces a role's hiring team (one hiring manager, recruiters, interviewers). An interviewer taken
 * off the team also leaves the role's stage pools, so nobody is scheduled from outside the team.
 */
export function updateHiringTeam(db: Db, { user, roleId, ...input }: HiringTeamInput & { user: SessionUser }): UpdateHiringTeamResult {
  return db.transaction((tx) => {
    const role = loadEditableRole(tx, user, roleId);
    const team = checkHiringTeam(tx, input);
    const before = tx
      .select({ userId: roleMembers.userId, membership: roleMembers.membership })
      .from(roleMembers)
      .where(eq(roleMembers.roleId, role.id))
      .all();
    const key = (m: { userId: string; membership: string }) => `${m.membership}:${m.userId}`;
    const beforeKeys = new Set(before.map(key));
    const afterKeys = new Set(team.map(key));
    const added = team.filter((m) => !beforeKeys.has(key(m)));
    const removed = before.filter((m) => !afterKeys.has(key(m)));

    const leavingInterviewers = removed.filter((m) => m.membership === "interviewer").map((m) => m.userId);
    let removedFromPools: string[] = [];
    if (leavingInterviewers.length > 0) {
      const stageIds = tx.select({ id: planStages.id }).from(planStages).where(eq(planStages.roleId, role.id));
      const pooled = tx
        .selectDistinct({ userId: stageInterviewers.userId, name: users.name })
        .from(stageInterviewers)
        .innerJoin(users, eq(users.id, stageInterviewers.userId))
        .where(and(inArray(stageInterviewers.stageId, stageIds), inArray(stageInterviewers.userId, leavingInterviewers)))
        .all();
      removedFromPools = pooled.map((p) => p.name).sort();
      tx.delete(stageInterviewers)
        .where(and(inArray(stageInterviewers.stageId, stageIds), inArray(stageInterviewers.userId, leavingInterviewers)))
        .run();
    }

    tx.delete(roleMembers).where(eq(roleMembers.roleId, role.id)).run();
    tx.insert(roleMembers)
      .values(team.map((m) => ({ roleId: role.id, ...m })))
      .run();

    recordAuditEvent(tx, {
      actorId: user.id,
      action: "team.updated",
      entityType: "role",
      entityId: role.id,
      summary: `Updated the hiring team of ${role.title}: ${added.length} added, ${removed.length} removed`,
      data: { added, removed, removedFromPools },
    });
    return { added: added.length, removed: removed.length, removedFromPools };
  });
}
