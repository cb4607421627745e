/**
 * `npm run bench`: performance targets for the pages people open most, measured on a synthetic
 * workspace (default 40 roles × 150 applications, a full loop each ≈ 24,000 scorecards) and on the
 * pure engine. Reports p50/p95 and the number of SQL statements per call (an N+1 shows as a count that
 * grows with the data). Exits 1 when a target is missed. Run on an otherwise idle machine.
 */
import { and, count as sqlCount, eq, inArray, isNull } from "drizzle-orm";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as s from "@/db/schema";
import { loadSessionUser } from "@/lib/auth/session-user";
import { recommend, alphaBySection, type RatingRow } from "@/lib/calibration";
import { listPipeline } from "@/lib/candidates/list-pipeline";
import { loadDebrief } from "@/lib/debrief/load-debrief";
import { loadRoleAnalytics } from "@/lib/analytics/load-role-analytics";
import { exportRoleRatings } from "@/lib/analytics/export-role-ratings";
import { listMyDebriefs } from "@/lib/home/list-my-debriefs";
import { loadAdminOverview } from "@/lib/home/load-admin-overview";
import { loadRecruiterTodo } from "@/lib/home/load-recruiter-todo";
import { findDueReminders, writeDueReminders } from "@/lib/mail/scorecard-reminders";
import { loadRoleSummaries } from "@/lib/home/load-role-summaries";
import { listMyInterviews } from "@/lib/interviews/list-my-interviews";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import { parseFrameworkDocument } from "@/lib/frameworks/parse-framework-document";
import { EIGHT_SCORECARDS_CANDIDATE, seedLargeDataset } from "./large-dataset";
import { measure, report, type Measurement } from "./measure";

const size = {
  roles: Number(process.env.BENCH_ROLES ?? 40),
  applicationsPerRole: Number(process.env.BENCH_APPLICATIONS ?? 150),
  interviewers: Number(process.env.BENCH_INTERVIEWERS ?? 60),
  // The first role's applications (BENCH_BIG_ROLE=1000 gives bench:http's 1,000-application role); the others' by default.
  bigRoleApplications: process.env.BENCH_BIG_ROLE ? Number(process.env.BENCH_BIG_ROLE) : undefined,
};

/** Interviews waiting for a scorecard, as `npm run bench:http`'s Bench Writer has them. */
const WAITING_POOL = 4020;

