import fc from "fast-check";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { loadSessionUser } from "@/lib/auth/session-user";
import { loadAdminOverview } from "@/lib/home/load-admin-overview";
import { listMyDebriefs } from "@/lib/home/list-my-debriefs";
import { listTeamCandidates, loadCurrentTeam, loadTeamNames } from "@/lib/roles/list-team-candidates";
import { loadRoleSummaries } from "@/lib/home/load-role-summaries";
import { listMyInterviews } from "@/lib/interviews/list-my-interviews";
import { createSeededDb } from "../helpers/temp-db";

let handle: Awaited<ReturnType<typeof createSeededDb>>;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

const user = (email: string) => {
  const u = loadSessionUser(handle.db, { email });
  if (!u) throw new Error(`missing ${email}`);
  return u;
};

describe("home lists on the demo data", () => {
  it("shows a hiring manager the debriefs of their own roles only", () => {
    const hugo = listMyDebriefs(handle.db, { user: user("hm@levelset.test") });
    expect(hugo.debriefs.map((d) => d.candidateName).sort()).toEqual(["Alice Chen", "Bruno Díaz", "Chloe Okafor", "Dev Patel"]);
    expect(hugo.total).toBe(4);
    expect(hugo.debriefs.every((d) => d.submitted === 4 && d.interviews === 4)).toBe(true);
    // Helen's only open debrief is Kofi Mensah, held for more signal (a hold keeps the application in debrief).
    expect(listMyDebriefs(handle.db, { user: user("helen@levelset.test") }).debriefs.map((d) => d.candidateName)).toEqual(["Kofi Mensah"]);
  });

  it("caps the list but counts them all", () => {
    const limited = listMyDebriefs(handle.db, { user: user("hm@levelset.test"), limit: 2 });
    expect(limited.debriefs).toHaveLength(2);
    expect(limited.total).toBe(4);
  });

  it("lists an active application once every scheduled scorecard is in", async () => {
    // Its own database: this test writes scorecards the other tests must not see.
    const own = await createSeededDb();
    const helen = loadSessionUser(own.db, { email: "helen@levelset.test" });
    if (!helen) throw new Error("Helen is in the demo");
    const grace = own.db
      .select({ id: s.applications.id })
      .from(s.applications)
      .innerJoin(s.candidates, eq(s.candidates.id, s.applications.candidateId))
      .where(eq(s.candidates.name, "Grace Kim"))
      .get();
    if (!grace) throw new Error("Grace Kim is in the demo");
    expect(listMyDebriefs(own.db, { user: helen }).debriefs.map((d) => d.candidateName)).toEqual(["Kofi Mensah"]);
    const interviews = own.db.select().from(s.interviews).where(eq(s.interviews.applicationId, grace.id)).all();
    for (const i of interviews) {
      own.db
        .insert(s.scorecards)
        .values({ interviewId: i.id, applicationId: grace.id, interviewerId: i.interviewerId, status: "submitted", submittedAt: new Date() })
        .run();
    }
    expect(
      listMyDebriefs(own.db, { user: helen })
        .debriefs.map((d) => d.candidateName)
        .sort(),
    ).toEqual(["Grace Kim", "Kofi Mensah"]);
    own.close();
  });

  it("keeps an application in debrief listed when an interview is added to its panel, whichever way the page is read", async () => {
    const own = await createSeededDb();
    try {
      const hugo = loadSessionUser(own.db, { email: "hm@levelset.test" })!;
      const before = listMyDebriefs(own.db, { user: hugo });
      const first = before.debriefs[0]!;
      const interview = own.db.select().from(s.interviews).where(eq(s.interviews.applicationId, first.applicationId)).get()!;
      // A fifth interview with no scorecard yet: the panel is no longer complete, but the application stays in debrief.
      own.db
        .insert(s.interviews)
        .values({ applicationId: first.applicationId, stageId: interview.stageId, interviewerId: interview.interviewerId, scheduledAt: new Date() })
        .run();
      const after = listMyDebriefs(own.db, { user: hugo });
      expect(after.total).toBe(before.total);
      expect(after.debriefs.find((d) => d.applicationId === first.applicationId)).toMatchObject({ submitted: 4, interviews: 5 });
      // Fewer shown than ready: the page is read from the debriefs' index, and lists the same first rows.
      for (let limit = 1; limit < after.total; limit++)
        expect(listMyDebriefs(own.db, { user: hugo, limit }).debriefs).toEqual(after.debriefs.slice(0, limit));
    } finally {
      own.close();
    }
  });

  it("gives each interviewer their own interviews with the right states", () => {
    const priya = listMyInterviews(handle.db, { userId: user("interviewer@levelset.test").id, now: handle.now });
    const elena = priya.find((i) => i.candidateName === "Elena Rossi");
    expect(elena?.state).toBe("overdue");
    expect(
      priya
        .filter((i) => i.state === "submitted")
        .map((i) => i.candidateName)
        .sort(),
    ).toEqual(["Alice Chen", "Chloe Okafor", "Ines Moreau", "Lena Vogel"]);
    const lee = listMyInterviews(handle.db, { userId: user("lee@levelset.test").id, now: handle.now });
    expect(lee.find((i) => i.candidateName === "Elena Rossi")?.state).toBe("in-progress");
  });

  it("gives the home only the open interviews, in the same order as the full list", () => {
    for (const email of ["interviewer@levelset.test", "lee@levelset.test", "hm@levelset.test"]) {
      const userId = user(email).id;
      const all = listMyInterviews(handle.db, { userId, now: handle.now });
      const open = listMyInterviews(handle.db, { userId, now: handle.now, openOnly: true });
      expect(open).toEqual(all.filter((i) => i.state !== "submitted"));
    }
  });

  it("counts each role's pipeline by status", () => {
    const all = loadRoleSummaries(handle.db, { user: user("admin@levelset.test"), list: "recruiting" });
    const payments = all.find((r) => r.title === "Backend Engineer, Payments");
    expect(payments?.counts).toEqual({ active: 2, debrief: 4, decided: 0, withdrawn: 0 });
    expect(loadRoleSummaries(handle.db, { user: user("lee@levelset.test"), list: "recruiting" })).toEqual([]);
  });

  it("lists the first roles by title when limited, with the counts of those only", () => {
    const admin = user("admin@levelset.test");
    const all = loadRoleSummaries(handle.db, { user: admin, list: "recruiting" });
    expect(all.length).toBeGreaterThan(1);
    const first = loadRoleSummaries(handle.db, { user: admin, list: "recruiting", limit: 1 });
    expect(first).toEqual(all.slice(0, 1));
    expect(loadRoleSummaries(handle.db, { user: admin, list: "recruiting", limit: all.length + 5 })).toEqual(all);
  });

  it("keeps each list to the people it belongs to", () => {
    const lee = user("lee@levelset.test");
    expect(loadRoleSummaries(handle.db, { user: lee, list: "managing" })).toEqual([]);
    expect(listMyDebriefs(handle.db, { user: user("recruiter@levelset.test") }).total).toBe(0);
    expect(loadAdminOverview(handle.db, lee)).toBeNull();
    expect(loadAdminOverview(handle.db, user("admin@levelset.test"))?.people).toBeGreaterThan(0);
    expect(loadRoleSummaries(handle.db, { user: user("hm@levelset.test"), list: "managing" }).map((r) => r.title)).toEqual([
      "Backend Engineer, Payments",
    ]);
  });

  it("shows a role's team only to someone who may edit the role", () => {
    const payments = loadRoleSummaries(handle.db, { user: user("admin@levelset.test"), list: "recruiting" }).find(
      (r) => r.title === "Backend Engineer, Payments",
    );
    if (!payments) throw new Error("Payments is in the demo");
    expect(loadTeamNames(handle.db, { user: user("hm@levelset.test"), roleId: payments.id }).length).toBeGreaterThan(1);
    expect(loadTeamNames(handle.db, { user: user("helen@levelset.test"), roleId: payments.id })).toEqual([]);
    expect(loadCurrentTeam(handle.db, { user: user("lee@levelset.test"), roleId: payments.id })).toEqual({
      hiringManagerId: "",
      recruiterIds: [],
      interviewerIds: [],
    });
    expect(listTeamCandidates(handle.db, user("lee@levelset.test")).interviewers).toEqual([]);
    expect(listTeamCandidates(handle.db, user("recruiter@levelset.test")).interviewers.length).toBeGreaterThan(0);
  });
});

