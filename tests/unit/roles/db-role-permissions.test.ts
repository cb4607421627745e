import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { addCandidate } from "@/lib/candidates/add-candidate";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { createRole } from "@/lib/roles/create-role";
import { loadRoleHeader } from "@/lib/roles/load-role-header";
import { loadReminderDelay } from "@/lib/roles/update-reminder-delay";
import { listRoles } from "@/lib/roles/list-roles";
import { saveInterviewPlan } from "@/lib/roles/save-interview-plan";
import { updateHiringTeam } from "@/lib/roles/update-hiring-team";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { loadApplication } from "@/lib/candidates/load-application";
import { and, eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { createSeededDb } from "../helpers/temp-db";
import { applicationId, defaults, domainError, people, publishedVersion, roleId, sectionsOf, snapshot, stagesOf } from "./db-fixtures";

/**
 * design.md, Permissions: "edit frameworks, roles, plans — recruiter yes, interviewer no, hiring
 * manager own roles, admin yes". Every write of this area is refused on the server, in the query.
 */
let db: Db;
let close: () => void;
let now: Date;
let payments: string;
let platform: string;
let who: ReturnType<typeof people>;

beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  close = handle.close;
  now = handle.now;
  payments = roleId(db, "Backend Engineer, Payments");
  platform = roleId(db, "Staff Platform Engineer");
  who = people(db);
});
afterAll(() => close());

function samHugoInterview() {
  const row = db
    .select({ id: s.interviews.id })
    .from(s.interviews)
    .where(and(eq(s.interviews.applicationId, applicationId(db, "Elena Rossi")), eq(s.interviews.interviewerId, who.sam.id)))
    .get();
  if (!row) throw new Error("Elena's interview with Sam is missing from the seed.");
  return row.id;
}

/** Every write of the area against "Backend Engineer, Payments", as `user`. */
function writes(user: ReturnType<typeof people>["lee"]) {
  const version = publishedVersion(db);
  const sections = sectionsOf(db, version.id);
  const stages = stagesOf(db, payments);
  const future = new Date(now.getTime() + 10 * 24 * 3600_000).toISOString();
  return {
    updateRoleSettings: () =>
      updateRoleSettings(db, {
        user,
        roleId: payments,
        title: "Hijacked",
        team: "Payments",
        hiresSenior: true,
        hiresStaff: true,
        frameworkVersionId: version.id,
        sectionIds: sections.map((x) => x.id),
        staffCriticalSectionIds: sections.filter((x) => x.staffCriticalByDefault).map((x) => x.id),
        thresholds: defaults(),
      }),
    updateHiringTeam: () =>
      updateHiringTeam(db, { user, roleId: payments, hiringManagerId: who.helen.id, recruiterIds: [], interviewerIds: [who.lee.id] }),
    saveInterviewPlan: () =>
      saveInterviewPlan(db, {
        user,
        roleId: payments,
        stages: stages.map((st) => ({
          id: st.id,
          name: `${st.name} (edited)`,
          durationMinutes: 30,
          focusSectionIds: [sections[0]!.id],
          questionIds: [],
          interviewerIds: [],
        })),
      }),
    addCandidate: () => addCandidate(db, { user, roleId: payments, name: "Mallory", email: "mallory@example.com", links: [], notes: "" }),
    changeApplicationStatus: () => changeApplicationStatus(db, { user, applicationId: applicationId(db, "Farid Rahimi"), status: "withdrawn" }),
    scheduleInterview: () =>
      scheduleInterview(db, {
        user,
        now,
        applicationId: applicationId(db, "Farid Rahimi"),
        stageId: stages[0]!.id,
        interviewerId: who.priya.id,
        scheduledAt: future,
      }),
    rescheduleInterview: () => rescheduleInterview(db, { user, now, interviewId: samHugoInterview(), scheduledAt: future }),
    cancelInterview: () => cancelInterview(db, { user, interviewId: samHugoInterview() }),
  };
}

const WRITE_NAMES = [
  "updateRoleSettings",
  "updateHiringTeam",
  "saveInterviewPlan",
  "addCandidate",
  "changeApplicationStatus",
  "scheduleInterview",
  "rescheduleInterview",
  "cancelInterview",
] as const satisfies readonly (keyof ReturnType<typeof writes>)[];

