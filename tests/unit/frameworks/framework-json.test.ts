import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  FRAMEWORK_LIMITS,
  exportFrameworkJson,
  importFrameworkJson,
  lineAndColumn,
  locateJsonSyntaxError,
  validateFrameworkContent,
} from "@/lib/frameworks/framework-json";
import type { FrameworkContent, SectionContent } from "@/lib/frameworks/types";

function section(overrides: Partial<SectionContent> = {}): SectionContent {
  return {
    key: "system-design",
    name: "System design",
    description: "Designs that hold up in production.",
    items: ["Writes a short design doc with alternatives", "Plans timeouts and retries"],
    seniorSignal: "Designs their service with its failure modes covered.",
    staffSignal: "Sets design standards other teams build on.",
    questions: [
      {
        prompt: "Walk me through a design you changed after review.",
        seniorSignal: "A concrete change to their own service.",
        staffSignal: "A change that reshaped how other teams integrate.",
      },
    ],
    redFlags: [{ title: "Heroics instead of fixing the system", description: "Fixes outages by hand.", severity: "blocks-hire" }],
    staffCriticalByDefault: true,
    ...overrides,
  };
}

const FRAMEWORK: FrameworkContent = {
  name: "Platform engineering",
  description: "How the platform group levels engineers.\n\nTwo paragraphs, kept as written.",
  sections: [section(), section({ key: "execution", name: "Execution", staffCriticalByDefault: false, questions: [], redFlags: [] })],
};

/** A valid export, parsed, so a test can break one field. */
type FrameworkFile = { format: string; schemaVersion: number; framework: FrameworkContent };
function exported(): FrameworkFile {
  return JSON.parse(exportFrameworkJson(FRAMEWORK)) as FrameworkFile;
}

function errorsOf(text: string) {
  const result = importFrameworkJson(text);
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors;
}

describe("exportFrameworkJson", () => {
  test("writes the documented envelope with a stable key order, 2-space indent and a trailing newline", () => {
    const content: FrameworkContent = {
      // Keys deliberately out of order: the export must not depend on it.
      sections: [
        {
          staffCriticalByDefault: false,
          redFlags: [{ severity: "note", description: "", title: "Vague" }],
          questions: [{ staffSignal: "S", seniorSignal: "s", prompt: "Why?" }],
          staffSignal: "",
          seniorSignal: "",
          items: ["Ships"],
          description: "",
          name: "Delivery",
          key: "delivery",
        },
      ],
      description: "",
      name: "Tiny",
    };
    expect(exportFrameworkJson(content, { exportedAt: "2025-01-31T12:00:00.000Z" })).toBe(`{
  "format": "levelset-framework",
  "schemaVersion": 2,
  "exportedAt": "2025-01-31T12:00:00.000Z",
  "framework": {
    "name": "Tiny",
    "description": "",
    "sections": [
      {
        "key": "delivery",
        "name": "Delivery",
        "description": "",
        "staffCriticalByDefault": false,
        "items": [
          "Ships"
        ],
        "seniorSignal": "",
        "staffSignal": "",
        "questions": [
          {
            "prompt": "Why?",
            "seniorSignal": "s",
            "staffSignal": "S"
          }
        ],
        "redFlags": [
          {
            "title": "Vague",
            "severity": "note",
            "description": ""
          }
        ]
      }
    ]
  }
}
`);
  });

  test("leaves out exportedAt when none is given, so the output is deterministic", () => {
    expect(exportFrameworkJson(FRAMEWORK)).not.toContain("exportedAt");
  });

  test("drops fields that are not part of the format (e.g. database ids riding along)", () => {
    const withExtras = { ...FRAMEWORK, id: 42, sections: FRAMEWORK.sections.map((s) => ({ ...s, dbId: 7 })) };
    expect(exportFrameworkJson(withExtras)).toBe(exportFrameworkJson(FRAMEWORK));
  });
});

