import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { listMyInterviews } from "@/lib/interviews/list-my-interviews";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { scheduleInterviewSchema } from "@/lib/interviews/interview-schedule-schema";
import { loadApplication } from "@/lib/candidates/load-application";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { changeApplicationStatusSchema } from "@/lib/candidates/candidate-schema";
import { createSeededDb } from "../helpers/temp-db";
import { applicationId, domainError, people, roleId, snapshot, stagesOf } from "../roles/db-fixtures";

let db: Db;
let close: () => void;
let now: Date;
let who: ReturnType<typeof people>;
let farid: string;
let stages: ReturnType<typeof stagesOf>;
const HOUR = 3600_000;
const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString();

beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  close = handle.close;
  now = handle.now;
  who = people(db);
  farid = applicationId(db, "Farid Rahimi");
  stages = stagesOf(db, roleId(db, "Backend Engineer, Payments"));
});
afterAll(() => close());

describe("scheduleInterview", () => {
  it("schedules with someone from the stage's pool; the interviewer sees it on their list at once; audited", () => {
    const { interviewId } = scheduleInterview(db, {
      user: who.rita,
      now,
      applicationId: farid,
      stageId: stages[0]!.id,
      interviewerId: who.maya.id,
      scheduledAt: at(30),
    });
    const mine = listMyInterviews(db, { userId: who.maya.id, now });
    expect(mine.find((i) => i.id === interviewId)).toMatchObject({
      candidateName: "Farid Rahimi",
      stageName: "System design",
      state: "upcoming",
      durationMinutes: 60,
    });
    const event = db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, interviewId)).get();
    expect(event?.action).toBe("interview.scheduled");
    // The interviewer can now open the application, read-only.
    expect(loadApplication(db, { user: who.maya, applicationId: farid, now })?.canEdit).toBe(false);
  });

  it("refuses an interviewer outside the stage's pool, a past time and a double booking; nothing saved", () => {
    const before = snapshot(db);
    const outside = domainError(() =>
      scheduleInterview(db, { user: who.rita, now, applicationId: farid, stageId: stages[0]!.id, interviewerId: who.lee.id, scheduledAt: at(50) }),
    );
    expect(outside.fieldErrors?.interviewerId?.[0]).toMatch(/pool of “System design”/);
    const past = domainError(() =>
      scheduleInterview(db, { user: who.rita, now, applicationId: farid, stageId: stages[0]!.id, interviewerId: who.priya.id, scheduledAt: at(-1) }),
    );
    expect(past.fieldErrors?.scheduledAt?.[0]).toMatch(/already passed/);
    const overlap = domainError(() =>
      scheduleInterview(db, { user: who.rita, now, applicationId: farid, stageId: stages[1]!.id, interviewerId: who.maya.id, scheduledAt: at(30.5) }),
    );
    expect(overlap.fieldErrors?.scheduledAt?.[0]).toMatch(/Maya Cohen already has an interview with Farid Rahimi/);
    const otherRole = stagesOf(db, roleId(db, "Staff Platform Engineer"))[0]!;
    const wrongStage = domainError(() =>
      scheduleInterview(db, { user: who.rita, now, applicationId: farid, stageId: otherRole.id, interviewerId: who.maya.id, scheduledAt: at(70) }),
    );
    expect(wrongStage.fieldErrors?.stageId).toBeDefined();
    expect(snapshot(db)).toBe(before);
  });

  it("the shared schema asks for a stage, an interviewer and a time", () => {
    const parsed = scheduleInterviewSchema.safeParse({ applicationId: farid, stageId: "", interviewerId: "", scheduledAt: "" });
    const byPath = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toEqual({
      stageId: "Choose a stage.",
      interviewerId: "Choose an interviewer from the stage's pool.",
      scheduledAt: "Choose a date and time for the interview.",
    });
    expect(
      scheduleInterviewSchema.safeParse({ applicationId: farid, stageId: "x", interviewerId: "y", scheduledAt: "2026-13-45T99:00" }).success,
    ).toBe(false);
  });

  it("refuses scheduling on a withdrawn application", () => {
    const hiro = applicationId(db, "Hiro Tanaka");
    const platformStage = stagesOf(db, roleId(db, "Staff Platform Engineer"))[0]!;
    expect(
      domainError(() =>
        scheduleInterview(db, {
          user: who.rita,
          now,
          applicationId: hiro,
          stageId: platformStage.id,
          interviewerId: who.maya.id,
          scheduledAt: at(90),
        }),
      ).code,
    ).toBe("conflict");
  });
});