describe("writes on someone else's role are refused on the server", () => {
  for (const [label, key] of [
    ["an interviewer (lee@)", "lee"],
    ["the hiring manager of another role (helen@)", "helen"],
  ] as const) {
    describe(label, () => {
      for (const name of WRITE_NAMES) {
        it(`${name}: refused, nothing changed`, () => {
          const before = snapshot(db);
          const error = domainError(writes(who[key])[name]);
          expect(["forbidden", "not-found"]).toContain(error.code);
          expect(snapshot(db)).toBe(before);
        });
      }
    });
  }

  it("an interviewer gets 'forbidden' (no role at all), another role's hiring manager 'not-found' (not theirs)", () => {
    expect(domainError(writes(who.lee).updateRoleSettings).code).toBe("forbidden");
    expect(domainError(writes(who.helen).updateRoleSettings).code).toBe("not-found");
  });

  it("a hiring manager may not create roles", () => {
    const version = publishedVersion(db);
    const sections = sectionsOf(db, version.id);
    const before = snapshot(db);
    const error = domainError(() =>
      createRole(db, {
        user: who.hugo,
        title: "Shadow role",
        team: "",
        hiresSenior: true,
        hiresStaff: false,
        frameworkVersionId: version.id,
        sectionIds: sections.map((x) => x.id),
        staffCriticalSectionIds: [],
        thresholds: defaults(),
        hiringManagerId: who.hugo.id,
        recruiterIds: [],
        interviewerIds: [],
      }),
    );
    expect(error.code).toBe("forbidden");
    expect(snapshot(db)).toBe(before);
  });
});

describe("reads follow the same rule", () => {
  it("roles are listed for recruiters (all) and hiring managers (their own), not for interviewers", () => {
    expect(listRoles(db, { user: who.rita }).map((r) => r.title)).toEqual(["Backend Engineer, Payments", "Staff Platform Engineer"]);
    expect(listRoles(db, { user: who.hugo }).map((r) => r.title)).toEqual(["Backend Engineer, Payments"]);
    expect(listRoles(db, { user: who.lee })).toEqual([]);
    expect(loadRoleHeader(db, { user: who.helen, roleId: payments })).toBeNull();
    expect(loadRoleHeader(db, { user: who.helen, roleId: platform })?.title).toBe("Staff Platform Engineer");
  });

  it.each([
    ["the recruiter", "rita", "payments", true],
    ["an admin", "ada", "payments", true],
    ["the role's hiring manager", "hugo", "payments", true],
    ["another role's hiring manager", "helen", "payments", false],
    ["an interviewer", "priya", "payments", false],
    ["the recruiter, for a role that does not exist", "rita", "missing", false],
  ] as const)("the reminder delay of a role, for %s", (_who, key, role, readable) => {
    const id = role === "payments" ? payments : "00000000-0000-4000-8000-000000000000";
    const stored = db.select({ minutes: s.roles.reminderDelayMinutes }).from(s.roles).where(eq(s.roles.id, payments)).get()?.minutes;
    expect(stored).toBeTypeOf("number");
    // Absent and not readable are the same answer, null; the page turns it into its 404.
    expect(loadReminderDelay(db, who[key], id)).toBe(readable ? stored : null);
  });

  it("an interviewer sees only applications they interview, read-only and without the recruiter's notes", () => {
    const elena = loadApplication(db, { user: who.lee, applicationId: applicationId(db, "Elena Rossi"), now });
    expect(elena?.candidate.name).toBe("Elena Rossi");
    expect(elena?.canEdit).toBe(false);
    expect(elena?.candidate.notes).toBeNull();
    expect(elena?.stages).toEqual([]);
    expect(loadApplication(db, { user: who.lee, applicationId: applicationId(db, "Farid Rahimi"), now })).toBeNull();
    const asRecruiter = loadApplication(db, { user: who.rita, applicationId: applicationId(db, "Elena Rossi"), now });
    expect(asRecruiter?.canEdit).toBe(true);
    expect(asRecruiter?.candidate.notes).toContain("fintech");
  });

  it("the role's own hiring manager may write (Hugo moves Farid to debrief and back)", () => {
    const farid = applicationId(db, "Farid Rahimi");
    expect(changeApplicationStatus(db, { user: who.hugo, applicationId: farid, status: "debrief" }).status).toBe("debrief");
    expect(changeApplicationStatus(db, { user: who.hugo, applicationId: farid, status: "active" }).status).toBe("active");
    // …but not on Helen's role.
    expect(
      domainError(() => changeApplicationStatus(db, { user: who.hugo, applicationId: applicationId(db, "Grace Kim"), status: "withdrawn" })).code,
    ).toBe("not-found");
  });
});
