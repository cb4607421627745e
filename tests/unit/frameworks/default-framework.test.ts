import { describe, it, expect } from "vitest";
import { DEFAULT_FRAMEWORK, DEFAULT_RED_FLAG_TITLES, PANEL_EVIDENCE_CHECKLIST } from "@/lib/frameworks/default-framework";
import { RED_FLAG_SEVERITIES } from "@/lib/frameworks/types";

const sections = DEFAULT_FRAMEWORK.sections;

// design.md, "The default framework": order, keys and names.
const EXPECTED_SECTIONS: [key: string, name: string][] = [
  ["scope-and-impact", "Scope and impact"],
  ["technical-depth", "Technical depth"],
  ["system-design", "System design and architecture"],
  ["execution-and-delivery", "Execution and delivery"],
  ["code-quality", "Code quality and engineering excellence"],
  ["cross-team-influence", "Cross-team influence"],
  ["leadership-without-authority", "Leadership without authority"],
  ["product-thinking", "Product and business thinking"],
  ["reliability-and-operations", "Reliability and operations"],
];

const STAFF_CRITICAL = ["system-design", "cross-team-influence", "leadership-without-authority"];

const allRedFlags = sections.flatMap((s) => s.redFlags);
const allQuestions = sections.flatMap((s) => s.questions);

describe("DEFAULT_FRAMEWORK", () => {
  it("has a name and a description", () => {
    expect(DEFAULT_FRAMEWORK.name.trim()).not.toBe("");
    expect(DEFAULT_FRAMEWORK.description.trim()).not.toBe("");
  });

  it("has the nine sections of design.md, in order, with their keys and names", () => {
    expect(sections.map((s) => [s.key, s.name])).toEqual(EXPECTED_SECTIONS);
  });

  it("uses unique, URL-safe section keys", () => {
    const keys = sections.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("marks exactly system design, cross-team influence and leadership as Staff-critical", () => {
    const critical = sections.filter((s) => s.staffCriticalByDefault).map((s) => s.key);
    expect(critical).toEqual(STAFF_CRITICAL);
  });

  describe.each(sections.map((s) => [s.key, s] as const))("section %s", (_key, section) => {
    it("has a description", () => {
      expect(section.description.trim()).not.toBe("");
    });

    it("has four to six distinct, non-empty checklist items", () => {
      expect(section.items.length).toBeGreaterThanOrEqual(4);
      expect(section.items.length).toBeLessThanOrEqual(6);
      for (const item of section.items) expect(item.trim()).not.toBe("");
      expect(new Set(section.items).size).toBe(section.items.length);
    });

    it("has different, non-empty Senior and Staff signals", () => {
      expect(section.seniorSignal.trim()).not.toBe("");
      expect(section.staffSignal.trim()).not.toBe("");
      expect(section.seniorSignal).not.toBe(section.staffSignal);
    });

    it("has at least three probing questions, each with distinct Senior and Staff answers", () => {
      expect(section.questions.length).toBeGreaterThanOrEqual(3);
      for (const q of section.questions) {
        expect(q.prompt.trim()).not.toBe("");
        expect(q.seniorSignal.trim()).not.toBe("");
        expect(q.staffSignal.trim()).not.toBe("");
        expect(q.seniorSignal).not.toBe(q.staffSignal);
      }
    });

    it("has one to three red flags with a title, a description and a valid severity", () => {
      expect(section.redFlags.length).toBeGreaterThanOrEqual(1);
      expect(section.redFlags.length).toBeLessThanOrEqual(3);
      for (const flag of section.redFlags) {
        expect(flag.title.trim()).not.toBe("");
        expect(flag.description.trim()).not.toBe("");
        expect(RED_FLAG_SEVERITIES).toContain(flag.severity);
      }
    });
  });

  it("includes every red flag design.md names", () => {
    expect(DEFAULT_RED_FLAG_TITLES).toHaveLength(8);
    expect(new Set(DEFAULT_RED_FLAG_TITLES).size).toBe(8);
    const titles = allRedFlags.map((f) => f.title);
    for (const title of DEFAULT_RED_FLAG_TITLES) expect(titles).toContain(title);
  });

  it("gives a red flag that appears in several sections the same severity everywhere", () => {
    const severityByTitle = new Map<string, string>();
    for (const flag of allRedFlags) {
      const seen = severityByTitle.get(flag.title);
      if (seen !== undefined) expect(flag.severity).toBe(seen);
      severityByTitle.set(flag.title, flag.severity);
    }
  });

  it("caps scope inflation and a Staff candidate's avoidance of writing at Senior", () => {
    const severityOf = (title: string) => allRedFlags.find((f) => f.title === title)?.severity;
    expect(severityOf("Scope inflation")).toBe("caps-at-senior");
    expect(severityOf("Avoids writing and alignment work")).toBe("caps-at-senior");
    expect(severityOf("Impact without numbers")).toBe("note");
  });

  it("has at least one red flag that blocks a hire", () => {
    expect(allRedFlags.some((f) => f.severity === "blocks-hire")).toBe(true);
  });

  it("never repeats a question prompt", () => {
    const prompts = allQuestions.map((q) => q.prompt.trim().toLowerCase());
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it("uses American spelling throughout", () => {
    const text = JSON.stringify({ DEFAULT_FRAMEWORK, PANEL_EVIDENCE_CHECKLIST });
    for (const british of [/behaviour/i, /judgement/i, /organis/i, /prioritis/i, /optimis/i, /standardis/i, /modelling/i, /neighbour/i]) {
      expect(text).not.toMatch(british);
    }
  });
});

describe("PANEL_EVIDENCE_CHECKLIST", () => {
  const sectionKeys = new Set(sections.map((s) => s.key));

  it("lists the four things the panel should collect", () => {
    expect(PANEL_EVIDENCE_CHECKLIST.map((e) => e.key)).toEqual([
      "project-deep-dives",
      "hard-incident",
      "cross-team-influence-example",
      "raising-others-quality",
    ]);
  });

  it("gives every entry a label, a description and known section keys", () => {
    for (const entry of PANEL_EVIDENCE_CHECKLIST) {
      expect(entry.label.trim()).not.toBe("");
      expect(entry.description.trim()).not.toBe("");
      expect(entry.sectionKeys.length).toBeGreaterThan(0);
      for (const key of entry.sectionKeys) expect(sectionKeys).toContain(key);
    }
  });

  it("points the incident at reliability and cross-team influence at its own section", () => {
    const byKey = new Map(PANEL_EVIDENCE_CHECKLIST.map((e) => [e.key, e.sectionKeys]));
    expect(byKey.get("hard-incident")).toContain("reliability-and-operations");
    expect(byKey.get("cross-team-influence-example")).toContain("cross-team-influence");
    expect(byKey.get("raising-others-quality")).toContain("code-quality");
  });
});