describe("importFrameworkJson: round trip", () => {
  test("export → import → export gives identical text, and exportedAt comes back", () => {
    const text = exportFrameworkJson(FRAMEWORK, { exportedAt: "2025-01-31T12:00:00.000+01:00" });
    const imported = importFrameworkJson(text);
    expect(imported).toEqual({ ok: true, content: FRAMEWORK, exportedAt: "2025-01-31T12:00:00.000+01:00" });
    if (!imported.ok) return;
    expect(exportFrameworkJson(imported.content, { exportedAt: imported.exportedAt })).toBe(text);
  });

  test("a byte-order mark and CRLF line ends are accepted", () => {
    const text = `\ufeff${exportFrameworkJson(FRAMEWORK).replace(/\n/g, "\r\n")}`;
    expect(importFrameworkJson(text)).toEqual({ ok: true, content: FRAMEWORK });
  });

  test("property: any valid framework survives export → import → export unchanged", () => {
    // Any text the text rule accepts (lib/validation/text.ts): no NUL, lone surrogates or bidi controls.
    const anyText = (max: number) =>
      // eslint-disable-next-line no-control-regex -- NUL is what the rule forbids
      fc.string({ unit: "binary", maxLength: max }).map((s) => s.replace(/[\u0000\u202A-\u202E\u2066-\u2069]/g, "").toWellFormed());
    const someText = (max: number) => anyText(max).filter((s) => s.trim() !== "");
    const keyArb = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);
    const sectionArb = fc.record(
      {
        key: keyArb,
        name: someText(FRAMEWORK_LIMITS.sectionNameMax),
        description: anyText(200),
        items: fc.array(someText(80), { maxLength: 6 }),
        seniorSignal: anyText(100),
        staffSignal: anyText(100),
        questions: fc.array(fc.record({ prompt: someText(100), seniorSignal: anyText(100), staffSignal: anyText(100) }), {
          maxLength: 3,
        }),
        redFlags: fc.array(
          fc.record({
            title: someText(60),
            description: anyText(100),
            severity: fc.constantFrom("note", "caps-at-senior", "blocks-hire" as const),
          }),
          { maxLength: 3 },
        ),
        staffCriticalByDefault: fc.boolean(),
        levelReferences: fc.array(fc.record({ level: someText(20), text: someText(120) }), { maxLength: 3 }),
      },
      { requiredKeys: ["key", "name", "description", "items", "seniorSignal", "staffSignal", "questions", "redFlags", "staffCriticalByDefault"] },
    );
    const guidanceArb = fc.record({ senior: fc.array(someText(80), { maxLength: 4 }), staff: fc.array(someText(80), { maxLength: 4 }) });
    const frameworkArb = fc
      .record({
        name: someText(FRAMEWORK_LIMITS.nameMax),
        description: anyText(300),
        sections: fc
          .uniqueArray(sectionArb, { minLength: 1, maxLength: 6, selector: (s) => s.key })
          .filter((sections) => new Set(sections.map((s) => s.name.trim().toLowerCase())).size === sections.length),
        guidance: fc.option(guidanceArb, { nil: undefined }),
      })
      .chain((f) =>
        fc
          .option(
            fc.uniqueArray(
              fc.record(
                {
                  key: keyArb,
                  label: someText(60),
                  description: anyText(100),
                  sectionKeys: fc.subarray(f.sections.map((s) => s.key)),
                  required: fc.integer({ min: 1, max: FRAMEWORK_LIMITS.evidenceRequiredMax }),
                  broadScopeOnly: fc.boolean(),
                },
                { requiredKeys: ["label", "description", "sectionKeys"] },
              ),
              { maxLength: 5, selector: (e) => e.key ?? Symbol() },
            ),
            { nil: undefined },
          )
          .map((evidenceChecklist) => {
            const out: FrameworkContent = { name: f.name, description: f.description, sections: f.sections };
            if (f.guidance !== undefined) out.guidance = f.guidance;
            if (evidenceChecklist !== undefined) out.evidenceChecklist = evidenceChecklist;
            return out;
          }),
      );
    fc.assert(
      fc.property(
        frameworkArb,
        fc.option(
          fc.date({ noInvalidDate: true, min: new Date("2000-01-01"), max: new Date("2100-01-01") }).map((d) => d.toISOString()),
          { nil: undefined },
        ),
        (content, exportedAt) => {
          const text = exportFrameworkJson(content, exportedAt === undefined ? {} : { exportedAt });
          const imported = importFrameworkJson(text);
          expect(imported.ok).toBe(true);
          if (!imported.ok) return;
          expect(imported.content).toEqual(content);
          expect(exportFrameworkJson(imported.content, exportedAt === undefined ? {} : { exportedAt })).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("importFrameworkJson: schemaVersion 1 and 2", () => {
  const V2: FrameworkContent = {
    ...FRAMEWORK,
    sections: [
      section({
        levelReferences: [
          { level: "IC3", text: "Designs a component of a service." },
          { level: "Principal", text: "Sets direction for the company." },
        ],
      }),
      section({ key: "execution", name: "Execution", staffCriticalByDefault: false, questions: [], redFlags: [] }),
    ],
    guidance: { senior: ["Owns a service end to end."], staff: ["Sets direction across teams.", "Lands decisions without authority."] },
    evidenceChecklist: [
      { key: "deep-dives", label: "Two deep-dives", description: "Problem to impact.", sectionKeys: ["system-design", "execution"], required: 2 },
      { label: "Cross-team example", description: "", sectionKeys: ["system-design"], broadScopeOnly: true },
      { label: "Something the panel cannot track", description: "", sectionKeys: [] },
    ],
  };

  test("a schemaVersion 2 file carries level references, guidance and the checklist whole", () => {
    const text = exportFrameworkJson(V2);
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2 });
    expect(importFrameworkJson(text)).toEqual({ ok: true, content: V2 });
  });

  test("a schemaVersion 1 file (written before them) still imports, with no guidance and the built-in checklist", () => {
    const v1 = { format: "levelset-framework", schemaVersion: 1, framework: FRAMEWORK };
    const result = importFrameworkJson(JSON.stringify(v1));
    expect(result).toEqual({ ok: true, content: FRAMEWORK });
    if (!result.ok) return;
    expect(result.content.guidance).toBeUndefined();
    expect(result.content.evidenceChecklist).toBeUndefined();
    expect(result.content.sections.every((s) => s.levelReferences === undefined)).toBe(true);
  });

  test.each([
    ["guidance", { ...FRAMEWORK, guidance: { senior: ["x"], staff: [] } }, "framework"],
    ["evidenceChecklist", { ...FRAMEWORK, evidenceChecklist: [] }, "framework"],
    ["levelReferences", { ...FRAMEWORK, sections: [section({ levelReferences: [] })] }, "framework.sections[0]"],
  ])("a schemaVersion 1 file with %s is refused by name, not dropped", (field, framework, where) => {
    const errors = errorsOf(JSON.stringify({ format: "levelset-framework", schemaVersion: 1, framework }));
    expect(errors.find((e) => e.path === where)?.message).toContain(`"${field}"`);
  });

  test.each([
    [
      "a section the framework does not have",
      { ...V2, evidenceChecklist: [{ label: "Deep-dives", description: "", sectionKeys: ["nope"] }] },
      "framework.evidenceChecklist[0].sectionKeys[0]",
      /counts the section "nope", which this framework does not have/,
    ],
    [
      "a repeated checklist key",
      {
        ...V2,
        evidenceChecklist: [
          { key: "a", label: "A", description: "", sectionKeys: [] },
          { key: "a", label: "B", description: "", sectionKeys: [] },
        ],
      },
      "framework.evidenceChecklist[1].key",
      /already used by evidenceChecklist\[0\]/,
    ],
    [
      "zero interviewers",
      { ...V2, evidenceChecklist: [{ label: "A", description: "", sectionKeys: [], required: 0 }] },
      "framework.evidenceChecklist[0].required",
      /at least one interviewer/,
    ],
    ["an empty guidance line", { ...V2, guidance: { senior: ["  "], staff: [] } }, "framework.guidance.senior[0]", /Senior guidance line is empty/],
    [
      "a level reference without text",
      { ...V2, sections: [section({ levelReferences: [{ level: "IC3", text: "" }] })], evidenceChecklist: [] },
      "framework.sections[0].levelReferences[0].text",
      /reference text is empty/,
    ],
  ])("a schemaVersion 2 file with %s says where and why", (_name, framework, path, message) => {
    const errors = errorsOf(JSON.stringify({ format: "levelset-framework", schemaVersion: 2, framework }));
    expect(errors.find((e) => e.path === path)?.message).toMatch(message);
  });
});

describe("importFrameworkJson: errors a person can act on", () => {
  test.each([
    // V8 gives a position for these…
    ['{\n  "format": "levelset-framework",\n  "schemaVersion": 1,\n}', 4, 1, "Expected double-quoted property name"],
    ['{\n  "format": "levelset-framework"', 2, 33, "Expected ',' or '}' after property value"],
    // …but only the token for these.
    ['{\n  "format": ,\n}', 2, 13, "Unexpected token ','"],
    ['{\n  "schemaVersion": tru\n}', 2, 20, "Unexpected token"],
    ["[1, 2,, 3]", 1, 7, "Unexpected token ','"],
  ])("invalid JSON names the line and column: %j", (text, line, column, reason) => {
    const [error] = errorsOf(text);
    expect(error?.path).toBe("");
    expect(error?.message).toContain(`line ${line}, column ${column}`);
    expect(error?.message).toContain(reason);
  });

  test("an empty file is invalid JSON at line 1, column 1", () => {
    expect(errorsOf("")[0]?.message).toBe(
      "The file is not valid JSON: line 1, column 1: Unexpected end of JSON input. Fix that spot (a missing comma or quote is the usual cause) and import again.",
    );
  });

  test("an unknown schemaVersion says which version this Levelset reads", () => {
    const file = { ...exported(), schemaVersion: 7 };
    expect(errorsOf(JSON.stringify(file))).toEqual([
      {
        path: "schemaVersion",
        message:
          "This file uses schemaVersion 7; Levelset reads schemaVersion 1 and 2. Export it again from the Levelset that made it, or from this one, and import the new file.",
      },
    ]);
  });

  test("a missing schemaVersion is named as missing", () => {
    const { schemaVersion: _, ...file } = exported();
    expect(errorsOf(JSON.stringify(file))[0]?.message).toMatch(/^This file has no schemaVersion; Levelset reads schemaVersion 1 and 2\./);
  });

  test.each([
    [{ format: "something-else" }, 'it has format "something-else"'],
    [{ format: undefined }, "it has no format marker"],
  ])("a wrong format marker is rejected before anything else: %j", (patch, found) => {
    const [error] = errorsOf(JSON.stringify({ ...exported(), ...patch }));
    expect(error).toEqual({
      path: "format",
      message: `This is not a Levelset framework file: ${found}, expected "format": "levelset-framework". Export the framework from Levelset and import that file.`,
    });
  });

  test.each([["[]"], ["42"], ["null"]])("a file that is not an object (%s) is rejected", (text) => {
    expect(errorsOf(text)).toEqual([{ path: "", message: 'The file must contain one JSON object with "format", "schemaVersion" and "framework".' }]);
  });

  test("missing and mistyped fields are named by their full path", () => {
    const file = exported();
    const third = section({ key: "third", name: "Third" }) as Partial<SectionContent>;
    const question = { prompt: "Why?", seniorSignal: "s" } as Partial<SectionContent["questions"][number]>;
    third.questions = [question as SectionContent["questions"][number]];
    file.framework.sections.push(third as SectionContent);
    (file.framework.sections[0] as unknown as Record<string, unknown>).staffCriticalByDefault = "yes";
    delete (file.framework as Partial<FrameworkContent>).description;
    expect(errorsOf(JSON.stringify(file))).toEqual([
      { path: "framework.description", message: "framework.description is missing; it should be text." },
      {
        path: "framework.sections[0].staffCriticalByDefault",
        message: "framework.sections[0].staffCriticalByDefault should be true or false, not text.",
      },
      {
        path: "framework.sections[2].questions[0].staffSignal",
        message: "framework.sections[2].questions[0].staffSignal is missing; it should be text.",
      },
    ]);
  });

  test("unknown fields and severities are rejected, not silently dropped", () => {
    const file = exported();
    Object.assign(file.framework.sections[0]!, { weight: 2 });
    Object.assign(file.framework.sections[0]!.redFlags[0]!, { severity: "fatal" });
    expect(errorsOf(JSON.stringify(file))).toEqual([
      {
        path: "framework.sections[0].redFlags[0].severity",
        message: 'Severity must be one of "note", "caps-at-senior", "blocks-hire".',
      },
      {
        path: "framework.sections[0]",
        message: 'framework.sections[0] has a field Levelset does not know: "weight". Remove it and import again.',
      },
    ]);
  });

  test("duplicate section names (ignoring case) and duplicate keys are errors on the later section", () => {
    const file = exported();
    file.framework.sections[1]!.name = "  system DESIGN ";
    file.framework.sections.push(section({ name: "Reliability" }));
    expect(errorsOf(JSON.stringify(file))).toEqual([
      {
        path: "framework.sections[1].name",
        message: 'The name "system DESIGN" is already used by sections[0]; section names must be unique.',
      },
      {
        path: "framework.sections[2].key",
        message: 'The key "system-design" is already used by sections[0]; section keys must be unique.',
      },
    ]);
  });

  test.each([
    ["name", "", "The section name is empty; write at least one non-space character."],
    ["name", "   ", "The section name is empty; write at least one non-space character."],
    ["name", "x".repeat(121), "The section name must be at most 120 characters."],
    ["description", "x".repeat(2001), "The section description must be at most 2000 characters."],
    ["key", "System Design", 'The section key must be lowercase letters and digits joined by hyphens, e.g. "system-design".'],
  ])("section %s %j is rejected", (field, value, message) => {
    const file = exported();
    Object.assign(file.framework.sections[0]!, { [field]: value });
    expect(errorsOf(JSON.stringify(file))).toEqual([{ path: `framework.sections[0].${field}`, message }]);
  });

  test("oversized items and too many sections are rejected with the limit", () => {
    const file = exported();
    file.framework.sections[0]!.items = ["ok", "y".repeat(FRAMEWORK_LIMITS.itemMax + 1)];
    expect(errorsOf(JSON.stringify(file))).toEqual([
      { path: "framework.sections[0].items[1]", message: `A checklist item must be at most ${FRAMEWORK_LIMITS.itemMax} characters.` },
    ]);

    const many = exported();
    many.framework.sections = Array.from({ length: FRAMEWORK_LIMITS.sectionsMax + 1 }, (_, i) => section({ key: `s-${i}`, name: `Section ${i}` }));
    expect(errorsOf(JSON.stringify(many))).toEqual([{ path: "framework.sections", message: "A framework can have at most 100 sections." }]);
  });

  test("an invalid exportedAt is named", () => {
    const file = { ...exported(), exportedAt: "last Tuesday" };
    expect(errorsOf(JSON.stringify(file))).toEqual([{ path: "exportedAt", message: "exportedAt must be an ISO 8601 date-time." }]);
  });
});

describe("validateFrameworkContent (for the editor)", () => {
  test("accepts a valid framework and reports paths relative to it", () => {
    expect(validateFrameworkContent(FRAMEWORK)).toEqual({ ok: true, content: FRAMEWORK });
    expect(validateFrameworkContent({ ...FRAMEWORK, name: "", sections: [] })).toEqual({
      ok: false,
      errors: [
        { path: "name", message: "The framework name is empty; write at least one non-space character." },
        { path: "sections", message: "A framework needs at least one section." },
      ],
    });
  });
});

describe("locating JSON syntax errors", () => {
  test.each([
    ['{"a": 1}', null],
    ['  [1, -2.5e3, true, null, "\\u00e9"]  ', null],
    ['{"a": }', 6],
    ['{"a" 1}', 5],
    ["[1 2]", 3],
    ['{"a": 01}', 7],
    ['"tab\there"', 4],
    ['"bad \\q"', 6],
    ["[1,]", 3],
    ["{} {}", 3],
    ["[[[[", 4],
  ])("%j → %s", (text, offset) => {
    expect(locateJsonSyntaxError(text)).toBe(offset);
  });

  test("agrees with JSON.parse on what is valid", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonSyntaxError(text)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonSyntaxError(text) === null).toBe(valid);
      }),
    );
  });

  test("deep nesting does not overflow the stack", () => {
    expect(locateJsonSyntaxError("[".repeat(200_000))).toBe(200_000);
  });

  test("line and column are 1-based", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
