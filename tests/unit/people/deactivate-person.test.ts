import type Database from "better-sqlite3";
import { and, asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { createCalendarFeed } from "@/lib/calendar/calendar-feed-token";
import { listMyInterviews } from "@/lib/interviews/list-my-interviews";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { interviewUid } from "@/lib/mail/interview-calendar";
import { findDueReminders } from "@/lib/mail/scorecard-reminders";
import { deactivatePerson } from "@/lib/people/deactivate-person";
import { deactivatePersonSchema, type DeactivationChoice } from "@/lib/people/deactivation-schema";
import { listUpcomingAsInterviewer, loadDeactivation } from "@/lib/people/load-deactivation";
import { updatePerson } from "@/lib/people/save-person";
import { createSeededDb } from "../helpers/temp-db";
import { applicationId, domainError, people, roleId, stagesOf } from "../roles/db-fixtures";

const HOUR = 3_600_000;

let db: Db;
let sqlite: Database.Database;
let close: () => void;
let now: Date;
let who: ReturnType<typeof people>;
/** Maya's two interviews for Farid this suite adds: System design (pool Priya, Maya) and the second stage (pool Sam, Maya). */
let design: string;
let second: string;
let stages: ReturnType<typeof stagesOf>;
const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString();

/** Every row of every table: a refusal must leave all of it as it was. */
function everything(): string {
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((t) => t.name);
  return JSON.stringify(tables.map((t) => sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
}

const interview = (id: string) => db.select().from(s.interviews).where(eq(s.interviews.id, id)).get()!;
const user = (id: string) => db.select().from(s.users).where(eq(s.users.id, id)).get()!;
const mailOf = (interviewId: string) =>
  db
    .select({
      kind: s.outboxMessages.kind,
      to: s.outboxMessages.to,
      method: s.outboxMessages.icsMethod,
      sequence: s.outboxMessages.icsSequence,
      ics: s.outboxMessages.ics,
      text: s.outboxMessages.text,
    })
    .from(s.outboxMessages)
    .where(eq(s.outboxMessages.interviewId, interviewId))
    .orderBy(asc(s.outboxMessages.icsSequence))
    .all();

/** Maya's upcoming interviews with the given choice for this suite's two, and "cancel" for any other the demo gives her. */
function choicesFor(overrides: Record<string, Omit<DeactivationChoice, "interviewId">>): DeactivationChoice[] {
  return listUpcomingAsInterviewer(db, { actor: who.ada, userId: who.maya.id, now }).map((i) => ({
    interviewId: i.id,
    ...(overrides[i.id] ?? { action: "cancel", interviewerId: "" }),
  }));
}
const deactivateMaya = (choices: DeactivationChoice[]) => deactivatePerson(db, { actor: who.ada, now, input: { userId: who.maya.id, choices } });

beforeEach(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  sqlite = handle.sqlite;
  close = handle.close;
  now = handle.now;
  who = people(db);
  stages = stagesOf(db, roleId(db, "Backend Engineer, Payments"));
  const farid = applicationId(db, "Farid Rahimi");
  design = scheduleInterview(db, {
    user: who.rita,
    now,
    applicationId: farid,
    stageId: stages[0]!.id,
    interviewerId: who.maya.id,
    scheduledAt: at(30),
  }).interviewId;
  second = scheduleInterview(db, {
    user: who.rita,
    now,
    applicationId: farid,
    stageId: stages[1]!.id,
    interviewerId: who.maya.id,
    scheduledAt: at(50),
  }).interviewId;
});
afterEach(() => close());

describe("deactivating a person with upcoming interviews", () => {
  it("reassigns one and cancels another with Maya's deactivation, in one write, each audited and mailed", () => {
    const result = deactivateMaya(choicesFor({ [design]: { action: "reassign", interviewerId: who.priya.id } }));
    expect(result).toMatchObject({ name: "Maya Cohen", reassigned: 1 });
    expect(result.cancelled).toBeGreaterThanOrEqual(1);

    expect(user(who.maya.id)).toMatchObject({ active: false, sessionVersion: 1 });
    expect(interview(design)).toMatchObject({ interviewerId: who.priya.id, status: "scheduled" });
    expect(interview(second)).toMatchObject({ interviewerId: who.maya.id, status: "cancelled" });
    expect(listUpcomingAsInterviewer(db, { actor: who.ada, userId: who.maya.id, now })).toEqual([]);

    // Homes: Priya has it as upcoming; Maya has nothing upcoming left (the cancelled one shows as cancelled).
    expect(listMyInterviews(db, { userId: who.priya.id, now }).find((i) => i.id === design)?.state).toBe("upcoming");
    const mayas = listMyInterviews(db, { userId: who.maya.id, now });
    expect(mayas.some((i) => i.id === design)).toBe(false);
    expect(mayas.filter((i) => i.state === "upcoming")).toEqual([]);
    expect(mayas.find((i) => i.id === second)?.state).toBe("cancelled");

    const events = db.select().from(s.auditEvents).all();
    const reassigned = events.find((e) => e.entityId === design && e.action === "interview.reassigned");
    expect(reassigned?.summary).toBe(
      "Reassigned System design for Farid Rahimi (Backend Engineer, Payments) from Maya Cohen to Priya Nair: interviewer deactivated",
    );
    expect(reassigned?.data).toMatchObject({ fromInterviewerId: who.maya.id, toInterviewerId: who.priya.id, reason: "interviewer deactivated" });
    const cancelled = events.find((e) => e.entityId === second && e.action === "interview.cancelled");
    expect(cancelled?.summary).toMatch(/with Maya Cohen for Farid Rahimi .*: interviewer deactivated$/);
    expect(cancelled?.data).toMatchObject({ reason: "interviewer deactivated" });
    const person = events.find((e) => e.entityId === who.maya.id && e.action === "person.updated");
    expect(person?.summary).toMatch(/^Updated Maya Cohen: deactivated; \d+ upcoming interviews?: 1 reassigned, \d+ cancelled$/);

    // Mail: Maya's invitation is cancelled and Priya is invited, with the interview's one UID and a rising SEQUENCE.
    const designMail = mailOf(design);
    expect(designMail.map((m) => [m.kind, m.to, m.method, m.sequence])).toEqual([
      ["interview-invitation", "maya@levelset.test", "REQUEST", 0],
      ["interview-cancellation", "maya@levelset.test", "CANCEL", 1],
      ["interview-invitation", "interviewer@levelset.test", "REQUEST", 2],
    ]);
    for (const m of designMail) expect(m.ics).toContain(`UID:${interviewUid(design)}`);
    expect(designMail[1]!.ics).toContain("ATTENDEE;");
    expect(designMail[1]!.ics).toContain("maya@levelset.test");
    expect(designMail[2]!.ics).toContain("interviewer@levelset.test");
    expect(designMail[2]!.ics).not.toContain("maya@levelset.test");
    expect(designMail[1]!.text).toContain("It has been reassigned to another interviewer (interviewer deactivated).");
    expect(designMail[2]!.text).toContain("It was reassigned to you from Maya Cohen.");
    expect(mailOf(second).map((m) => [m.kind, m.to, m.method])).toEqual([
      ["interview-invitation", "maya@levelset.test", "REQUEST"],
      ["interview-cancellation", "maya@levelset.test", "CANCEL"],
    ]);
    expect(mailOf(second)[1]!.text).toContain("Reason: interviewer deactivated.");
  });

  it("turns off the deactivated person's calendar feed in the same write", () => {
    createCalendarFeed(db, { userId: who.maya.id, intent: "create", now });
    const feedOf = (userId: string) => db.select().from(s.calendarFeeds).where(eq(s.calendarFeeds.userId, userId)).get();
    expect(feedOf(who.maya.id)).toBeDefined();
    deactivateMaya(choicesFor({}));
    expect(feedOf(who.maya.id)).toBeUndefined();
    const person = db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, who.maya.id), eq(s.auditEvents.action, "person.updated")))
      .get();
    expect(person?.summary).toMatch(/; calendar feed turned off$/);
    expect(person?.data).toMatchObject({ feedTurnedOff: true });
  });

  it("discards the draft Maya had started on an interview it gives to someone else", () => {
    db.insert(s.scorecards)
      .values({
        id: "draft-1",
        interviewId: design,
        applicationId: interview(design).applicationId,
        interviewerId: who.maya.id,
        summary: "Notes before the call",
      })
      .run();
    deactivateMaya(choicesFor({ [design]: { action: "reassign", interviewerId: who.priya.id } }));
    expect(db.select().from(s.scorecards).where(eq(s.scorecards.interviewId, design)).all()).toEqual([]);
    const event = db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, design), eq(s.auditEvents.action, "interview.reassigned")))
      .get();
    expect(event?.data).toMatchObject({ discardedDraft: true });
  });

  const refusals: {
    name: string;
    prepare?: () => void;
    choices: () => DeactivationChoice[];
    code: string;
    message: RegExp;
    /** The form key the refusal marks, as a function of the choices sent. */
    field?: (choices: DeactivationChoice[]) => string;
  }[] = [
    {
      name: "the chosen interviewer is not in the stage's pool",
      choices: () => choicesFor({ [design]: { action: "reassign", interviewerId: who.lee.id } }),
      code: "invalid",
      message:
        /^The person chosen for the System design interview with Farid Rahimi \(Backend Engineer, Payments\) on .* is not an active interviewer in the pool of “System design”/,
      field: (c) => `choices.${c.findIndex((x) => x.interviewId === design)}`,
    },
    {
      name: "the chosen interviewer has another interview at that time",
      prepare: () => {
        scheduleInterview(db, {
          user: who.rita,
          now,
          applicationId: applicationId(db, "Elena Rossi"),
          stageId: stages[0]!.id,
          interviewerId: who.priya.id,
          scheduledAt: at(30.5),
        });
      },
      choices: () => choicesFor({ [design]: { action: "reassign", interviewerId: who.priya.id } }),
      code: "invalid",
      message: /^Priya Nair already has an interview with Elena Rossi at the time of the System design interview with Farid Rahimi/,
      field: (c) => `choices.${c.findIndex((x) => x.interviewId === design)}`,
    },
    {
      name: "the chosen interviewer was deactivated since the page was opened",
      prepare: () => {
        db.update(s.users).set({ active: false }).where(eq(s.users.id, who.priya.id)).run();
      },
      choices: () => choicesFor({ [design]: { action: "reassign", interviewerId: who.priya.id } }),
      code: "invalid",
      message: /not an active interviewer in the pool of “System design”/,
    },
    {
      name: "the person being deactivated is chosen to take over their own interview",
      choices: () => choicesFor({ [design]: { action: "reassign", interviewerId: who.maya.id } }),
      code: "invalid",
      message: /not an active interviewer in the pool/,
    },
    {
      name: "the second of two reassignments to the same person clashes with the first (all or nothing)",
      prepare: () => {
        // Maya was double-booked before the overlap check existed (written straight to the table): a third interview in the
        // same stage overlapping the first. Priya can take one of them, not both, and the first must not stay hers.
        db.insert(s.interviews)
          .values({
            id: "double-booked",
            applicationId: applicationId(db, "Elena Rossi"),
            stageId: stages[0]!.id,
            interviewerId: who.maya.id,
            scheduledAt: new Date(at(30.25)),
            durationMinutes: 60,
          })
          .run();
      },
      choices: () =>
        listUpcomingAsInterviewer(db, { actor: who.ada, userId: who.maya.id, now }).map((i) =>
          i.stageId === stages[0]!.id
            ? { interviewId: i.id, action: "reassign", interviewerId: who.priya.id }
            : { interviewId: i.id, action: "cancel", interviewerId: "" },
        ),
      code: "invalid",
      message: /^Priya Nair already has an interview with (Farid Rahimi|Elena Rossi) at the time of/,
    },
    {
      name: "an interview was scheduled for the person after the page was opened",
      choices: () => choicesFor({}).filter((c) => c.interviewId !== second),
      code: "conflict",
      message: /^the .* interview with Farid Rahimi .* was scheduled for Maya Cohen after this page was opened/,
    },
    {
      name: "the form names an interview that is not one of theirs",
      choices: () => [...choicesFor({}), { interviewId: "not-an-interview", action: "cancel", interviewerId: "" }],
      code: "conflict",
      message: /no longer one of Maya Cohen's upcoming interviews/,
    },
    {
      name: "the same interview twice",
      choices: () => [...choicesFor({}), { interviewId: design, action: "cancel", interviewerId: "" }],
      code: "invalid",
      message: /twice/,
    },
  ];

  it.each(refusals)("refuses the whole deactivation when $name, naming it; nothing changes", ({ prepare, choices, code, message, field }) => {
    prepare?.();
    const sent = choices();
    const before = everything();
    const error = domainError(() => deactivateMaya(sent));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    if (field) expect(error.fieldErrors?.[field(sent)]?.[0]).toBe(error.message);
    expect(everything()).toBe(before);
    expect(user(who.maya.id).active).toBe(true);
  });

  it("refuses non-admins, an admin deactivating themselves, someone already deactivated, and the last admin", () => {
    expect(domainError(() => deactivatePerson(db, { actor: who.rita, now, input: { userId: who.maya.id, choices: choicesFor({}) } })).code).toBe(
      "forbidden",
    );
    expect(domainError(() => deactivatePerson(db, { actor: who.ada, now, input: { userId: who.ada.id, choices: [] } })).message).toMatch(
      /deactivate yourself/,
    );
    deactivatePerson(db, {
      actor: who.ada,
      now,
      input: {
        userId: who.omar.id,
        choices: listUpcomingAsInterviewer(db, { actor: who.ada, userId: who.omar.id, now }).map((i) => ({
          interviewId: i.id,
          action: "cancel",
          interviewerId: "",
        })),
      },
    });
    expect(domainError(() => deactivatePerson(db, { actor: who.ada, now, input: { userId: who.omar.id, choices: [] } })).code).toBe("conflict");
  });
});

