import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { TODO_COUNT_CAP, TODO_LIMIT, loadRecruiterTodo } from "@/lib/home/load-recruiter-todo";
import { createSeededDb } from "../helpers/temp-db";
import { loadSessionUser } from "@/lib/auth/session-user";
import { people, roleId } from "../roles/db-fixtures";

let handle: Awaited<ReturnType<typeof createSeededDb>>;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

/** Names and totals only: the ids are random per seed. */
function summary(todo: ReturnType<typeof loadRecruiterTodo>) {
  if (!todo) return null;
  return {
    unscheduled: { total: todo.unscheduled.total, items: todo.unscheduled.items.map((i) => `${i.candidateName} · ${i.roleTitle} · ${i.stageName}`) },
    overdue: {
      total: todo.overdue.total,
      items: todo.overdue.items.map((i) => `${i.candidateName} · ${i.stageName} · ${i.interviewerName} · ${i.scheduledAt.toISOString()}`),
    },
    debriefs: { total: todo.debriefs.total, items: todo.debriefs.items.map((i) => `${i.candidateName} · ${i.roleTitle} · ${i.submitted}`) },
    failed: { total: todo.failed.total },
  };
}

describe("the recruiter's to-do on the demo data (the same lists and totals however the queries are written)", () => {
  const cases = [
    { who: "rita" as const, days: 0, limit: undefined },
    { who: "rita" as const, days: 3, limit: undefined },
    { who: "rita" as const, days: 3, limit: 2 },
    { who: "ada" as const, days: 3, limit: undefined },
    { who: "ada" as const, days: 10, limit: 1 },
  ];
  it.each(cases)("$who, $days days on, limit $limit", ({ who, days, limit }) => {
    const user = people(handle.db)[who];
    const now = new Date(handle.now.getTime() + days * 86_400_000);
    expect(summary(loadRecruiterTodo(handle.db, { user, now, limit }))).toMatchSnapshot();
  });

  it("is nothing for someone who is neither recruiter nor admin", () => {
    expect(loadRecruiterTodo(handle.db, { user: people(handle.db).lee, now: handle.now })).toBeNull();
  });
});

describe("the to-do's queries, built once per connection, answer for whoever asks", () => {
  it("a recruiter of one role gets that role's to-do, and Rita hers, from the same prepared queries", () => {
    const { db } = handle;
    const now = new Date(handle.now.getTime() + 3 * 86_400_000);
    const rita = people(db).rita;
    const before = summary(loadRecruiterTodo(db, { user: rita, now }));
    const title = "Backend Engineer, Payments";
    const robId = crypto.randomUUID();
    db.insert(s.users).values({ id: robId, email: "rob@levelset.test", name: "Rob Recruiter" }).run();
    db.insert(s.userRoles).values({ userId: robId, role: "recruiter" }).run();
    db.insert(s.roleMembers)
      .values({ roleId: roleId(db, title), userId: robId, membership: "recruiter" })
      .run();
    const rob = loadSessionUser(db, { email: "rob@levelset.test" });
    if (!rob) throw new Error("Rob was not created");

    const robs = summary(loadRecruiterTodo(db, { user: rob, now }));
    const robItems = [...(robs?.unscheduled.items ?? []), ...(robs?.debriefs.items ?? [])];
    expect(robItems.length).toBeGreaterThan(0);
    for (const item of robItems) expect(item).toContain(title);
    // Rita recruits for more than Rob's one role, so her lists differ from his; hers are unchanged by his call.
    expect(robs).not.toEqual(before);
    expect(summary(loadRecruiterTodo(db, { user: rita, now }))).toEqual(before);
  });
});

describe("a to-do list's total is counted up to TODO_COUNT_CAP, then reads as that many and more", () => {
  const later = () => new Date(handle.now.getTime() + 10 * 86_400_000);
  /** Failed messages (an admin sees all) and overdue interviews on the demo's first role, added up to `n` in all. */
  function growTo(n: number) {
    const { db } = handle;
    const todo = loadRecruiterTodo(db, { user: people(db).ada, now: later() })!;
    const failed = n - todo.failed.total;
    const overdue = n - todo.overdue.total;
    const interviewer = people(db).priya;
    const stage = db.select({ id: s.planStages.id, roleId: s.planStages.roleId }).from(s.planStages).get()!;
    db.transaction((tx) => {
      for (let i = 0; i < failed; i++) {
        tx.insert(s.outboxMessages)
          .values({
            kind: "interview-update",
            to: `f${i}@example.com`,
            subject: "s",
            text: "t",
            html: "<p>t</p>",
            status: "failed",
            lastError: "550",
          })
          .run();
      }
      for (let i = 0; i < overdue; i++) {
        const candidateId = crypto.randomUUID();
        const applicationId = crypto.randomUUID();
        tx.insert(s.candidates)
          .values({ id: candidateId, name: `Backlog ${n}-${i}`, email: `backlog-${n}-${i}@example.com` })
          .run();
        tx.insert(s.applications).values({ id: applicationId, candidateId, roleId: stage.roleId, status: "active" }).run();
        tx.insert(s.interviews).values({ applicationId, stageId: stage.id, interviewerId: interviewer.id, scheduledAt: handle.now }).run();
      }
    });
  }
  it.each([
    { n: TODO_COUNT_CAP - 1, total: TODO_COUNT_CAP - 1, capped: false },
    { n: TODO_COUNT_CAP, total: TODO_COUNT_CAP, capped: false },
    { n: TODO_COUNT_CAP + 1, total: TODO_COUNT_CAP, capped: true },
    { n: 1_200, total: TODO_COUNT_CAP, capped: true },
  ])("$n matching: total $total, capped $capped", ({ n, total, capped }) => {
    growTo(n);
    const todo = loadRecruiterTodo(handle.db, { user: people(handle.db).ada, now: later() })!;
    for (const list of [todo.failed, todo.overdue]) {
      expect({ total: list.total, capped: list.capped }).toEqual({ total, capped });
      expect(list.items).toHaveLength(TODO_LIMIT);
    }
    // Counted exactly below the cap: the rows themselves say how many there are.
    if (!capped) {
      const failed = handle.sqlite.prepare("select count(*) as n from outbox_messages where status = 'failed'").get() as { n: number };
      expect(failed.n).toBe(n);
    }
  });
});
