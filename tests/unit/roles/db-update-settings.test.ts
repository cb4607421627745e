import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { writeFrameworkVersion } from "@/lib/frameworks/write-framework-version";
import { createRole } from "@/lib/roles/create-role";
import { loadInterviewPlan } from "@/lib/roles/load-interview-plan";
import { saveInterviewPlan } from "@/lib/roles/save-interview-plan";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { createSeededDb } from "../helpers/temp-db";
import { defaults, domainError, people, publishedVersion, roleId, sectionsOf, snapshot, stagesOf } from "./db-fixtures";

let db: Db;
let close: () => void;
let who: ReturnType<typeof people>;

beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  close = handle.close;
  who = people(db);
});
afterAll(() => close());

function settingsOf(role: string, versionId: string, overrides: Partial<Parameters<typeof updateRoleSettings>[1]> = {}) {
  const sections = sectionsOf(db, versionId);
  return {
    user: who.rita,
    roleId: role,
    title: "Backend Engineer, Payments",
    team: "Payments",
    hiresSenior: true,
    hiresStaff: true,
    frameworkVersionId: versionId,
    sectionIds: sections.map((x) => x.id),
    staffCriticalSectionIds: sections.filter((x) => x.staffCriticalByDefault).map((x) => x.id),
    thresholds: defaults(),
    ...overrides,
  };
}

/** Publishes v2 of the default framework without "Product and business thinking" and with one question reworded. */
function publishV2() {
  const frameworkId = db.select({ id: s.frameworks.id }).from(s.frameworks).get()!.id;
  const content = structuredClone(DEFAULT_FRAMEWORK);
  content.sections = content.sections.filter((x) => x.key !== "product-thinking");
  const design = content.sections.find((x) => x.key === "system-design")!;
  design.questions[0]!.prompt = `${design.questions[0]!.prompt} (reworded)`;
  return db.transaction((tx) => writeFrameworkVersion(tx, { frameworkId, version: 2, content, published: true, publishedById: null }));
}

describe("updateRoleSettings", () => {
  it("saves title, levels, sections and thresholds with an audit event naming what changed", () => {
    const payments = roleId(db, "Backend Engineer, Payments");
    const version = publishedVersion(db);
    const sections = sectionsOf(db, version.id);
    const critical = sections.filter((x) => ["system-design", "cross-team-influence", "technical-depth"].includes(x.key)).map((x) => x.id);
    updateRoleSettings(
      db,
      settingsOf(payments, version.id, {
        user: who.hugo,
        title: "Backend Engineer, Payments",
        staffCriticalSectionIds: critical,
        thresholds: { ...defaults(), minAssessedShare: 0.6 },
      }),
    );
    const rows = db.select().from(s.roleSections).where(eq(s.roleSections.roleId, payments)).all();
    expect(
      rows
        .filter((r) => r.staffCritical)
        .map((r) => r.sectionId)
        .sort(),
    ).toEqual([...critical].sort());
    expect(db.select().from(s.roles).where(eq(s.roles.id, payments)).get()?.thresholds).toEqual({ minAssessedShare: 0.6 });
    const event = db.select().from(s.auditEvents).where(eq(s.auditEvents.action, "role.updated")).all().at(-1);
    expect(event?.actorId).toBe(who.hugo.id);
    expect(event?.summary).toMatch(/sections, thresholds/);
    // Back to the seed's choices so the rest of the file reads the demo as it was.
    updateRoleSettings(db, settingsOf(payments, version.id));
  });

  it("locks the framework version once a scorecard exists, and changes nothing", () => {
    const v2 = publishV2();
    const payments = roleId(db, "Backend Engineer, Payments");
    const before = snapshot(db);
    const error = domainError(() => updateRoleSettings(db, settingsOf(payments, v2)));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/locked: \d+ scorecards were already written/);
    expect(snapshot(db)).toBe(before);
  });

  it("moves a role without scorecards to another version; the plan follows by section key and question text", () => {
    const v1 = publishedVersion(db).id;
    const v1Sections = sectionsOf(db, v1);
    const id = (k: string) => v1Sections.find((x) => x.key === k)!.id;
    const { roleId: role } = createRole(db, {
      ...settingsOf("", v1),
      title: "Staff Engineer, Ledger",
      user: who.rita,
      hiringManagerId: who.hugo.id,
      recruiterIds: [],
      interviewerIds: [who.priya.id],
    });
    const designQuestions = db
      .select()
      .from(s.probingQuestions)
      .where(eq(s.probingQuestions.sectionId, id("system-design")))
      .all();
    saveInterviewPlan(db, {
      user: who.rita,
      roleId: role,
      stages: [
        {
          name: "Design",
          durationMinutes: 60,
          focusSectionIds: [id("system-design"), id("product-thinking")],
          questionIds: designQuestions.slice(0, 2).map((q) => q.id),
          interviewerIds: [who.priya.id],
        },
      ],
    });
    const v2 = db.select().from(s.frameworkVersions).where(eq(s.frameworkVersions.version, 2)).get()!.id;
    const result = updateRoleSettings(db, { ...settingsOf(role, v2), title: "Staff Engineer, Ledger" });
    expect(result).toMatchObject({ versionChanged: true, droppedFocus: 1, droppedQuestions: 1 });
    const plan = loadInterviewPlan(db, { id: role, frameworkVersionId: v2 });
    const v2Design = sectionsOf(db, v2).find((x) => x.key === "system-design")!.id;
    expect(plan.stages[0]?.focusSectionIds).toEqual([v2Design]);
    expect(plan.stages[0]?.questionIds).toHaveLength(1);
    expect(stagesOf(db, role)).toHaveLength(1);
  });

  it("refuses sections that are not in the chosen version", () => {
    const payments = roleId(db, "Backend Engineer, Payments");
    const v1 = publishedVersion(db).id;
    const v2 = db.select().from(s.frameworkVersions).where(eq(s.frameworkVersions.version, 2)).get()!.id;
    const before = snapshot(db);
    const error = domainError(() =>
      updateRoleSettings(db, settingsOf(payments, v1, { sectionIds: sectionsOf(db, v2).map((x) => x.id), staffCriticalSectionIds: [] })),
    );
    expect(error.fieldErrors?.sectionIds?.[0]).toMatch(/not part of the chosen framework version/);
    expect(snapshot(db)).toBe(before);
  });
});
