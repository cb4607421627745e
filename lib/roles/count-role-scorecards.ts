import "server-only";
import { count, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { applications, scorecards } from "@/db/schema";

/** Scorecards (draft or submitted) written for a role. Once there is one, the role's framework version is locked. */
export function countRoleScorecards(reader: DbOrTx, roleId: string): number {
  return (
    reader
      .select({ n: count() })
      .from(scorecards)
      .innerJoin(applications, eq(applications.id, scorecards.applicationId))
      .where(eq(applications.roleId, roleId))
      .get()?.n ?? 0
  );
}
