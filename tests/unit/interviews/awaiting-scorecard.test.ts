import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDb } from "../helpers/temp-db";

/** interviews.scorecard_submitted must always say what the scorecards say: triggers keep it, whatever writes them. */
describe("interviews.scorecard_submitted (migration 0011's triggers)", () => {
  let handle: Awaited<ReturnType<typeof createSeededDb>>;
  beforeAll(async () => {
    handle = await createSeededDb();
  });
  afterAll(() => handle.close());

  const mismatches = () =>
    handle.sqlite
      .prepare(
        `select i.id from interviews i
         where i.scorecard_submitted != exists (select 1 from scorecards s where s.interview_id = i.id and s.status = 'submitted')`,
      )
      .all();
  const flag = (interviewId: string) =>
    (handle.sqlite.prepare("select scorecard_submitted as f from interviews where id = ?").get(interviewId) as { f: number }).f;

  it("matches every interview of the demo data, submitted and not", () => {
    const counts = handle.sqlite.prepare("select scorecard_submitted as f, count(*) as n from interviews group by 1 order by 1").all() as {
      f: number;
      n: number;
    }[];
    expect(counts.map((c) => c.f)).toEqual([0, 1]);
    expect(mismatches()).toEqual([]);
  });

  it("follows each kind of write to a scorecard", () => {
    const card = handle.sqlite.prepare("select id, interview_id as interviewId from scorecards where status = 'submitted' limit 1").get() as {
      id: string;
      interviewId: string;
    };
    const row = handle.sqlite.prepare("select * from scorecards where id = ?").get(card.id) as Record<string, unknown>;
    const steps: [string, () => void, number][] = [
      ["back to draft", () => handle.sqlite.prepare("update scorecards set status = 'draft' where id = ?").run(card.id), 0],
      [
        "an autosave that leaves the status alone",
        () => handle.sqlite.prepare("update scorecards set revision = revision + 1 where id = ?").run(card.id),
        0,
      ],
      ["submitted", () => handle.sqlite.prepare("update scorecards set status = 'submitted' where id = ?").run(card.id), 1],
      ["deleted", () => handle.sqlite.prepare("delete from scorecards where id = ?").run(card.id), 0],
      [
        "inserted already submitted (as a seed or a restore writes it)",
        () => {
          const columns = Object.keys(row);
          handle.sqlite.prepare(`insert into scorecards (${columns.join(", ")}) values (${columns.map((c) => `@${c}`).join(", ")})`).run(row);
        },
        1,
      ],
    ];
    for (const [, write, expected] of steps) {
      write();
      expect(flag(card.interviewId)).toBe(expected);
      expect(mismatches()).toEqual([]);
    }
  });

  it("is read from the index of waiting interviews by the overdue and reminder queries", () => {
    const plan = handle.sqlite
      .prepare("explain query plan select id from interviews where status = 'scheduled' and scorecard_submitted = 0 and scheduled_at < ?")
      .all(Date.now()) as { detail: string }[];
    expect(plan.map((p) => p.detail).join("\n")).toContain("interviews_awaiting_scorecard_idx");
  });
});
