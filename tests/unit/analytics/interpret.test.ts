import { describe, expect, it } from "vitest";
import { OFFSET_MIN_RATINGS, readAlpha, readOffset } from "@/lib/analytics/interpret";

describe("readOffset", () => {
  const cases: [string, number | null, number, ReturnType<typeof readOffset>][] = [
    ["no shared ratings", null, 0, "not-measurable"],
    ["two generous calls are too few to call lenient", 0.5, 2, "too-few"],
    ["just under the minimum", -1, OFFSET_MIN_RATINGS - 1, "too-few"],
    ["at the minimum, above the panel", 0.5, OFFSET_MIN_RATINGS, "lenient"],
    ["at the minimum, below the panel", -0.25, OFFSET_MIN_RATINGS, "harsh"],
    ["many ratings, close to the panel", 0.1, 40, "in-line"],
    ["many ratings, exactly on the notable line", 0.25, 40, "lenient"],
  ];
  it.each(cases)("%s", (_name, offset, ratings, expected) => {
    expect(readOffset(offset, ratings)).toBe(expected);
  });
});

describe("readAlpha", () => {
  it.each([
    [null, "not-measurable"],
    [0.9, "consistent"],
    [0.8, "consistent"],
    [0.7, "tentative"],
    [0.2, "inconsistent"],
  ] as const)("%s reads %s", (alpha, expected) => {
    expect(readAlpha(alpha)).toBe(expected);
  });
});
