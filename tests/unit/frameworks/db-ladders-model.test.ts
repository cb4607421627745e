import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadDebrief } from "@/lib/debrief/load-debrief";
import { CUSTOM_CHECKLIST_RULE, CHECKLIST_RULE } from "@/lib/debrief/panel-evidence-checklist";
import { DomainError } from "@/lib/errors";
import { createFramework } from "@/lib/frameworks/create-framework";
import { createFrameworkDraft } from "@/lib/frameworks/create-framework-draft";
import { DEFAULT_BAR_GUIDANCE, DEFAULT_FRAMEWORK, PANEL_EVIDENCE_CHECKLIST } from "@/lib/frameworks/default-framework";
import { readVersionContent } from "@/lib/frameworks/load-framework-version";
import { publishFrameworkVersion } from "@/lib/frameworks/publish-framework-version";
import type { FrameworkContent } from "@/lib/frameworks/types";
import { updateFrameworkDraft } from "@/lib/frameworks/update-framework-draft";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import { createSeededDb } from "../helpers/temp-db";
import { auditActions, defaultFramework, person } from "./db-helpers";

let handle: Awaited<ReturnType<typeof createSeededDb>>;
let recruiter: SessionUser;

beforeAll(async () => {
  handle = await createSeededDb();
  recruiter = person(handle.db, "recruiter@levelset.test");
});
afterAll(() => handle.close());

const content = (versionId: string): FrameworkContent => {
  const c = readVersionContent(handle.db, versionId);
  if (!c) throw new Error("version not found");
  return c;
};

const LADDER: FrameworkContent = {
  name: "Imported ladder",
  description: "From a ladder with five levels.",
  sections: [
    {
      key: "delivery",
      name: "Delivery",
      description: "",
      items: ["Ships in increments"],
      seniorSignal: "Ships a team's roadmap.",
      staffSignal: "Ships across teams.",
      questions: [],
      redFlags: [],
      staffCriticalByDefault: false,
      levelReferences: [
        { level: "IC2", text: "Ships tasks with help." },
        { level: "IC5", text: "Sets how the company ships.\nSecond line kept." },
      ],
    },
    {
      key: "influence",
      name: "Influence",
      description: "",
      items: [],
      seniorSignal: "",
      staffSignal: "",
      questions: [],
      redFlags: [],
      staffCriticalByDefault: true,
    },
  ],
  guidance: { senior: ["Owns a service."], staff: ["Sets direction across teams.", "Multiplies others."] },
  evidenceChecklist: [
    { key: "deep-dives", label: "Deep-dives", description: "Two of them.", sectionKeys: ["delivery", "influence"], required: 2 },
    { label: "Reach", description: "", sectionKeys: ["influence"], broadScopeOnly: true },
  ],
};

function expectDomainError(run: () => unknown, code: DomainError["code"]) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    return error as DomainError;
  }
  throw new Error(`Expected a ${code} DomainError, but nothing was thrown.`);
}

