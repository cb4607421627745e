/**
 * `npm run bench:http` (issue 13): Levelset's pages and writes measured over HTTP against a bare Next.js app on
 * the same `next`, on a large synthetic workspace. Every target runs between two floor runs and is reported as
 * its req/s over the mean of those two, with p50/p99, bytes per response, SQL statements per request and the
 * server's resident memory. Writes bench/http-results.json and prints one table.
 *
 * Flags: --rebuild (build even if .next-bench matches the sources), --duration=S (seconds per target, default 6),
 * --floor-duration=S (default 4), --only=TEXT (only the targets whose name contains TEXT, for a before/after of
 * one page; the JSON then holds those rows only), --cpu-prof=DIR (Levelset's server writes a V8 CPU profile into DIR
 * when the run ends: open it in Chrome's DevTools or speedscope to see where a page's time goes). Not part of `npm test`: it reports, it does not pass or fail on speed.
 */
import { hash } from "@node-rs/argon2";
import autocannon from "autocannon";
import { and, count as sqlCount, desc, eq, inArray, isNull } from "drizzle-orm";
import fs from "node:fs";
import zlib from "node:zlib";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as s from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed-demo";
import { EIGHT_SCORECARDS_CANDIDATE, seedLargeDataset } from "../large-dataset";
import { interviewRouterState, serverActionHeaders, serverActionId, signInThroughForm } from "./http-session";
import { SERVER_NODE_FLAGS } from "../../../scripts/server-node-flags";
import { sleep } from "../../../scripts/test-process";
import { BENCH_DIST_DIR, ensureAppBuild, ensureFloorApp, startNext, waitForIdle, watchMemory, type RunningServer } from "./servers";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const DURATION = Number(arg("duration") ?? 6);
const FLOOR_DURATION = Number(arg("floor-duration") ?? 4);
const ONLY = arg("only")?.toLowerCase();
const CPU_PROF_DIR = arg("cpu-prof");
const CONNECTIONS = 10;
/** Fewer completed requests than this in a timed run and the target is measured on this many instead. */
const MIN_REQUESTS = 10;
/** 49 bench roles: with the demo role he already hires for, Hugo (hm@) is the hiring manager of 50. */
const SIZE = { roles: 49, applicationsPerRole: 200, bigRoleApplications: 1000, interviewers: 60 };
/** Fresh past interviews for the submit target: each submit locks one. */
const SUBMIT_POOL = 4000;
const AUTOSAVE_POOL = 20;
const WRITER_EMAIL = "bench-writer@levelset.test";

type Body = string | undefined;
/** One request to make: a path, and for writes the method, headers and a body (new for every call). */
type Target = {
  name: string;
  who: string;
  method?: "GET" | "PUT" | "POST";
  path: () => string;
  headers?: (path: string) => Record<string, string>;
  body?: () => { path: string; body: Body; onResponse?: (status: number, text: string) => void };
  /** Says what is wrong with an answer, or null when it is the page or write we meant to measure. */
  check?: (status: number, text: string) => string | null;
};

type Row = {
  name: string;
  who: string;
  reqPerSec: number;
  ratio: number;
  floorReqPerSec: number;
  p50: number;
  p99: number;
  floorP99: number;
  bytesPerResponse: number;
  statementsPerRequest: number;
  rssMb: number;
  requests: number;
  /** Answers that were not the page or write meant (non-2xx, connection errors, a refused write): the figures are then not of the real thing. */
  failures: number;
  /** Requests with no answer within 60 s: the page is that slow at this concurrency, reported, not an error of the bench. */
  timeouts: number;
};

