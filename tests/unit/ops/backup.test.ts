import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { backupDatabase, listBackups, PID_FILE, restoreDatabase, RestoreRefused } from "@/lib/ops/backup";

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A data folder with a migrated database, closed (as when the server is stopped). */
function dataFolder() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-backup-"));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const dbPath = path.join(dataDir, "levelset.db");
  const { db, sqlite } = openDatabase(dbPath);
  migrateDatabase(db);
  sqlite.exec("CREATE TABLE ops_probe (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
  sqlite.close();
  return { dataDir, dbPath };
}

function withDb<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const probeCount = (file: string) => withDb(file, (db) => (db.prepare("SELECT count(*) AS n FROM ops_probe").get() as { n: number }).n);
const addAudit = (file: string, at: number) =>
  withDb(file, (db) =>
    db
      .prepare("INSERT INTO audit_events (id, at, action, entity_type, entity_id, summary, data) VALUES (?, ?, 'test', 'test', 'x', 'test', '{}')")
      .run(crypto.randomUUID(), at),
  );

describe("backupDatabase", () => {
  it("writes levelset-<UTC time>.sqlite under backups and keeps only the newest N", async () => {
    const { dataDir, dbPath } = dataFolder();
    const made: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { file } = await backupDatabase({ dbPath, dataDir, keep: 2, now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) });
      made.push(file);
    }
    expect(path.basename(made[0] ?? "")).toBe("levelset-2026-01-01T00-00-00-000Z.sqlite");
    expect(listBackups(path.join(dataDir, "backups"))).toEqual(made.slice(2));
    expect(fs.readdirSync(path.join(dataDir, "backups")).filter((f) => f.endsWith(".partial"))).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses keep = %s", async (keep) => {
    const { dataDir, dbPath } = dataFolder();
    await expect(backupDatabase({ dbPath, dataDir, keep })).rejects.toThrow(/at least 1/);
  });
});

describe("restoreDatabase", () => {
  it("refuses while a live process holds the pid file, and ignores a stale one", async () => {
    const { dataDir, dbPath } = dataFolder();
    const { file } = await backupDatabase({ dbPath, dataDir, keep: 3 });
    fs.writeFileSync(path.join(dataDir, PID_FILE), `${process.pid}\n`);
    expect(() => restoreDatabase({ dbPath, dataDir, backupFile: file, force: true })).toThrow(/server is running/);
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => dead.on("exit", resolve));
    fs.writeFileSync(path.join(dataDir, PID_FILE), `${dead.pid}\n`);
    expect(() => restoreDatabase({ dbPath, dataDir, backupFile: file, force: true })).not.toThrow();
  });

  it("refuses to replace a database with later writes than the backup unless forced", async () => {
    const { dataDir, dbPath } = dataFolder();
    addAudit(dbPath, Date.UTC(2026, 0, 1));
    const { file } = await backupDatabase({ dbPath, dataDir, keep: 3 });
    addAudit(dbPath, Date.UTC(2026, 0, 2));
    expect(() => restoreDatabase({ dbPath, dataDir, backupFile: file })).toThrow(RestoreRefused);
    expect(() => restoreDatabase({ dbPath, dataDir, backupFile: file })).toThrow(/newer than the backup.*--force/);
    const { replacedCopy } = restoreDatabase({ dbPath, dataDir, backupFile: file, force: true });
    expect(replacedCopy && fs.existsSync(replacedCopy)).toBe(true);
    withDb(dbPath, (db) => expect((db.prepare("SELECT count(*) AS n FROM audit_events").get() as { n: number }).n).toBe(1));
  });

  it("refuses when the file was written after the backup even if no recorded time says so", async () => {
    const { dataDir, dbPath } = dataFolder();
    const { file } = await backupDatabase({ dbPath, dataDir, keep: 3 });
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(file, past, past);
    withDb(dbPath, (db) => db.prepare("INSERT INTO ops_probe (v) VALUES ('after')").run());
    expect(() => restoreDatabase({ dbPath, dataDir, backupFile: file })).toThrow(/changed at/);
  });

  it("restores an older backup onto an unchanged database without --force, then again", async () => {
    const { dataDir, dbPath } = dataFolder();
    const { file } = await backupDatabase({ dbPath, dataDir, keep: 3 });
    expect(() => restoreDatabase({ dbPath, dataDir, backupFile: file })).not.toThrow();
    expect(() => restoreDatabase({ dbPath, dataDir, backupFile: file })).not.toThrow();
  });

  it("refuses a corrupt backup and leaves the database as it was", async () => {
    const { dataDir, dbPath } = dataFolder();
    withDb(dbPath, (db) => {
      const insert = db.prepare("INSERT INTO ops_probe (v) VALUES (?)");
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${"x".repeat(100)}`);
    });
    const { file } = await backupDatabase({ dbPath, dataDir, keep: 3 });
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    fs.writeFileSync(file, bytes);
    expect(() => restoreDatabase({ dbPath, dataDir, backupFile: file, force: true })).toThrow(/integrity|malformed|corrupt/i);
    expect(probeCount(dbPath)).toBe(2000);
  });

  it("round trip while another process keeps writing: the backup is intact and restores with every row it held", async () => {
    const { dataDir, dbPath } = dataFolder();
    // A writer in its own process, as the server would be, committing one row at a time.
    const writer = spawn(
      process.execPath,
      [
        "-e",
        `const D=require("better-sqlite3");const db=new D(process.argv[1]);db.pragma("journal_mode = WAL");db.pragma("busy_timeout = 5000");
         const ins=db.prepare("INSERT INTO ops_probe (v) VALUES (?)");let i=0;console.log("ready");
         const tick=()=>{for(let k=0;k<20;k++)ins.run("w"+(i++)+" ".repeat(200));setImmediate(tick)};tick();`,
        dbPath,
      ],
      { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] },
    );
    cleanups.push(() => writer.kill("SIGKILL"));
    await new Promise<void>((resolve) => writer.stdout.once("data", () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { file } = await backupDatabase({ dbPath, dataDir, keep: 3 });
    writer.kill("SIGKILL");
    await new Promise((resolve) => writer.on("exit", resolve));
    const inBackup = probeCount(file);
    expect(inBackup).toBeGreaterThan(0);
    expect(probeCount(dbPath)).toBeGreaterThanOrEqual(inBackup);
    restoreDatabase({ dbPath, dataDir, backupFile: file, force: true });
    withDb(dbPath, (db) => expect(db.pragma("integrity_check", { simple: true })).toBe("ok"));
    expect(probeCount(dbPath)).toBe(inBackup);
    expect(fs.existsSync(`${dbPath}.restoring`)).toBe(false);
  });
});
