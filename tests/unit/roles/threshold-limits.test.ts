import { describe, expect, it } from "vitest";
import { thresholdLimitProblems, type ThresholdLimitInput } from "@/lib/roles/threshold-limits";

const base: ThresholdLimitInput = {
  thresholds: { seniorMinTwos: 3, staffCriticalMinTwos: 2, staffCriticalMinRaters: 2 },
  hiresStaff: true,
  sectionsInPlay: 9,
  staffCritical: [
    { name: "Scope and impact", plannedStages: 2 },
    { name: "System design", plannedStages: 3 },
    { name: "Cross-team influence", plannedStages: 2 },
  ],
};
const withBars = (thresholds: Partial<ThresholdLimitInput["thresholds"]>, rest: Partial<ThresholdLimitInput> = {}): ThresholdLimitInput => ({
  ...base,
  ...rest,
  thresholds: { ...base.thresholds, ...thresholds },
});

describe("thresholdLimitProblems: bars the role's own sections and plan make impossible", () => {
  it.each<[string, ThresholdLimitInput, string[]]>([
    ["the defaults on a full role", base, []],
    ["as many 2s as sections in play", withBars({ seniorMinTwos: 9 }), []],
    ["more 2s than sections in play", withBars({ seniorMinTwos: 10 }), ["thresholds.seniorMinTwos"]],
    ["8 sections scoring 2 with 7 in play", withBars({ seniorMinTwos: 8 }, { sectionsInPlay: 7 }), ["thresholds.seniorMinTwos"]],
    ["as many Staff-critical 2s as Staff-critical sections", withBars({ staffCriticalMinTwos: 3 }), []],
    ["four Staff-critical 2s with three Staff-critical sections", withBars({ staffCriticalMinTwos: 4 }), ["thresholds.staffCriticalMinTwos"]],
    [
      "a Staff-critical bar on a role that does not hire Staff",
      withBars({ staffCriticalMinTwos: 4, staffCriticalMinRaters: 5 }, { hiresStaff: false }),
      [],
    ],
    ["raters the thinnest planned section gives", withBars({ staffCriticalMinRaters: 2 }), []],
    ["three raters where the plan gives two", withBars({ staffCriticalMinRaters: 3 }), ["thresholds.staffCriticalMinRaters"]],
    ["three raters, the plan not asked about", withBars({ staffCriticalMinRaters: 3 }, { checkPlan: false }), []],
    [
      "a Staff-critical section the plan does not cover yet is the coverage panel's problem",
      withBars(
        { staffCriticalMinRaters: 2 },
        {
          staffCritical: [
            { name: "Scope and impact", plannedStages: 0 },
            { name: "System design", plannedStages: 2 },
          ],
        },
      ),
      [],
    ],
    ["no plan at all", withBars({ staffCriticalMinTwos: 1, staffCriticalMinRaters: 5 }, { staffCritical: [{ name: "Scope and impact" }] }), []],
    [
      "every bar impossible at once",
      withBars({ seniorMinTwos: 12, staffCriticalMinTwos: 5, staffCriticalMinRaters: 4 }),
      ["thresholds.seniorMinTwos", "thresholds.staffCriticalMinTwos", "thresholds.staffCriticalMinRaters"],
    ],
  ])("%s", (_name, input, keys) => {
    expect(Object.keys(thresholdLimitProblems(input)).sort()).toEqual([...keys].sort());
  });

  it("says what the limit is and how to lift it, naming the thinnest section", () => {
    const problems = thresholdLimitProblems(
      withBars({ seniorMinTwos: 8, staffCriticalMinTwos: 4, staffCriticalMinRaters: 3 }, { sectionsInPlay: 7 }),
    );
    expect(problems["thresholds.seniorMinTwos"]?.[0]).toBe(
      "Only 7 sections are in play, so no candidate could have 8 sections scoring 2. Enter 7 or fewer, or put more sections in play.",
    );
    expect(problems["thresholds.staffCriticalMinTwos"]?.[0]).toContain("Only 3 sections are Staff-critical");
    expect(problems["thresholds.staffCriticalMinTwos"]?.[0]).toContain("Enter 3 or fewer, or mark more sections Staff-critical.");
    expect(problems["thresholds.staffCriticalMinRaters"]?.[0]).toBe(
      "The interview plan has 2 stages on Scope and impact, so at most 2 interviewers can rate it and every Staff call would be insufficient evidence. Enter 2 or fewer, or add a stage on Scope and impact to the plan first.",
    );
  });
});
