import { describe, expect, it } from "vitest";
import { isStaffOrAbove as fromRecommend } from "@/lib/calibration/recommend";
import { SEVERITY_LABELS, SEVERITY_TONES } from "@/lib/frameworks/red-flag-severity";
import { RED_FLAG_SEVERITIES } from "@/lib/frameworks/types";
import { isStaffOrAbove } from "@/lib/people/staff-or-above";
import { isStaffOrAbove as fromCoverage } from "@/lib/roles/coverage";
import { ENGINEER_LEVELS } from "@/db/enums";

/** Issue 9, item 5: the plan's coverage check and the engine's panel flag used to disagree on "senior principal" and "fellow". */
describe("one answer to 'is this interviewer Staff or above?'", () => {
  it("is the same function in the coverage check and the recommendation", () => {
    expect(fromCoverage).toBe(isStaffOrAbove);
    expect(fromRecommend).toBe(isStaffOrAbove);
  });

  it.each([
    ["staff", true],
    ["Senior Staff", true],
    ["senior_staff", true],
    [" senior-staff ", true],
    ["principal", true],
    ["Senior Principal", true],
    ["distinguished", true],
    ["Fellow", true],
    ["senior", false],
    ["mid", false],
    ["none", false],
    ["", false],
    ["staffing-partner", false],
    ["tech lead", false],
  ])("%j → %s", (level, expected) => {
    expect(isStaffOrAbove(level)).toBe(expected);
  });

  it("splits Levelset's own levels at Staff", () => {
    expect(ENGINEER_LEVELS.filter(isStaffOrAbove)).toEqual(["staff", "senior-staff", "principal"]);
  });
});

describe("red flag severity words and tones", () => {
  it("name every severity, once", () => {
    expect(Object.keys(SEVERITY_LABELS).sort()).toEqual([...RED_FLAG_SEVERITIES].sort());
    expect(Object.keys(SEVERITY_TONES).sort()).toEqual([...RED_FLAG_SEVERITIES].sort());
  });
});
