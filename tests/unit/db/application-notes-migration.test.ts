import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { MIGRATIONS_FOLDER } from "@/db/migrate";

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** The shipped migrations up to (not including) the one tagged `beforeTag`, as an older build had them. */
function migrationsBefore(beforeTag: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-migrations-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === beforeTag);
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe("migration 0002: notes move from the candidate to their first application", () => {
  it("puts each candidate's notes on their earliest application only, and drops the candidate column", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-notes-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const { db, sqlite } = openDatabase(path.join(dir, "old.db"));
    cleanups.push(() => sqlite.close());
    migrate(db, { migrationsFolder: migrationsBefore("0002_application_notes") });

    const fv = "fv";
    sqlite.exec(`
      INSERT INTO frameworks (id, name, created_at) VALUES ('f', 'F', 0);
      INSERT INTO framework_versions (id, framework_id, version, name, status, created_at) VALUES ('${fv}', 'f', 1, 'F', 'published', 0);
      INSERT INTO roles (id, title, team, hires_senior, hires_staff, framework_version_id, created_at, updated_at) VALUES ('r1', 'Role one', 'T', 1, 1, '${fv}', 0, 0), ('r2', 'Role two', 'T', 1, 1, '${fv}', 0, 0);
      INSERT INTO candidates (id, name, email, links, notes, created_at) VALUES ('c1', 'Cara', 'cara@example.com', '[]', 'Written for role one.', 0), ('c2', 'Dan', 'dan@example.com', '[]', '', 0);
      INSERT INTO applications (id, candidate_id, role_id, status, created_at, updated_at) VALUES
        ('a-first', 'c1', 'r1', 'active', 1000, 1000), ('a-later', 'c1', 'r2', 'active', 2000, 2000), ('a-dan', 'c2', 'r1', 'active', 1000, 1000);
    `);

    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const notes = Object.fromEntries(
      (sqlite.prepare("SELECT id, notes FROM applications ORDER BY id").all() as { id: string; notes: string }[]).map((r) => [r.id, r.notes]),
    );
    expect(notes).toEqual({ "a-dan": "", "a-first": "Written for role one.", "a-later": "" });
    const columns = (sqlite.prepare("PRAGMA table_info(candidates)").all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain("notes");
  });
});
