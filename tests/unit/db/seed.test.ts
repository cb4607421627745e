import { count } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { seedIfEmpty, DEMO_PEOPLE } from "@/db/seed-demo";
import * as s from "@/db/schema";
import { createTempDb } from "../helpers/temp-db";

let close: (() => void) | undefined;
afterEach(() => close?.());

const tally = (db: ReturnType<typeof createTempDb>["db"]) => ({
  users: db.select({ n: count() }).from(s.users).get()?.n,
  candidates: db.select({ n: count() }).from(s.candidates).get()?.n,
  scorecards: db.select({ n: count() }).from(s.scorecards).get()?.n,
  frameworks: db.select({ n: count() }).from(s.frameworks).get()?.n,
});

describe("seeding", () => {
  it("seeds the demo once and never touches a database that has data", async () => {
    const handle = createTempDb();
    close = handle.close;
    expect(await seedIfEmpty(handle.db, { demo: true })).toBe("seeded-demo");
    const first = tally(handle.db);
    expect(first.users).toBe(DEMO_PEOPLE.length);
    expect(first.candidates).toBeGreaterThanOrEqual(8);
    expect(await seedIfEmpty(handle.db, { demo: true })).toBe("skipped");
    expect(tally(handle.db)).toEqual(first);
  });

  it("seeds only the default framework when the demo is turned off", async () => {
    const handle = createTempDb();
    close = handle.close;
    expect(await seedIfEmpty(handle.db, { demo: false })).toBe("seeded-framework");
    expect(tally(handle.db)).toEqual({ users: 0, candidates: 0, scorecards: 0, frameworks: 1 });
  });

  it("puts candidates at every application status", async () => {
    const handle = createTempDb();
    close = handle.close;
    await seedIfEmpty(handle.db, { demo: true });
    const statuses = new Set(
      handle.db
        .select({ status: s.applications.status })
        .from(s.applications)
        .all()
        .map((r) => r.status),
    );
    expect([...statuses].sort()).toEqual(["active", "debrief", "decided", "withdrawn"]);
  });
});
