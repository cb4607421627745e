import type Database from "better-sqlite3";
import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { is } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "@/db/schema";
import type { AppRole } from "@/db/schema";
import { formDataToObject, UnreadableFormError } from "@/lib/actions/validated-action";
import type { SessionUser } from "@/lib/auth/session-user";
import { DomainError } from "@/lib/errors";
import { unsafeTextProblem } from "@/lib/validation/text";
import { createSeededDb } from "../helpers/temp-db";
import { people } from "../roles/db-fixtures";
import { hostileFieldName } from "./arbitraries";
import { VALID_PAYLOADS } from "./valid-payloads";

/** Real ids from the seeded database, by table, and all of them together. */
export type Ids = Record<string, string[]> & { all: string[] };

export type Ctx = { db: Db; sqlite: Database.Database; ids: Ids };

export type ActionSpec = {
  name: string;
  schema: z.ZodType;
  /** The roles validatedAction lets through (undefined: anyone signed in). */
  roles?: readonly AppRole[];
  /** The payloads to send; `user` is who sends them (so ids can be theirs, or other people's). */
  payload: (ctx: Ctx, user: SessionUser) => fc.Arbitrary<unknown>;
  /** Exactly what the action's run calls, minus revalidatePath/redirect. */
  run: (ctx: Ctx, input: never, user: SessionUser) => unknown;
  numRuns?: number;
  /** Prepares the seeded database (e.g. opens drafts) before ids are collected. */
  setup?: (ctx: Ctx, admin: SessionUser) => void;
};

export const tally = { payloads: 0, actions: new Set<string>() };

/** Per action: how many payloads zod refused, the domain refused, and were accepted (HOSTILE_STATS=1 prints them). */
export const outcomes = new Map<string, { form: number; zod: number; domain: number; accepted: number }>();

function tables(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name")
      .all() as { name: string }[]
  ).map((t) => t.name);
}

function collectIds(sqlite: Database.Database): Ids {
  const ids = { all: [] as string[] } as Ids;
  for (const t of tables(sqlite)) {
    const cols = (sqlite.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name);
    if (!cols.includes("id")) continue;
    ids[t] = (sqlite.prepare(`SELECT id FROM "${t}"`).all() as { id: unknown }[]).map((r) => String(r.id));
    ids.all.push(...ids[t]);
  }
  ids.draft_versions = (sqlite.prepare("SELECT id FROM framework_versions WHERE status = 'draft'").all() as { id: string }[]).map((r) => r.id);
  return ids;
}

