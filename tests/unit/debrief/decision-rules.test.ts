import { describe, expect, it } from "vitest";
import type { Level } from "@/lib/calibration";
import { againstRecommendation, decisionProblems, type DecisionChoice } from "@/lib/debrief/decision-rules";

const both = { hiresSenior: true, hiresStaff: true };
const staffOnly = { hiresSenior: false, hiresStaff: true };

describe("againstRecommendation", () => {
  const cases: [Level, DecisionChoice, typeof both, boolean][] = [
    ["staff", { level: "staff", hire: true }, both, false],
    ["staff", { level: "senior", hire: true }, both, true],
    ["staff", { level: "staff", hire: false }, both, true],
    ["staff", { level: "none", hire: false }, both, true],
    ["senior", { level: "senior", hire: true }, both, false],
    ["senior", { level: "staff", hire: true }, both, true],
    ["senior", { level: "senior", hire: false }, both, true],
    ["senior", { level: "senior", hire: false }, staffOnly, false],
    ["senior", { level: "none", hire: false }, staffOnly, true],
    ["below-senior-bar", { level: "none", hire: false }, both, false],
    ["below-senior-bar", { level: "senior", hire: false }, both, false],
    ["below-senior-bar", { level: "senior", hire: true }, both, true],
    ["no-hire", { level: "none", hire: false }, both, false],
    ["no-hire", { level: "staff", hire: true }, both, true],
    ["insufficient-evidence", { level: "none", hire: false }, both, true],
    ["insufficient-evidence", { level: "staff", hire: true }, both, true],
  ];
  it.each(cases)("recommended %s, decided %o → against: %s", (recommended, decision, role, expected) => {
    expect(againstRecommendation(recommended, decision, role).against).toBe(expected);
  });
});

describe("decisionProblems", () => {
  it("needs a level to hire, and a level the role hires at", () => {
    expect(decisionProblems({ level: "none", hire: true }, both).level).toBeDefined();
    expect(decisionProblems({ level: "senior", hire: true }, staffOnly).level?.[0]).toMatch(/Staff only/);
    expect(decisionProblems({ level: "senior", hire: false }, staffOnly)).toEqual({});
    expect(decisionProblems({ level: "staff", hire: true }, both)).toEqual({});
  });
});
