import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { loadRoleAnalytics } from "@/lib/analytics/load-role-analytics";
import type { SessionUser } from "@/lib/auth/session-user";
import { addCandidate } from "@/lib/candidates/add-candidate";
import { addCandidateSchema } from "@/lib/candidates/candidate-schema";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { loadDebrief } from "@/lib/debrief/load-debrief";
import { loadRoleSummaries } from "@/lib/home/load-role-summaries";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { changeRoleStatus } from "@/lib/roles/change-role-status";
import { listRoles } from "@/lib/roles/list-roles";
import { loadInterviewPlan } from "@/lib/roles/load-interview-plan";
import { loadRoleHeader } from "@/lib/roles/load-role-header";
import { changeRoleStatusSchema } from "@/lib/roles/role-status-schema";
import { saveInterviewPlan } from "@/lib/roles/save-interview-plan";
import { updateReminderDelay } from "@/lib/roles/update-reminder-delay";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { createSeededDb } from "../helpers/temp-db";
import { applicationId, domainError, people, roleId, snapshot, stagesOf } from "./db-fixtures";

let db: Db;
let close: () => void;
let now: Date;
let who: ReturnType<typeof people>;
let payments: string;

beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  close = handle.close;
  now = handle.now;
  who = people(db);
  payments = roleId(db, "Backend Engineer, Payments");
});
afterAll(() => close());

const statusOf = (id: string) => db.select({ status: s.roles.status }).from(s.roles).where(eq(s.roles.id, id)).get()?.status;
const close_ = (user: SessionUser, reason = "Position filled by a referral.") =>
  changeRoleStatus(db, { user, now, ...changeRoleStatusSchema.parse({ roleId: payments, status: "closed", reason }) });
const reopen = (user: SessionUser) => changeRoleStatus(db, { user, now, ...changeRoleStatusSchema.parse({ roleId: payments, status: "open" }) });

describe("changeRoleStatusSchema", () => {
  it.each([
    ["closing with a reason", { status: "closed", reason: "Position filled" }, true],
    ["closing without a reason", { status: "closed" }, false],
    ["closing with a too-short reason", { status: "closed", reason: " no " }, false],
    ["closing with a reason carrying a bidi control", { status: "closed", reason: "Filled \u202E" }, false],
    ["reopening without a reason", { status: "open" }, true],
    ["reopening with a reason", { status: "open", reason: "Hiring again" }, true],
    ["an unknown status", { status: "archived", reason: "Position filled" }, false],
  ])("%s → %s", (_what, fields, ok) => {
    const parsed = changeRoleStatusSchema.safeParse({ roleId: "r1", ...fields });
    expect(parsed.success).toBe(ok);
    if (!parsed.success) for (const issue of parsed.error.issues) expect(issue.message).toMatch(/\.$/);
  });
});

describe("who may close and reopen a role (design.md: edit roles — recruiter, admin, own roles for the hiring manager)", () => {
  beforeEach(() => {
    if (statusOf(payments) !== "open") reopen(who.ada);
  });

  it.each([
    ["the recruiter", "rita", null],
    ["an admin", "ada", null],
    ["the role's hiring manager", "hugo", null],
    ["another role's hiring manager", "helen", "not-found"],
    ["an interviewer", "priya", "forbidden"],
  ] as const)("%s → %s", (_who, key, refused) => {
    const user = who[key];
    if (refused) {
      const before = snapshot(db);
      expect(domainError(() => close_(user)).code).toBe(refused);
      expect(snapshot(db)).toBe(before);
      return;
    }
    const closed = close_(user);
    expect(closed.status).toBe("closed");
    expect(statusOf(payments)).toBe("closed");
    expect(reopen(user).status).toBe("open");
    expect(statusOf(payments)).toBe("open");
  });
});

