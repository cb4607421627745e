import "server-only";
import { env } from "@/lib/env";
import { getDb, type Db } from "./client";

/** The process's database, opened on first use (never at build time). */
export function db(): Db {
  return getDb(env().dbPath);
}

export type { Db };
