import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { MIGRATIONS_FOLDER, migrateDatabase } from "@/db/migrate";
import { checkHealth } from "@/lib/ops/health";
import { createTempDb } from "../helpers/temp-db";

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-health-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of the shipped migrations folder with one more migration in the journal, as a newer build would have. */
function folderWithExtraMigration() {
  const dir = tempDir();
  fs.cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalPath, "utf8")) as { entries: { idx: number; when: number; tag: string }[] };
  const last = journal.entries.at(-1);
  if (!last) throw new Error("the journal has no entries");
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: "9999_extra" });
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  fs.writeFileSync(path.join(dir, "9999_extra.sql"), "CREATE TABLE health_extra (id integer);");
  return dir;
}

describe("checkHealth", () => {
  it("is ok on a migrated database", () => {
    const handle = createTempDb();
    cleanups.push(handle.close);
    expect(checkHealth(handle.db)).toEqual({ ok: true });
  });

  it("is not ok on a database that was never migrated", () => {
    const { db, sqlite } = openDatabase(path.join(tempDir(), "empty.db"));
    cleanups.push(() => sqlite.close());
    expect(checkHealth(db)).toMatchObject({ ok: false });
  });

  it("is not ok when the build ships a migration the database lacks", () => {
    const handle = createTempDb();
    cleanups.push(handle.close);
    const result = checkHealth(handle.db, folderWithExtraMigration());
    expect(result.ok).toBe(false);
    const shipped = (JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] }).entries
      .length;
    expect(!result.ok && result.reason).toContain(`${shipped} of ${shipped + 1}`);
  });

  it("is not ok when an applied migration's content differs from the shipped one", () => {
    const handle = createTempDb();
    cleanups.push(handle.close);
    handle.sqlite.prepare("UPDATE __drizzle_migrations SET hash = 'edited'").run();
    const result = checkHealth(handle.db);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain("differs");
  });

  it("becomes ok once the missing migration is applied", () => {
    const { db, sqlite } = openDatabase(path.join(tempDir(), "late.db"));
    cleanups.push(() => sqlite.close());
    expect(checkHealth(db).ok).toBe(false);
    migrateDatabase(db);
    expect(checkHealth(db).ok).toBe(true);
  });

  it("is not ok on a closed connection and does not throw", () => {
    const { db, sqlite } = openDatabase(path.join(tempDir(), "closed.db"));
    migrateDatabase(db);
    sqlite.close();
    expect(checkHealth(db)).toMatchObject({ ok: false });
  });
});