function seedWriterPool(db: ReturnType<typeof openDatabase>["db"], passwordHash: string, writerId: string) {
  // The writer's interviews sit in the last bench role, which no read target measures.
  const role = db.select({ id: s.roles.id }).from(s.roles).where(eq(s.roles.title, `Bench role ${SIZE.roles - 1}`)).get();
  const stage = role && db.select({ id: s.planStages.id }).from(s.planStages).where(and(eq(s.planStages.roleId, role.id), eq(s.planStages.position, 0))).get();
  if (!role || !stage) throw new Error("The synthetic data has no last bench role with a first stage.");
  const at = new Date(Date.now() - 3 * 3_600_000);
  const ids: string[] = [];
  db.transaction((tx) => {
    tx.insert(s.users).values({ id: writerId, email: WRITER_EMAIL, name: "Bench Writer", level: "staff", passwordHash }).run();
    tx.insert(s.userRoles).values({ userId: writerId, role: "interviewer" }).run();
    for (let i = 0; i < SUBMIT_POOL + AUTOSAVE_POOL; i++) {
      const candidateId = crypto.randomUUID();
      const applicationId = crypto.randomUUID();
      const interviewId = crypto.randomUUID();
      tx.insert(s.candidates).values({ id: candidateId, name: `Writer Candidate ${i}`, email: `writer-${i}@example.com` }).run();
      tx.insert(s.applications).values({ id: applicationId, candidateId, roleId: role.id, status: "active" }).run();
      tx.insert(s.interviews).values({ id: interviewId, applicationId, stageId: stage.id, interviewerId: writerId, scheduledAt: at }).run();
      ids.push(interviewId);
    }
  });
  const focus = db.select({ sectionId: s.stageFocusSections.sectionId }).from(s.stageFocusSections).where(eq(s.stageFocusSections.stageId, stage.id)).all();
  return { autosave: ids.slice(0, AUTOSAVE_POOL), submit: ids.slice(AUTOSAVE_POOL), focusSectionIds: focus.map((f) => f.sectionId) };
}

function scorecardContent(sectionIds: string[], note: string) {
  return {
    ratings: sectionIds.map((sectionId) => ({
      sectionId,
      rating: 1,
      notAssessed: false,
      evidence: `${note} Described the rollout of a shared rate limiter across three teams, with the numbers before and after, and the runbook the on-call uses.`,
      scope: "multi-team",
      itemsObserved: [],
    })),
    redFlags: [],
    overallRecommendation: "senior",
    confidence: "medium",
    summary: "Solid Senior; Staff signals thin on cross-team influence.",
  };
}

async function readCount(file: string): Promise<number> {
  await sleep(250); // the server flushes its counter every 100 ms
  return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8")) : 0;
}

type HttpRequest = { method: string; path: string; headers: Record<string, string>; body?: Body };
/** A request that is the same every time, or one built per call (with a per-request context) and checked on its answer. */
type LoadSpec = HttpRequest | { setup: (context: Record<string, unknown>) => HttpRequest; onResponse?: (status: number, text: string, context: Record<string, unknown>) => void };

async function load(url: string, duration: number, spec: LoadSpec, settle?: () => Promise<void>) {
  const request: autocannon.Request =
    "setup" in spec
      ? {
          setupRequest: (req, context) => ({ ...req, ...spec.setup(context as Record<string, unknown>) }) as autocannon.Request,
          ...(spec.onResponse ? { onResponse: (status: number, body: string, context: object) => spec.onResponse?.(status, body, context as Record<string, unknown>) } : {}),
        }
      : (spec as autocannon.Request);
  const timed = await autocannon({ url, connections: CONNECTIONS, duration, requests: [request], timeout: 60 });
  if (timed.requests.total >= MIN_REQUESTS) return timed;
  await settle?.();
  // A page slower than the run itself: autocannon does not count what is still in flight at the deadline, so
  // measure a fixed number of requests instead (one per connection at least), however long they take.
  return autocannon({ url, connections: CONNECTIONS, amount: MIN_REQUESTS, requests: [request], timeout: 60 });
}

type FirstLoadJs = { scripts: number; gzipKb: number; rawKb: number; noModuleScripts: number; noModuleGzipKb: number };

