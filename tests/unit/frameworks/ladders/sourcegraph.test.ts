import { describe, expect, test } from "vitest";
import { applyLevelMapping, parseFrameworkDocument } from "@/lib/frameworks/parse-framework-document";
import { expectNoResidue, parseFixture, readFixture, section } from "./fixtures";

const SOURCEGRAPH = "sourcegraph-handbook-engineering-career-framework.md";

describe("Sourcegraph's framework (## per level with category bullets; management levels as an HTML <table> with <style>)", () => {
  const parsed = parseFixture(SOURCEGRAPH);

  test("level sections All Levels, IC1–IC5 from Markdown and M3–M6 from the HTML table; the FAQ headings are not competencies", () => {
    expect(parsed.levels.map((l) => l.name)).toEqual(["All Levels", "IC1", "IC2", "IC3", "IC4", "IC5", "M3", "M4", "M5", "M6"]);
    expect(parsed.sections.filter((s) => s.include).map((s) => s.name)).toEqual([
      "All Levels",
      "IC1",
      "IC2",
      "IC3",
      "IC4",
      "IC5",
      "M3",
      "M4",
      "M5",
      "M6",
    ]);
    expect(section(parsed, "When do I get promoted?").include).toBe(false);
    // 47 expectations in the IC levels (nested bullets separately), 96 list items in the table's behaviour cells.
    expect(section(parsed, "All Levels").items).toHaveLength(14);
    expect(["IC1", "IC2", "IC3", "IC4", "IC5"].map((l) => section(parsed, l).items.length)).toEqual([4, 4, 6, 8, 11]);
    expect(["M3", "M4", "M5", "M6"].map((l) => section(parsed, l).items.length)).toEqual([28, 27, 22, 19]);
    expect(section(parsed, "IC2").items[3]).toBe(
      "Teamwork: Actively contributes to a collaborative and respectful team culture. Collaborates across teams, focused on their direct areas of work.",
    );
    expect(section(parsed, "M3").items).toContain("Teamwork: Ensures team members are happy and engaged, as measured by impact reviews.");
    // The level summaries (colspan 4) are set aside whole; the <style> block is nowhere.
    expect(parsed.setAside.filter((e) => e.reason.startsWith("Level summary")).map((e) => e.text.split("\n")[0])).toHaveLength(4);
    const everything = JSON.stringify(parsed.sections);
    expect(everything).not.toMatch(/container-width|--width|levels-table/);
    expectNoResidue(parsed);
  });

  test("pivoted: Impact, Scope, Execution, Teamwork across IC and M levels; mapped to IC3 / IC4", () => {
    expect(parsed.pivot.sections.filter((s) => s.include).map((s) => s.name)).toEqual([
      "Impact",
      "Scope",
      "Execution",
      "Teamwork",
      "Proficiency",
      "Additional Notes/Key Points/Examples",
    ]);
    const content = applyLevelMapping(parsed, { senior: "IC3", staff: "IC4", pivot: true });
    const scope = section(content, "Scope");
    expect(scope.seniorSignal).toBe(
      "Often works on components outside their immediate domain. Demonstrates some specialized skill sets on top of their general knowledge.",
    );
    expect(scope.staffSignal).toBe(
      "Recognizes overarching technical issues beyond their immediate domain and suggests solutions. Goes into whatever codebase is needed to solve the problem.",
    );
    expect(scope.levelReferences?.map((r) => r.level)).toEqual(["All Levels", "IC1", "IC2", "IC5"]);
    expectNoResidue(content);
  });

  test("the grid's axis can be turned: with levels as columns the table is no longer read as levels", () => {
    const { text, fileName } = readFixture(SOURCEGRAPH);
    const turned = parseFrameworkDocument(text, { fileName, competencyAxis: "rows" });
    expect(turned.grid).toEqual({ competencyAxis: "rows" });
    expect(turned.levels.map((l) => l.name)).toContain("Proficiency");
  });
});
