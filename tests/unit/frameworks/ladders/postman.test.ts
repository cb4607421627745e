import { describe, expect, test } from "vitest";
import { applyLevelMapping } from "@/lib/frameworks/parse-framework-document";
import { expectNoResidue, parseFixture, section } from "./fixtures";

const POSTMAN = "postman-career-ladder-ospo-engineers.md";

describe("Postman's OSPO ladder (# per level, one paragraph per expectation)", () => {
  const parsed = parseFixture(POSTMAN);

  test("six level sections; all 52 paragraphs are expectations; the italic summary and the experience line describe the level", () => {
    expect(parsed.sections.map((s) => [s.name, s.items.length, s.isLevel])).toEqual([
      ["OSPO Engineer I", 5, true],
      ["OSPO Engineer II", 7, true],
      ["Senior OSPO Engineer", 14, true],
      ["Staff OSPO Engineer", 7, true],
      ["Principal OSPO Engineer", 12, true],
      ["Distinguished OSPO Engineer", 7, true],
    ]);
    expect(parsed.counts.expectations).toBe(52);
    const staff = section(parsed, "Staff OSPO Engineer");
    expect(staff.description).toBe(
      "At this point, the majority of one's time is spent scaling their own skills to help others. Experience: Typically requires a minimum of 8 years of professional experience.",
    );
    expect(staff.items[2]).toMatch(/^Preemptively goes through issues or community forum.*Makes sure the resources are easy to locate\.$/);
    expect(parsed.setAside).toEqual([]);
    expectNoResidue(parsed);
  });

  test("pivoted and mapped: one section whose Senior and Staff signals come from those levels", () => {
    expect(parsed.guessedSenior).toBe("Senior OSPO Engineer");
    expect(parsed.guessedStaff).toBe("Staff OSPO Engineer");
    expect(parsed.pivot.available).toBe(true);
    const content = applyLevelMapping(parsed, { senior: "Senior OSPO Engineer", staff: "Staff OSPO Engineer", pivot: true });
    expect(content.sections).toHaveLength(1);
    const general = content.sections[0]!;
    expect(general.items).toHaveLength(14 + 7);
    expect(general.staffSignal).toMatch(/^Actively participates in meetings, and creates cross-team collaboration/);
    expect(general.seniorSignal).toMatch(/^Defines and executes on an advocacy plan/);
    expect(general.levelReferences?.map((r) => r.level)).toEqual([
      "OSPO Engineer I",
      "OSPO Engineer II",
      "Principal OSPO Engineer",
      "Distinguished OSPO Engineer",
    ]);
    expectNoResidue(content);
  });
});
