import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { exportFrameworkJson } from "@/lib/frameworks/framework-json";
import { importChecklistFramework, previewChecklistImport } from "@/lib/frameworks/import-checklist-framework";
import { importJsonFramework, previewJsonImport } from "@/lib/frameworks/import-json-framework";
import { IMPORT_MAX_BYTES } from "@/lib/frameworks/import-text";
import { readVersionContent } from "@/lib/frameworks/load-framework-version";
import { createSeededDb } from "../helpers/temp-db";
import { auditActions, defaultFramework, frameworkRowCounts, person } from "./db-helpers";
import { domainError } from "../roles/db-fixtures";

let handle: Awaited<ReturnType<typeof createSeededDb>>;
let recruiter: SessionUser;
let hiringManager: SessionUser;
let interviewer: SessionUser;

beforeAll(async () => {
  handle = await createSeededDb();
  recruiter = person(handle.db, "recruiter@levelset.test");
  hiringManager = person(handle.db, "hm@levelset.test");
  interviewer = person(handle.db, "interviewer@levelset.test");
});
afterAll(() => handle.close());

const CHECKLIST = `---
title: Platform checklist
owner: eng-hiring
---

# Platform engineer checklist

How to read this: tick what you observed.

## How to use this checklist
- Read it before the interview

## Rating scale
- 0 — limited evidence
- 1 — some evidence
- 2 — strong evidence

## System design ★
Designs for failure first.
- [ ] Writes a short design doc with **alternatives**
- [x] Plans [timeouts and retries](https://example.com)

---

## Operations
1. Has owned an incident end to end
2. Runs *safe* deploys
`;

function templateJson(
  mutate: (file: Record<string, unknown> & { framework: Record<string, unknown> & { sections: Record<string, unknown>[] } }) => void,
) {
  const { versionId } = defaultFramework(handle.db);
  const content = readVersionContent(handle.db, versionId);
  if (!content) throw new Error("default framework");
  const file = JSON.parse(exportFrameworkJson(content)) as Parameters<typeof mutate>[0];
  mutate(file);
  return JSON.stringify(file, null, 2);
}

describe("Markdown checklist import", () => {
  it("previews sections, items and set-aside text without saving anything", () => {
    const counts = frameworkRowCounts(handle.db);
    const parsed = previewChecklistImport({ user: recruiter, text: CHECKLIST });
    expect(parsed.title).toBe("Platform engineer checklist");
    expect(parsed.sections.map((x) => [x.name, x.include])).toEqual([
      ["How to use this checklist", false],
      ["Rating scale", false],
      ["System design", true],
      ["Operations", true],
    ]);
    expect(parsed.setAside.some((a) => a.line === 1)).toBe(true);
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
  });

  it("saves the included sections as a draft v1 in one go, with an audit event", () => {
    const parsed = previewChecklistImport({ user: recruiter, text: CHECKLIST });
    const include = parsed.sections.filter((x) => x.include).map((x) => x.key);
    const created = importChecklistFramework(handle.db, {
      user: recruiter,
      text: CHECKLIST,
      name: "Platform checklist (unit)",
      includeKeys: include,
      fileName: "platform.md",
    });
    const content = readVersionContent(handle.db, created.versionId);
    expect(content?.sections.map((x) => ({ name: x.name, items: x.items, critical: x.staffCriticalByDefault }))).toEqual([
      {
        name: "System design",
        items: ["Writes a short design doc with alternatives", "Plans timeouts and retries (https://example.com)"],
        critical: true,
      },
      { name: "Operations", items: ["Has owned an incident end to end", "Runs safe deploys"], critical: false },
    ]);
    expect(
      handle.db.select({ status: s.frameworkVersions.status }).from(s.frameworkVersions).where(eq(s.frameworkVersions.id, created.versionId)).get()
        ?.status,
    ).toBe("draft");
    expect(auditActions(handle.db, created.frameworkId)).toEqual(["framework.imported"]);
  });

  it.each([
    ["a 5 MB file", () => `## Big\n${"- item\n".repeat(Math.ceil((5 * 1024 * 1024) / 7))}`, /5\.0 MB.*up to 2\.0 MB/],
    ["a file just over the limit", () => `## Big\n- ${"x".repeat(IMPORT_MAX_BYTES)}`, /up to 2\.0 MB/],
    ["a binary file (NUL bytes)", () => `## PNG\n\u0000\u0001\u0002IHDR`, /not text/],
    ["text that was not UTF-8", () => `## Résumé\n- caf\uFFFD`, /not text/],
    ["an empty file", () => "   \n", /empty/],
  ])("refuses %s with a clear message and saves nothing", (_label, text, message) => {
    const counts = frameworkRowCounts(handle.db);
    const error = domainError(() =>
      importChecklistFramework(handle.db, { user: recruiter, text: text(), name: "Should not exist", includeKeys: ["big", "png", "resume"] }),
    );
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(message);
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
  });

  it("refuses a save with no section included, and a name that is taken", () => {
    const counts = frameworkRowCounts(handle.db);
    expect(
      domainError(() => importChecklistFramework(handle.db, { user: recruiter, text: CHECKLIST, name: "Nothing included", includeKeys: [] })).message,
    ).toMatch(/at least one section/);
    const taken = domainError(() =>
      importChecklistFramework(handle.db, { user: recruiter, text: CHECKLIST, name: "platform checklist (UNIT)", includeKeys: ["operations"] }),
    );
    expect(taken.code).toBe("conflict");
    expect(taken.fieldErrors?.name?.[0]).toMatch(/already exists/);
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
  });

  it("a failure in the middle of writing rolls everything back", () => {
    const counts = frameworkRowCounts(handle.db);
    const sqlite = (handle.db as unknown as { $client: import("better-sqlite3").Database }).$client;
    sqlite.exec("CREATE TEMP TRIGGER fail_items BEFORE INSERT ON section_items BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    try {
      expect(() =>
        importChecklistFramework(handle.db, { user: recruiter, text: CHECKLIST, name: "Half saved?", includeKeys: ["system-design", "operations"] }),
      ).toThrow(/disk full/);
    } finally {
      sqlite.exec("DROP TRIGGER fail_items;");
    }
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
  });
});

