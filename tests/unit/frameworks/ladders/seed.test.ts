import { describe, expect, test } from "vitest";
import { validateFrameworkContent } from "@/lib/frameworks/framework-json";
import { expectNoResidue, mapped, parseFixture, section } from "./fixtures";

const SEED = "seed-000_9aa3ec95abe8a75a-senior-vs-staff-checklist.md";

describe("the seed checklist (front matter, ## per competency, task lists, a bar summary, an evidence checklist)", () => {
  const parsed = parseFixture(SEED);

  test("nine competencies, in the document's order, each with its task-list items whole", () => {
    expect(parsed.format).toBe("markdown");
    expect(parsed.title).toBe("Senior vs Staff Engineer Requirements Checklist");
    expect(parsed.sections.filter((s) => s.include).map((s) => [s.name, s.items.length])).toEqual([
      ["Scope and Impact", 4],
      ["Technical Depth", 5],
      ["System Design and Architecture", 5],
      ["Execution and Delivery", 5],
      ["Code Quality and Engineering Excellence", 4],
      ["Cross-Team Influence (Senior → Staff transition point)", 4],
      ["Leadership Without Authority", 4],
      ["Product and Business Thinking", 4],
      ["Reliability and Operations", 4],
    ]);
    expect(section(parsed, "Technical Depth").items[1]).toBe("Debugs across stack: logs/metrics/traces, reproduction, root-cause analysis.");
    expect(section(parsed, "Reliability and Operations").items[0]).toBe("Has owned incidents: detection → mitigation → postmortem → prevention.");
    expectNoResidue(parsed);
  });

  test("the bar summary is guidance and the evidence checklist is the panel checklist, not sections", () => {
    expect(parsed.sections.map((s) => s.name)).not.toContain("Typical “Bar” Summary");
    expect(parsed.guidance).toEqual({
      senior: [
        "Independently delivers large features/systems within a team.",
        "Strong design + execution + quality.",
        "Mentors, raises the bar locally, handles ambiguity.",
      ],
      staff: [
        "Defines technical direction for an area across teams.",
        "Leads multi-quarter, multi-team initiatives.",
        "Creates leverage (platforms, standards, reusable architectures).",
        "Strong stakeholder alignment and org-level risk management.",
      ],
    });
    expect(parsed.evidenceChecklist?.map((e) => e.label)).toEqual([
      "2–4 projects with: problem, constraints, approach, tradeoffs, impact metrics.",
      "One example of a hard incident and what changed afterward.",
      "One example of cross-team influence (migration, platform, standard, RFC).",
      "One example of mentorship/raising quality (process or tooling improvement).",
    ]);
    // The rating legend is offered but not suggested; its levels do not become ladder levels.
    const legend = parsed.sections.find((s) => s.name.startsWith("Optional: Rating Scale"));
    expect(legend?.include).toBe(false);
    expect(parsed.levels).toEqual([]);
  });

  test("the framework to save carries nine sections, guidance and the checklist, and passes the schema's section rules", () => {
    const content = mapped(parsed);
    expect(content.sections).toHaveLength(9);
    expect(content.guidance?.staff).toHaveLength(4);
    expect(content.evidenceChecklist).toHaveLength(4);
    const { guidance, evidenceChecklist, ...stored } = content;
    void guidance;
    void evidenceChecklist;
    expect(validateFrameworkContent(stored).ok).toBe(true);
  });
});
