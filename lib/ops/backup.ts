/**
 * Online backups and guarded restores of the Levelset SQLite file (`npm run db:backup`, `npm run db:restore`).
 *
 * Backup: better-sqlite3's `backup()` (SQLite's online backup API) copies a consistent snapshot while
 * the server keeps writing; it is written under a temporary name and renamed, so a half-written
 * backup never looks like a finished one. The newest `keep` backups are kept.
 *
 * Restore refuses when:
 * - the server is running: `npm start` writes `<data dir>/server.pid` and removes it on exit; a pid
 *   file whose process is still alive means running (a stale file left by a crash is ignored);
 * - the backup fails `PRAGMA integrity_check`;
 * - the current database is newer than the backup, unless forced. "Newer" is decided two ways and
 *   either is enough: (1) the latest write time recorded in the data (audit events, scorecard,
 *   application and role updates) is later in the current database; (2) the database file or its
 *   WAL was modified after the backup finished (every committed write lands in the WAL, an empty WAL is ignored; the backup
 *   file is stamped once the copying connection has closed).
 *   Both err towards refusing: a checkpoint with no new data can also trip (2), and --force is the
 *   way past it.
 * The restore copies the backup next to the database, fsyncs it, checkpoints the current database so
 * no stale WAL is left to be replayed onto the restored file, keeps the replaced file as
 * `<db>.before-restore-<time>`, then renames the copy over the database (one atomic rename).
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

export const BACKUP_PATTERN = /^levelset-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/;
export const PID_FILE = "server.pid";

export function backupFileName(now: Date) {
  return `levelset-${now.toISOString().replace(/[:.]/g, "-")}.sqlite`;
}

export function listBackups(backupDir: string): string[] {
  if (!fs.existsSync(backupDir)) return [];
  return fs
    .readdirSync(backupDir)
    .filter((name) => BACKUP_PATTERN.test(name))
    .sort()
    .map((name) => path.join(backupDir, name));
}

export async function backupDatabase(options: {
  dbPath: string;
  dataDir: string;
  keep: number;
  now?: Date;
}): Promise<{ file: string; removed: string[] }> {
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new Error("LEVELSET_BACKUP_KEEP must be a whole number of at least 1.");
  if (!fs.existsSync(options.dbPath)) throw new Error(`There is no database at ${options.dbPath} to back up.`);
  const backupDir = path.join(options.dataDir, "backups");
  fs.mkdirSync(backupDir, { recursive: true });
  const file = path.join(backupDir, backupFileName(options.now ?? new Date()));
  const partial = `${file}.partial`;
  const source = new Database(options.dbPath, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(partial);
  } finally {
    source.close();
  }
  const check = integrityCheck(partial);
  if (check !== "ok") {
    fs.rmSync(partial, { force: true });
    throw new Error(`The backup failed its integrity check (${check}); nothing was kept.`);
  }
  // Stamped after the source connection closed (its close may checkpoint the WAL into the database
  // file), so the file-time guard of restore does not mistake that checkpoint for a later write.
  const finished = new Date();
  fs.utimesSync(partial, finished, finished);
  fsyncFile(partial);
  fs.renameSync(partial, file);
  fsyncFile(backupDir);
  const all = listBackups(backupDir);
  const removed = all.slice(0, Math.max(0, all.length - options.keep));
  for (const old of removed) fs.rmSync(old, { force: true });
  return { file, removed };
}

export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

const LATEST_WRITE_QUERIES = [
  "SELECT max(at) AS t FROM audit_events",
  "SELECT max(updated_at) AS t FROM scorecards",
  "SELECT max(updated_at) AS t FROM applications",
  "SELECT max(updated_at) AS t FROM roles",
];

/** The latest write time (ms) recorded in the data; 0 for an empty or foreign database. */
export function latestRecordedWrite(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    let latest = 0;
    for (const query of LATEST_WRITE_QUERIES) {
      try {
        const row = db.prepare(query).get() as { t: number | null } | undefined;
        latest = Math.max(latest, Number(row?.t ?? 0));
      } catch {
        // A table a database of another version lacks: that source simply says nothing.
      }
    }
    return latest;
  } finally {
    db.close();
  }
}

function mtime(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/** Why the current database counts as newer than the backup, or null when it does not. */
export function newerThanBackup(dbPath: string, backupFile: string): string | null {
  if (!fs.existsSync(dbPath)) return null;
  const current = latestRecordedWrite(dbPath);
  const backup = latestRecordedWrite(backupFile);
  if (current > backup) {
    return `the database has writes up to ${new Date(current).toISOString()}, the backup only up to ${new Date(backup).toISOString()}`;
  }
  // An empty WAL says nothing: opening the file, even read-only, creates one.
  const wal = `${dbPath}-wal`;
  const walHasFrames = fs.existsSync(wal) && fs.statSync(wal).size > 0;
  const changed = Math.max(mtime(dbPath), walHasFrames ? mtime(wal) : 0);
  const taken = mtime(backupFile);
  if (changed > taken) {
    return `the database file changed at ${new Date(changed).toISOString()}, after the backup was written at ${new Date(taken).toISOString()}`;
  }
  return null;
}

/** The pid of a running server for this data folder, or null. A pid file left by a crash is ignored. */
export function runningServerPid(dataDir: string): number | null {
  const file = path.join(dataDir, PID_FILE);
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; still running.
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

export function writePidFile(dataDir: string, pid = process.pid) {
  const file = path.join(dataDir, PID_FILE);
  fs.writeFileSync(file, `${pid}\n`);
  return () => {
    try {
      if (fs.readFileSync(file, "utf8").trim() === String(pid)) fs.rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
  };
}

export class RestoreRefused extends Error {}

export function restoreDatabase(options: { dbPath: string; dataDir: string; backupFile: string; force?: boolean; now?: Date }): {
  replacedCopy: string | null;
} {
  const { dbPath, dataDir, backupFile } = options;
  if (!fs.existsSync(backupFile)) throw new RestoreRefused(`There is no backup at ${backupFile}.`);
  const pid = runningServerPid(dataDir);
  if (pid !== null) throw new RestoreRefused(`The server is running (pid ${pid}, ${path.join(dataDir, PID_FILE)}). Stop it, then restore.`);
  const check = integrityCheck(backupFile);
  if (check !== "ok") throw new RestoreRefused(`The backup failed its integrity check (${check}); the database was left as it is.`);
  if (!options.force) {
    const why = newerThanBackup(dbPath, backupFile);
    if (why) throw new RestoreRefused(`The current database is newer than the backup: ${why}. Run again with --force to replace it anyway.`);
  }
  const dir = path.dirname(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const incoming = `${dbPath}.restoring`;
  fs.copyFileSync(backupFile, incoming);
  fsyncFile(incoming);
  let replacedCopy: string | null = null;
  if (fs.existsSync(dbPath)) {
    // Fold the WAL into the file and drop it: a WAL left beside the restored file would be replayed onto it.
    const current = new Database(dbPath, { fileMustExist: true });
    try {
      current.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      current.close();
    }
    replacedCopy = `${dbPath}.before-restore-${(options.now ?? new Date()).toISOString().replace(/[:.]/g, "-")}`;
    fs.copyFileSync(dbPath, replacedCopy);
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${dbPath}${suffix}`, { force: true });
  fs.renameSync(incoming, dbPath);
  // The restored file carries the backup's time, so "newer than a backup" keeps meaning "written after it".
  const taken = fs.statSync(backupFile).mtime;
  fs.utimesSync(dbPath, taken, taken);
  fsyncFile(dir);
  return { replacedCopy };
}

function fsyncFile(file: string) {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
