import { describe, expect, test } from "vitest";
import { expectNoResidue, mapped, parseFixture, readFixture, section } from "./fixtures";
import { parse } from "yaml";
import { parseFrameworkDocument } from "@/lib/frameworks/parse-framework-document";

const FT = "ft-engineering-progression-engineering.yml";

describe("FT's engineering progression (YAML: levels, themes, competencies)", () => {
  const parsed = parseFixture(FT);

  test("nine themes become sections with their summaries; eight levels in order; 72 competencies each under its level", () => {
    expect(parsed.format).toBe("yaml");
    expect(parsed.title).toBe("Engineering");
    expect(parsed.sections.map((s) => s.name)).toEqual([
      "Planning and Organising",
      "Independent Working",
      "Problem Solving & Decision Making",
      "Business Impact",
      "Communication",
      "Team Work",
      "Curiosity & Learning",
      "Leadership of Self and Others",
      "Technical",
    ]);
    expect(parsed.sections).toHaveLength(9);
    expect(parsed.levels.map((l) => l.name)).toEqual([
      "Junior Engineer",
      "Engineer",
      "Senior Engineer 1",
      "Senior Engineer 2 (Individual Contributor)",
      "Senior Engineer 2 (People Manager)",
      "Principal Engineer (Individual Contributor)",
      "Principal Engineer (People Manager)",
      "Technology Director",
    ]);
    expect(parsed.counts.expectations).toBe(72);
    expect(section(parsed, "Planning and Organising").description).toMatch(/^Effectively manages activities within the available people/);
    for (const s of parsed.sections) expect(s.levelTexts.map((l) => l.texts.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(parsed.setAside).toEqual([]);
    expectNoResidue(parsed);
  });

  test("the longest competency statements (over 500 characters) arrive whole", () => {
    const longest = Math.max(...parsed.sections.flatMap((s) => s.levelTexts.flatMap((l) => l.texts.map((t) => t.length))));
    expect(longest).toBeGreaterThan(500);
    for (const s of parsed.sections) for (const item of s.items) expect(item.length).toBeLessThanOrEqual(2000);
  });

  test("mapped to Senior Engineer 1 and Principal Engineer (IC): signals from those levels, the other six kept as reference", () => {
    expect(parsed.guessedSenior).toBe("Senior Engineer 1");
    expect(parsed.guessedStaff).toBe("Principal Engineer (Individual Contributor)");
    const content = mapped(parsed);
    const planning = section(content, "Planning and Organising");
    expect(planning.seniorSignal).toBe(
      "Breaks down large, complex technical plans into manageable tasks. Contributes to accurate estimation of tasks.",
    );
    expect(planning.staffSignal).toBe(
      "Leads large-scale planning initiatives, ensuring technical and business alignment. Prepares estimates and costs across large projects, factoring dependencies and risks.",
    );
    expect(planning.items).toEqual([planning.seniorSignal, planning.staffSignal]);
    expect(planning.levelReferences?.map((r) => r.level)).toEqual([
      "Junior Engineer",
      "Engineer",
      "Senior Engineer 2 (Individual Contributor)",
      "Senior Engineer 2 (People Manager)",
      "Principal Engineer (People Manager)",
      "Technology Director",
    ]);
    expectNoResidue(content);
  });

  test("the same file converted to JSON reads the same", () => {
    const { text } = readFixture(FT);
    const json = parseFrameworkDocument(JSON.stringify(parse(text)), { fileName: "engineering.json" });
    expect(json.sections.map((s) => s.name)).toEqual(parsed.sections.map((s) => s.name));
    expect(json.counts.expectations).toBe(72);
  });
});