describe("the candidate's own overlapping interviews", () => {
  function poolOf(stageId: string) {
    return db
      .select({ userId: s.stageInterviewers.userId })
      .from(s.stageInterviewers)
      .where(eq(s.stageInterviewers.stageId, stageId))
      .all()
      .map((r) => r.userId);
  }

  it("refuses a second interview of the same candidate at an overlapping time, allows back to back, and checks a reschedule too", () => {
    // Farid has System design with Maya from +30 h to +31 h (the test above).
    const stage = stages[1]!;
    const other = poolOf(stage.id).find((id) => id !== who.maya.id);
    expect(other).toBeDefined();
    const before = snapshot(db);
    const clash = domainError(() =>
      scheduleInterview(db, { user: who.rita, now, applicationId: farid, stageId: stage.id, interviewerId: other!, scheduledAt: at(30.5) }),
    );
    expect(clash.fieldErrors?.scheduledAt?.[0]).toMatch(
      /^Farid Rahimi already has an interview at that time \(System design with Maya Cohen, Backend Engineer, Payments\)/,
    );
    expect(snapshot(db)).toBe(before);

    // Starting as the other ends is fine.
    const { interviewId } = scheduleInterview(db, {
      user: who.rita,
      now,
      applicationId: farid,
      stageId: stage.id,
      interviewerId: other!,
      scheduledAt: at(31),
    });
    // Moving it back into the first one's hour is refused, and it stays where it was.
    const moved = domainError(() => rescheduleInterview(db, { user: who.rita, now, interviewId, scheduledAt: at(30.25) }));
    expect(moved.fieldErrors?.scheduledAt?.[0]).toMatch(/Farid Rahimi already has an interview at that time/);
    expect(db.select().from(s.interviews).where(eq(s.interviews.id, interviewId)).get()?.scheduledAt.toISOString()).toBe(at(31));
    // Moving it within its own slot does not clash with itself.
    rescheduleInterview(db, { user: who.rita, now, interviewId, scheduledAt: at(31.25) });
    cancelInterview(db, { user: who.rita, interviewId });
  });
});

describe("rescheduleInterview and cancelInterview", () => {
  function faridWithMaya() {
    return db
      .select()
      .from(s.interviews)
      .where(and(eq(s.interviews.applicationId, farid), eq(s.interviews.interviewerId, who.maya.id)))
      .get()!;
  }

  it("moves an interview to a future time, audited with both times; refuses the past", () => {
    const interview = faridWithMaya();
    rescheduleInterview(db, { user: who.hugo, now, interviewId: interview.id, scheduledAt: at(48) });
    expect(faridWithMaya().scheduledAt.toISOString()).toBe(at(48));
    const event = db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, interview.id), eq(s.auditEvents.action, "interview.rescheduled")))
      .get();
    expect(event?.data).toMatchObject({ from: at(30), to: at(48) });
    const before = snapshot(db);
    expect(
      domainError(() => rescheduleInterview(db, { user: who.hugo, now, interviewId: interview.id, scheduledAt: at(-2) })).fieldErrors?.scheduledAt,
    ).toBeDefined();
    expect(snapshot(db)).toBe(before);
  });

  it("cancels: the interview stays, marked cancelled, and shows as cancelled (not upcoming) on the interviewer's list", () => {
    const interview = faridWithMaya();
    cancelInterview(db, { user: who.rita, interviewId: interview.id });
    expect(faridWithMaya().status).toBe("cancelled");
    expect(listMyInterviews(db, { userId: who.maya.id, now }).find((i) => i.id === interview.id)?.state).toBe("cancelled");
    // Once its time has passed it leaves the list.
    expect(listMyInterviews(db, { userId: who.maya.id, now: new Date(now.getTime() + 100 * HOUR) }).some((i) => i.id === interview.id)).toBe(false);
    const view = loadApplication(db, { user: who.rita, applicationId: farid, now });
    expect(view?.interviews.find((i) => i.id === interview.id)?.state).toBe("cancelled");
    expect(domainError(() => cancelInterview(db, { user: who.rita, interviewId: interview.id })).code).toBe("conflict");
    expect(domainError(() => rescheduleInterview(db, { user: who.rita, now, interviewId: interview.id, scheduledAt: at(80) })).code).toBe("conflict");
  });

  it("won't move or cancel an interview whose scorecard has been started", () => {
    const withDraft = db
      .select({ id: s.interviews.id })
      .from(s.interviews)
      .innerJoin(s.scorecards, eq(s.scorecards.interviewId, s.interviews.id))
      .where(eq(s.scorecards.status, "draft"))
      .get()!;
    const before = snapshot(db);
    expect(domainError(() => cancelInterview(db, { user: who.rita, interviewId: withDraft.id })).message).toMatch(/already started the scorecard/);
    expect(domainError(() => rescheduleInterview(db, { user: who.rita, now, interviewId: withDraft.id, scheduledAt: at(100) })).code).toBe(
      "conflict",
    );
    expect(snapshot(db)).toBe(before);
  });
});

