import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { DomainError } from "@/lib/errors";
import { exportFrameworkJson } from "@/lib/frameworks/framework-json";
import { importChecklistFramework, previewChecklistImport } from "@/lib/frameworks/import-checklist-framework";
import { importJsonFramework } from "@/lib/frameworks/import-json-framework";
import { readVersionContent } from "@/lib/frameworks/load-framework-version";
import { publishFrameworkVersion } from "@/lib/frameworks/publish-framework-version";
import { createSeededDb } from "../../helpers/temp-db";
import { auditActions, frameworkRowCounts, person } from "../db-helpers";
import { readFixture } from "./fixtures";

let handle: Awaited<ReturnType<typeof createSeededDb>>;
let recruiter: SessionUser;
let interviewer: SessionUser;

beforeAll(async () => {
  handle = await createSeededDb();
  recruiter = person(handle.db, "recruiter@levelset.test");
  interviewer = person(handle.db, "interviewer@levelset.test");
});
afterAll(() => handle.close());

function versionsOf(frameworkId: string) {
  return handle.db
    .select({ version: s.frameworkVersions.version, status: s.frameworkVersions.status, id: s.frameworkVersions.id })
    .from(s.frameworkVersions)
    .where(eq(s.frameworkVersions.frameworkId, frameworkId))
    .orderBy(s.frameworkVersions.version)
    .all();
}

function importFt(name: string, targetFrameworkId?: string) {
  const { text, fileName } = readFixture("ft-engineering-progression-engineering.yml");
  const parsed = previewChecklistImport({ user: recruiter, text, fileName });
  return importChecklistFramework(handle.db, {
    user: recruiter,
    text,
    fileName,
    name,
    includeKeys: parsed.sections.map((x) => x.key),
    senior: "Senior Engineer 1",
    staff: "Principal Engineer (Individual Contributor)",
    ...(targetFrameworkId ? { targetFrameworkId } : {}),
  });
}

function expectRefused(run: () => unknown, message: RegExp) {
  const before = frameworkRowCounts(handle.db);
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).message).toMatch(message);
  expect(frameworkRowCounts(handle.db)).toEqual(before);
}

describe("importing a document as a new draft version of an existing framework", () => {
  it("a re-imported ladder becomes draft v2 with the framework's name; v1 and its pins stay as they were", () => {
    const first = importFt("FT ladder");
    publishFrameworkVersion(handle.db, { user: recruiter, versionId: first.versionId });
    const v1 = readVersionContent(handle.db, first.versionId);

    // The name typed in the form does not rename the framework: a version keeps its framework's name.
    const second = importFt("ft LADDER ", first.frameworkId);
    expect(second.frameworkId).toBe(first.frameworkId);
    expect(versionsOf(first.frameworkId).map((v) => [v.version, v.status])).toEqual([
      [1, "published"],
      [2, "draft"],
    ]);
    const v2 = readVersionContent(handle.db, second.versionId);
    expect(v2?.name).toBe("FT ladder");
    expect(v2?.sections).toEqual(v1?.sections);
    expect(readVersionContent(handle.db, first.versionId)).toEqual(v1);
    expect(auditActions(handle.db, first.frameworkId).filter((a) => a === "framework.imported")).toHaveLength(2);
  });

  it("is refused while the framework already has a draft, and saves nothing", () => {
    const first = importFt("FT with a draft");
    expectRefused(
      () => importFt("FT with a draft", first.frameworkId),
      /FT with a draft already has a draft \(v1\)\. Publish or discard that draft first/,
    );
  });

  it("a Levelset JSON export of a framework imports back as its next draft version with the same content", () => {
    const first = importFt("FT exported");
    publishFrameworkVersion(handle.db, { user: recruiter, versionId: first.versionId });
    const v1 = readVersionContent(handle.db, first.versionId);
    if (!v1) throw new Error("nothing stored");
    // "Publish now" is ignored for a new version: publishing it is the editor's step.
    const again = importJsonFramework(handle.db, {
      user: recruiter,
      text: exportFrameworkJson(v1),
      publish: true,
      targetFrameworkId: first.frameworkId,
    });
    expect(versionsOf(first.frameworkId).map((v) => v.status)).toEqual(["published", "draft"]);
    expect(readVersionContent(handle.db, again.versionId)).toEqual(v1);
  });

  it("an unknown framework, or a caller who may not edit frameworks, is refused and nothing is saved", () => {
    expectRefused(() => importFt("Nowhere", "00000000-0000-4000-8000-000000000000"), /was not found/);
    const { text, fileName } = readFixture("ft-engineering-progression-engineering.yml");
    const first = importFt("FT guarded");
    publishFrameworkVersion(handle.db, { user: recruiter, versionId: first.versionId });
    expectRefused(
      () =>
        importChecklistFramework(handle.db, {
          user: interviewer,
          text,
          fileName,
          name: "FT guarded",
          includeKeys: ["planning-and-organising"],
          targetFrameworkId: first.frameworkId,
        }),
      /./,
    );
  });
});

describe("nothing is cut in silence", () => {
  it("a Senior signal longer than a signal can hold is set aside whole, with a warning, not shortened", () => {
    const long = `Leads ${"the migration of a shared platform across several teams, ".repeat(40)}end.`;
    expect(long.length).toBeGreaterThan(2000);
    const text = `# Ladder\n\n## System design\n\n- Designs a service\n\n### Level signals\n\n- **Senior signal:** ${long}\n- **Staff signal:** Sets the architecture several teams build on\n`;
    const parsed = previewChecklistImport({ user: recruiter, text, fileName: "ladder.md" });
    const section = parsed.sections.find((x) => x.name === "System design");
    expect(section?.staffSignal).toBe("Sets the architecture several teams build on");
    expect(section?.seniorSignal).toBe("");
    expect(parsed.setAside.some((a) => a.text === long && /more than the 2,000/.test(a.reason))).toBe(true);
    expect(parsed.warnings.join("\n")).toMatch(/set aside whole, not cut/);
  });

  it("a section the level mapping takes past 200 items is refused with the section named, and nothing is saved", () => {
    const bullets = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `- ${prefix} expectation ${i + 1}`).join("\n");
    const text = `## Delivery\n\n### Senior\n\n${bullets("Senior", 120)}\n\n### Staff\n\n${bullets("Staff", 120)}\n`;
    const parsed = previewChecklistImport({ user: recruiter, text, fileName: "ladder.md" });
    expect(parsed.levels.map((l) => l.name)).toEqual(["Senior", "Staff"]);
    expectRefused(
      () =>
        importChecklistFramework(handle.db, {
          user: recruiter,
          text,
          fileName: "ladder.md",
          name: "Too many items",
          includeKeys: parsed.sections.map((x) => x.key),
          senior: "Senior",
          staff: "Staff",
        }),
      /"Delivery": A section can have at most 200 checklist items\. Nothing was saved\./,
    );
  });
});
