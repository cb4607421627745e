import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import path from "node:path";
import type { Db } from "@/db/client";

/** The migrations this build ships with (db/migrations, next to the app). */
export const SHIPPED_MIGRATIONS_FOLDER = path.join(/* turbopackIgnore: true */ process.cwd(), "db", "migrations");

/**
 * Whether this process can serve: the database answers `SELECT 1` and every migration in the
 * journal has been applied, in order, with the same content (drizzle records a sha256 of each file
 * and the journal's `when` in `__drizzle_migrations`). Never throws; the reason is for logs only.
 */
export function checkHealth(db: Db, migrationsFolder = SHIPPED_MIGRATIONS_FOLDER): { ok: true } | { ok: false; reason: string } {
  try {
    const one = db.get<{ one: number } | undefined>(sql`SELECT 1 AS one`);
    if (one?.one !== 1) return { ok: false, reason: "SELECT 1 did not answer 1" };
    const table = db.get<{ name: string } | undefined>(sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`);
    if (!table) return { ok: false, reason: "no migrations applied" };
    const applied = db.all<{ hash: string; createdAt: number }>(
      sql`SELECT hash, created_at AS createdAt FROM __drizzle_migrations ORDER BY created_at, id`,
    );
    const shipped = readMigrationFiles({ migrationsFolder });
    if (applied.length !== shipped.length) return { ok: false, reason: `${applied.length} of ${shipped.length} migrations applied` };
    for (const [i, migration] of shipped.entries()) {
      const row = applied[i];
      if (!row || row.hash !== migration.hash || Number(row.createdAt) !== migration.folderMillis) {
        return { ok: false, reason: `migration ${i} differs from the one shipped` };
      }
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