describe("guidance, checklist and level references on a real database", () => {
  it("the seed stores the default framework's guidance and checklist, exactly as written", () => {
    const stored = content(defaultFramework(handle.db).versionId);
    expect(stored.guidance).toEqual(DEFAULT_BAR_GUIDANCE);
    expect(stored.evidenceChecklist).toEqual(PANEL_EVIDENCE_CHECKLIST);
    expect(stored).toEqual(DEFAULT_FRAMEWORK);
  });

  it("writes and reads every new field back in order, and absent stays absent", () => {
    const created = createFramework(handle.db, { user: recruiter, content: LADDER, source: "json", publish: false });
    expect(content(created.versionId)).toEqual(LADDER);

    const bare = createFramework(handle.db, {
      user: recruiter,
      content: {
        ...LADDER,
        name: "Bare ladder",
        sections: LADDER.sections.map(({ levelReferences: _r, ...rest }) => rest),
        guidance: undefined,
        evidenceChecklist: undefined,
      },
      source: "json",
      publish: false,
    });
    const read = content(bare.versionId);
    expect(read.guidance).toBeUndefined();
    expect(read.evidenceChecklist).toBeUndefined();
    expect(read.sections.map((x) => x.levelReferences)).toEqual([undefined, undefined]);
    expect(JSON.stringify(read)).not.toContain("levelReferences");
  });

  it("an empty checklist is kept as empty (no checklist), not turned back into the built-in one", () => {
    const created = createFramework(handle.db, {
      user: recruiter,
      content: { ...LADDER, name: "No checklist ladder", evidenceChecklist: [] },
      source: "json",
      publish: false,
    });
    expect(content(created.versionId).evidenceChecklist).toEqual([]);
  });

  it("saving a draft replaces guidance, checklist and references, audits the save, and publishing freezes them", () => {
    const created = createFramework(handle.db, { user: recruiter, content: { ...LADDER, name: "Edited ladder" }, source: "json", publish: false });
    const [delivery, influence] = LADDER.sections;
    if (!delivery || !influence) throw new Error("two sections");
    const edited: FrameworkContent = {
      ...LADDER,
      name: "Edited ladder",
      sections: [
        { ...delivery, levelReferences: [{ level: "IC5", text: "Sets how the company ships." }] },
        { ...influence, levelReferences: [{ level: "IC2", text: "Helps the team." }] },
      ],
      guidance: { senior: [], staff: ["Sets direction across teams."] },
      evidenceChecklist: [{ label: "Reach", description: "Changed.", sectionKeys: ["influence"], broadScopeOnly: true, required: 2 }],
    };
    updateFrameworkDraft(handle.db, { user: recruiter, versionId: created.versionId, content: edited });
    expect(content(created.versionId)).toEqual(edited);
    expect(auditActions(handle.db, created.frameworkId)).toContain("framework.draft-saved");

    // Back to the built-in checklist and no guidance.
    const plain = { ...edited, guidance: undefined, evidenceChecklist: undefined };
    updateFrameworkDraft(handle.db, { user: recruiter, versionId: created.versionId, content: plain });
    expect(content(created.versionId).evidenceChecklist).toBeUndefined();
    expect(content(created.versionId).guidance).toBeUndefined();

    updateFrameworkDraft(handle.db, { user: recruiter, versionId: created.versionId, content: edited });
    publishFrameworkVersion(handle.db, { user: recruiter, versionId: created.versionId });
    const frozen = content(created.versionId);
    expectDomainError(
      () =>
        updateFrameworkDraft(handle.db, {
          user: recruiter,
          versionId: created.versionId,
          content: { ...edited, guidance: { senior: ["Changed after publishing"], staff: [] } },
        }),
      "conflict",
    );
    expect(content(created.versionId)).toEqual(frozen);

    // "Edit" copies them into the next draft; changing the draft leaves the published version alone.
    const draft = createFrameworkDraft(handle.db, { user: recruiter, frameworkId: created.frameworkId });
    expect(content(draft.versionId)).toEqual(frozen);
    updateFrameworkDraft(handle.db, {
      user: recruiter,
      versionId: draft.versionId,
      content: { ...edited, guidance: { senior: ["v2 only"], staff: [] } },
    });
    expect(content(created.versionId)).toEqual(frozen);
  });

  it("refuses a checklist that counts a section the framework does not have, with a field error, and saves nothing", () => {
    const created = createFramework(handle.db, { user: recruiter, content: { ...LADDER, name: "Strict ladder" }, source: "json", publish: false });
    const before = content(created.versionId);
    const error = expectDomainError(
      () =>
        updateFrameworkDraft(handle.db, {
          user: recruiter,
          versionId: created.versionId,
          content: { ...LADDER, name: "Strict ladder", evidenceChecklist: [{ label: "X", description: "", sectionKeys: ["gone"] }] },
        }),
      "invalid",
    );
    expect(error.fieldErrors?.["evidenceChecklist.0.sectionKeys.0"]?.[0]).toMatch(/does not have/);
    expect(content(created.versionId)).toEqual(before);
  });

  it("refuses unsafe text in a level reference (the shared text rule)", () => {
    const created = createFramework(handle.db, { user: recruiter, content: { ...LADDER, name: "Unsafe ladder" }, source: "json", publish: false });
    const [delivery, ...rest] = LADDER.sections;
    if (!delivery) throw new Error("a section");
    const error = expectDomainError(
      () =>
        updateFrameworkDraft(handle.db, {
          user: recruiter,
          versionId: created.versionId,
          content: {
            ...LADDER,
            name: "Unsafe ladder",
            sections: [{ ...delivery, levelReferences: [{ level: "IC3", text: "bad \u202E text" }] }, ...rest],
          },
        }),
      "invalid",
    );
    expect(Object.keys(error.fieldErrors ?? {})).toContain("sections.0.levelReferences.0.text");
  });
});

