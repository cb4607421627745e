import { describe, expect, test } from "vitest";
import { applyLevelMapping, parseFrameworkDocument } from "@/lib/frameworks/parse-framework-document";
import { section } from "./fixtures";

const md = (text: string) => parseFrameworkDocument(text, { fileName: "ladder.md" });

describe("shapes a published ladder takes", () => {
  test("levels inside competencies: ### Senior / ### Staff under each ## competency", () => {
    const parsed = md(
      `# Ladder\n\n## Cross-team influence ⭐\n\n### Senior\n- Aligns their team on a convention\n\n### Staff\n- Gets several teams to adopt a platform\n  - and keeps it adopted\n\n### Principal\n- Sets direction for the company\n`,
    );
    const s = section(parsed, "Cross-team influence");
    expect(s.staffCriticalByDefault).toBe(true);
    expect(s.levelTexts).toEqual([
      { level: "Senior", texts: ["Aligns their team on a convention"] },
      { level: "Staff", texts: ["Gets several teams to adopt a platform: and keeps it adopted"] },
      { level: "Principal", texts: ["Sets direction for the company"] },
    ]);
    expect([parsed.guessedSenior, parsed.guessedStaff]).toEqual(["Senior", "Staff"]);
    const content = applyLevelMapping(parsed, { senior: "Senior", staff: "Staff" });
    expect(content.sections[0]).toMatchObject({
      seniorSignal: "Aligns their team on a convention",
      staffSignal: "Gets several teams to adopt a platform: and keeps it adopted",
      items: ["Aligns their team on a convention", "Gets several teams to adopt a platform: and keeps it adopted"],
      levelReferences: [{ level: "Principal", text: "Sets direction for the company" }],
    });
  });

  test("competencies inside levels, pivoted: ## IC4 → - **Execution**: …", () => {
    const parsed = md(
      `## IC3\n- **Execution**: ships a project\n- **Design (Staff-critical)**: designs a service\n\n## IC4\n- **Execution**: ships a program\n- **Design (Staff-critical)**: designs a platform\n`,
    );
    expect(parsed.sections.map((s) => s.name)).toEqual(["IC3", "IC4"]);
    expect(parsed.pivot.sections.map((s) => [s.name, s.staffCriticalByDefault])).toEqual([
      ["Execution", false],
      ["Design", true],
    ]);
    const content = applyLevelMapping(parsed, { senior: "IC3", staff: "IC4", pivot: true });
    expect(content.sections.map((s) => [s.name, s.seniorSignal, s.staffSignal])).toEqual([
      ["Execution", "ships a project", "ships a program"],
      ["Design", "designs a service", "designs a platform"],
    ]);
  });

  test.each([
    [
      "rows are competencies, columns are levels",
      "| Competency | Senior | Staff |\n|---|---|---|\n| Design | Designs a service | Designs a platform |\n| Delivery | Ships a project | Ships a program |",
    ],
    [
      "rows are levels, columns are competencies",
      "| Level | Design | Delivery |\n|---|---|---|\n| Senior | Designs a service | Ships a project |\n| Staff | Designs a platform | Ships a program |",
    ],
  ])("a pipe-table grid, %s", (_, table) => {
    const parsed = md(`# Grid\n\n## Matrix\n\n${table}\n`);
    expect(parsed.levels.map((l) => l.name)).toEqual(["Senior", "Staff"]);
    const content = applyLevelMapping(parsed, { senior: "Senior", staff: "Staff", pivot: true });
    expect(content.sections.map((s) => [s.name, s.seniorSignal, s.staffSignal])).toEqual([
      ["Design", "Designs a service", "Designs a platform"],
      ["Delivery", "Ships a project", "Ships a program"],
    ]);
  });

  test("bold-titled numbered paragraphs, links with their URL, ★ marks, images and scripts", () => {
    const parsed = md(
      `## ★ System design\n\n1. **Design docs** — writes one per project, see [the template](https://example.com/t)\n2. **Failure modes**: plans for them ![diagram](x.png)\n\n<script>alert(1)</script>\n`,
    );
    const s = section(parsed, "System design");
    expect(s.staffCriticalByDefault).toBe(true);
    expect(s.items).toEqual(["Design docs — writes one per project, see the template (https://example.com/t)", "Failure modes: plans for them"]);
    expect(JSON.stringify(parsed)).not.toMatch(/alert|png/);
  });

  test("an item up to 2,000 characters is kept whole; a longer one is split at sentence ends with a warning, nothing cut", () => {
    const sentence = "Leads a large migration across many teams with care. ";
    const long = sentence.repeat(50).trim();
    const parsed = md(`## Migration\n- ${sentence.repeat(30).trim()}\n- ${long}\n`);
    const items = section(parsed, "Migration").items;
    expect(items[0]).toBe(sentence.repeat(30).trim());
    expect(items.slice(1).join(" ")).toBe(long);
    expect(parsed.warnings.join(" ")).toMatch(/split into 2 items at sentence ends, nothing was cut/);
  });

  test("the generic YAML shape from the README", () => {
    const parsed = parseFrameworkDocument(
      `name: Backend ladder\nlevels: [Senior, Staff]\ncompetencies:\n  - name: System design\n    staffCritical: true\n    items: [Writes a short design doc]\n    levels:\n      Senior: [Designs a service]\n      Staff: Sets the architecture several teams build on\nguidance:\n  senior: [Delivers within a team]\n  staff: [Sets direction across teams]\nevidence:\n  - label: Two project deep-dives\n    description: Problem, constraints, trade-offs\n`,
      { fileName: "ladder.yaml" },
    );
    expect(parsed.format).toBe("yaml");
    const content = applyLevelMapping(parsed, { senior: "Senior", staff: "Staff" });
    expect(content).toEqual({
      name: "Backend ladder",
      description: "",
      sections: [
        {
          key: "system-design",
          name: "System design",
          description: "",
          items: ["Writes a short design doc", "Designs a service", "Sets the architecture several teams build on"],
          seniorSignal: "Designs a service",
          staffSignal: "Sets the architecture several teams build on",
          questions: [],
          redFlags: [],
          staffCriticalByDefault: true,
        },
      ],
      guidance: { senior: ["Delivers within a team"], staff: ["Sets direction across teams"] },
      evidenceChecklist: [{ label: "Two project deep-dives", description: "Problem, constraints, trade-offs", sectionKeys: [] }],
    });
  });

  test("nothing usable says what shape is expected, with an example", () => {
    const parsed = md("Just a paragraph of prose.\n\nAnd another one.");
    expect(parsed.problem?.kind).toBe("nothing-usable");
    expect(parsed.problem?.example).toMatch(/^## System design\n- /);
  });
});
