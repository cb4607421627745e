import "server-only";
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { frameworkVersions } from "@/db/schema";

/**
 * A framework's newest version (its draft, when it has one: a draft is always the newest), or undefined when the
 * framework has no version (or does not exist).
 */
export function newestVersion(tx: DbOrTx, frameworkId: string) {
  return tx
    .select()
    .from(frameworkVersions)
    .where(eq(frameworkVersions.frameworkId, frameworkId))
    .orderBy(desc(frameworkVersions.version))
    .limit(1)
    .get();
}
