import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { Logger } from "drizzle-orm/logger";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;

/** The transaction `db.transaction` hands its callback: for writes that must run inside one. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** What runs a query: the database itself or a transaction. */
export type DbOrTx = Db | Tx;

/** Opens a SQLite file with the settings every Levelset process uses. */
export function openDatabase(file: string, options: { logger?: Logger } = {}): { db: Db; sqlite: Database.Database } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Durability: WAL with synchronous = FULL fsyncs the WAL at every commit, so a write the server
  // acknowledged survives a process crash and also a power loss or OS crash. With NORMAL (WAL's
  // default-safe choice) a process crash loses nothing either, but a power loss could roll back the
  // last commits since the previous checkpoint (the file stays consistent, the newest drafts,
  // submissions or decisions would be gone although the user saw them saved). Levelset's writes are
  // human-paced, so one fsync per commit costs nothing a person notices; FULL it is.
  // scripts/crash-test.ts checks the process-crash half (SIGKILL under load); see README "Crash safety".
  sqlite.pragma("synchronous = FULL");
  // Erasure (lib/candidates/erase-candidate.ts): freed and overwritten pages are zeroed, so an erased
  // candidate's text does not linger in free pages of the file; erasure then truncates the WAL.
  sqlite.pragma("secure_delete = ON");
  return { db: drizzle({ client: keepStatements(sqlite), schema, logger: options.logger }), sqlite };
}

/** Compiled statements kept per connection; past this many, the least recently used is dropped (and finalized by GC). */
export const STATEMENTS_KEPT = 500;

/**
 * The connection as drizzle sees it, with `prepare` answered from a cache of compiled statements keyed by their SQL.
 * drizzle prepares every query it runs, and better-sqlite3 compiles each one afresh: with a page's dozen or more
 * statements, that compiling was about 5% of a request. A statement is the same for the same SQL text; what drizzle
 * changes on it is its raw mode, which is reset here before each use. A statement still busy (an unfinished
 * iterate) is never handed out again: that one caller gets a fresh statement. SQLite itself re-prepares a kept
 * statement after a schema change. The raw connection `openDatabase` returns is not wrapped.
 */
function keepStatements(sqlite: Database.Database): Database.Database {
  const kept = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const hit = kept.get(source);
    if (hit && !hit.busy) {
      // Most recently used last, so the first key is the one to drop.
      kept.delete(source);
      kept.set(source, hit);
      if (hit.reader) hit.raw(false);
      return hit;
    }
    const statement = sqlite.prepare(source);
    if (hit) return statement;
    kept.set(source, statement);
    if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value: unknown = Reflect.get(target, property, target);
      // better-sqlite3's methods check that `this` is the real connection, not the proxy.
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Bench only (tests/bench/http): with LEVELSET_SQL_COUNT_FILE set, every statement drizzle runs is counted and
 * the running total is written to that file a few times a second. Unset (always, outside the bench) there is
 * no logger at all, so it costs nothing.
 */
function statementCounter(file: string | undefined): Logger | undefined {
  if (!file) return undefined;
  let count = 0;
  let written = -1;
  let writing = false;
  // Written off the main thread: a synchronous write on a busy disk held the server up to tens of ms each time.
  const flush = () => {
    if (count === written || writing) return;
    const value = count;
    writing = true;
    // To a temp file renamed over the counter, so the bench never reads a half-written number.
    fs.writeFile(`${file}.tmp`, String(value), (error) => {
      if (error) return void (writing = false);
      fs.rename(`${file}.tmp`, file, () => {
        writing = false;
        written = value;
      });
    });
  };
  setInterval(flush, 100).unref();
  return { logQuery: () => void count++ };
}

// One client per process; kept on globalThis so dev hot reload does not leak file handles.
const globalForDb = globalThis as unknown as { levelsetDb?: { file: string; db: Db; sqlite: Database.Database } };

export function getDb(file: string): Db {
  const current = globalForDb.levelsetDb;
  if (current && current.file === file) return current.db;
  current?.sqlite.close();
  const opened = openDatabase(file, { logger: statementCounter(process.env.LEVELSET_SQL_COUNT_FILE) });
  globalForDb.levelsetDb = { file, ...opened };
  return opened.db;
}
