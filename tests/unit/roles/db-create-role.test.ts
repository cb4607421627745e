import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { writeFrameworkVersion } from "@/lib/frameworks/write-framework-version";
import { createRole } from "@/lib/roles/create-role";
import { createRoleSchema } from "@/lib/roles/role-schema";
import { createSeededDb } from "../helpers/temp-db";
import { defaults, domainError, people, publishedVersion, sectionsOf, snapshot } from "./db-fixtures";

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

function input(overrides: Partial<Parameters<typeof createRole>[1]> = {}) {
  const version = publishedVersion(db);
  const sections = sectionsOf(db, version.id);
  return {
    user: who.rita,
    title: "Senior Engineer, Search",
    team: "Search",
    hiresSenior: true,
    hiresStaff: true,
    frameworkVersionId: version.id,
    sectionIds: sections.map((x) => x.id),
    staffCriticalSectionIds: sections.filter((x) => x.staffCriticalByDefault).map((x) => x.id),
    thresholds: defaults(),
    hiringManagerId: who.hugo.id,
    recruiterIds: [who.rita.id],
    interviewerIds: [who.priya.id, who.lee.id],
    ...overrides,
  };
}

describe("createRole", () => {
  it("creates the role with its sections, Staff-critical defaults, hiring team and an audit event", () => {
    const { roleId } = createRole(db, input({ thresholds: { ...defaults(), seniorMinTwos: 4 } }));
    const role = db.select().from(s.roles).where(eq(s.roles.id, roleId)).get();
    expect(role?.title).toBe("Senior Engineer, Search");
    // Only overrides are stored; the rest follow design.md's defaults.
    expect(role?.thresholds).toEqual({ seniorMinTwos: 4 });
    const sections = db.select().from(s.roleSections).where(eq(s.roleSections.roleId, roleId)).all();
    expect(sections).toHaveLength(DEFAULT_FRAMEWORK.sections.length);
    expect(sections.filter((x) => x.staffCritical)).toHaveLength(3);
    const members = db.select().from(s.roleMembers).where(eq(s.roleMembers.roleId, roleId)).all();
    expect(members.map((m) => m.membership).sort()).toEqual(["hiring-manager", "interviewer", "interviewer", "recruiter"]);
    const audit = db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, roleId)).all();
    expect(audit.map((a) => a.action)).toEqual(["role.created"]);
    expect(audit[0]?.actorId).toBe(who.rita.id);
  });

  it("refuses a draft framework version, and saves nothing", () => {
    const frameworkId = db.select({ id: s.frameworks.id }).from(s.frameworks).get()!.id;
    const draftId = db.transaction((tx) => writeFrameworkVersion(tx, { frameworkId, version: 99, content: DEFAULT_FRAMEWORK, published: false }));
    const draftSections = sectionsOf(db, draftId);
    const before = snapshot(db);
    const error = domainError(() =>
      createRole(db, input({ frameworkVersionId: draftId, sectionIds: draftSections.map((x) => x.id), staffCriticalSectionIds: [] })),
    );
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.frameworkVersionId?.[0]).toMatch(/published/);
    expect(snapshot(db)).toBe(before);
  });

  it("refuses sections from another version", () => {
    const before = snapshot(db);
    const error = domainError(() => createRole(db, input({ sectionIds: ["not-a-section"], staffCriticalSectionIds: [] })));
    expect(error.fieldErrors?.sectionIds).toBeDefined();
    expect(snapshot(db)).toBe(before);
  });

  it("refuses a hiring manager or interviewer without the matching app role", () => {
    const before = snapshot(db);
    const error = domainError(() => createRole(db, input({ hiringManagerId: who.lee.id, interviewerIds: [who.rita.id] })));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.hiringManagerId?.[0]).toMatch(/not an active hiring manager/);
    expect(error.fieldErrors?.interviewerIds?.[0]).toMatch(/not an active interviewer/);
    expect(snapshot(db)).toBe(before);
  });
});

describe("createRoleSchema (shared by the form and the server)", () => {
  const base = () => ({ ...input(), user: undefined });

  it("asks for a title, a level, a section and a hiring manager in full sentences", () => {
    const result = createRoleSchema.safeParse({
      ...base(),
      title: "   ",
      hiresSenior: false,
      hiresStaff: false,
      sectionIds: [],
      staffCriticalSectionIds: [],
      hiringManagerId: "",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages.title).toMatch(/Give the role a title/);
    expect(messages.levels).toMatch(/Senior, Staff, or both/);
    expect(messages.sectionIds).toMatch(/at least one section/);
    expect(messages.hiringManagerId).toMatch(/hiring manager/);
  });

  it("keeps Staff-critical sections inside the sections in play, and needs one for a Staff role", () => {
    const sections = sectionsOf(db, publishedVersion(db).id);
    const outside = createRoleSchema.safeParse({ ...base(), sectionIds: [sections[0]!.id], staffCriticalSectionIds: [sections[2]!.id] });
    expect(outside.error?.issues[0]?.path).toEqual(["staffCriticalSectionIds"]);
    const none = createRoleSchema.safeParse({ ...base(), hiresStaff: true, staffCriticalSectionIds: [] });
    expect(none.error?.issues[0]?.message).toMatch(/needs at least one Staff-critical section/);
    const seniorOnly = createRoleSchema.safeParse({ ...base(), hiresStaff: false, staffCriticalSectionIds: [] });
    expect(seniorOnly.success).toBe(true);
  });

  it("bounds the thresholds by their kind", () => {
    const bad = createRoleSchema.safeParse({
      ...base(),
      thresholds: {
        ...defaults(),
        seniorMinAssessedShare: 1.2,
        seniorMinTwos: 2.5,
        staffCriticalMinScore: 1.25,
        staffCriticalMinRaters: 0,
        minAssessedShare: null,
      },
    });
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "thresholds.seniorMinAssessedShare",
        "thresholds.seniorMinTwos",
        "thresholds.staffCriticalMinScore",
        "thresholds.staffCriticalMinRaters",
        "thresholds.minAssessedShare",
      ]),
    );
  });
});