describe("the kit and the debrief read the role's version", () => {
  const anInterview = () => {
    const interviewer = person(handle.db, "maya@levelset.test");
    const rows = handle.db
      .select({ id: s.interviews.id })
      .from(s.interviews)
      .where(and(eq(s.interviews.interviewerId, interviewer.id), eq(s.interviews.status, "scheduled")))
      .all();
    for (const row of rows) {
      const kit = loadInterviewKit(handle.db, { user: interviewer, interviewId: row.id });
      if (kit && kit.sections.length > 0) return { interviewer, kit, interviewId: row.id };
    }
    throw new Error("Maya should have a live interview in the demo");
  };
  const applicationOf = (candidateName: string) =>
    handle.db
      .select({ id: s.applications.id })
      .from(s.applications)
      .innerJoin(s.candidates, eq(s.candidates.id, s.applications.candidateId))
      .where(eq(s.candidates.name, candidateName))
      .get()?.id ?? "";

  it("the kit shows the version's bar guidance and each focus section's reference text, in order", () => {
    const { interviewer, kit, interviewId } = anInterview();
    expect(kit.guidance).toEqual(DEFAULT_BAR_GUIDANCE);
    expect(kit.sections.every((x) => x.levelReferences.length === 0)).toBe(true);

    // A version carrying reference text (what an import stores): rows on one of the kit's sections.
    const focus = kit.sections[0];
    if (!focus) throw new Error("a focus section");
    handle.db
      .insert(s.sectionLevelReferences)
      .values([
        { sectionId: focus.id, level: "L5", text: "Sets direction for the company.", position: 1 },
        { sectionId: focus.id, level: "L2", text: "Works on well-defined tasks.", position: 0 },
      ])
      .run();
    const again = loadInterviewKit(handle.db, { user: interviewer, interviewId });
    expect(again?.sections[0]?.levelReferences).toEqual([
      { level: "L2", text: "Works on well-defined tasks." },
      { level: "L5", text: "Sets direction for the company." },
    ]);
    expect(again?.sections.slice(1).every((x) => x.levelReferences.length === 0)).toBe(true);
  });

  it("the debrief shows the guidance, and uses the version's own checklist when it has one", () => {
    const hm = person(handle.db, "hm@levelset.test");
    const load = () => loadDebrief(handle.db, { user: hm, applicationId: applicationOf("Alice Chen"), now: handle.now });
    const before = load();
    expect(before?.guidance).toEqual(DEFAULT_BAR_GUIDANCE);
    expect(before?.checklistRule).toBe(CHECKLIST_RULE);
    expect(before?.checklist.items.map((i) => i.key)).toEqual(PANEL_EVIDENCE_CHECKLIST.map((i) => i.key));

    // A version stored before issue 10 (the migration's default): no guidance rows, no checklist of its own.
    const { versionId } = defaultFramework(handle.db);
    handle.sqlite.prepare("UPDATE framework_versions SET has_evidence_checklist = 0 WHERE id = ?").run(versionId);
    handle.sqlite.prepare("DELETE FROM framework_evidence_items WHERE version_id = ?").run(versionId);
    handle.sqlite.prepare("DELETE FROM framework_guidance_lines WHERE version_id = ?").run(versionId);
    const legacy = load();
    expect(legacy?.guidance).toBeNull();
    expect(legacy?.checklist).toEqual(before?.checklist);
    expect(legacy?.checklistRule).toBe(CHECKLIST_RULE);

    // Its own checklist: one item over cross-team influence that needs two interviewers.
    handle.sqlite.prepare("UPDATE framework_versions SET has_evidence_checklist = 1 WHERE id = ?").run(versionId);
    handle.db
      .insert(s.frameworkEvidenceItems)
      .values({
        versionId,
        key: "influence-twice",
        label: "Influence seen twice",
        description: "",
        sectionKeys: ["cross-team-influence"],
        required: 2,
        position: 0,
      })
      .run();
    const custom = load();
    expect(custom?.checklistRule).toBe(CUSTOM_CHECKLIST_RULE);
    expect(custom?.checklist.items).toHaveLength(1);
    expect(custom?.checklist.items[0]).toMatchObject({ key: "influence-twice", label: "Influence seen twice", required: 2 });
  });
});