/** Every row of every table (the whole database), to prove a refusal changed nothing. */
export function fullSnapshot(sqlite: Database.Database): string {
  return JSON.stringify(tables(sqlite).map((t) => sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
}

function stringsIn(value: unknown, out: string[]) {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsIn(v, out);
    }
}

/**
 * "table.column" of every column the schema declares as JSON (`text(..., { mode: "json" })`). Only these are
 * decoded before the text rule is applied: a name that merely looks like JSON, such as `["\ud800"]` typed as
 * text, is well-formed and must not be decoded into the lone surrogate its escape spells.
 */
export const JSON_COLUMNS: ReadonlySet<string> = new Set(
  (Object.values(schema) as unknown[])
    .filter((v): v is SQLiteTable => is(v, SQLiteTable))
    .flatMap((table) => {
      const config = getTableConfig(table);
      return config.columns.filter((c) => c.dataType === "json").map((c) => `${config.name}.${c.name}`);
    }),
);

/** Stored text that breaks the text rule, including strings inside JSON columns; "table.column: problem". */
export function badStoredText(sqlite: Database.Database): string[] {
  const problems: string[] = [];
  for (const t of tables(sqlite)) {
    for (const row of sqlite.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]) {
      for (const [col, value] of Object.entries(row)) {
        if (typeof value !== "string") continue;
        const texts = [value];
        if (JSON_COLUMNS.has(`${t}.${col}`)) {
          try {
            stringsIn(JSON.parse(value), texts);
          } catch {
            /* not JSON */
          }
        }
        for (const text of texts) {
          const problem = unsafeTextProblem(text);
          if (problem) problems.push(`${t}.${col}: ${problem}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

/** A message a person can read: non-empty, not "undefined", no stack, no "[object Object]". */
export function expectReadable(message: unknown, where: string) {
  expect(typeof message, where).toBe("string");
  const text = (message as string).trim();
  expect(text.length, where).toBeGreaterThan(0);
  expect(text, where).not.toMatch(/^undefined$|^null$|\[object Object\]|\n\s+at .+:\d+|^Error:/);
}

function formValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object") return String(value);
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}

/** The FormData a browser would send for this payload (arrays as name[] fields), plus an optional hostile field name. */
export function toFormData(payload: Record<string, unknown>, extraName: string | null): FormData {
  const fd = new FormData();
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) fd.append(`${key}[]`, formValue(item));
    else fd.append(key, formValue(value));
  }
  if (extraName) fd.append(extraName, "x");
  return fd;
}

function describePayload(payload: unknown): string {
  try {
    return (JSON.stringify(payload) ?? String(payload)).slice(0, 300);
  } catch {
    return "(unprintable)";
  }
}

/** Mostly hostile payloads from eligible callers; for actions with a valid generator, a quarter that should be accepted. */
function hostileOrValid(spec: ActionSpec, ctx: Ctx, eligible: SessionUser[], everyone: SessionUser[]): fc.Arbitrary<[unknown, SessionUser]> {
  const hostile = fc.constantFrom(...eligible).chain((user) => fc.tuple(spec.payload(ctx, user), fc.constant(user)));
  const valid = VALID_PAYLOADS[spec.name];
  return valid ? fc.oneof({ weight: 3, arbitrary: hostile }, { weight: 1, arbitrary: valid(ctx, everyone) }) : hostile;
}

/** Runs the hostile property for one action on its own seeded database. */
export async function checkAction(spec: ActionSpec) {
  const handle = await createSeededDb();
  try {
    const ctx: Ctx = { db: handle.db, sqlite: handle.sqlite, ids: collectIds(handle.sqlite) };
    const everyone = Object.values(people(handle.db));
    if (spec.setup) {
      spec.setup(ctx, people(handle.db).ada);
      ctx.ids = collectIds(handle.sqlite);
    }
    const eligible = spec.roles ? everyone.filter((u) => u.roles.some((r) => spec.roles!.includes(r))) : everyone;
    expect(eligible.length, `${spec.name}: someone may call it`).toBeGreaterThan(0);
    tally.actions.add(spec.name);
    const seen = { form: 0, zod: 0, domain: 0, accepted: 0 };
    outcomes.set(spec.name, seen);
    await fc.assert(
      fc.asyncProperty(
        hostileOrValid(spec, ctx, eligible, everyone),
        fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostileFieldName }),
        async ([payload, user], viaForm, extraName) => {
          tally.payloads++;
          const where = `${spec.name} as ${user.email} with ${describePayload(payload)}`;
          let raw: unknown = payload;
          if (viaForm && payload !== null && typeof payload === "object" && !Array.isArray(payload)) {
            try {
              raw = formDataToObject(toFormData(payload as Record<string, unknown>, extraName));
            } catch (error) {
              expect(error, where).toBeInstanceOf(UnreadableFormError);
              expectReadable((error as Error).message, where);
              seen.form++;
              return;
            }
            expect(Object.getPrototypeOf(raw), where).toBeNull();
          }
          const parsed = spec.schema.safeParse(raw);
          if (!parsed.success) {
            expect(parsed.error.issues.length, where).toBeGreaterThan(0);
            for (const issue of parsed.error.issues) expectReadable(issue.message, where);
            seen.zod++;
            return;
          }
          const before = fullSnapshot(handle.sqlite);
          try {
            await spec.run(ctx, parsed.data as never, user);
          } catch (error) {
            if (!(error instanceof DomainError)) {
              throw new Error(`${where}\nthrew a non-DomainError (a 500): ${error instanceof Error ? error.stack : String(error)}`);
            }
            expectReadable(error.message, where);
            for (const messages of Object.values(error.fieldErrors ?? {})) for (const m of messages) expectReadable(m, where);
            expect(fullSnapshot(handle.sqlite) === before, `${where}: a refused call changed the database`).toBe(true);
            seen.domain++;
            return;
          }
          expect(handle.sqlite.prepare("PRAGMA foreign_key_check").all(), where).toEqual([]);
          expect(badStoredText(handle.sqlite), where).toEqual([]);
          seen.accepted++;
        },
      ),
      { numRuns: spec.numRuns ?? 60 },
    );
  } finally {
    handle.close();
  }
}