describe("a closed role", () => {
  let closedResult: ReturnType<typeof changeRoleStatus>;
  let interviewsBefore: { id: string; status: string }[];
  let applicationsBefore: { id: string; status: string }[];

  beforeAll(() => {
    if (statusOf(payments) !== "open") reopen(who.ada);
    const apps = db
      .select({ id: s.applications.id, status: s.applications.status })
      .from(s.applications)
      .where(eq(s.applications.roleId, payments))
      .all();
    applicationsBefore = apps;
    interviewsBefore = db
      .select({ id: s.interviews.id, status: s.interviews.status })
      .from(s.interviews)
      .where(
        inArray(
          s.interviews.applicationId,
          apps.map((a) => a.id),
        ),
      )
      .all();
    closedResult = close_(who.rita);
  });

  it("counts what carries on in the answer and the audit event, with the reason", () => {
    const active = applicationsBefore.filter((a) => a.status === "active" || a.status === "debrief").length;
    expect(active).toBeGreaterThan(0);
    expect(closedResult.activeApplications).toBe(active);
    const event = db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityType, "role"), eq(s.auditEvents.entityId, payments), eq(s.auditEvents.action, "role.closed")))
      .all()
      .at(-1);
    expect(event?.actorId).toBe(who.rita.id);
    expect(event?.summary).toContain("Position filled by a referral.");
    expect(event?.data).toMatchObject({
      from: "open",
      to: "closed",
      reason: "Position filled by a referral.",
      activeApplications: active,
      upcomingInterviews: closedResult.upcomingInterviews,
    });
  });

  it("cancels and decides nothing", () => {
    const apps = db
      .select({ id: s.applications.id, status: s.applications.status })
      .from(s.applications)
      .where(eq(s.applications.roleId, payments))
      .all();
    expect(apps).toEqual(applicationsBefore);
    const ivs = db
      .select({ id: s.interviews.id, status: s.interviews.status })
      .from(s.interviews)
      .where(
        inArray(
          s.interviews.applicationId,
          apps.map((a) => a.id),
        ),
      )
      .all();
    expect(ivs).toEqual(interviewsBefore);
  });

  it.each([
    ["the recruiter's home", "rita", "recruiting"],
    ["the admin's home", "ada", "recruiting"],
    ["the hiring manager's home", "hugo", "managing"],
  ] as const)("leaves %s", (_where, key, list) => {
    const titles = loadRoleSummaries(db, { user: who[key], list }).map((r) => r.id);
    expect(titles).not.toContain(payments);
  });

  it("stays on the Roles list and its pages, marked closed", () => {
    expect(listRoles(db, { user: who.rita }).find((r) => r.id === payments)?.status).toBe("closed");
    expect(listRoles(db, { user: who.hugo }).find((r) => r.id === payments)?.status).toBe("closed");
    expect(loadRoleHeader(db, { user: who.hugo, roleId: payments })?.status).toBe("closed");
  });

  it("keeps its debriefs and calibration readable", () => {
    const alice = applicationId(db, "Alice Chen");
    expect(loadDebrief(db, { user: who.hugo, applicationId: alice, now })).not.toBeNull();
    expect(loadRoleAnalytics(db, { user: who.rita, roleId: payments, now })).not.toBeNull();
  });

  const refusals: [string, () => unknown, RegExp][] = [
    [
      "a new candidate",
      () =>
        addCandidate(db, {
          user: who.rita,
          ...addCandidateSchema.parse({ roleId: payments, name: "Closed Role Person", email: "closed.role.person@example.com" }),
        }),
      /takes no new candidates/,
    ],
    [
      "a new interview",
      () => {
        const stage = stagesOf(db, payments)[0]!;
        return scheduleInterview(db, {
          user: who.rita,
          now,
          applicationId: applicationId(db, "Farid Rahimi"),
          stageId: stage.id,
          interviewerId: who.maya.id,
          scheduledAt: new Date(now.getTime() + 30 * 3_600_000).toISOString(),
        });
      },
      /schedules no new interviews/,
    ],
    [
      "an interview plan edit",
      () => {
        const role = loadRoleHeader(db, { user: who.rita, roleId: payments })!;
        const plan = loadInterviewPlan(db, role);
        return saveInterviewPlan(db, {
          user: who.rita,
          roleId: payments,
          stages: plan.stages.map((st) => ({
            id: st.id,
            name: `${st.name} (renamed)`,
            durationMinutes: st.durationMinutes,
            focusSectionIds: st.focusSectionIds,
            questionIds: st.questionIds,
            interviewerIds: st.interviewerIds,
          })),
        });
      },
      /keeps the interview plan/,
    ],
    [
      "a scorecard settings edit",
      () =>
        updateRoleSettings(db, {
          user: who.hugo,
          roleId: payments,
          title: "Backend Engineer, Payments (edited)",
        } as unknown as Parameters<typeof updateRoleSettings>[1]),
      /keeps the scorecard settings/,
    ],
  ];
  it.each(refusals)("refuses %s on the server, with a sentence saying how to go on, and writes nothing", (_what, run, message) => {
    const before = snapshot(db);
    const error = domainError(run);
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/is closed, so .* Reopen the role/);
    expect(snapshot(db)).toBe(before);
  });

  it("still lets work in flight carry on: a withdrawal and the reminder delay", () => {
    expect(updateReminderDelay(db, { user: who.rita, roleId: payments, hours: 120 })).toBeTruthy();
    const farid = applicationId(db, "Farid Rahimi");
    expect(
      changeApplicationStatus(db, { user: who.rita, applicationId: farid, status: "withdrawn", reason: "Accepted another offer.", now }).status,
    ).toBe("withdrawn");
    changeApplicationStatus(db, { user: who.rita, applicationId: farid, status: "active", now });
  });

  it("refuses closing twice, and reopening brings it back to the homes and the pipeline", () => {
    expect(domainError(() => close_(who.rita)).message).toMatch(/already closed/);
    const reopened = reopen(who.hugo);
    expect(reopened.status).toBe("open");
    expect(loadRoleSummaries(db, { user: who.hugo, list: "managing" }).map((r) => r.id)).toContain(payments);
    expect(loadRoleSummaries(db, { user: who.rita, list: "recruiting" }).map((r) => r.id)).toContain(payments);
    const added = addCandidate(db, {
      user: who.rita,
      ...addCandidateSchema.parse({ roleId: payments, name: "Reopened Role Person", email: "reopened.role.person@example.com" }),
    });
    expect(added.applicationId).toBeTruthy();
    expect(domainError(() => reopen(who.hugo)).message).toMatch(/already open/);
  });
});
