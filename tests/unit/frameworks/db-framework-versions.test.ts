import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { DomainError } from "@/lib/errors";
import { createFramework } from "@/lib/frameworks/create-framework";
import { createFrameworkDraft } from "@/lib/frameworks/create-framework-draft";
import { discardFrameworkDraft } from "@/lib/frameworks/discard-framework-draft";
import { listFrameworkVersions } from "@/lib/frameworks/list-framework-versions";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { loadFrameworkVersion, readVersionContent } from "@/lib/frameworks/load-framework-version";
import { publishFrameworkVersion } from "@/lib/frameworks/publish-framework-version";
import type { FrameworkContent } from "@/lib/frameworks/types";
import { howLongAgo, updateFrameworkDraft } from "@/lib/frameworks/update-framework-draft";
import { createSeededDb } from "../helpers/temp-db";
import { auditActions, defaultFramework, frameworkRowCounts, person } from "./db-helpers";

let handle: Awaited<ReturnType<typeof createSeededDb>>;
let recruiter: SessionUser;
let admin: SessionUser;
let hiringManager: SessionUser;
let interviewer: SessionUser;

beforeAll(async () => {
  handle = await createSeededDb();
  recruiter = person(handle.db, "recruiter@levelset.test");
  admin = person(handle.db, "admin@levelset.test");
  hiringManager = person(handle.db, "hm@levelset.test");
  interviewer = person(handle.db, "interviewer@levelset.test");
});
afterAll(() => handle.close());

function expectDomainError(run: () => unknown, code: DomainError["code"], message?: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    if (message) expect((error as DomainError).message).toMatch(message);
    return error as DomainError;
  }
  throw new Error(`Expected a ${code} DomainError, but nothing was thrown.`);
}

function sectionIds(versionId: string) {
  return new Map(
    handle.db
      .select({ key: s.frameworkSections.key, id: s.frameworkSections.id })
      .from(s.frameworkSections)
      .where(eq(s.frameworkSections.versionId, versionId))
      .all()
      .map((r) => [r.key, r.id]),
  );
}

function content(versionId: string): FrameworkContent {
  const c = readVersionContent(handle.db, versionId);
  if (!c) throw new Error("version not found");
  return c;
}

/** A checklist item may only count sections the framework has: drop the keys of removed sections, as the editor does. */
function keepChecklistValid(c: FrameworkContent): FrameworkContent {
  if (!c.evidenceChecklist) return c;
  const keys = new Set(c.sections.map((s) => s.key));
  return { ...c, evidenceChecklist: c.evidenceChecklist.map((e) => ({ ...e, sectionKeys: e.sectionKeys.filter((k) => keys.has(k)) })) };
}

