import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { exportFrameworkMarkdown } from "@/lib/frameworks/framework-markdown";
import { FRAMEWORK_LIMITS, validateFrameworkContent } from "@/lib/frameworks/framework-json";
import { applyLevelMapping, parseFrameworkDocument, type ParsedDocument } from "@/lib/frameworks/parse-framework-document";
import { LADDER_SET_ASIDE_REASONS } from "@/lib/frameworks/parse/sections";
import { SECTION_SET_ASIDE_REASONS as SECTION, TEXT_SET_ASIDE_REASONS as TEXT } from "@/lib/frameworks/parse/set-aside";
import type { FrameworkContent, SectionContent } from "@/lib/frameworks/types";

/** The path a pasted document takes (no file name, so the format is read from the text). */
const parse = (text: string) => parseFrameworkDocument(text);

/** What the import saves when every section is included: the preview's sections as framework content. */
function contentOf(parsed: ParsedDocument, options: { includeKeys?: Iterable<string>; name?: string } = {}): FrameworkContent {
  return applyLevelMapping(parsed, {
    includeKeys: options.includeKeys ?? parsed.sections.map((s) => s.key),
    name: options.name ?? parsed.title ?? "",
  });
}

/** A one-item checklist's item: how inline markup reads. */
const itemText = (source: string) => parse(`## S\n- ${source}\n`).sections[0]?.items[0];

/** The parts of a section a reviewer checks in the preview. */
function outline(parsed: ParsedDocument) {
  return parsed.sections.map((s) => ({
    name: s.name,
    items: s.items,
    include: s.include,
    reason: s.setAsideReason,
  }));
}

function competency(name: string, items: string[]) {
  return { name, items, include: true, reason: null };
}