describe("the hiring manager's debriefs page, cut at the limit-th oldest update", () => {
  it("is the first rows of the whole list in (updated, candidate, id) order, ties at the cut included (property)", async () => {
    const own = await createSeededDb();
    try {
      const hugo = loadSessionUser(own.db, { email: "hm@levelset.test" })!;
      const ready = listMyDebriefs(own.db, { user: hugo, limit: 1000 }).debriefs.map((d) => d.applicationId);
      expect(ready.length).toBeGreaterThan(2);
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 3 }), { minLength: ready.length, maxLength: ready.length }),
          fc.integer({ min: 1, max: ready.length + 2 }),
          (times, limit) => {
            // Few distinct update times: most of the page's rows tie with the one at the cut.
            ready.forEach((id, k) =>
              own.db
                .update(s.applications)
                .set({ updatedAt: new Date(times[k]! * 1000) })
                .where(eq(s.applications.id, id))
                .run(),
            );
            const all = listMyDebriefs(own.db, { user: hugo, limit: 1000 });
            const page = listMyDebriefs(own.db, { user: hugo, limit });
            expect(page.total).toBe(all.total);
            expect(page.debriefs).toEqual(all.debriefs.slice(0, limit));
            const order = all.debriefs.map((d) => [times[ready.indexOf(d.applicationId)]!, d.candidateName] as const);
            for (let k = 1; k < order.length; k++) {
              const [a, b] = [order[k - 1]!, order[k]!];
              expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1])).toBe(true);
            }
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      own.close();
    }
  });
});
