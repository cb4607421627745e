import "server-only";
import { and, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { frameworks } from "@/db/schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Framework names are unique (ignoring case and surrounding spaces) so roles can tell them apart. */
export function frameworkNameTaken(db: Db | Tx, name: string, exceptFrameworkId?: string): boolean {
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
