import { count, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { DemoBuilder } from "@/db/demo/builder";
import type { DemoApplication } from "@/db/demo/types";
import * as s from "@/db/schema";
import { seedIfEmpty } from "@/db/seed-demo";
import { createTempDb } from "../helpers/temp-db";

let close: (() => void) | undefined;
afterEach(() => close?.());

// A misspelt key in a demo table does not compile (`npm run check` type-checks the tests): each marked line is refused.
const zoe = { role: "payments", name: "Zoe Example", email: "zoe@example.com", status: "active", daysAgo: 1 } as const;
const card = { by: "priya", daysAgo: 1, overall: "staff", confidence: "high", ratings: [] } as const;
export const refused = [
  // @ts-expect-error "desing" is no stage of the payments role.
  { ...zoe, interviews: [{ stage: "desing", by: "priya", at: { days: 1 } }] },
  // @ts-expect-error "architecture" is a stage of the platform role, not of payments.
  { ...zoe, scorecards: [{ ...card, stage: "architecture" }] },
  // @ts-expect-error "prya" is no demo person.
  { ...zoe, interviews: [{ stage: "design", by: "prya", at: { days: 1 } }] },
  // @ts-expect-error "system-desing" is no section of the default framework.
  { ...zoe, scorecards: [{ ...card, stage: "design", ratings: [["system-desing", 2, "org", "Evidence."]] }] },
  // @ts-expect-error "oops" is no application status.
  { ...zoe, status: "oops" },
  { ...zoe, interviews: [{ stage: "design", by: "priya", at: { days: 1 } }], scorecards: [{ ...card, stage: "hiring-manager" }] },
] satisfies readonly DemoApplication[];

describe("the demo builder", () => {
  it("throws an error naming a key it has not resolved, instead of writing undefined", () => {
    const handle = createTempDb();
    close = handle.close;
    const demo = new DemoBuilder(handle.db, new Date("2026-06-01T12:00:00Z"));
    expect(() => demo.person("rita")).toThrow('The demo seed has no person "rita".');
  });

  it("refuses a framework version without a section the demo names, and the transaction leaves nothing behind", async () => {
    const handle = createTempDb();
    close = handle.close;
    expect(await seedIfEmpty(handle.db, { demo: false })).toBe("seeded-framework");
    const version = handle.db.select({ id: s.frameworkVersions.id }).from(s.frameworkVersions).get();
    if (!version) throw new Error("The framework-only seed wrote no version.");
    handle.db.delete(s.frameworkSections).where(eq(s.frameworkSections.key, "product-thinking")).run();

    expect(() =>
      handle.db.transaction((tx) => {
        const demo = new DemoBuilder(tx, new Date("2026-06-01T12:00:00Z"));
        demo.writePeople("not-a-real-hash");
        demo.writeRoles(version.id);
      }),
    ).toThrow('The demo seed has no section in the default framework "product-thinking".');
    expect(handle.db.select({ n: count() }).from(s.users).get()?.n).toBe(0);
    expect(handle.db.select({ n: count() }).from(s.roles).get()?.n).toBe(0);
  });
});
