import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { createRole } from "@/lib/roles/create-role";
import { coverageInput, loadInterviewPlan, loadPlanOutline } from "@/lib/roles/load-interview-plan";
import { checkCoverage } from "@/lib/roles/coverage";
import { interviewPlanSchema } from "@/lib/roles/plan-schema";
import { saveInterviewPlan } from "@/lib/roles/save-interview-plan";
import { updateHiringTeam } from "@/lib/roles/update-hiring-team";
import { createSeededDb } from "../helpers/temp-db";
import { defaults, domainError, people, pool, publishedVersion, roleId, sectionsOf, snapshot, stagesOf } from "./db-fixtures";

let db: Db;
let close: () => void;
let who: ReturnType<typeof people>;
let role: string;
let sections: ReturnType<typeof sectionsOf>;
const key = (k: string) => sections.find((x) => x.key === k)!.id;

beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  close = handle.close;
  who = people(db);
  const version = publishedVersion(db);
  sections = sectionsOf(db, version.id);
  role = createRole(db, {
    user: who.rita,
    title: "Staff Engineer, Data",
    team: "Data",
    hiresSenior: false,
    hiresStaff: true,
    frameworkVersionId: version.id,
    sectionIds: sections.map((x) => x.id),
    staffCriticalSectionIds: sections.filter((x) => x.staffCriticalByDefault).map((x) => x.id),
    thresholds: defaults(),
    hiringManagerId: who.helen.id,
    recruiterIds: [who.rita.id],
    interviewerIds: [who.priya.id, who.sam.id, who.lee.id, who.omar.id],
  }).roleId;
});
afterAll(() => close());

/** A loop of four stages that covers the nine default sections cleanly (every Staff-critical one twice, with Staff+ raters). */
function cleanPlan() {
  return [
    {
      name: "System design",
      durationMinutes: 60,
      focusSectionIds: [key("system-design"), key("technical-depth"), key("reliability-and-operations")],
      questionIds: [] as string[],
      interviewerIds: [who.priya.id],
    },
    {
      name: "Cross-team leadership",
      durationMinutes: 45,
      focusSectionIds: [key("cross-team-influence"), key("leadership-without-authority"), key("scope-and-impact")],
      questionIds: [] as string[],
      interviewerIds: [who.sam.id],
    },
    {
      name: "Technical depth",
      durationMinutes: 60,
      focusSectionIds: [key("technical-depth"), key("code-quality"), key("execution-and-delivery")],
      questionIds: [] as string[],
      interviewerIds: [who.lee.id, who.omar.id],
    },
    {
      name: "Hiring manager",
      durationMinutes: 45,
      focusSectionIds: [key("system-design"), key("cross-team-influence"), key("leadership-without-authority"), key("product-thinking")],
      questionIds: [] as string[],
      interviewerIds: [who.priya.id],
    },
  ];
}

function questionsOf(sectionKey: string) {
  return db
    .select()
    .from(s.probingQuestions)
    .where(eq(s.probingQuestions.sectionId, key(sectionKey)))
    .all();
}

