import { describe, expect, test } from "vitest";
import { applyLevelMapping } from "@/lib/frameworks/parse-framework-document";
import { expectNoResidue, parseFixture, section } from "./fixtures";

const MONZO = "monzo-progression-backend-engineering.md";

describe("Monzo's backend framework (a .md whose framework is YAML front matter)", () => {
  const parsed = parseFixture(MONZO);

  test("five topics × six levels from the front matter; 121 criteria and 14 example criteria; the introduction set aside", () => {
    expect(parsed.format).toBe("yaml");
    expect(parsed.title).toBe("Backend Engineering Framework");
    expect(parsed.sections.map((s) => s.name)).toEqual(["Communication", "Impact", "Leadership", "Influence", "Mastery"]);
    expect(parsed.levels.map((l) => l.name)).toEqual(["Level 1", "Level 2", "Level 3", "Level 4", "Level 5", "Level 6"]);
    expect(parsed.counts.expectations).toBe(135);
    const communication = section(parsed, "Communication");
    expect(communication.levelTexts.find((l) => l.level === "Level 2")?.texts).toEqual([
      "Proactively communicates to their team what they are working on, why, how it's going and what help they need",
      "Accepts feedback graciously",
      "Gives feedback to peers when asked",
      "Provides helpful and actionable feedback in code reviews in an empathetic manner (for example: Take a look at the levelling up your code reviews talk for some ideas)",
      "Writes PR descriptions that provide context and provide rationale for significant decisions (for example: I decided to X instead of Y here, I also considered Z but for these reasons I went with X)",
    ]);
    // The introduction is not offered as a competency; it is listed as set aside, whole.
    expect(parsed.sections.map((s) => s.name)).not.toContain("About our engineering progression frameworks");
    expect(parsed.setAside.some((e) => e.text === "The framework is a compass, not a GPS.")).toBe(true);
    expectNoResidue(parsed);
  });

  test("Level 4 as Senior and Level 5 as Staff", () => {
    const content = applyLevelMapping(parsed, { senior: "Level 4", staff: "Level 5" });
    const communication = section(content, "Communication");
    expect(communication.seniorSignal).toMatch(
      /^Proactively gives feedback 'upwards' and to people they interact with who are not in their team Transparent in making design/,
    );
    expect(communication.staffSignal).toBe(
      "Helps other people develop themselves and regularly gives insightful, useful feedback to those around them Talks to non-technical stakeholders on appropriate level of abstraction",
    );
    expect(communication.items).toHaveLength(5 + 2);
    expect(communication.levelReferences?.map((r) => r.level)).toEqual(["Level 1", "Level 2", "Level 3", "Level 6"]);
    expectNoResidue(content);
  });
});