/** `count` interviews of the last bench role, for one more interviewer, that ended three hours before `now` with no scorecard. */
function seedWaitingPool(db: ReturnType<typeof openDatabase>["db"], count: number, now: Date): number {
  const role = db.select({ id: s.roles.id }).from(s.roles).where(eq(s.roles.title, `Bench role ${size.roles - 1}`)).get();
  const stage = role && db.select({ id: s.planStages.id }).from(s.planStages).where(and(eq(s.planStages.roleId, role.id), eq(s.planStages.position, 0))).get();
  if (!role || !stage) throw new Error("The synthetic data has no last bench role with a first stage.");
  const writerId = crypto.randomUUID();
  const at = new Date(now.getTime() - 4 * 3_600_000);
  db.transaction((tx) => {
    tx.insert(s.users).values({ id: writerId, email: "bench-waiting@levelset.test", name: "Bench Waiting", level: "staff" }).run();
    tx.insert(s.userRoles).values({ userId: writerId, role: "interviewer" }).run();
    for (let i = 0; i < count; i++) {
      const candidateId = crypto.randomUUID();
      const applicationId = crypto.randomUUID();
      tx.insert(s.candidates).values({ id: candidateId, name: `Waiting Candidate ${i}`, email: `waiting-${i}@example.com` }).run();
      tx.insert(s.applications).values({ id: applicationId, candidateId, roleId: role.id, status: "active" }).run();
      tx.insert(s.interviews).values({ id: crypto.randomUUID(), applicationId, stageId: stage.id, interviewerId: writerId, scheduledAt: at }).run();
    }
  });
  return (
    db
      .select({ n: sqlCount() })
      .from(s.interviews)
      .innerJoin(s.applications, eq(s.applications.id, s.interviews.applicationId))
      .leftJoin(s.scorecards, eq(s.scorecards.interviewId, s.interviews.id))
      .where(and(eq(s.interviews.status, "scheduled"), isNull(s.scorecards.id), inArray(s.applications.status, ["active", "debrief"])))
      .get()?.n ?? 0
  );
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-bench-"));
  let statements = 0;
  const { db, sqlite } = openDatabase(path.join(dir, "bench.db"), { logger: { logQuery: () => void statements++ } });
  try {
    migrateDatabase(db);
    const seededAt = Date.now();
    await seedLargeDataset(db, size);
    const count = (table: typeof s.roles | typeof s.applications | typeof s.scorecards | typeof s.scorecardRatings) =>
      db.select({ n: sqlCount() }).from(table).get()?.n ?? 0;
    console.log(
      `Synthetic workspace: ${count(s.roles)} roles, ${count(s.applications)} applications, ${count(s.scorecards)} scorecards, ${count(s.scorecardRatings)} ratings (seeded in ${((Date.now() - seededAt) / 1000).toFixed(1)} s)\n`,
    );
    const now = new Date("2026-06-01T12:00:00Z");
    const userByEmail = (email: string) => {
      const user = loadSessionUser(db, { email });
      if (!user) throw new Error(`No user ${email}`);
      return user;
    };
    const hugo = userByEmail("hm@levelset.test");
    const rita = userByEmail("recruiter@levelset.test");
    const admin = userByEmail("admin@levelset.test");
    const busy = userByEmail("bench-0@levelset.test");
    const bigRole = db.select({ id: s.roles.id }).from(s.roles).where(eq(s.roles.title, "Bench role 0")).get();
    const anApplication = db
      .select({ id: s.applications.id })
      .from(s.applications)
      .where(and(eq(s.applications.roleId, bigRole?.id ?? ""), eq(s.applications.status, "debrief")))
      .get();
    const eightScorecards = db
      .select({ id: s.applications.id })
      .from(s.applications)
      .innerJoin(s.candidates, eq(s.candidates.id, s.applications.candidateId))
      .where(and(eq(s.applications.roleId, bigRole?.id ?? ""), eq(s.candidates.name, EIGHT_SCORECARDS_CANDIDATE)))
      .get();
    const anInterview = db.select({ id: s.interviews.id }).from(s.interviews).where(eq(s.interviews.interviewerId, busy.id)).get();
    if (!bigRole || !anApplication || !eightScorecards || !anInterview) throw new Error("The synthetic data is missing a role, application or interview.");

    const results: Measurement[] = [];
    const withStatements = (m: Measurement, fn: () => unknown) => {
      statements = 0;
      fn();
      results.push({ ...m, queries: statements });
    };
    const check = (name: string, target: number, fn: () => unknown) => withStatements(measure(name, target, fn), fn);

    check("home: my interviews (busiest interviewer)", 60, () => listMyInterviews(db, { userId: busy.id, now }));
    check("home: roles I recruit for (all roles, counts)", 40, () => loadRoleSummaries(db, { user: admin, list: "recruiting" }));
    check("home: debriefs I own (every role)", 40, () => listMyDebriefs(db, { user: hugo }));
    check("pipeline of one role", 40, () => listPipeline(db, { user: rita, roleId: bigRole.id, now }));
    check("interview kit + scorecard", 25, () => loadInterviewKit(db, { user: busy, interviewId: anInterview.id, now }));
    check("debrief with recommendation", 40, () => loadDebrief(db, { user: hugo, applicationId: anApplication.id, now }));
    check("debrief, eight scorecards", 40, () => loadDebrief(db, { user: hugo, applicationId: eightScorecards.id, now }));
    check("calibration analytics of one role", 400, () => loadRoleAnalytics(db, { user: hugo, roleId: bigRole.id, now }));
    check("ratings CSV of one role", 300, () => exportRoleRatings(db, { user: hugo, roleId: bigRole.id }));

    // The recruiter's and admin's homes, and the reminder tick, with as many interviews waiting for a scorecard as
    // `npm run bench:http` has (its Bench Writer's pool of 4,020, ended three hours before `now`).
    const waiting = seedWaitingPool(db, WAITING_POOL, now);
    check("home: recruiter's to-do (every role)", 40, () => loadRecruiterTodo(db, { user: rita, now }));
    check("home: admin's to-do (every role)", 40, () => loadRecruiterTodo(db, { user: admin, now }));
    check("home: admin overview", 10, () => loadAdminOverview(db, admin));
    // The first tick writes every first reminder; the next, ten seconds on, finds none due: the tick the server
    // runs every 10 s all day, on its single thread.
    const firstTick = Date.now();
    const written = writeDueReminders(db, now);
    console.log(`${waiting} interviews waiting for a scorecard; the first tick wrote ${written} reminders in ${Date.now() - firstTick} ms\n`);
    const tickAt = new Date(now.getTime() + 10_000);
    check(`reminder tick (${waiting} waiting, none due)`, 20, () => {
      if (findDueReminders(db, tickAt).length !== 0) throw new Error("No reminder should be due ten seconds after the first ones.");
    });
    const nextMorning = new Date("2026-06-02T09:00:00Z");
    check(`reminder tick (next morning: all ${written} second reminders due)`, 400, () => findDueReminders(db, nextMorning));

    // The engine alone, on a wide panel: 8 interviewers × 9 sections.
    const sections = Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, staffCritical: i < 3 }));
    const panel = {
      sections,
      scorecards: Array.from({ length: 8 }, (_, k) => ({
        interviewer: { id: `i${k}`, level: k % 2 ? "staff" : "senior" },
        ratings: sections.map((sec, i) => ({ sectionId: sec.id, rating: ((i + k) % 3) as 0 | 1 | 2, scope: k % 3 ? ("multi-team" as const) : ("team" as const) })),
      })),
    };
    results.push(measure("recommend(): 8 scorecards × 9 sections", 1, () => recommend(panel), 2000));
    const rows: RatingRow[] = [];
    for (let a = 0; a < 2000; a++) for (let r = 0; r < 4; r++) for (let sec = 0; sec < 9; sec++) rows.push({ applicationId: `a${a}`, sectionId: `s${sec}`, interviewerId: `i${(a + r) % 40}`, rating: (a * 7 + r * 3 + sec) % 3 });
    results.push(measure("alphaBySection(): 2,000 applications × 4 raters × 9 sections", 250, () => alphaBySection(rows), 10));

    const ladder = Array.from({ length: 90 }, (_, i) =>
      [`## Competency ${i}`, "### Senior", ...Array.from({ length: 60 }, (_, j) => `- [ ] **Label ${j}**: observable behaviour ${i}.${j} with [a link](https://example.com/${j}) and some words`), "### Staff", "- Leads"].join("\n"),
    ).join("\n\n").slice(0, 1_000_000);
    results.push(measure("parseFrameworkDocument(): 1 MB Markdown ladder", 700, () => parseFrameworkDocument(ladder, { fileName: "ladder.md" }), 5));

    const ok = report(results);
    process.exitCode = ok ? 0 : 1;
  } finally {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