describe("framework versions on a real database", () => {
  it("publishing freezes a version: an update to a published version throws and changes nothing", () => {
    const { versionId } = defaultFramework(handle.db);
    const before = content(versionId);
    const counts = frameworkRowCounts(handle.db);
    const edited = keepChecklistValid({ ...before, name: "Renamed", sections: before.sections.slice(1) });
    expectDomainError(
      () => updateFrameworkDraft(handle.db, { user: recruiter, versionId, content: edited }),
      "conflict",
      /published.*can no longer change/,
    );
    expect(content(versionId)).toEqual(before);
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
  });

  it("publishing a published version again is refused", () => {
    const { versionId } = defaultFramework(handle.db);
    expectDomainError(() => publishFrameworkVersion(handle.db, { user: recruiter, versionId }), "conflict", /already published/);
  });

  it("Edit on a published framework starts draft v2 as a copy; a second Edit returns the same draft", () => {
    const { frameworkId, versionId } = defaultFramework(handle.db);
    const draft = createFrameworkDraft(handle.db, { user: recruiter, frameworkId });
    expect(draft).toMatchObject({ version: 2, created: true });
    expect(content(draft.versionId)).toEqual(content(versionId));
    const v1Ids = new Set(sectionIds(versionId).values());
    for (const id of sectionIds(draft.versionId).values()) expect(v1Ids.has(id)).toBe(false);

    const again = createFrameworkDraft(handle.db, { user: admin, frameworkId });
    expect(again).toEqual({ versionId: draft.versionId, version: 2, created: false });
    expect(auditActions(handle.db, frameworkId)).toContain("framework.draft-created");
    expect(loadFrameworkVersion(handle.db, { user: recruiter, frameworkId })?.status).toBe("draft");
  });

  it("saving a draft keeps section ids stable by key, reorders, adds and removes, and never touches v1", () => {
    const { frameworkId, versionId: v1 } = defaultFramework(handle.db);
    const draft = createFrameworkDraft(handle.db, { user: recruiter, frameworkId });
    const v1Before = content(v1);
    const idsBefore = sectionIds(draft.versionId);
    const current = content(draft.versionId);
    const [first, second, ...rest] = current.sections;
    if (!first || !second) throw new Error("The default framework has nine sections.");
    const edited: FrameworkContent = keepChecklistValid({
      ...current,
      name: "Engineering levels (2026 draft)",
      sections: [
        ...rest.slice(0, -1), // the last section is removed
        { ...second, name: `${second.name} (revised)`, items: [...second.items.slice(1), "A new item"], questions: second.questions.slice(0, 1) },
        first,
        {
          key: "ai-assisted-engineering",
          name: "AI-assisted engineering",
          description: "",
          items: ["Reviews generated code as carefully as a colleague's"],
          seniorSignal: "",
          staffSignal: "",
          questions: [],
          redFlags: [{ title: "Ships unreviewed output", description: "", severity: "caps-at-senior" }],
          staffCriticalByDefault: false,
        },
      ],
    });
    updateFrameworkDraft(handle.db, { user: recruiter, versionId: draft.versionId, content: edited });

    expect(content(draft.versionId)).toEqual(edited);
    const idsAfter = sectionIds(draft.versionId);
    for (const s of edited.sections.slice(0, -1)) expect(idsAfter.get(s.key)).toBe(idsBefore.get(s.key));
    expect(idsAfter.has(current.sections[current.sections.length - 1]?.key ?? "")).toBe(false);
    expect(content(v1)).toEqual(v1Before);
    // The framework's name follows its newest version.
    expect(listFrameworks(handle.db, { user: recruiter }).find((f) => f.id === frameworkId)?.name).toBe("Engineering levels (2026 draft)");
  });

  it("refuses duplicate keys and names and empty titles with field errors, and saves nothing", () => {
    const { frameworkId } = defaultFramework(handle.db);
    const draft = createFrameworkDraft(handle.db, { user: recruiter, frameworkId });
    const current = content(draft.versionId);
    const [a, b] = current.sections;
    if (!a || !b) throw new Error("sections expected");
    const counts = frameworkRowCounts(handle.db);
    const duplicate = { ...current, sections: [a, { ...b, name: a.name.toUpperCase() }, ...current.sections.slice(2)] };
    const dup = expectDomainError(
      () => updateFrameworkDraft(handle.db, { user: recruiter, versionId: draft.versionId, content: duplicate }),
      "invalid",
    );
    expect(dup.fieldErrors?.["sections.1.name"]?.[0]).toMatch(/already used/);
    const empty = { ...current, sections: [{ ...a, name: "  " }, ...current.sections.slice(1)] };
    const blank = expectDomainError(
      () => updateFrameworkDraft(handle.db, { user: recruiter, versionId: draft.versionId, content: empty }),
      "invalid",
    );
    expect(blank.fieldErrors?.["sections.0.name"]?.[0]).toMatch(/empty/);
    expect(content(draft.versionId)).toEqual(current);
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
  });

  it("publishing the draft freezes it, records who and when, audits it, and leaves pinned roles on v1", () => {
    const { frameworkId, versionId: v1 } = defaultFramework(handle.db);
    const draft = createFrameworkDraft(handle.db, { user: recruiter, frameworkId });
    const pinnedBefore = handle.db.select({ id: s.roles.id }).from(s.roles).where(eq(s.roles.frameworkVersionId, v1)).all();
    expect(pinnedBefore.length).toBeGreaterThan(0);

    const now = new Date("2026-06-02T09:00:00Z");
    const published = publishFrameworkVersion(handle.db, { user: recruiter, versionId: draft.versionId, now });
    expect(published.version).toBe(2);
    const row = handle.db.select().from(s.frameworkVersions).where(eq(s.frameworkVersions.id, draft.versionId)).get();
    expect(row).toMatchObject({ status: "published", publishedById: recruiter.id, publishedAt: now });
    expect(handle.db.select({ id: s.roles.id }).from(s.roles).where(eq(s.roles.frameworkVersionId, v1)).all()).toEqual(pinnedBefore);

    const event = handle.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, frameworkId), eq(s.auditEvents.action, "framework.published")))
      .orderBy(asc(s.auditEvents.at))
      .all()
      .pop();
    expect(event).toMatchObject({ actorId: recruiter.id, summary: expect.stringContaining("v2") as unknown });

    // Frozen: the version can no longer change.
    const frozen = content(draft.versionId);
    expectDomainError(
      () => updateFrameworkDraft(handle.db, { user: recruiter, versionId: draft.versionId, content: { ...frozen, description: "changed" } }),
      "conflict",
    );
    expect(content(draft.versionId)).toEqual(frozen);

    const versions = listFrameworkVersions(handle.db, { user: recruiter, frameworkId })?.versions ?? [];
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [2, "published"],
      [1, "published"],
    ]);
    expect(versions[0]?.publishedByName).toBe(recruiter.name);
    expect(versions[1]?.roles.length).toBe(pinnedBefore.length);
  });

  it("two editors of one draft: the second save from a stale revision is refused, names who saved, and writes nothing; so are publish and discard", () => {
    const created = createFramework(handle.db, {
      user: recruiter,
      source: "blank",
      content: { name: "Two editors", description: "", sections: content(defaultFramework(handle.db).versionId).sections.slice(0, 2) },
    });
    const opened = loadFrameworkVersion(handle.db, { user: recruiter, frameworkId: created.frameworkId })!;
    // Both open revision 0; the admin saves first.
    expect(opened.revision).toBe(0);
    const first = updateFrameworkDraft(handle.db, {
      user: admin,
      versionId: created.versionId,
      baseRevision: opened.revision,
      content: { ...opened.content, description: "The admin's words" },
    });
    expect(first.revision).toBe(1);
    const counts = frameworkRowCounts(handle.db);
    const auditBefore = auditActions(handle.db, created.frameworkId);
    const stale = expectDomainError(
      () =>
        updateFrameworkDraft(handle.db, {
          user: recruiter,
          versionId: created.versionId,
          baseRevision: opened.revision,
          content: { ...opened.content, description: "The recruiter's words", sections: opened.content.sections.slice(0, 1) },
        }),
      "conflict",
      new RegExp(`^This draft was changed by someone else \\(${admin.name} saved it just now\\) after you opened it\\.`),
    );
    expect(stale.message).toMatch(/Nothing was saved/);
    expect(content(created.versionId).description).toBe("The admin's words");
    expect(content(created.versionId).sections).toHaveLength(2);
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
    expect(auditActions(handle.db, created.frameworkId)).toEqual(auditBefore);
    expect(loadFrameworkVersion(handle.db, { user: recruiter, frameworkId: created.frameworkId })?.revision).toBe(1);

    // Publishing or discarding from the stale editor is refused too: the admin's newer draft is neither frozen unseen nor thrown away.
    expectDomainError(
      () => publishFrameworkVersion(handle.db, { user: recruiter, versionId: created.versionId, baseRevision: 0 }),
      "conflict",
      /changed by someone else/,
    );
    expectDomainError(
      () => discardFrameworkDraft(handle.db, { user: recruiter, versionId: created.versionId, baseRevision: 0 }),
      "conflict",
      /changed by someone else/,
    );
    // From the current revision each goes through; every save moves the revision on.
    const second = updateFrameworkDraft(handle.db, {
      user: recruiter,
      versionId: created.versionId,
      baseRevision: first.revision,
      content: { ...content(created.versionId), description: "Both agree" },
    });
    expect(second.revision).toBe(2);
    expect(publishFrameworkVersion(handle.db, { user: recruiter, versionId: created.versionId, baseRevision: 2 }).version).toBe(1);
  });

  it.each([
    [0, "just now"],
    [59_000, "just now"],
    [60_000, "1 minute ago"],
    [59 * 60_000, "59 minutes ago"],
    [60 * 60_000, "1 hour ago"],
    [23 * 3600_000, "23 hours ago"],
    [48 * 3600_000, "2 days ago"],
  ])("howLongAgo(%i ms) is %s", (ms, expected) => {
    const now = new Date("2026-12-04T12:00:00Z");
    expect(howLongAgo(new Date(now.getTime() - ms), now)).toBe(expected);
  });

  it("discarding a draft deletes it and puts the framework's name back; published versions cannot be discarded", () => {
    const { frameworkId } = defaultFramework(handle.db);
    const nameBefore = listFrameworks(handle.db, { user: recruiter }).find((f) => f.id === frameworkId)?.name;
    const draft = createFrameworkDraft(handle.db, { user: recruiter, frameworkId });
    updateFrameworkDraft(handle.db, {
      user: recruiter,
      versionId: draft.versionId,
      content: { ...content(draft.versionId), name: "Throwaway name" },
    });
    const result = discardFrameworkDraft(handle.db, { user: recruiter, versionId: draft.versionId });
    expect(result).toEqual({ frameworkId, frameworkDeleted: false });
    expect(handle.db.select().from(s.frameworkVersions).where(eq(s.frameworkVersions.id, draft.versionId)).get()).toBeUndefined();
    expect(handle.db.select().from(s.frameworkSections).where(eq(s.frameworkSections.versionId, draft.versionId)).all()).toEqual([]);
    expect(listFrameworks(handle.db, { user: recruiter }).find((f) => f.id === frameworkId)?.name).toBe(nameBefore);

    const { versionId: v1 } = defaultFramework(handle.db);
    expectDomainError(() => discardFrameworkDraft(handle.db, { user: recruiter, versionId: v1 }), "conflict");
  });

  it("a blank framework starts as an empty draft that cannot be published until it has a section", () => {
    const created = createFramework(handle.db, { user: recruiter, source: "blank", content: { name: "Blank one", description: "", sections: [] } });
    const error = expectDomainError(() => publishFrameworkVersion(handle.db, { user: recruiter, versionId: created.versionId }), "invalid");
    expect(error.fieldErrors?.sections?.[0]).toMatch(/at least one section/);
    expect(
      handle.db.select({ status: s.frameworkVersions.status }).from(s.frameworkVersions).where(eq(s.frameworkVersions.id, created.versionId)).get()
        ?.status,
    ).toBe("draft");
    // Discarding the only version removes the framework.
    expect(discardFrameworkDraft(handle.db, { user: recruiter, versionId: created.versionId }).frameworkDeleted).toBe(true);
    expect(handle.db.select().from(s.frameworks).where(eq(s.frameworks.id, created.frameworkId)).get()).toBeUndefined();
  });

  it("refuses a second framework with the same name, whatever its case", () => {
    const existing = listFrameworks(handle.db, { user: recruiter })[0]?.name ?? "";
    const counts = frameworkRowCounts(handle.db);
    const error = expectDomainError(
      () =>
        createFramework(handle.db, {
          user: recruiter,
          source: "blank",
          content: { name: ` ${existing.toUpperCase()} `, description: "", sections: [] },
        }),
      "conflict",
    );
    expect(error.fieldErrors?.name?.[0]).toMatch(/already exists/);
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
  });

  it.each([
    ["an unknown framework, its newest version", "unknown", "latest", null],
    ["an unknown framework, version 1", "unknown", 1, null],
    ["a version number the framework does not have", "default", 99, null],
    ["the newest published version of a framework that has only a draft", "draft-only", "latest-published", null],
    ["the newest version of that framework: its draft", "draft-only", "latest", { version: 1, status: "draft" }],
    ["version 1 of the default framework", "default", 1, { version: 1, status: "published" }],
  ] as const)("loadFrameworkVersion for a recruiter: %s", (_what, which, version, expected) => {
    const frameworkId =
      which === "unknown"
        ? "00000000-0000-4000-8000-000000000000"
        : which === "default"
          ? defaultFramework(handle.db).frameworkId
          : (handle.db.select({ id: s.frameworks.id }).from(s.frameworks).where(eq(s.frameworks.name, "Only a draft")).get()?.id ??
            createFramework(handle.db, { user: recruiter, source: "blank", content: { name: "Only a draft", description: "", sections: [] } })
              .frameworkId);
    const loaded = loadFrameworkVersion(handle.db, { user: recruiter, frameworkId, version });
    // Absent is null, never a throw: the page turns it into its 404 and the export route into a 404 with a message.
    if (expected === null) expect(loaded).toBeNull();
    else expect(loaded).toMatchObject({ frameworkId, ...expected });
    expect(listFrameworkVersions(handle.db, { user: recruiter, frameworkId }) === null).toBe(which === "unknown");
  });

  it("refuses every write to a hiring manager and an interviewer, in the domain, changes nothing, and reads them nothing", () => {
    const { frameworkId, versionId: v1 } = defaultFramework(handle.db);
    const draft = createFrameworkDraft(handle.db, { user: recruiter, frameworkId });
    const draftContent = content(draft.versionId);
    const counts = frameworkRowCounts(handle.db);
    for (const user of [hiringManager, interviewer]) {
      expectDomainError(() => createFrameworkDraft(handle.db, { user, frameworkId }), "forbidden");
      expectDomainError(
        () => updateFrameworkDraft(handle.db, { user, versionId: draft.versionId, content: { ...draftContent, name: "Hijacked" } }),
        "forbidden",
      );
      expectDomainError(() => publishFrameworkVersion(handle.db, { user, versionId: draft.versionId }), "forbidden");
      expectDomainError(() => discardFrameworkDraft(handle.db, { user, versionId: draft.versionId }), "forbidden");
      expectDomainError(
        () => createFramework(handle.db, { user, source: "blank", content: { name: "Mine", description: "", sections: [] } }),
        "forbidden",
      );
      // Reads answer as for a framework that does not exist: nothing, where an editor gets the framework.
      expect(listFrameworks(handle.db, { user })).toEqual([]);
      expect(loadFrameworkVersion(handle.db, { user, frameworkId })).toBeNull();
      expect(listFrameworkVersions(handle.db, { user, frameworkId })).toBeNull();
    }
    expect(listFrameworks(handle.db, { user: recruiter }).map((f) => f.id)).toContain(frameworkId);
    expect(loadFrameworkVersion(handle.db, { user: recruiter, frameworkId })?.versionId).toBe(draft.versionId);
    expect(listFrameworkVersions(handle.db, { user: recruiter, frameworkId })?.versions.length).toBeGreaterThan(0);
    expect(frameworkRowCounts(handle.db)).toEqual(counts);
    expect(content(draft.versionId)).toEqual(draftContent);
    expect(
      handle.db.select({ status: s.frameworkVersions.status }).from(s.frameworkVersions).where(eq(s.frameworkVersions.id, v1)).get()?.status,
    ).toBe("published");
  });
});
