import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRecruiterTodo } from "@/lib/home/load-recruiter-todo";
import { createSeededDb } from "../helpers/temp-db";
import { people } from "../roles/db-fixtures";

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
