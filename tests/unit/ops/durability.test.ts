import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { openDatabase } from "@/db/client";

let dir = "";
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it("every Levelset connection uses WAL with synchronous = FULL (an acknowledged commit survives power loss)", () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-durability-"));
  const { sqlite } = openDatabase(path.join(dir, "d.db"));
  try {
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    // 2 is FULL; NORMAL (1) could roll back the newest commits on power loss.
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2);
  } finally {
    sqlite.close();
  }
});