/**
 * The JavaScript a first visit to `pagePath` names (every script in its HTML), in KB after gzip as `next start`
 * sends it. `noModule…` is the part marked `<script nomodule>` (Next.js's legacy polyfills): a browser that runs
 * ES modules, every browser Next.js 16 supports, never fetches it, so what such a browser loads is the total less it.
 */
async function firstLoadJsKb(baseUrl: string, pagePath: string, cookie: string): Promise<FirstLoadJs> {
  const html = await (await fetch(baseUrl + pagePath, { headers: { cookie } })).text();
  const scripts = new Map<string, boolean>();
  for (const m of html.matchAll(/<script([^>]*)\ssrc="([^"]+\.js[^"]*)"([^>]*)>/g)) {
    scripts.set((m[2] ?? "").replace(/&amp;/g, "&"), /\snomodule[\s=>]/i.test(`${m[1] ?? ""} ${m[3] ?? ""} `));
  }
  const out: FirstLoadJs = { scripts: scripts.size, gzipKb: 0, rawKb: 0, noModuleScripts: 0, noModuleGzipKb: 0 };
  for (const [src, noModule] of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    const gzipKb = zlib.gzipSync(body).length / 1024;
    out.rawKb += body.length / 1024;
    out.gzipKb += gzipKb;
    if (noModule) {
      out.noModuleScripts++;
      out.noModuleGzipKb += gzipKb;
    }
  }
  return out;
}

/** One line on a page's first-load JavaScript: all of it, and what a browser that runs ES modules fetches. */
function describeFirstLoad(js: FirstLoadJs): string {
  const modern = `${js.scripts - js.noModuleScripts} scripts, ${(js.gzipKb - js.noModuleGzipKb).toFixed(0)} KB in a browser that runs ES modules`;
  return `${js.scripts} scripts, ${js.gzipKb.toFixed(0)} KB of JavaScript gzipped (${js.rawKb.toFixed(0)} KB raw); ${modern} (the ${js.noModuleGzipKb.toFixed(0)} KB nomodule polyfills are never fetched there)`;
}