describe("parseFrameworkDocument: checklists of different shapes", () => {
  test("(a) a plain GitHub task list", () => {
    const parsed = parse(`# Backend engineer checklist

## Ownership
- [ ] Takes a problem from a vague request to a shipped change
- [x] Writes the follow-up ticket before closing an incident
- [ ] Says no to work that does not move the metric

## Debugging
- [ ] Starts from the symptom the user saw
- [X] Narrows the search with logs, metrics and traces
* [ ] Writes down the root cause in one sentence
`);
    expect(parsed.title).toBe("Backend engineer checklist");
    expect(outline(parsed)).toEqual([
      competency("Ownership", [
        "Takes a problem from a vague request to a shipped change",
        "Writes the follow-up ticket before closing an incident",
        "Says no to work that does not move the metric",
      ]),
      competency("Debugging", [
        "Starts from the symptom the user saw",
        "Narrows the search with logs, metrics and traces",
        "Writes down the root cause in one sentence",
      ]),
    ]);
    expect(parsed.sections.map((s) => [s.key, s.line])).toEqual([
      ["ownership", 3],
      ["debugging", 8],
    ]);
    expect(parsed.setAside).toEqual([]);
    expect(parsed.warnings).toEqual([]);
  });

  test("(b) a wiki page: front matter, how-to intro, legend, rules and a bar summary", () => {
    const parsed = parse(`---
title: "Platform team interview checklist"
owner: eng-hiring
---

Use this page during the loop.

## How to use this checklist

Pick two sections per interview. Tick a box only when the candidate gives an example.

- Read the whole page before the first interview
- Do not share it with candidates

---

## Rating scale

- 0 — limited evidence
- 1 – some evidence, or inconsistent
- 2 - strong evidence, repeated outcomes

***

## Technical direction

Sets where the system is going and why.

- [ ] Names the two or three options that were on the table
- [ ] Explains which constraint decided between them

___

## Operating the service
- [ ] Has carried the pager for something they built

## Scoring notes
Each interviewer scores on their own.

## Staff bar
Staff candidates show most of the above across several teams.
- Two sections at strong evidence

## References
- [Our career ladder](https://wiki.example.com/ladder)
`);
    expect(parsed.title).toBe("Platform team interview checklist");
    expect(parsed.description).toBe("Use this page during the loop.");
    expect(outline(parsed)).toEqual([
      {
        name: "How to use this checklist",
        items: ["Read the whole page before the first interview", "Do not share it with candidates"],
        include: false,
        reason: SECTION.preamble,
      },
      {
        name: "Rating scale",
        items: ["0 — limited evidence", "1 – some evidence, or inconsistent", "2 - strong evidence, repeated outcomes"],
        include: false,
        reason: SECTION.ratingScale,
      },
      competency("Technical direction", ["Names the two or three options that were on the table", "Explains which constraint decided between them"]),
      competency("Operating the service", ["Has carried the pager for something they built"]),
      { name: "Scoring notes", items: [], include: false, reason: SECTION.ratingScale },
      { name: "Staff bar", items: ["Two sections at strong evidence"], include: false, reason: SECTION.barSummary },
      // A list of nothing but links is navigation, set aside whole (below), not items.
      { name: "References", items: [], include: false, reason: SECTION.references },
    ]);
    expect(parsed.sections[0]?.description).toBe("Pick two sections per interview. Tick a box only when the candidate gives an example.");
    expect(parsed.sections[2]?.description).toBe("Sets where the system is going and why.");
    expect(parsed.setAside).toEqual([
      {
        line: 1,
        text: 'title: "Platform team interview checklist"\nowner: eng-hiring',
        reason: TEXT.frontMatter,
      },
      { line: 45, text: "Our career ladder (https://wiki.example.com/ladder)", reason: LADDER_SET_ASIDE_REASONS.navigation },
    ]);
  });

  test("(c) numbered lists with bold labels and links (links keep their URL)", () => {
    const parsed = parse(`# Leveling notes for infrastructure hires

## 1. Scope and impact
1. **Owns an area** — not a queue of tickets; see [the ownership doc](https://wiki.example.com/ownership).
2. **Sets a metric** and reports on it monthly.
3) **Lifts others** by shipping a tool two teams now use.

## 2) Reliability
1. **Incidents:** led the response *and* the follow-up.
2. **Safe deploys** using [feature flags](https://example.com/flags "Flags") and canaries.
10. __Drills__ run at least once a quarter, see <https://example.com/drills>.
`);
    expect(outline(parsed)).toEqual([
      competency("Scope and impact", [
        "Owns an area — not a queue of tickets; see the ownership doc (https://wiki.example.com/ownership).",
        "Sets a metric and reports on it monthly.",
        "Lifts others by shipping a tool two teams now use.",
      ]),
      competency("Reliability", [
        "Incidents: led the response and the follow-up.",
        "Safe deploys using feature flags (https://example.com/flags) and canaries.",
        "Drills run at least once a quarter, see https://example.com/drills.",
      ]),
    ]);
    expect(parsed.sections.map((s) => s.key)).toEqual(["scope-and-impact", "reliability"]);
  });

  test("(d) ### sub-headings prefix their items; nested bullets fold into the parent", () => {
    const parsed = parse(`# Staff engineer loop

## Cross-team influence

How the candidate changes what other teams do.

### Senior
- Gets their own team to agree on a convention
### Staff
- Gets several teams to adopt a shared library
  - without a mandate from management
  - with a migration guide they wrote
- Retires a standard nobody uses

## Code review
#### What good looks like
* Reviews for correctness first, style last:
    * catches missing tests
        * especially for error paths
+ Leaves the codebase easier to change
`);
    expect(outline(parsed)).toEqual([
      competency("Cross-team influence", [
        "Senior: Gets their own team to agree on a convention",
        "Staff: Gets several teams to adopt a shared library: without a mandate from management; with a migration guide they wrote",
        "Staff: Retires a standard nobody uses",
      ]),
      competency("Code review", [
        // Each level of nesting qualifies its parent: "especially for error paths" is about the missing tests.
        "What good looks like: Reviews for correctness first, style last: catches missing tests: especially for error paths",
        "What good looks like: Leaves the codebase easier to change",
      ]),
    ]);
    expect(parsed.sections[0]?.description).toBe("How the candidate changes what other teams do.");
  });

  test("(e) CRLF, BOM, tabs, HTML comments and code fences", () => {
    const text = [
      "\ufeff# Checklist",
      "",
      "<!-- draft: do not publish -->",
      "## Testing",
      "-\t[ ] Writes tests that fail for the right reason",
      "\t- at the boundary <!-- inline note --> of the module",
      "- [ ] Keeps the suite under ten minutes",
      "<!--",
      "## Hidden section",
      "- [ ] never seen",
      "-->",
      "```yaml",
      "- [ ] not an item either",
      "```",
      "## Security",
      "- [ ] Keeps secrets\tout of the repository",
      "~~~",
      "## Not a heading inside a tilde fence",
      "~~~",
      "",
    ].join("\r\n");
    const parsed = parse(text);
    expect(parsed.title).toBe("Checklist");
    expect(outline(parsed)).toEqual([
      competency("Testing", ["Writes tests that fail for the right reason: at the boundary of the module", "Keeps the suite under ten minutes"]),
      competency("Security", ["Keeps secrets out of the repository"]),
    ]);
    expect(parsed.sections.map((s) => s.line)).toEqual([4, 15]);
    expect(parsed.setAside).toEqual([
      { line: 12, text: "- [ ] not an item either", reason: TEXT.codeBlock },
      { line: 17, text: "## Not a heading inside a tilde fence", reason: TEXT.codeBlock },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  test("(f) a messy one: duplicate and empty sections, emphasis, a table, continuation lines", () => {
    const parsed = parse(`# *Messy* checklist

Some intro text that is *very* **emphatic**.

A second intro paragraph.

## Product thinking
- [ ] Ties the work to a **user** outcome,
  not to the _roadmap_ slot
- [ ] Knows when \`good enough\` is right

## Empty section

## product  thinking
- [ ] Knows when \`good enough\` is right
- [ ] Checks the result with ~~gut feel~~ data, not snake_case_names

| Behaviour | Senior | Staff |
| --- | --- | --- |
| Metrics | team | org |

## ___Data correctness___
- [ ] Plans backfills that can run *twice*
Lazy continuation line.

A paragraph after the list.

## Red flags
- Claims impact without numbers
`);
    expect(parsed.title).toBe("Messy checklist");
    expect(parsed.description).toBe("Some intro text that is very emphatic.");
    expect(outline(parsed)).toEqual([
      competency("Product thinking", [
        "Ties the work to a user outcome, not to the roadmap slot",
        "Knows when good enough is right",
        "Checks the result with gut feel data, not snake_case_names",
      ]),
      { name: "Empty section", items: [], include: false, reason: SECTION.noItems },
      competency("Data correctness", ["Plans backfills that can run twice Lazy continuation line."]),
      { name: "Red flags", items: ["Claims impact without numbers"], include: false, reason: SECTION.redFlags },
    ]);
    expect(parsed.warnings).toEqual(['The section "product thinking" on line 14 repeats the one on line 7; 1 new item was merged into it.']);
    expect(parsed.setAside).toEqual([
      { line: 5, text: "A second intro paragraph.", reason: TEXT.beforeFirstSection },
      { line: 18, text: "Behaviour | Senior | Staff\nMetrics | team | org", reason: TEXT.table },
      { line: 26, text: "A paragraph after the list.", reason: TEXT.paragraph },
    ]);
  });

  test("(g) a Levelset Markdown export parses back to the same framework, keys included", () => {
    const markdown = exportFrameworkMarkdown(SAMPLE_FRAMEWORK);
    const parsed = parse(markdown);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.sections.map((s) => s.include)).toEqual([true, true, true]);
    expect(contentOf(parsed)).toEqual(SAMPLE_FRAMEWORK);
  });

  test("a legend under another name is spotted by its lines", () => {
    const parsed = parse(`## How we read answers
**0** — nothing concrete
1: one example, thin on outcome
2 = repeated outcomes with numbers

## Execution
- Cuts a fuzzy goal into milestones
`);
    expect(outline(parsed)).toEqual([
      { name: "How we read answers", items: [], include: false, reason: SECTION.ratingScale },
      competency("Execution", ["Cuts a fuzzy goal into milestones"]),
    ]);
  });
});

describe("parseFrameworkDocument: edge cases", () => {
  test("an empty document says so", () => {
    for (const text of ["", "   \n\n", "\ufeff"]) {
      const parsed = parse(text);
      expect(parsed.sections).toEqual([]);
      expect(parsed.problem).toEqual({ kind: "empty", message: "The file is empty. Choose a file with the checklist in it, or paste the text." });
      expect(parsed.warnings).toEqual([parsed.problem?.message]);
    }
  });

  test("only prose: no sections and a clear warning", () => {
    const parsed = parse("We look for people who care about users.\n\nAnd who write well.\n");
    expect(parsed.sections).toEqual([]);
    expect(parsed.description).toBe("We look for people who care about users.");
    // Said as the problem, with the shape Levelset reads, so the preview can show an example.
    expect(parsed.problem?.kind).toBe("nothing-usable");
    expect(parsed.problem?.message).toContain("Levelset reads a `## Heading` per competency with a list of expectations under it");
    expect(parsed.problem?.example).toContain("## System design\n- ");
  });

  test("a bare list without ## headings becomes one section named after the title", () => {
    const parsed = parse("# Quick screen\n\n- [ ] Explains a past trade-off\n- [ ] Names a metric they moved\n");
    expect(outline(parsed)).toEqual([competency("Quick screen", ["Explains a past trade-off", "Names a metric they moved"])]);
    expect(parsed.warnings[0]).toContain('its list became one section, "Quick screen"');
  });

  test("several # headings and no ## headings: # is the section level", () => {
    const parsed = parse("# Design\n- Draws the data flow\n# Delivery\n- Ships in slices\n");
    expect(parsed.title).toBeUndefined();
    expect(outline(parsed)).toEqual([competency("Design", ["Draws the data flow"]), competency("Delivery", ["Ships in slices"])]);
  });

  test("a ★ marks a section Staff-critical; closing hashes and empty headings", () => {
    const parsed = parse("## ★ System design ##\n- Plans failure modes\n## Execution ★\n- Ships\n##\n- Orphan\n");
    expect(parsed.sections.map((s) => [s.name, s.staffCriticalByDefault])).toEqual([
      ["System design", true],
      ["Execution", true],
      ["Untitled section", false],
    ]);
    expect(parsed.warnings).toEqual([
      'The heading on line 5 is empty; it was named "Untitled section". Give it a name in the preview or the source.',
    ]);
  });

  test("a <!-- key: ... --> line under a heading keeps the key; an invalid or taken one falls back", () => {
    const parsed = parse(
      "## Design\n<!-- key: sys-design -->\n- a\n## Delivery\n<!-- key: Not A Key -->\n- b\n## Depth\n<!-- key: sys-design -->\n- c\n",
    );
    expect(parsed.sections.map((s) => [s.key, s.items])).toEqual([
      ["sys-design", ["a"]],
      ["delivery", ["b"]],
      ["sys-design-2", ["c"]],
    ]);
  });

  test("keys are ASCII slugs, unique within the document", () => {
    const parsed = parse("## Café & Crème\n- a\n## Cafe, Creme!\n- b\n## C++\n- c\n## C\n- d\n## 日本語\n- e\n");
    expect(parsed.sections.map((s) => s.key)).toEqual(["cafe-creme", "cafe-creme-2", "cpp", "c", "section"]);
  });

  test.each([
    ["[text](https://x.y) and ![alt](i.png)", "text (https://x.y) and"],
    ["**bold**, __bold__, *em*, _em_, ***both***", "bold, bold, em, em, both"],
    ["`code` and ``a ` tick``", "code and a ` tick"],
    ["snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"],
    ["\\*not emphasis\\* \\[not a link\\]", "*not emphasis* [not a link]"],
    ["a &amp; b &lt;c&gt; &#9733; &unknown;", "a & b <c> ★ &unknown;"],
    ["<b>tag</b> <br/> <https://a.example> x < y", "tag https://a.example x < y"],
    ["~~old~~ new, about ~5 teams", "old new, about ~5 teams"],
    ["[a [b](c) [WIP] [ref][r]", "[a b (c) [WIP] [ref][r]"],
    ["  spaced \t out  ", "spaced out"],
  ])("inline markup %j → %j", (source, plain) => {
    expect(itemText(source)).toBe(plain);
  });
});

describe("parseFrameworkDocument: limits", () => {
  test("a 1 MB checklist parses to the expected counts", () => {
    const sections: string[] = [];
    for (let s = 0; s < FRAMEWORK_LIMITS.sectionsMax; s++) {
      const items = Array.from(
        { length: FRAMEWORK_LIMITS.itemsPerSectionMax },
        (_, i) => `- [ ] Behaviour ${s}.${i} seen in a **real** production example`,
      );
      sections.push(`## Competency ${s}\n\nWhat this section is about.\n\n${items.join("\n")}\n`);
    }
    const text = sections.join("\n");
    expect(text.length).toBeGreaterThan(1_000_000);
    const parsed = parse(text);
    expect(parsed.sections).toHaveLength(FRAMEWORK_LIMITS.sectionsMax);
    expect(parsed.sections.every((s) => s.items.length === FRAMEWORK_LIMITS.itemsPerSectionMax && s.include)).toBe(true);
    expect(parsed.sections[99]?.items[199]).toBe("Behaviour 99.199 seen in a real production example");
    expect(parsed.warnings).toEqual([]);
  });

  test("past the limits: extra sections are left out with a warning; too many items or a long item are kept whole, with a warning", () => {
    const tooManySections = Array.from({ length: FRAMEWORK_LIMITS.sectionsMax + 5 }, (_, i) => `## S${i}\n- x`).join("\n");
    const a = parse(tooManySections);
    expect(a.sections).toHaveLength(FRAMEWORK_LIMITS.sectionsMax);
    expect(a.warnings).toEqual([
      `The document has more than ${FRAMEWORK_LIMITS.sectionsMax} sections, the most a framework can hold; everything from line ${2 * FRAMEWORK_LIMITS.sectionsMax + 1} on was left out.`,
    ]);

    const items = Array.from({ length: FRAMEWORK_LIMITS.itemsPerSectionMax + 3 }, (_, i) => `- item ${i}`).join("\n");
    const b = parse(`## Big\n${items}\n- ${"y".repeat(2000)}`);
    // Nothing is dropped: the recruiter splits the section, and saving refuses it until then.
    expect(b.sections[0]?.items).toHaveLength(FRAMEWORK_LIMITS.itemsPerSectionMax + 4);
    expect(b.warnings).toEqual([
      `"Big" has ${FRAMEWORK_LIMITS.itemsPerSectionMax + 4} items, more than the ${FRAMEWORK_LIMITS.itemsPerSectionMax} a section can hold; split it into several sections in the source or the editor before saving.`,
    ]);

    const long = "word ".repeat(FRAMEWORK_LIMITS.itemMax / 5 + 20).trim();
    const c = parse(`## Long\n- ${long}`);
    expect(c.sections[0]?.items.every((i) => i.length <= FRAMEWORK_LIMITS.itemMax)).toBe(true);
    expect(c.sections[0]?.items.join(" ")).toBe(long);
    expect(c.warnings).toEqual([
      `An item in "Long" is longer than ${FRAMEWORK_LIMITS.itemMax} characters; it was split into 2 items at sentence ends, nothing was cut.`,
    ]);
  });

  test.each([
    ["[", "opening brackets"],
    ["`", "backticks"],
    ["` ``", "mixed backtick runs"],
    ["*a", "unmatched emphasis"],
    ["<a", "unclosed tags"],
    ["&a", "entity starts"],
    ["[x](", "unclosed link targets"],
  ])("a megabyte line of %j (%s) stays linear and no item is over the limit", (unit) => {
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const parsed = parse(`## Hostile\n- ${line}\n`);
    expect(parsed.sections).toHaveLength(1);
    // A line of backticks opens a code fence (CommonMark), so that section has no items at all.
    expect(parsed.sections[0]?.items.every((i) => i.length <= FRAMEWORK_LIMITS.itemMax)).toBe(true);
  });

  test("an unclosed fence hides the rest, with a warning naming its line; an unclosed comment inside a line hides nothing", () => {
    const fence = parse("## A\n- a\n```\n## B\n- b\n");
    expect(fence.sections.map((s) => s.name)).toEqual(["A"]);
    expect(fence.warnings).toEqual(["The code block opened on line 3 is never closed, so everything after it was read as code. Add a closing ```."]);
    expect(fence.setAside).toEqual([{ line: 3, text: "## B\n- b", reason: TEXT.codeBlock }]);
    // Closed fences, also inside a quote or a list item, do not warn.
    for (const text of ["## A\n- a\n```\ncode\n```\n", "## A\n> ```\n> code\n> ```\n- a\n", "## A\n- a\n  ~~~~\n  code\n  ~~~~\n"]) {
      expect(parse(text).warnings).toEqual([]);
    }
    // CommonMark (and GitHub) read "<!--" without "-->" inside a line as text, so nothing after it is lost.
    const comment = parse("## A\n- a <!-- note\n## B\n- b\n");
    expect(comment.sections.map((s) => [s.name, s.items])).toEqual([
      ["A", ["a <!-- note"]],
      ["B", ["b"]],
    ]);
    expect(comment.warnings).toEqual([]);
  });
});

describe("the content an import saves (applyLevelMapping with the chosen sections)", () => {
  test("keeps the chosen sections in document order, items only for a plain checklist", () => {
    const parsed = parse(
      "# Draft\n## Rating scale\n- 0 — none\n- 1 — some\n## Design\nDraws boxes.\n- Draws the data flow\n## Delivery\n- Ships in slices\n",
    );
    const content = contentOf(parsed, { includeKeys: ["delivery", "design"], name: "  Platform loop " });
    expect(content).toEqual({
      name: "Platform loop",
      description: "",
      sections: [
        {
          key: "design",
          name: "Design",
          description: "Draws boxes.",
          items: ["Draws the data flow"],
          seniorSignal: "",
          staffSignal: "",
          questions: [],
          redFlags: [],
          staffCriticalByDefault: false,
        },
        {
          key: "delivery",
          name: "Delivery",
          description: "",
          items: ["Ships in slices"],
          seniorSignal: "",
          staffSignal: "",
          questions: [],
          redFlags: [],
          staffCriticalByDefault: false,
        },
      ],
    });
    expect(validateFrameworkContent(content).ok).toBe(true);
  });
});

// Text for the round-trip properties: markup characters, ★ marks, entities, comment and fence openers, numbers and
// boxes at the start, severity and signal labels, other scripts and line breaks, so the export's escaping is exercised.
const piece = fc.constantFrom(
  ..."abcXYZ 019 .,:;!?()-+=*_`~#|<>[]\\&★☆⭐'\"/".split(""),
  "&amp;",
  "&#9733;",
  "<!--",
  "-->",
  "<?",
  "```",
  "~~~",
  "1. ",
  "2) ",
  "[ ] ",
  "[x] ",
  "---",
  "## ",
  "(note)",
  "(Blocks hire)",
  "Senior: ",
  "é",
  "e\u0301",
  "𝐀",
  "日本",
  "\u00a0",
  "\t",
  "\n",
  "\n\n",
);
const text = (max: number) =>
  fc
    .array(piece, { minLength: 1, maxLength: max })
    .map((parts) => parts.join(""))
    .filter((s) => s.trim() !== "");
const optional = (max: number) => fc.oneof(fc.constant(""), text(max));
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

describe("Markdown export → parse", () => {
  test("recovers every section name and item, whatever characters they hold", () => {
    const sectionArb = fc.record({ name: text(20), items: fc.array(text(30), { minLength: 1, maxLength: 4 }), star: fc.boolean() });
    fc.assert(
      fc.property(fc.uniqueArray(sectionArb, { minLength: 1, maxLength: 5, selector: (s) => collapse(s.name).toLowerCase() }), (sections) => {
        const content: FrameworkContent = {
          name: "Property framework",
          description: "",
          sections: sections.map((s, i) => ({
            key: `s-${i}`,
            name: s.name,
            description: "",
            items: s.items,
            seniorSignal: "",
            staffSignal: "",
            questions: [],
            redFlags: [],
            staffCriticalByDefault: s.star,
          })),
        };
        const parsed = parse(exportFrameworkMarkdown(content));
        expect(parsed.sections.map((s) => s.name)).toEqual(sections.map((s) => collapse(s.name)));
        expect(parsed.sections.map((s) => s.items)).toEqual(sections.map((s) => s.items.map(collapse)));
        expect(parsed.sections.map((s) => s.staffCriticalByDefault)).toEqual(sections.map((s) => s.star));
        expect(parsed.sections.map((s) => s.key)).toEqual(sections.map((_, i) => `s-${i}`));
      }),
      { numRuns: 500 },
    );
  });

  test("recovers signals, questions and red flags too when each text is one line", () => {
    // A blank line would start a second paragraph, which Markdown import leaves out by design.
    const oneLine = (max: number) => text(max).map((s) => s.replace(/\n/g, " "));
    const optional = fc.oneof(fc.constant(""), oneLine(25));
    const sectionArb = fc.record({
      name: text(20),
      description: optional,
      items: fc.array(text(30), { maxLength: 3 }),
      seniorSignal: optional,
      staffSignal: optional,
      questions: fc.array(fc.record({ prompt: text(30), seniorSignal: optional, staffSignal: optional }), { maxLength: 2 }),
      redFlags: fc.array(
        fc.record({ title: text(20), description: optional, severity: fc.constantFrom("note", "caps-at-senior", "blocks-hire" as const) }),
        { maxLength: 2 },
      ),
      staffCriticalByDefault: fc.boolean(),
    });
    fc.assert(
      fc.property(
        oneLine(20),
        optional,
        fc.uniqueArray(sectionArb, { minLength: 1, maxLength: 4, selector: (s) => collapse(s.name).toLowerCase() }),
        (name, description, sections) => {
          const content: FrameworkContent = { name, description, sections: sections.map((s, i) => ({ ...s, key: `s-${i}` })) };
          const parsed = parse(exportFrameworkMarkdown(content));
          const recovered = contentOf(parsed);
          const expected = (c: FrameworkContent) =>
            JSON.parse(JSON.stringify(c, (_key, value: unknown) => (typeof value === "string" ? collapse(value) : value))) as unknown;
          expect(expected(recovered)).toEqual(expected(content));
        },
      ),
      { numRuns: 300 },
    );
  });
});

const SAMPLE_FRAMEWORK: FrameworkContent = {
  name: "Platform engineering (2025)",
  description: "How the platform group levels *Senior* and Staff engineers.",
  sections: [
    {
      key: "design",
      name: "System design",
      description: "Designs that survive contact with production.",
      items: ["Writes a short design doc with alternatives", "Plans timeouts, retries & rate limits", "Knows the `p99` budget"],
      seniorSignal: "Designs a service with its failure modes covered.",
      staffSignal: "Sets the design standards several teams build on.",
      questions: [
        {
          prompt: "Tell me about a design you changed after review.",
          seniorSignal: "A concrete change to their own service, with the reason.",
          staffSignal: "A change that reshaped how other teams integrate.",
        },
        { prompt: "What would you do differently?", seniorSignal: "", staffSignal: "Names the org-level cost." },
      ],
      redFlags: [
        { title: "Heroics instead of fixing the system", description: "Fixes the same outage by hand, again.", severity: "blocks-hire" },
        { title: "Impact claimed without numbers", description: "", severity: "caps-at-senior" },
      ],
      staffCriticalByDefault: true,
    },
    {
      key: "delivery",
      name: "Execution",
      description: "",
      items: ["1. Cuts work into milestones", "- Ships behind flags", "[ ] Keeps quality under deadline pressure"],
      seniorSignal: "",
      staffSignal: "",
      questions: [],
      redFlags: [{ title: "Endless debate (note)", description: "No decision lands.", severity: "note" }],
      staffCriticalByDefault: false,
    },
    {
      key: "role-context",
      name: "★ About the role",
      description: "Not a preamble: the name only starts like one.",
      items: ["Explains _why_ the role exists"],
      seniorSignal: "",
      staffSignal: "",
      questions: [{ prompt: "Why this team?", seniorSignal: "Senior: likes the stack.", staffSignal: "" }],
      redFlags: [],
      staffCriticalByDefault: false,
    },
  ],
};

describe("level comparison tables are not competencies", () => {
  test.each(["Senior vs Staff at a glance", "Senior vs. Staff", "Staff versus Senior: how they differ"])(
    "## %s becomes the framework's bar guidance, not a section",
    (heading) => {
      const parsed = parse(`## Execution\n- Ships in increments\n\n## ${heading}\n- Senior: a team\n- Staff: several teams\n`);
      expect(parsed.sections.map((s) => [s.name, s.include])).toEqual([["Execution", true]]);
      expect(parsed.guidance).toEqual({ senior: ["a team"], staff: ["several teams"] });
      expect(contentOf(parsed).guidance).toEqual({ senior: ["a team"], staff: ["several teams"] });
    },
  );
});

/** One section with the given parts, the rest empty (the sample's Execution section without its items and red flag). */
function oneSection(parts: Partial<SectionContent>): FrameworkContent {
  const blank: SectionContent = { ...SAMPLE_FRAMEWORK.sections[1]!, key: "s-0", name: "Design", items: [], redFlags: [] };
  return { name: "Round trip", description: "", sections: [{ ...blank, ...parts }] };
}

describe("our own Markdown export reads back as it was written", () => {
  // Each row was a gap of the new parser found by porting the legacy parser's tests.
  test.each<[string, FrameworkContent]>([
    ["a name that starts with ★ is not a Staff-critical mark", oneSection({ name: "★ About the role", items: ["a"] })],
    ["a Staff-critical name that starts with ★ keeps it", oneSection({ name: "★ About the role", items: ["a"], staffCriticalByDefault: true })],
    ["a name that starts with a number keeps it", oneSection({ name: "1. Scope", items: ["a"] })],
    ["a name that ends with ★ or ⭐", oneSection({ name: "Design ★ ⭐", items: ["a"] })],
    [
      "a question prompt that starts like a task box",
      oneSection({ items: ["a"], questions: [{ prompt: "[ ] a", seniorSignal: "", staffSignal: "" }] }),
    ],
    ["an item that starts like a task box", oneSection({ items: ["[x] done", "[ ] a"] })],
    [
      "a question prompt that starts like an HTML instruction",
      oneSection({ items: ["a"], questions: [{ prompt: "<?a", seniorSignal: "", staffSignal: "" }] }),
    ],
    ["red flags written like links to pages", oneSection({ items: ["a"], redFlags: [{ title: "a", description: "", severity: "note" }] })],
    ["items written like links to pages", oneSection({ items: ["Owns incidents (on-call)", "Writes docs (wiki)"] })],
    ["a section with signals and no items", oneSection({ seniorSignal: "Leads a project", staffSignal: "Leads a program" })],
    ["the ★ legend under a description", { ...oneSection({ items: ["a"], staffCriticalByDefault: true }), description: "How we level engineers." }],
    ["other levels' reference text is not read as items", oneSection({ items: ["a"], levelReferences: [{ level: "IC3", text: "Ships tasks." }] })],
  ])("%s", (_, content) => {
    const parsed = parse(exportFrameworkMarkdown(content));
    expect(parsed.problem).toBeUndefined();
    expect(parsed.warnings).toEqual([]);
    const { levelReferences: _references, ...section } = content.sections[0] ?? oneSection({}).sections[0]!;
    expect(contentOf(parsed)).toEqual({ ...content, sections: [section] });
  });

  test("the ★ legend line is set aside as export detail, not read as a section", () => {
    const parsed = parse(exportFrameworkMarkdown(oneSection({ items: ["a"], staffCriticalByDefault: true })));
    expect(parsed.sections.map((s) => s.name)).toEqual(["Design"]);
    expect(parsed.setAside).toEqual([{ line: 3, text: "★ marks a section that is Staff-critical by default.", reason: TEXT.levelsetDetail }]);
  });

  test.each([
    ["## 1. Scope and impact", "Scope and impact", false],
    ["## 2) Reliability ★", "Reliability", true],
    ["## ★ 3. Delivery", "Delivery", true],
    ["## 1\\. Scope", "1. Scope", false],
    ["## &#9733; About the role", "★ About the role", false],
    ["## 2024 goals", "2024 goals", false],
    ["## 1.5 Scope", "1.5 Scope", false],
  ])("a written heading %j names the section %j (Staff-critical: %s)", (heading, name, staffCritical) => {
    const parsed = parse(`${heading}\n- a\n`);
    expect(parsed.sections.map((s) => [s.name, s.staffCriticalByDefault])).toEqual([[name, staffCritical]]);
  });

  test.each([
    [
      "lines of one paragraph",
      "## How we read answers\n**0** — nothing concrete\n1: one example, thin on outcome\n2 = repeated outcomes\n\n## Execution\n- a\n",
    ],
    ["a list", "## How we read answers\n- 0 — nothing concrete\n- 1: one example\n- 2 = repeated outcomes\n\n## Execution\n- a\n"],
  ])("a rating legend written as %s is spotted by its lines", (_, text) => {
    const parsed = parse(text);
    expect(parsed.sections.map((s) => [s.name, s.include, s.setAsideReason])).toEqual([
      ["How we read answers", false, SECTION.ratingScale],
      ["Execution", true, null],
    ]);
  });
});

describe("exporting any valid framework to Markdown and importing it back", () => {
  const sectionArb = fc.record({
    name: text(12),
    description: optional(20),
    items: fc.array(text(20), { maxLength: 4 }),
    seniorSignal: optional(15),
    staffSignal: optional(15),
    questions: fc.array(fc.record({ prompt: text(20), seniorSignal: optional(15), staffSignal: optional(15) }), { maxLength: 2 }),
    redFlags: fc.array(
      fc.record({
        title: text(12),
        description: optional(15),
        severity: fc.constantFrom("note" as const, "caps-at-senior" as const, "blocks-hire" as const),
      }),
      { maxLength: 2 },
    ),
    staffCriticalByDefault: fc.boolean(),
  });
  // The export folds white space, so names that differ only in it are one heading: a reader could not tell them apart either.
  const frameworkArb = fc
    .record({
      name: text(12),
      description: optional(20),
      sections: fc.uniqueArray(sectionArb, { minLength: 1, maxLength: 5, selector: (s) => collapse(s.name).toLowerCase() }),
    })
    .map((c): FrameworkContent => ({ ...c, sections: c.sections.map((s, i) => ({ ...s, key: `s-${i}` })) }))
    .filter((c) => validateFrameworkContent(c).ok);

  test("keeps section names, order, Staff-critical flags, items, questions and red flags", () => {
    fc.assert(
      fc.property(frameworkArb, (content) => {
        const parsed = parse(exportFrameworkMarkdown(content));
        const expected = content.sections.map((s) => ({
          key: s.key,
          name: collapse(s.name),
          staffCriticalByDefault: s.staffCriticalByDefault,
          items: s.items.map(collapse),
          questions: s.questions.map((q) => ({
            prompt: collapse(q.prompt),
            seniorSignal: collapse(q.seniorSignal),
            staffSignal: collapse(q.staffSignal),
          })),
          redFlags: s.redFlags.map((f) => ({ title: collapse(f.title), description: collapse(f.description), severity: f.severity })),
        }));
        const actual = parsed.sections.map((s) => ({
          key: s.key,
          name: s.name,
          staffCriticalByDefault: s.staffCriticalByDefault,
          items: s.items,
          questions: s.questions,
          redFlags: s.redFlags,
        }));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