describe("the deactivation page's list", () => {
  it("offers the stage's other active pool members, marks who is busy then, and leaves the person out", () => {
    scheduleInterview(db, {
      user: who.rita,
      now,
      applicationId: applicationId(db, "Elena Rossi"),
      stageId: stages[0]!.id,
      interviewerId: who.priya.id,
      scheduledAt: at(30.5),
    });
    const view = loadDeactivation(db, { actor: who.ada, userId: who.maya.id, now })!;
    const row = view.interviews.find((i) => i.id === design)!;
    expect(row).toMatchObject({ candidateName: "Farid Rahimi", stageName: "System design", roleTitle: "Backend Engineer, Payments" });
    expect(row.options).toEqual([{ id: who.priya.id, name: "Priya Nair", level: "principal", busy: true }]);
    expect(view.interviews.find((i) => i.id === second)!.options.map((o) => [o.name, o.busy])).toEqual([["Sam Okoro", false]]);
    expect(view.interviews.every((i) => i.options.every((o) => o.id !== who.maya.id))).toBe(true);
    expect(loadDeactivation(db, { actor: who.ada, userId: "nobody", now })).toBeNull();
    // A recruiter or a hiring manager gets what an unknown id gets, for the person the admin just read.
    for (const actor of [who.rita, who.hugo]) expect(loadDeactivation(db, { actor, userId: who.maya.id, now })).toBeNull();
  });

  it("the schema asks for a choice per interview, and for who when reassigning", () => {
    const parsed = deactivatePersonSchema.safeParse({
      userId: who.maya.id,
      choices: [
        { interviewId: design, action: "" },
        { interviewId: second, action: "reassign", interviewerId: "" },
      ],
    });
    const byPath = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toEqual({
      "choices.0.action": "Choose who takes this interview, or cancel it.",
      "choices.1.interviewerId": "Choose who takes this interview.",
    });
  });
});