describe("withdrawing a candidate", () => {
  it("needs a reason (the schema says so in a sentence)", () => {
    const refused = changeApplicationStatusSchema.safeParse({ applicationId: farid, status: "withdrawn", reason: " no " });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(["reason"]);
    expect(refused.error?.issues[0]?.message).toMatch(/Say why the candidate is withdrawn/);
    expect(changeApplicationStatusSchema.safeParse({ applicationId: farid, status: "debrief" }).success).toBe(true);
  });

  it("cancels their future interviews in the same write, audited with the reason; past and started ones stay", () => {
    const stage = stages[2]!;
    const interviewer = db
      .select({ userId: s.stageInterviewers.userId })
      .from(s.stageInterviewers)
      .where(eq(s.stageInterviewers.stageId, stage.id))
      .get()!.userId;
    const { interviewId } = scheduleInterview(db, {
      user: who.rita,
      now,
      applicationId: farid,
      stageId: stage.id,
      interviewerId: interviewer,
      scheduledAt: at(60),
    });
    const scheduledBefore = db
      .select({ id: s.interviews.id })
      .from(s.interviews)
      .where(and(eq(s.interviews.applicationId, farid), eq(s.interviews.status, "scheduled")))
      .all().length;

    const result = changeApplicationStatus(db, { user: who.rita, now, applicationId: farid, status: "withdrawn", reason: "Accepted another offer." });
    expect(result.status).toBe("withdrawn");
    expect(result.cancelledInterviews).toBeGreaterThanOrEqual(1);
    expect(db.select().from(s.interviews).where(eq(s.interviews.id, interviewId)).get()?.status).toBe("cancelled");
    const stillScheduled = db
      .select({ id: s.interviews.id, at: s.interviews.scheduledAt })
      .from(s.interviews)
      .where(and(eq(s.interviews.applicationId, farid), eq(s.interviews.status, "scheduled")))
      .all();
    expect(stillScheduled.length).toBe(scheduledBefore - result.cancelledInterviews);
    for (const i of stillScheduled) expect(i.at.getTime()).toBeLessThanOrEqual(now.getTime());

    const event = db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, farid), eq(s.auditEvents.action, "application.status-changed")))
      .orderBy(desc(s.auditEvents.at))
      .get();
    expect(event?.data).toMatchObject({ to: "withdrawn", reason: "Accepted another offer." });
    expect(event?.summary).toMatch(/to withdrawn: Accepted another offer\.$/);
    const cancelEvent = db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, interviewId), eq(s.auditEvents.action, "interview.cancelled")))
      .get();
    expect(cancelEvent?.summary).toMatch(/the candidate was withdrawn/);
    // The interviewer's calendar gets the cancellation, written in the same transaction.
    const mail = db.select({ kind: s.outboxMessages.kind }).from(s.outboxMessages).where(eq(s.outboxMessages.interviewId, interviewId)).all();
    expect(mail.map((m) => m.kind)).toEqual(expect.arrayContaining(["interview-invitation", "interview-cancellation"]));
    // The interviewer sees it as cancelled, not upcoming.
    expect(listMyInterviews(db, { userId: interviewer, now }).find((i) => i.id === interviewId)?.state).toBe("cancelled");
  });
});
