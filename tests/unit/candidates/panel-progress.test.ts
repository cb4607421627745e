import fc from "fast-check";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { applications, candidates, interviews, planStages, roles, scorecards, users } from "@/db/schema";
import { loadSessionUser } from "@/lib/auth/session-user";
import { listMyDebriefs } from "@/lib/home/list-my-debriefs";
import { loadRecruiterTodo } from "@/lib/home/load-recruiter-todo";
import { createSeededDb } from "../helpers/temp-db";

/**
 * applications.scheduled_interviews, awaiting_scorecards and unscheduled_stages must always say what the interviews,
 * scorecards and plan stages say: migration 0012's triggers keep them, whatever writes those tables.
 */
describe("the application's kept panel progress (migration 0012's triggers)", () => {
  let handle: Awaited<ReturnType<typeof createSeededDb>>;
  beforeAll(async () => {
    handle = await createSeededDb();
  });
  afterAll(() => handle.close());

  type Progress = { id: string; scheduled: number; awaiting: number; unscheduled: number };
  /** Every application whose kept counts differ from a count made now, with both. */
  const drift = () =>
    handle.sqlite
      .prepare(
        `select a.id, a.scheduled_interviews, a.awaiting_scorecards, a.unscheduled_stages, c.scheduled, c.awaiting, c.unscheduled
         from applications a join (
           select a2.id,
             (select count(*) from interviews i where i.application_id = a2.id and i.status = 'scheduled') as scheduled,
             (select count(*) from interviews i where i.application_id = a2.id and i.status = 'scheduled'
                and not exists (select 1 from scorecards s where s.interview_id = i.id and s.status = 'submitted')) as awaiting,
             (select count(*) from plan_stages ps where ps.role_id = a2.role_id
                and not exists (select 1 from interviews i where i.application_id = a2.id and i.stage_id = ps.id and i.status = 'scheduled')) as unscheduled
           from applications a2) c on c.id = a.id
         where a.scheduled_interviews != c.scheduled or a.awaiting_scorecards != c.awaiting or a.unscheduled_stages != c.unscheduled`,
      )
      .all();
  const progress = (applicationId: string): Progress =>
    handle.sqlite
      .prepare(
        "select id, scheduled_interviews as scheduled, awaiting_scorecards as awaiting, unscheduled_stages as unscheduled from applications where id = ?",
      )
      .get(applicationId) as Progress;

  /** A fresh application in a role of its own with two plan stages, to write to without touching the demo's. */
  function freshApplication(tag: string) {
    const { db } = handle;
    const interviewer = db.select({ id: users.id }).from(users).where(eq(users.email, "interviewer@levelset.test")).get();
    const someRole = db.select({ frameworkVersionId: roles.frameworkVersionId }).from(roles).get();
    if (!interviewer || !someRole) throw new Error("The demo data lacks an interviewer or a role.");
    const roleId = crypto.randomUUID();
    db.insert(roles)
      .values({
        id: roleId,
        title: `Progress ${tag}`,
        team: "Tests",
        hiresSenior: true,
        hiresStaff: true,
        frameworkVersionId: someRole.frameworkVersionId,
      })
      .run();
    const stageIds = [0, 1].map((position) => {
      const id = crypto.randomUUID();
      db.insert(planStages)
        .values({ id, roleId, name: `Stage ${position + 1}`, position })
        .run();
      return id;
    });
    const candidateId = crypto.randomUUID();
    db.insert(candidates)
      .values({ id: candidateId, name: `Candidate ${tag}`, email: `${tag}@example.com` })
      .run();
    const applicationId = crypto.randomUUID();
    db.insert(applications).values({ id: applicationId, candidateId, roleId }).run();
    return { roleId, stageIds, applicationId, candidateId, interviewerId: interviewer.id };
  }

  it("matches every application of the demo data, with every kind of progress present", () => {
    expect(drift()).toEqual([]);
    const kinds = handle.sqlite
      .prepare(
        `select sum(scheduled_interviews > 0 and awaiting_scorecards = 0) as complete, sum(awaiting_scorecards > 0) as waiting,
                sum(unscheduled_stages > 0) as unscheduled from applications`,
      )
      .get() as Record<string, number>;
    expect(kinds.complete).toBeGreaterThan(0);
    expect(kinds.waiting).toBeGreaterThan(0);
    expect(kinds.unscheduled).toBeGreaterThan(0);
  });

  it("follows each kind of write to interviews, scorecards, plan stages and applications", () => {
    const { db } = handle;
    const app = freshApplication("steps");
    const interviewId = crypto.randomUUID();
    const scorecardId = crypto.randomUUID();
    const steps: [string, () => void, Omit<Progress, "id">][] = [
      ["a new application: every stage open", () => undefined, { scheduled: 0, awaiting: 0, unscheduled: 2 }],
      [
        "an interview scheduled for stage 1",
        () =>
          db
            .insert(interviews)
            .values({
              id: interviewId,
              applicationId: app.applicationId,
              stageId: app.stageIds[0]!,
              interviewerId: app.interviewerId,
              scheduledAt: new Date(),
            })
            .run(),
        { scheduled: 1, awaiting: 1, unscheduled: 1 },
      ],
      [
        "its scorecard started as a draft",
        () =>
          db
            .insert(scorecards)
            .values({ id: scorecardId, interviewId, applicationId: app.applicationId, interviewerId: app.interviewerId, status: "draft" })
            .run(),
        { scheduled: 1, awaiting: 1, unscheduled: 1 },
      ],
      [
        "the scorecard submitted",
        () => db.update(scorecards).set({ status: "submitted" }).where(eq(scorecards.id, scorecardId)).run(),
        { scheduled: 1, awaiting: 0, unscheduled: 1 },
      ],
      [
        "an autosave that leaves the status alone",
        () => db.update(scorecards).set({ summary: "More." }).where(eq(scorecards.id, scorecardId)).run(),
        { scheduled: 1, awaiting: 0, unscheduled: 1 },
      ],
      [
        "a reschedule",
        () =>
          db
            .update(interviews)
            .set({ scheduledAt: new Date(Date.now() + 3_600_000) })
            .where(eq(interviews.id, interviewId))
            .run(),
        { scheduled: 1, awaiting: 0, unscheduled: 1 },
      ],
      [
        "moved to stage 2",
        () => db.update(interviews).set({ stageId: app.stageIds[1]! }).where(eq(interviews.id, interviewId)).run(),
        { scheduled: 1, awaiting: 0, unscheduled: 1 },
      ],
      [
        "cancelled",
        () => db.update(interviews).set({ status: "cancelled" }).where(eq(interviews.id, interviewId)).run(),
        { scheduled: 0, awaiting: 0, unscheduled: 2 },
      ],
      [
        "scheduled again",
        () => db.update(interviews).set({ status: "scheduled" }).where(eq(interviews.id, interviewId)).run(),
        { scheduled: 1, awaiting: 0, unscheduled: 1 },
      ],
      [
        "the scorecard deleted",
        () => db.delete(scorecards).where(eq(scorecards.id, scorecardId)).run(),
        { scheduled: 1, awaiting: 1, unscheduled: 1 },
      ],
      [
        "marked not held",
        () => db.update(interviews).set({ status: "not-held", notHeldReason: "No show" }).where(eq(interviews.id, interviewId)).run(),
        { scheduled: 0, awaiting: 0, unscheduled: 2 },
      ],
      [
        "a third stage added to the plan",
        () => db.insert(planStages).values({ id: crypto.randomUUID(), roleId: app.roleId, name: "Stage 3", position: 2 }).run(),
        { scheduled: 0, awaiting: 0, unscheduled: 3 },
      ],
      [
        "the stage with no interviews taken out of the plan",
        () =>
          db
            .delete(planStages)
            .where(and(eq(planStages.roleId, app.roleId), eq(planStages.position, 0)))
            .run(),
        { scheduled: 0, awaiting: 0, unscheduled: 2 },
      ],
      [
        "the interview deleted",
        () => db.delete(interviews).where(eq(interviews.id, interviewId)).run(),
        { scheduled: 0, awaiting: 0, unscheduled: 2 },
      ],
    ];
    for (const [step, write, expected] of steps) {
      write();
      expect({ step, ...progress(app.applicationId) }).toEqual({ step, id: app.applicationId, ...expected });
      expect(drift()).toEqual([]);
    }
  });

  it("never drifts under any sequence of writes (property)", () => {
    const { db } = handle;
    const app = freshApplication("property");
    const op = fc.oneof(
      fc.record({ kind: fc.constant("schedule" as const), stage: fc.nat(1) }),
      fc.record({
        kind: fc.constant("status" as const),
        pick: fc.nat(),
        status: fc.constantFrom("scheduled" as const, "cancelled" as const, "not-held" as const),
      }),
      fc.record({ kind: fc.constant("scorecard" as const), pick: fc.nat(), status: fc.constantFrom("draft" as const, "submitted" as const) }),
      fc.record({ kind: fc.constant("unscorecard" as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant("unschedule" as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant("restage" as const), pick: fc.nat(), stage: fc.nat(1) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        db.delete(interviews).where(eq(interviews.applicationId, app.applicationId)).run();
        for (const o of ops) {
          const mine = db.select({ id: interviews.id }).from(interviews).where(eq(interviews.applicationId, app.applicationId)).all();
          const picked = "pick" in o && mine.length > 0 ? mine[o.pick % mine.length]!.id : undefined;
          if (o.kind === "schedule") {
            db.insert(interviews)
              .values({
                applicationId: app.applicationId,
                stageId: app.stageIds[o.stage]!,
                interviewerId: app.interviewerId,
                scheduledAt: new Date(),
              })
              .run();
          } else if (!picked) {
            continue;
          } else if (o.kind === "status") {
            db.update(interviews).set({ status: o.status }).where(eq(interviews.id, picked)).run();
          } else if (o.kind === "scorecard") {
            db.insert(scorecards)
              .values({ interviewId: picked, applicationId: app.applicationId, interviewerId: app.interviewerId, status: o.status })
              .onConflictDoUpdate({ target: scorecards.interviewId, set: { status: o.status } })
              .run();
          } else if (o.kind === "unscorecard") {
            db.delete(scorecards).where(eq(scorecards.interviewId, picked)).run();
          } else if (o.kind === "restage") {
            db.update(interviews).set({ stageId: app.stageIds[o.stage]! }).where(eq(interviews.id, picked)).run();
          } else {
            db.delete(interviews).where(eq(interviews.id, picked)).run();
          }
          if (drift().length > 0) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it("lets the homes read the ready, the unscheduled and the debriefed applications from their partial indexes", () => {
    const statements: string[] = [];
    const { db, sqlite } = openDatabase(handle.file, { logger: { logQuery: (query) => void statements.push(query) } });
    try {
      const planOf = (query: string) => {
        const params = Array.from(query.matchAll(/\?/g), () => "x");
        return (sqlite.prepare(`explain query plan ${query}`).all(...params) as { detail: string }[]).map((p) => p.detail).join("\n");
      };
      const admin = loadSessionUser(db, { email: "admin@levelset.test" });
      const manager = loadSessionUser(db, { email: "hm@levelset.test" });
      if (!admin || !manager) throw new Error("The demo admin or hiring manager is missing.");
      loadRecruiterTodo(db, { user: admin, now: handle.now });
      const unscheduled = statements.find((s) => s.includes("unscheduled_stages"));
      const ready = statements.find((s) => s.includes("awaiting_scorecards") && s.includes("limit"));
      expect(unscheduled && planOf(unscheduled)).toContain("applications_unscheduled_idx");
      expect(ready && planOf(ready)).toContain("applications_ready_idx");
      statements.length = 0;
      // All of Hugo's four fit on the page: the count and the page, both from (role, status).
      expect(listMyDebriefs(db, { user: manager }).debriefs).toHaveLength(4);
      expect(statements.length).toBe(2);
      for (const s of statements) expect(planOf(s)).not.toMatch(/SCAN applications\b/);
      // The debriefs are counted from the index alone; only the active applications' rows are read.
      expect(planOf(statements[0]!)).toContain("USING COVERING INDEX applications_role_status_idx");
      statements.length = 0;
      // More ready than shown: the page walks applications_debriefs_idx in update order to its end, then reads the
      // rows up to it; never the table, never every ready application of the manager's roles.
      expect(listMyDebriefs(db, { user: manager, limit: 2 }).debriefs).toHaveLength(2);
      expect(statements.length).toBe(2);
      const page = planOf(statements[1]!);
      expect(page).toMatch(/SEARCH applications USING INDEX applications_debriefs_idx \(updated_at<\?\)/);
      expect(page).toMatch(/SCAN applications USING (COVERING )?INDEX applications_debriefs_idx/);
      expect(page).not.toMatch(/applications_role_status_idx|SCAN applications$/m);
    } finally {
      sqlite.close();
    }
  });
});
