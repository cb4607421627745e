import "server-only";
import { and, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { frameworks } from "@/db/schema";

/** Framework names are unique (ignoring case and surrounding spaces) so roles can tell them apart. */
export function frameworkNameTaken(db: DbOrTx, name: string, exceptFrameworkId?: string): boolean {
  const same = sql`lower(trim(${frameworks.name})) = ${name.trim().toLowerCase()}`;
  const row = db
    .select({ id: frameworks.id })
    .from(frameworks)
    .where(exceptFrameworkId === undefined ? same : and(same, ne(frameworks.id, exceptFrameworkId)))
    .get();
  return row !== undefined;
}

export function nameTakenMessage(name: string): string {
  return `A framework named "${name.trim()}" already exists. Choose another name.`;
}
