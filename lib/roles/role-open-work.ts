import "server-only";
import { and, count, eq, gt, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { applications, interviews } from "@/db/schema";

export type RoleOpenWork = {
  /** Applications still in play: active or in debrief (closing decides none of them). */
  activeApplications: number;
  /** Interviews still scheduled from now on (closing cancels none of them). */
  upcomingInterviews: number;
};

/** What a role still has in flight, for the close confirmation and its audit event. Call with a role the user may edit. */
export function countRoleOpenWork(db: DbOrTx, { roleId, now = new Date() }: { roleId: string; now?: Date }): RoleOpenWork {
  const activeApplications =
    db
      .select({ n: count() })
      .from(applications)
      .where(and(eq(applications.roleId, roleId), inArray(applications.status, ["active", "debrief"])))
      .get()?.n ?? 0;
  const upcomingInterviews =
    db
      .select({ n: count() })
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .where(and(eq(applications.roleId, roleId), eq(interviews.status, "scheduled"), gt(interviews.scheduledAt, now)))
      .get()?.n ?? 0;
  return { activeApplications, upcomingInterviews };
}
