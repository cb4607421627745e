import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { DomainError } from "@/lib/errors";
import { exportFrameworkJson, importFrameworkJson } from "@/lib/frameworks/framework-json";
import { importChecklistFramework, previewChecklistImport } from "@/lib/frameworks/import-checklist-framework";
import { readVersionContent } from "@/lib/frameworks/load-framework-version";
import { createSeededDb } from "../../helpers/temp-db";
import { frameworkRowCounts, person } from "../db-helpers";
import { readFixture } from "./fixtures";

let handle: Awaited<ReturnType<typeof createSeededDb>>;
let recruiter: SessionUser;

beforeAll(async () => {
  handle = await createSeededDb();
  recruiter = person(handle.db, "recruiter@levelset.test");
});
afterAll(() => handle.close());

const FIXTURES = [
  "seed-000_9aa3ec95abe8a75a-senior-vs-staff-checklist.md",
  "jorgef-engineeringladders-developer.md",
  "sourcegraph-handbook-engineering-career-framework.md",
  "postman-career-ladder-ospo-engineers.md",
  "monzo-progression-backend-engineering.md",
  "ft-engineering-progression-engineering.yml",
];

describe("importing the published ladders", () => {
  it.each(FIXTURES)("%s: saved with the guessed level mapping, signals stored, export → import gives the same content", (name) => {
    const { text, fileName } = readFixture(name);
    const parsed = previewChecklistImport({ user: recruiter, text, fileName });
    const pivot = parsed.pivot.suggested;
    const reading = pivot ? parsed.pivot.sections : parsed.sections;
    const include = reading.filter((s) => s.include).map((s) => s.key);
    const created = importChecklistFramework(handle.db, {
      user: recruiter,
      text,
      fileName,
      name: `Imported ${name}`,
      includeKeys: include,
      pivot,
      ...(parsed.guessedSenior ? { senior: parsed.guessedSenior } : {}),
      ...(parsed.guessedStaff ? { staff: parsed.guessedStaff } : {}),
    });
    const stored = readVersionContent(handle.db, created.versionId);
    if (stored === null || stored === undefined) throw new Error("nothing stored");
    expect(stored.sections.map((s) => s.key)).toEqual(include);
    if (parsed.levels.length > 0) expect(stored.sections.some((s) => s.seniorSignal !== "" && s.staffSignal !== "")).toBe(true);
    const again = importFrameworkJson(exportFrameworkJson(stored));
    expect(again.ok && again.content).toEqual(stored);
  });

  it("FT: Senior Engineer 1 and Principal Engineer (IC) become every theme's signals", () => {
    const { text, fileName } = readFixture("ft-engineering-progression-engineering.yml");
    const parsed = previewChecklistImport({ user: recruiter, text, fileName });
    const created = importChecklistFramework(handle.db, {
      user: recruiter,
      text,
      fileName,
      name: "FT mapped",
      includeKeys: parsed.sections.map((s) => s.key),
      senior: "Senior Engineer 1",
      staff: "Principal Engineer (Individual Contributor)",
    });
    const stored = readVersionContent(handle.db, created.versionId);
    expect(stored?.sections).toHaveLength(9);
    for (const section of stored?.sections ?? []) {
      expect(section.seniorSignal).not.toBe("");
      expect(section.staffSignal).not.toBe("");
      expect(section.items).toEqual([section.seniorSignal, section.staffSignal]);
    }
  });

  it.each([
    [
      "a YAML alias bomb",
      "ladder.yml",
      `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(", ")}]`,
      ).join("\n")}`,
      /aliases/,
    ],
    ["only scripts", "ladder.md", "<script>alert(1)</script>\n\n<style>p{}</style>", /Nothing in this document could become a competency/],
    ["a level that is not in the document", "ladder.md", "## Design\n### Senior\n- Designs a service\n", /no level "Wizard"/],
  ])("refuses %s and saves nothing", (_label, fileName, text, message) => {
    const counts = frameworkRowCounts(handle.db);
    let error: unknown;
    try {
      importChecklistFramework(handle.db, { user: recruiter, text, fileName, name: "Should not exist", includeKeys: ["design"], senior: "Wizard" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(message);
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
  });
});

/** With the ladders model merged (issue 10), what the parser reads beyond sections is stored, not dropped. */
describe("the parser's guidance, checklist and other levels are stored", () => {
  const importFixture = (name: string) => {
    const { text, fileName } = readFixture(name);
    const parsed = previewChecklistImport({ user: recruiter, text, fileName });
    const pivot = parsed.pivot.suggested;
    const reading = pivot ? parsed.pivot.sections : parsed.sections;
    const created = importChecklistFramework(handle.db, {
      user: recruiter,
      text,
      fileName,
      name: `Stored ${name}`,
      includeKeys: reading.filter((s) => s.include).map((s) => s.key),
      pivot,
      ...(parsed.guessedSenior ? { senior: parsed.guessedSenior } : {}),
      ...(parsed.guessedStaff ? { staff: parsed.guessedStaff } : {}),
    });
    const stored = readVersionContent(handle.db, created.versionId);
    if (!stored) throw new Error("nothing stored");
    return stored;
  };

  it("the seed checklist: nine sections, its bar summary as guidance and its evidence checklist as the panel checklist", () => {
    const stored = importFixture("seed-000_9aa3ec95abe8a75a-senior-vs-staff-checklist.md");
    expect(stored.sections).toHaveLength(9);
    expect(stored.guidance?.senior.length).toBeGreaterThan(0);
    expect(stored.guidance?.staff.length).toBeGreaterThan(0);
    expect(stored.evidenceChecklist?.length).toBe(4);
  });

  it("FT: the levels other than Senior and Staff are kept as reference text on the sections", () => {
    const stored = importFixture("ft-engineering-progression-engineering.yml");
    expect(stored.sections.every((s) => (s.levelReferences?.length ?? 0) > 0)).toBe(true);
  });
});