async function main() {
  const rebuild = process.argv.includes("--rebuild");
  const startedAt = Date.now();
  const build = ensureAppBuild(rebuild);
  console.log(build.reused ? `Reusing the production build ${build.buildId} (${BENCH_DIST_DIR}/, same sources).` : `Built ${build.buildId} in ${build.seconds.toFixed(0)} s.`);
  const floorApp = ensureFloorApp();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-bench-http-"));
  const dbPath = path.join(dir, "bench.db");
  const countFile = path.join(dir, "sql-statements");
  const servers: RunningServer[] = [];
  try {
    // ── The large workspace ────────────────────────────────────────────────
    const seeded = Date.now();
    const { db, sqlite } = openDatabase(dbPath);
    migrateDatabase(db);
    await seedLargeDataset(db, SIZE, new Date(Date.now() - 86_400_000));
    const passwordHash = await hash(DEMO_PASSWORD);
    const busiest = db
      .select({ id: s.interviews.interviewerId, n: sqlCount() })
      .from(s.interviews)
      .groupBy(s.interviews.interviewerId)
      .orderBy(desc(sqlCount()))
      .get();
    if (!busiest) throw new Error("The synthetic data has no interviews.");
    const busy = db.select({ email: s.users.email, name: s.users.name }).from(s.users).where(eq(s.users.id, busiest.id)).get();
    if (!busy) throw new Error("The busiest interviewer is missing.");
    db.update(s.users).set({ passwordHash }).where(eq(s.users.id, busiest.id)).run();
    const bigRole = db.select({ id: s.roles.id }).from(s.roles).where(eq(s.roles.title, "Bench role 0")).get();
    const eight = db
      .select({ id: s.applications.id })
      .from(s.applications)
      .innerJoin(s.candidates, eq(s.candidates.id, s.applications.candidateId))
      .where(and(eq(s.applications.roleId, bigRole?.id ?? ""), eq(s.candidates.name, EIGHT_SCORECARDS_CANDIDATE)))
      .get();
    const openInterview = db
      .select({ id: s.interviews.id })
      .from(s.interviews)
      .leftJoin(s.scorecards, eq(s.scorecards.interviewId, s.interviews.id))
      .where(and(eq(s.interviews.interviewerId, busiest.id), isNull(s.scorecards.id)))
      .get();
    const framework = db.select({ id: s.frameworks.id }).from(s.frameworks).get();
    if (!bigRole || !eight || !openInterview || !framework) throw new Error("The synthetic data lacks the big role, the eight-scorecard application, an open interview or a framework.");
    const total = (t: typeof s.applications | typeof s.scorecards | typeof s.scorecardRatings | typeof s.auditEvents) => db.select({ n: sqlCount() }).from(t).get()?.n ?? 0;
    const dataset = {
      roles: db.select({ n: sqlCount() }).from(s.roles).get()?.n ?? 0,
      applications: total(s.applications),
      scorecards: total(s.scorecards),
      ratings: total(s.scorecardRatings),
      auditEvents: total(s.auditEvents),
      bigRoleApplications: db.select({ n: sqlCount() }).from(s.applications).where(eq(s.applications.roleId, bigRole.id)).get()?.n ?? 0,
      eightApplicationScorecards: db.select({ n: sqlCount() }).from(s.scorecards).where(eq(s.scorecards.applicationId, eight.id)).get()?.n ?? 0,
      hugoRoles: db
        .select({ n: sqlCount() })
        .from(s.roleMembers)
        .innerJoin(s.users, eq(s.users.id, s.roleMembers.userId))
        .where(and(eq(s.users.email, "hm@levelset.test"), inArray(s.roleMembers.membership, ["hiring-manager"])))
        .get()?.n ?? 0,
      busiestInterviewer: { email: busy.email, interviews: busiest.n },
      writerPool: SUBMIT_POOL + AUTOSAVE_POOL,
    };
    // Counted above without them: the writer's own applications, one open past interview each, for the write targets.
    const writer = seedWriterPool(db, passwordHash, crypto.randomUUID());
    sqlite.close();
    console.log(
      `Workspace (before the ${dataset.writerPool} applications of the write targets): ${dataset.roles} roles, ${dataset.applications} applications, ${dataset.scorecards} scorecards, ${dataset.ratings} ratings, ${dataset.auditEvents} audit events; ` +
        `Hugo hires for ${dataset.hugoRoles} roles; the big role has ${dataset.bigRoleApplications} applications; the busiest interviewer (${busy.email}) has ${busiest.n} interviews (seeded in ${((Date.now() - seeded) / 1000).toFixed(0)} s).`,
    );

    // ── The servers ───────────────────────────────────────────────────────
    const app = await startNext({
      name: "Levelset",
      cwd: process.cwd(),
      probePath: "/api/health",
      // The production server's own Node flags (scripts/server-node-flags.ts), as `npm start` passes them.
      nodeArgs: [...SERVER_NODE_FLAGS, ...(CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(CPU_PROF_DIR)}`] : [])],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        LEVELSET_DATA_DIR: dir,
        LEVELSET_DB_PATH: dbPath,
        LEVELSET_SQL_COUNT_FILE: countFile,
        AUTH_SECRET: crypto.randomUUID() + crypto.randomUUID(),
      },
    });
    servers.push(app);
    const floor = await startNext({ name: "The floor app", cwd: floorApp.dir, probePath: "/", env: { ...process.env, NODE_ENV: "production" } });
    servers.push(floor);
    const appPid = app.child.pid;
    if (!appPid) throw new Error("The Levelset server has no pid.");
    const memory = watchMemory(appPid);
    const loadApp = (spec: LoadSpec) => load(app.url, DURATION, spec, () => waitForIdle(appPid));

    const people = ["admin@levelset.test", "recruiter@levelset.test", "hm@levelset.test", "interviewer@levelset.test", busy.email, WRITER_EMAIL];
    const cookie: Record<string, string> = { anonymous: "" };
    for (const email of people) cookie[email] = await signInThroughForm(app.url, email, DEMO_PASSWORD);

    // ── The targets ───────────────────────────────────────────────────────
    const submitId = serverActionId(path.join(process.cwd(), BENCH_DIST_DIR), "app/(app)/interviews/[interviewId]/actions.ts", "submitScorecardAction");
    const idle = writer.autosave.map((id) => ({ id, revision: 0 }));
    let nextSubmit = 0;
    const page = (name: string, who: string, p: string, mustContain?: string): Target => ({
      name,
      who,
      path: () => p,
      check: (status, text) => (status !== 200 ? `answered ${status}` : mustContain && !text.includes(mustContain) ? `does not show "${mustContain}"` : null),
    });
    const targets: Target[] = [
      page("sign-in (signed out)", "anonymous", "/sign-in", "Sign in"),
      page("home: admin", "admin@levelset.test", "/", "Ada Admin"),
      page("home: recruiter of every role", "recruiter@levelset.test", "/", "Rita Recruiter"),
      page(`home: hiring manager of ${dataset.hugoRoles} roles`, "hm@levelset.test", "/", "Hugo Park"),
      page("home: interviewer (demo)", "interviewer@levelset.test", "/", "Priya Nair"),
      page(`home: busiest interviewer (${busiest.n} interviews)`, busy.email, "/", busy.name),
      page("interview kit + scorecard", busy.email, `/interviews/${openInterview.id}`),
      page("debrief, eight scorecards", "hm@levelset.test", `/applications/${eight.id}/debrief`),
      page("pipeline, 1,000-application role", "recruiter@levelset.test", `/roles/${bigRole.id}`),
      page("calibration analytics, 1,000-application role", "hm@levelset.test", `/roles/${bigRole.id}/analytics`),
      page("ratings CSV, 1,000-application role", "hm@levelset.test", `/api/roles/${bigRole.id}/ratings.csv`),
      page("audit log", "admin@levelset.test", "/audit"),
      page("frameworks list", "recruiter@levelset.test", "/frameworks"),
      page("framework editor", "recruiter@levelset.test", `/frameworks/${framework.id}`),
    ];

    const kitJs = await firstLoadJsKb(app.url, `/interviews/${openInterview.id}`, cookie[busy.email] ?? "");
    // The same count for the bare Next.js page: what the framework costs before any of Levelset's code.
    const floorJs = await firstLoadJsKb(floor.url, "/", "");
    console.log(`Interview kit first load: ${describeFirstLoad(kitJs)}.`);
    console.log(`Bare Next.js page first load: ${describeFirstLoad(floorJs)}; the kit's own share ${(kitJs.gzipKb - floorJs.gzipKb).toFixed(0)} KB.`);

    const rows: Row[] = [];
    const floorRuns: { reqPerSec: number; p50: number; p99: number; bytesPerResponse: number }[] = [];
    const runFloor = async () => {
      const r = await load(floor.url, FLOOR_DURATION, { method: "GET", path: "/", headers: { cookie: cookie[WRITER_EMAIL] ?? "" } });
      if (floor.child.pid) await waitForIdle(floor.child.pid);
      const run = { reqPerSec: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, bytesPerResponse: r.requests.total ? r.throughput.total / r.requests.total : 0 };
      floorRuns.push(run);
      return run;
    };

    const measure = async (
      name: string,
      who: string,
      probe: () => Promise<void>,
      run: () => Promise<autocannon.Result & { failures?: number }>,
    ) => {
      if (ONLY && !name.toLowerCase().includes(ONLY)) return;
      const before = floorRuns[floorRuns.length - 1] ?? (await runFloor());
      // Five sequential requests: they warm the route up and give the exact SQL statements per request.
      const c0 = await readCount(countFile);
      for (let i = 0; i < 5; i++) await probe();
      const statementsPerRequest = ((await readCount(countFile)) - c0) / 5;
      memory.take();
      const r = await run();
      await waitForIdle(appPid);
      const rssMb = memory.take();
      const after = await runFloor();
      const floorReqPerSec = (before.reqPerSec + after.reqPerSec) / 2;
      const reqPerSec = r.requests.total / r.duration;
      const row: Row = {
        name,
        who,
        reqPerSec,
        ratio: reqPerSec / floorReqPerSec,
        floorReqPerSec,
        p50: r.latency.p50,
        p99: r.latency.p99,
        floorP99: (before.p99 + after.p99) / 2,
        bytesPerResponse: r.requests.total ? r.throughput.total / r.requests.total : 0,
        statementsPerRequest,
        rssMb,
        requests: r.requests.total,
        failures: r.non2xx + (r.errors - r.timeouts) + (r.failures ?? 0),
        timeouts: r.timeouts,
      };
      rows.push(row);
      console.log(`  ${name}: ${row.reqPerSec.toFixed(1)} req/s (${row.ratio.toFixed(2)} of the floor), p99 ${row.p99} ms, ${row.statementsPerRequest} statements, ${row.failures} failures, ${row.timeouts} timeouts`);
    };

    console.log(`\nMeasuring at ${CONNECTIONS} connections, ${DURATION} s per target, ${FLOOR_DURATION} s per floor run …`);
    for (const t of targets) {
      const headers = { cookie: cookie[t.who] ?? "" };
      const p = t.path();
      await measure(
        t.name,
        t.who,
        async () => {
          const res = await fetch(app.url + p, { headers, redirect: "manual" });
          const problem = t.check?.(res.status, await res.text());
          if (problem) throw new Error(`${t.name}: ${p} ${problem}.`);
        },
        () => loadApp({ method: "GET", path: p, headers }),
      );
    }

    // Autosave: every request saves one of the writer's drafts with the revision it last got back.
    const autosaveRequest = (context: Record<string, unknown>) => {
      const draft = idle.shift();
      if (!draft) throw new Error("The autosave pool ran dry.");
      context.draft = draft;
      return {
        method: "PUT",
        path: `/api/interviews/${draft.id}/scorecard-draft`,
        headers: { cookie: cookie[WRITER_EMAIL] ?? "", "content-type": "application/json", accept: "application/json", origin: app.url },
        body: JSON.stringify({ baseRevision: draft.revision, content: scorecardContent(writer.focusSectionIds, `Draft ${draft.revision}.`) }),
      };
    };
    let autosaveFailures = 0;
    const autosaveAnswer = (status: number, text: string, context: Record<string, unknown>) => {
      const draft = context.draft as { id: string; revision: number };
      if (status === 200) draft.revision = (JSON.parse(text) as { data: { revision: number } }).data.revision;
      else autosaveFailures++;
      idle.push(draft);
    };
    await measure(
      "scorecard autosave (PUT)",
      WRITER_EMAIL,
      async () => {
        const context = {};
        const r = autosaveRequest(context);
        const res = await fetch(app.url + r.path, { method: "PUT", headers: r.headers, body: r.body });
        const text = await res.text();
        if (res.status !== 200) throw new Error(`The autosave answered ${res.status}: ${text}`);
        autosaveAnswer(res.status, text, context);
      },
      async () => {
        autosaveFailures = 0;
        const r = await loadApp({ setup: autosaveRequest, onResponse: autosaveAnswer });
        return Object.assign(r, { failures: autosaveFailures });
      },
    );

    // Submit: the server action the scorecard form calls, each on a fresh past interview (a submit locks it).
    let submitFailures = 0;
    const submitRequest = () => {
      const interviewId = writer.submit[nextSubmit++];
      if (!interviewId) throw new Error("The submit pool ran dry; raise SUBMIT_POOL.");
      return {
        method: "POST",
        path: `/interviews/${interviewId}`,
        headers: serverActionHeaders(app.url, submitId, interviewRouterState(interviewId), cookie[WRITER_EMAIL] ?? ""),
        body: JSON.stringify([null, { interviewId, baseRevision: 0, content: scorecardContent(writer.focusSectionIds, "Submitted.") }]),
      };
    };
    const submitAnswer = (status: number, text: string) => {
      if (status !== 200 || !text.includes('"ok":true')) submitFailures++;
    };
    await measure(
      "scorecard submit (server action)",
      WRITER_EMAIL,
      async () => {
        const r = submitRequest();
        const res = await fetch(app.url + r.path, { method: "POST", headers: r.headers, body: r.body });
        const text = await res.text();
        if (res.status !== 200 || !text.includes('"ok":true')) throw new Error(`The submit answered ${res.status}: ${text.slice(0, 500)}`);
      },
      async () => {
        submitFailures = 0;
        const r = await loadApp({ setup: submitRequest, onResponse: submitAnswer });
        return Object.assign(r, { failures: submitFailures });
      },
    );

    const peakRssMb = memory.highWater();
    memory.stop();
    const floorMean = floorRuns.reduce((sum, f) => sum + f.reqPerSec, 0) / floorRuns.length;
    const floorP99 = floorRuns.reduce((sum, f) => sum + f.p99, 0) / floorRuns.length;
    const results = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      floorDurationSeconds: FLOOR_DURATION,
      build: build.buildId,
      dataset,
      floor: { meanReqPerSec: floorMean, meanP99: floorP99, runs: floorRuns },
      peakRssMb,
      interviewKitFirstLoadJs: kitJs,
      floorFirstLoadJs: floorJs,
      targets: rows,
      totalSeconds: (Date.now() - startedAt) / 1000,
    };
    fs.mkdirSync(path.join(process.cwd(), "bench"), { recursive: true });
    fs.writeFileSync(path.join(process.cwd(), "bench", "http-results.json"), `${JSON.stringify(results, null, 2)}\n`);

    console.log(
      `\nFloor (bare Next.js page reading cookies()): ${floorMean.toFixed(1)} req/s mean over ${floorRuns.length} runs, p99 ${floorP99.toFixed(0)} ms, ${((floorRuns[0]?.bytesPerResponse ?? 0) / 1024).toFixed(1)} KB per response.`,
    );
    console.table(
      rows.map((r) => ({
        target: r.name,
        "× floor": r.ratio.toFixed(2),
        "req/s": r.reqPerSec.toFixed(1),
        "p50 ms": r.p50,
        "p99 ms": r.p99,
        "floor p99 ms": r.floorP99.toFixed(0),
        "KB/response": (r.bytesPerResponse / 1024).toFixed(1),
        "SQL/request": r.statementsPerRequest,
        "RSS MB": r.rssMb.toFixed(0),
        failures: r.failures,
        "timeouts (60 s)": r.timeouts,
      })),
    );
    console.log(`Interview kit first load: ${kitJs.gzipKb.toFixed(0)} KB of JavaScript gzipped, ${(kitJs.gzipKb - kitJs.noModuleGzipKb).toFixed(0)} KB in a browser that runs ES modules (bare Next.js page: ${floorJs.gzipKb.toFixed(0)} and ${(floorJs.gzipKb - floorJs.noModuleGzipKb).toFixed(0)} KB).`);
    console.log(`Server peak resident memory (VmHWM): ${peakRssMb.toFixed(0)} MB. Whole run ${results.totalSeconds.toFixed(0)} s. Results: bench/http-results.json`);
    const slow = rows.filter((r) => r.timeouts > 0);
    if (slow.length > 0) console.log(`No answer within 60 s at ${CONNECTIONS} connections: ${slow.map((f) => `${f.name} (${f.timeouts} requests)`).join(", ")}.`);
    const failed = rows.filter((r) => r.failures > 0);
    if (failed.length > 0) {
      console.error(`\nSome requests failed, so these figures are not of the real page: ${failed.map((f) => `${f.name} (${f.failures})`).join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    for (const server of servers) await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