describe("saveInterviewPlan", () => {
  it("saves four stages in order with focus, questions and pools; the coverage check is clean; one audit event", () => {
    const stages = cleanPlan();
    stages[0]!.questionIds = questionsOf("system-design")
      .slice(0, 2)
      .map((q) => q.id);
    const result = saveInterviewPlan(db, { user: who.rita, roleId: role, stages });
    expect(result).toMatchObject({ clean: true, warnings: 0 });
    const saved = stagesOf(db, role);
    expect(saved.map((x) => x.name)).toEqual(["System design", "Cross-team leadership", "Technical depth", "Hiring manager"]);
    expect(pool(db, saved[2]!.id).sort()).toEqual([who.lee.id, who.omar.id].sort());
    const kit = db.select().from(s.stageQuestions).where(eq(s.stageQuestions.stageId, saved[0]!.id)).all();
    expect(kit).toHaveLength(2);
    const plan = loadInterviewPlan(db, { id: role, frameworkVersionId: publishedVersion(db).id });
    expect(checkCoverage(coverageInput(plan, true)).clean).toBe(true);
    const audit = db.select().from(s.auditEvents).where(eq(s.auditEvents.action, "plan.updated")).all();
    expect(audit.filter((a) => a.entityId === role)).toHaveLength(1);
  });

  it("updates stages in place when they come back with their ids, and reorders them", () => {
    const saved = stagesOf(db, role);
    const stages = cleanPlan().map((x, i) => ({ ...x, id: saved[i]!.id }));
    const reordered = [stages[3]!, stages[0]!, stages[1]!, stages[2]!];
    reordered[0]!.name = "HM conversation";
    saveInterviewPlan(db, { user: who.rita, roleId: role, stages: reordered });
    const after = stagesOf(db, role);
    expect(after.map((x) => x.id)).toEqual(reordered.map((x) => x.id));
    expect(after[0]!.name).toBe("HM conversation");
  });

  it("refuses, with field errors and nothing saved: duplicate names, focus out of play, questions of other sections, pool outside the team", () => {
    const saved = stagesOf(db, role);
    const stages = cleanPlan().map((x, i) => ({ ...x, id: saved[i]!.id }));
    stages[1]!.name = " system  DESIGN ";
    stages[2]!.interviewerIds = [who.maya.id];
    stages[3]!.questionIds = questionsOf("code-quality").map((q) => q.id);
    const before = snapshot(db);
    const error = domainError(() => saveInterviewPlan(db, { user: who.rita, roleId: role, stages }));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.["stages.1.name"]?.[0]).toMatch(/already has this name/);
    expect(error.fieldErrors?.["stages.2.interviewerIds"]?.[0]).toMatch(/hiring team/);
    expect(error.fieldErrors?.["stages.3.questionIds"]?.[0]).toMatch(/focus sections/);
    expect(snapshot(db)).toBe(before);
  });

  it("refuses a stage with no focus section, in the shared schema and in the domain", () => {
    const stages = cleanPlan();
    stages[0]!.focusSectionIds = [];
    const parsed = interviewPlanSchema.safeParse({ roleId: role, stages });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["stages", 0, "focusSectionIds"]);
    expect(parsed.error?.issues[0]?.message).toMatch(/at least one focus section/);
    const before = snapshot(db);
    expect(
      domainError(() => saveInterviewPlan(db, { user: who.rita, roleId: role, stages })).fieldErrors?.["stages.0.focusSectionIds"],
    ).toBeDefined();
    expect(snapshot(db)).toBe(before);
  });

  it("the shared schema names empty and duplicate stage names and bad durations", () => {
    const stages = cleanPlan();
    stages[0]!.name = "";
    stages[2]!.name = "Hiring Manager";
    stages[1]!.durationMinutes = 10;
    const parsed = interviewPlanSchema.safeParse({ roleId: role, stages });
    const byPath = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath["stages.0.name"]).toMatch(/Name the stage/);
    expect(byPath["stages.3.name"]).toMatch(/already has this name/);
    expect(byPath["stages.1.durationMinutes"]).toMatch(/at least 15 minutes/);
  });

  it("won't remove a stage that interviews use; nothing saved", () => {
    const payments = roleId(db, "Backend Engineer, Payments");
    const saved = stagesOf(db, payments);
    const focus = db
      .select()
      .from(s.stageFocusSections)
      .where(
        inArray(
          s.stageFocusSections.stageId,
          saved.map((x) => x.id),
        ),
      )
      .all();
    const stages = saved.slice(1).map((st) => ({
      id: st.id,
      name: st.name,
      durationMinutes: st.durationMinutes,
      focusSectionIds: focus.filter((f) => f.stageId === st.id).map((f) => f.sectionId),
      questionIds: [],
      interviewerIds: [],
    }));
    const before = snapshot(db);
    const error = domainError(() => saveInterviewPlan(db, { user: who.rita, roleId: payments, stages }));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/“System design” \(\d+ interviews?\) can't be removed/);
    expect(snapshot(db)).toBe(before);
  });

  it("removes an unused stage", () => {
    const saved = stagesOf(db, role);
    const stages = cleanPlan()
      .map((x, i) => ({ ...x, id: saved[i]!.id }))
      .slice(0, 3);
    saveInterviewPlan(db, { user: who.rita, roleId: role, stages });
    expect(stagesOf(db, role)).toHaveLength(3);
  });

  it("an interviewer who leaves the team leaves the pools too, in the same transaction", () => {
    const saved = stagesOf(db, role);
    saveInterviewPlan(db, { user: who.rita, roleId: role, stages: cleanPlan().map((x, i) => ({ ...x, id: saved[i]?.id })) });
    const result = updateHiringTeam(db, {
      user: who.rita,
      roleId: role,
      hiringManagerId: who.helen.id,
      recruiterIds: [who.rita.id],
      interviewerIds: [who.priya.id, who.sam.id, who.omar.id],
    });
    expect(result.removedFromPools).toEqual(["Lee Wong"]);
    const technical = stagesOf(db, role).find((x) => x.name === "Technical depth")!;
    expect(pool(db, technical.id)).toEqual([who.omar.id]);
    const audit = db.select().from(s.auditEvents).where(eq(s.auditEvents.action, "team.updated")).all();
    expect(audit.some((a) => a.entityId === role)).toBe(true);
  });

  it("a hiring team needs a hiring manager who holds that role", () => {
    const before = snapshot(db);
    const error = domainError(() =>
      updateHiringTeam(db, { user: who.rita, roleId: role, hiringManagerId: who.sam.id, recruiterIds: [], interviewerIds: [] }),
    );
    expect(error.fieldErrors?.hiringManagerId).toBeDefined();
    expect(snapshot(db)).toBe(before);
  });
});

describe("the role page's plan outline", () => {
  it("is the editor's plan without questions and interview counts, with the same coverage, for every role", () => {
    const all = db.select({ id: s.roles.id, frameworkVersionId: s.roles.frameworkVersionId, hiresStaff: s.roles.hiresStaff }).from(s.roles).all();
    expect(all.length).toBeGreaterThan(2);
    for (const r of all) {
      const plan = loadInterviewPlan(db, r);
      const outline = loadPlanOutline(db, r);
      expect(outline).toEqual({
        sectionsInPlay: plan.sectionsInPlay.map(({ questions: _q, ...rest }) => rest),
        otherSections: plan.otherSections,
        interviewers: plan.interviewers,
        stages: plan.stages.map(({ questionIds: _q, interviewCount: _n, ...rest }) => rest),
      });
      expect(checkCoverage(coverageInput(outline, r.hiresStaff))).toEqual(checkCoverage(coverageInput(plan, r.hiresStaff)));
    }
  });
});