describe("Levelset JSON import", () => {
  it("round-trips losslessly: export → import → export gives the same framework", () => {
    const { versionId } = defaultFramework(handle.db);
    const original = readVersionContent(handle.db, versionId);
    if (!original) throw new Error("default framework");
    const text = exportFrameworkJson(original, { exportedAt: "2026-06-01T12:00:00.000Z" });
    const created = importJsonFramework(handle.db, { user: recruiter, text, publish: false, name: "Round trip copy" });
    const imported = readVersionContent(handle.db, created.versionId);
    expect(imported).toEqual({ ...original, name: "Round trip copy" });
    expect(exportFrameworkJson({ ...(imported ?? original), name: original.name }, { exportedAt: "2026-06-01T12:00:00.000Z" })).toBe(text);
  });

  it("publishes at once when asked, with imported and published audit events", () => {
    const text = templateJson((f) => {
      f.framework.name = "Published on import";
    });
    const created = importJsonFramework(handle.db, { user: recruiter, text, publish: true });
    const row = handle.db.select().from(s.frameworkVersions).where(eq(s.frameworkVersions.id, created.versionId)).get();
    expect(row).toMatchObject({ version: 1, status: "published", publishedById: recruiter.id });
    expect(auditActions(handle.db, created.frameworkId).sort()).toEqual(["framework.imported", "framework.published"]);
  });

  it.each([
    ["invalid JSON", () => '{\n  "format": "levelset-framework",\n  "schemaVersion": 1\n  "framework": {}\n}', /line 4/],
    [
      "an unknown schemaVersion",
      () =>
        templateJson((f) => {
          f.schemaVersion = 7;
        }),
      /schemaVersion 7/,
    ],
    [
      "duplicate section names",
      () =>
        templateJson((f) => {
          const [first, second] = f.framework.sections;
          if (first && second) second.name = first.name;
        }),
      /framework\.sections\[1\]\.name.*already used/,
    ],
    [
      "an empty section title",
      () =>
        templateJson((f) => {
          const [first] = f.framework.sections;
          if (first) first.name = "";
        }),
      /framework\.sections\[0\]\.name.*empty/,
    ],
    ["a binary file", () => "\u0000\u0000PK\u0003\u0004", /not text/],
  ])("refuses %s with a message naming the line or field, and saves nothing", (_label, text, message) => {
    const counts = frameworkRowCounts(handle.db);
    const preview = previewJsonImport({ user: recruiter, text: text() });
    expect(preview.ok).toBe(false);
    const error = domainError(() => importJsonFramework(handle.db, { user: recruiter, text: text(), publish: true }));
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(/Nothing was saved/);
    expect([error.message, ...(error.fieldErrors?.text ?? [])].join("\n")).toMatch(message);
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
  });
});

describe("permissions", () => {
  it("refuses imports and previews to a hiring manager and an interviewer", () => {
    const counts = frameworkRowCounts(handle.db);
    for (const user of [hiringManager, interviewer]) {
      expect(domainError(() => previewChecklistImport({ user, text: CHECKLIST })).code).toBe("forbidden");
      expect(domainError(() => importChecklistFramework(handle.db, { user, text: CHECKLIST, name: "No", includeKeys: ["operations"] })).code).toBe(
        "forbidden",
      );
      expect(domainError(() => previewJsonImport({ user, text: "{}" })).code).toBe("forbidden");
      expect(domainError(() => importJsonFramework(handle.db, { user, text: templateJson(() => {}), publish: true, name: "No" })).code).toBe(
        "forbidden",
      );
    }
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
  });
});
