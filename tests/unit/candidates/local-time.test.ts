import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoToLocalInput, localInputToIso } from "@/lib/interviews/interview-schedule-schema";

/** The browser reads <input type="datetime-local"> in its own zone; these helpers run there. Node honours TZ changes at run time. */
const original = process.env.TZ;
afterAll(() => {
  process.env.TZ = original;
});

describe.each([
  ["Asia/Kolkata", "2026-07-01T14:30", "2026-07-01T09:00:00.000Z"],
  ["America/New_York", "2026-07-01T14:30", "2026-07-01T18:30:00.000Z"], // EDT, UTC-4
  ["America/New_York", "2026-01-15T14:30", "2026-01-15T19:30:00.000Z"], // EST, UTC-5: the offset of that date, not today's
  ["UTC", "2026-07-01T14:30", "2026-07-01T14:30:00.000Z"],
])("in %s", (zone, local, iso) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });

  it(`${local} local is ${iso}, and back`, () => {
    expect(localInputToIso(local)).toBe(iso);
    expect(isoToLocalInput(iso)).toBe(local);
  });
});

describe("localInputToIso", () => {
  it("gives an empty string for anything that is not a datetime-local value", () => {
    expect(localInputToIso("")).toBe("");
    expect(localInputToIso("tomorrow at 3")).toBe("");
    expect(localInputToIso("2026-02-30T25:00")).toBe("");
  });
});
