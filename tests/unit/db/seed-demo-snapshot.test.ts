/**
 * The demo seed, row for row: every table the seed writes, dumped to canonical JSON and compared with a fixture
 * recorded from the seed before it was split into data tables and a builder (issue 9). Random ids become stable
 * labels (`<table>#<n>`, numbered in insertion order), timestamps are written relative to the seed's `now` (or
 * "clock" where a column took its default from the wall clock), and the argon2 hashes, salted at random, are
 * checked against the demo password and replaced by a marker.
 *
 * After a deliberate change to the demo data, re-record the fixture: UPDATE_SEED_SNAPSHOT=1 npx vitest run <this file>.
 */
import { verify } from "@node-rs/argon2";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed-demo";
import { createSeededDb } from "../helpers/temp-db";

const FIXTURE = path.join(__dirname, "fixtures", "seed-demo-snapshot.json");
const NOW = new Date("2026-06-01T12:00:00Z");
/** The wall clock while seeding: apart from NOW, so a time the seed sets and one a column defaults to never look alike. */
const CLOCK = new Date("2026-06-03T07:30:00Z");
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIMESTAMP_COLUMN = /(^|_)(at|until)$/;

type Row = Record<string, unknown>;
type Dump = Record<string, Row[]>;

function relative(ms: number): string {
  if (ms === CLOCK.getTime()) return "clock";
  const offset = ms - NOW.getTime();
  if (offset === 0) return "now";
  let rest = Math.abs(offset);
  const parts: string[] = [];
  for (const [unit, size] of [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1000],
    ["ms", 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return `now${offset < 0 ? "-" : "+"}${parts.join("")}`;
}

async function dumpDatabase(sqlite: import("better-sqlite3").Database): Promise<Dump> {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name")
    .all()
    .map((r) => String((r as { name: string }).name));
  const raw: Record<string, Row[]> = {};
  for (const table of tables) raw[table] = sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Row[];

  // Every random id is some table's primary key: label it by table and insertion order.
  const labels = new Map<string, string>();
  for (const table of tables) {
    (raw[table] ?? []).forEach((row, n) => {
      if (typeof row.id === "string") labels.set(row.id, `${table}#${n}`);
    });
  }
  const unknown = new Set<string>();
  const relabel = (text: string) =>
    text.replace(UUID, (id) => {
      const label = labels.get(id);
      if (!label) unknown.add(id);
      return `<${label ?? "unknown"}>`;
    });

  const dump: Dump = {};
  for (const table of tables) {
    const rows: Row[] = [];
    for (const row of raw[table] ?? []) {
      const out: Row = {};
      for (const [column, value] of Object.entries(row)) {
        if (column === "password_hash" && typeof value === "string") {
          out[column] = (await verify(value, DEMO_PASSWORD)) ? "<argon2 hash of DEMO_PASSWORD>" : "<argon2 hash of something else>";
        } else if (TIMESTAMP_COLUMN.test(column) && typeof value === "number") {
          out[column] = relative(value);
        } else if (column === "ics" && typeof value === "string") {
          // iCalendar folds lines at 75 octets, often inside an id: unfold first (RFC 5545, 3.1).
          out[column] = relabel(value.replace(/\r\n[ \t]/g, ""));
        } else if (typeof value === "string") {
          out[column] = relabel(value);
        } else {
          out[column] = value;
        }
      }
      rows.push(out);
    }
    if (rows.length > 0) dump[table] = rows;
  }
  if (unknown.size > 0) throw new Error(`The dump has ids that are no table's primary key: ${[...unknown].join(", ")}`);
  // An id cut in two (by line folding, say) would slip past the labels. One cut leaves its first or its last group whole.
  const text = JSON.stringify(dump);
  for (const id of labels.keys()) {
    const groups = id.split("-");
    for (const group of [groups[0], groups[4]]) {
      if (group && text.includes(group)) throw new Error(`The dump still has part of the id ${id} (${labels.get(id)}): ${group}`);
    }
  }
  return dump;
}

let dump: Dump;
let close: () => void;

beforeAll(async () => {
  // Nothing the outbox rows say may depend on the machine: no signing secret (the unsubscribe token would sign a
  // random id), one public URL, one time zone.
  vi.stubEnv("AUTH_SECRET", undefined);
  vi.stubEnv("LEVELSET_DATA_DIR", fs.mkdtempSync(path.join(os.tmpdir(), "levelset-snapshot-")));
  vi.stubEnv("LEVELSET_PUBLIC_URL", "http://localhost:3000");
  vi.stubEnv("MAIL_FROM", undefined);
  vi.stubEnv("TZ", "UTC");
  vi.useFakeTimers({ toFake: ["Date"], now: CLOCK });
  const handle = await createSeededDb(NOW);
  vi.useRealTimers();
  close = handle.close;
  dump = await dumpDatabase(handle.sqlite);
});

afterAll(() => {
  close?.();
  vi.unstubAllEnvs();
});

describe("the demo seed", () => {
  it("writes exactly the rows recorded in the fixture", () => {
    if (process.env.UPDATE_SEED_SNAPSHOT === "1") {
      fs.mkdirSync(path.dirname(FIXTURE), { recursive: true });
      fs.writeFileSync(FIXTURE, `${JSON.stringify(dump, null, 2)}\n`);
    }
    const fixture = JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as Dump;
    expect(Object.keys(dump)).toEqual(Object.keys(fixture));
    // Table by table, so a failure names the table and vitest's diff shows only its rows.
    for (const table of Object.keys(fixture)) expect({ table, rows: dump[table] }).toEqual({ table, rows: fixture[table] });
  });
});
