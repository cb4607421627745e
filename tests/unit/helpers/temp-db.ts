import type Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedIfEmpty } from "@/db/seed-demo";

/** A migrated SQLite file in a temp folder: real constraints, real foreign keys, no mocks. */
export function createTempDb(): { db: Db; sqlite: Database.Database; file: string; close: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-unit-"));
  const file = path.join(dir, "test.db");
  const { db, sqlite } = openDatabase(file);
  migrateDatabase(db);
  return {
    db,
    sqlite,
    file,
    close: () => {
      sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A temp database with the demo seeded as of `now` (fixed, so results do not depend on the clock). */
export async function createSeededDb(now = new Date("2026-06-01T12:00:00Z")) {
  const handle = createTempDb();
  await seedIfEmpty(handle.db, { demo: true, now });
  return { ...handle, now };
}