describe("deactivating from the person form", () => {
  const editMaya = (active: boolean) =>
    updatePerson(db, {
      actor: who.ada,
      now,
      input: { userId: who.maya.id, name: "Maya Cohen", level: "senior-staff", roles: ["interviewer"], active, password: "" },
    });

  it("is refused while they have upcoming interviews, pointing to the page that hands them over; nothing saved", async () => {
    const before = everything();
    const error = await editMaya(false).then(
      () => null,
      (e: unknown) => e as { code: string; message: string; fieldErrors?: Record<string, string[]> },
    );
    expect(error?.code).toBe("invalid");
    expect(error?.fieldErrors?.active?.[0]).toMatch(
      /^Maya Cohen has \d+ upcoming interviews as interviewer\. Deactivate them with “Deactivate and hand over interviews”/,
    );
    expect(everything()).toBe(before);
  });

  it.each([
    { path: "the deactivation page", viaForm: false },
    { path: "the person form (no upcoming interviews left)", viaForm: true },
  ])("stops the scorecard reminders waiting for them, from $path", async ({ viaForm }) => {
    // Omar's reminder already written and waiting in the outbox, for an interview of his.
    const ended = db.select({ id: s.interviews.id }).from(s.interviews).where(eq(s.interviews.interviewerId, who.omar.id)).get()!;
    db.insert(s.outboxMessages)
      .values({
        id: "reminder-1",
        kind: "scorecard-reminder",
        interviewId: ended.id,
        to: "omar@levelset.test",
        subject: "Scorecard due",
        text: "x",
        html: "<p>x</p>",
        recipientId: who.omar.id,
        status: "pending",
      })
      .run();
    const upcoming = listUpcomingAsInterviewer(db, { actor: who.ada, userId: who.omar.id, now });
    if (viaForm) {
      // Someone else cancelled his upcoming interviews earlier, so the plain form may deactivate him.
      for (const i of upcoming) db.update(s.interviews).set({ status: "cancelled" }).where(eq(s.interviews.id, i.id)).run();
      await updatePerson(db, {
        actor: who.ada,
        now,
        input: { userId: who.omar.id, name: "Omar Haddad", level: "senior", roles: ["interviewer"], active: false, password: "" },
      });
    } else {
      deactivatePerson(db, {
        actor: who.ada,
        now,
        input: { userId: who.omar.id, choices: upcoming.map((i) => ({ interviewId: i.id, action: "cancel", interviewerId: "" })) },
      });
    }
    expect(user(who.omar.id).active).toBe(false);
    expect(db.select().from(s.outboxMessages).where(eq(s.outboxMessages.id, "reminder-1")).get()).toMatchObject({
      status: "skipped",
      lastError: "Not sent: Omar Haddad was deactivated.",
    });
    // And the tick writes no new reminder for him, whenever it runs.
    for (const hours of [2, 24, 72]) {
      expect(findDueReminders(db, new Date(now.getTime() + hours * HOUR)).filter((r) => r.interviewer.id === who.omar.id)).toEqual([]);
    }
  });
});
