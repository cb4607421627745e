import type Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATEMENTS_KEPT, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { createSeededDb } from "../helpers/temp-db";

/** The compiled statements drizzle's connection keeps (db/client.ts, keepStatements), seen through drizzle itself. */
let handle: Awaited<ReturnType<typeof createSeededDb>>;
let db: Db;
/** The connection drizzle was given: the raw one wrapped with the statement cache. */
let client: Database.Database;
beforeAll(async () => {
  handle = await createSeededDb();
  db = handle.db;
  client = (db as unknown as { $client: Database.Database }).$client;
});
afterAll(() => handle.close());

const EMAILS = sql.raw(`select "email" from "users" order by "email" limit 3`);

describe("the statement cache behind drizzle", () => {
  it("hands out the same compiled statement for the same SQL, and a new one for other SQL", () => {
    const a = client.prepare("select count(*) from users");
    expect(client.prepare("select count(*) from users")).toBe(a);
    expect(client.prepare("select count(*) from roles")).not.toBe(a);
    // The raw connection openDatabase returns is not wrapped.
    expect(handle.sqlite.prepare("select count(*) from users")).not.toBe(a);
  });

  it("answers in objects after the same SQL ran in drizzle's raw (array) mode", () => {
    const arrays = db.values(EMAILS);
    const objects = db.all<{ email: string }>(EMAILS);
    expect(arrays.map((r) => r[0])).toEqual(objects.map((r) => r.email));
    expect(objects[0]).toEqual({ email: arrays[0]?.[0] });
    // And back again.
    expect(db.values(EMAILS)).toEqual(arrays);
  });

  it("never hands out a statement still busy in an unfinished iterate", () => {
    const source = `select "email" from "users" order by "email"`;
    const busy = client.prepare(source).iterate();
    busy.next();
    try {
      expect(() => db.all(sql.raw(source))).not.toThrow();
      expect(client.prepare(source)).not.toBe(client.prepare(source));
    } finally {
      busy.return?.();
    }
    expect(client.prepare(source)).toBe(client.prepare(source));
  });

  it("keeps a statement working across a schema change", () => {
    const before = db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .get()?.n;
    client.exec("CREATE TEMP TABLE cache_probe (x)");
    try {
      expect(
        db
          .select({ n: sql<number>`count(*)` })
          .from(users)
          .get()?.n,
      ).toBe(before);
    } finally {
      client.exec("DROP TABLE cache_probe");
    }
    expect(
      db
        .select({ n: sql<number>`count(*)` })
        .from(users)
        .get()?.n,
    ).toBe(before);
  });

  it(`keeps at most ${STATEMENTS_KEPT} statements, dropping the least recently used first`, () => {
    const first = client.prepare("select 'first'");
    const second = client.prepare("select 'second'");
    for (let i = 0; i < STATEMENTS_KEPT - 1; i++) {
      client.prepare(`select ${i}`);
      // `first` is used again and again, so it stays; `second` becomes the oldest.
      if (i % 50 === 0) expect(client.prepare("select 'first'")).toBe(first);
    }
    expect(client.prepare("select 'first'")).toBe(first);
    expect(client.prepare("select 'second'")).not.toBe(second);
  });

  it("answers any sequence of reads in either mode as the uncached connection does", () => {
    const sources = [
      `select "email", "name" from "users" order by "email" limit 4`,
      `select "title" from "roles" order by "title" limit 2`,
      `select count(*) as n from "candidates"`,
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(sources.length - 1), fc.constantFrom("values", "all", "get")), { maxLength: 30 }), (steps) => {
        for (const [i, mode] of steps) {
          const source = sources[i] as string;
          const fresh = handle.sqlite.prepare(source);
          const query = sql.raw(source);
          if (mode === "values") expect(db.values(query)).toEqual(fresh.raw().all());
          else if (mode === "all") expect(db.all(query)).toEqual(fresh.all());
          else expect(db.get(query)).toEqual(fresh.get());
        }
      }),
    );
  });
});
