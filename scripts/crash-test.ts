/**
 * Crash safety (`npm test` runs this once, after Playwright, reusing its production build in .next):
 * starts the production server on a throwaway seeded database, signs in as the demo interviewer over
 * HTTP, autosaves scorecard drafts from several concurrent loops, SIGKILLs the server mid-stream
 * KILLS times, and after each kill checks `PRAGMA integrity_check` and that every write the server
 * acknowledged (answered 2xx) is in the database.
 */
import Database from "better-sqlite3";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "../db/seed-demo";
import { prepareData } from "./prepare-data";
import { freePort, sleep } from "./test-process";

const KILLS = Number(process.env.CRASH_TEST_KILLS ?? "5");
const WRITERS = 4;
const INTERVIEWER = "interviewer@levelset.test";

type Ack = { revision: number; summary: string };

async function main() {
  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-crash-"));
  process.env.LEVELSET_DATA_DIR = dataDir;
  delete process.env.LEVELSET_DB_PATH;
  const { secret, dbPath } = await prepareData({ quiet: true });
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const env = { ...process.env, AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1", LEVELSET_DATA_DIR: dataDir };
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID")) || process.env.CRASH_TEST_BUILD === "true") {
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("The production build failed.");
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;

  const start = async () => {
    server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", env });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    throw new Error("The server did not become healthy within 60 s.");
  };
  const kill = async () => {
    const s = server;
    // A process that already ended (by a code or a signal) never emits "exit" again.
    if (!s || s.exitCode !== null || s.signalCode !== null) return;
    const exited = new Promise((resolve) => s.on("exit", resolve));
    s.kill("SIGKILL");
    await exited;
  };

  try {
    // Interviews of the demo interviewer that still take a draft.
    const setup = new Database(dbPath, { readonly: true });
    const interviewIds = (
      setup
        .prepare(
          `SELECT i.id FROM interviews i JOIN users u ON u.id = i.interviewer_id
           LEFT JOIN scorecards s ON s.interview_id = i.id AND s.interviewer_id = i.interviewer_id
           WHERE u.email = ? AND (s.id IS NULL OR s.status = 'draft') ORDER BY i.id LIMIT ?`,
        )
        .all(INTERVIEWER, WRITERS) as { id: string }[]
    ).map((r) => r.id);
    setup.close();
    if (interviewIds.length === 0) throw new Error(`The demo has no open interview for ${INTERVIEWER}.`);

    await start();
    const cookie = await signIn(base);
    const acked = new Map<string, Ack>();
    const revisions = new Map<string, number>(interviewIds.map((id) => [id, currentRevision(dbPath, id)]));
    let ackCount = 0;
    let seq = 0;

    const writer = async (interviewId: string, until: () => boolean) => {
      while (!until()) {
        const summary = `crash-test write ${++seq}`;
        const content = { ratings: [], redFlags: [], overallRecommendation: null, confidence: null, summary };
        let response: Response;
        try {
          response = await fetch(`${base}/api/interviews/${interviewId}/scorecard-draft`, {
            method: "PUT",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ baseRevision: revisions.get(interviewId) ?? 0, content }),
          });
        } catch {
          return; // The server died under this request: it was never acknowledged.
        }
        if (response.ok) {
          let body: { data: { revision: number } };
          try {
            body = (await response.json()) as { data: { revision: number } };
          } catch {
            return; // Killed after the status line but before the whole answer: not acknowledged either.
          }
          acked.set(interviewId, { revision: body.data.revision, summary });
          revisions.set(interviewId, body.data.revision);
          ackCount++;
        } else if (response.status === 409) {
          // A write that was in flight at the last kill may have committed unacknowledged; continue from it.
          revisions.set(interviewId, await revisionFromServer(dbPath, interviewId));
        } else {
          throw new Error(`An autosave answered ${response.status}: ${await response.text()}`);
        }
      }
    };

    for (let k = 1; k <= KILLS; k++) {
      if (k > 1) await start();
      let stop = false;
      const loops = interviewIds.map((id) => writer(id, () => stop));
      await sleep(600 + Math.floor(Math.random() * 900));
      await kill(); // Mid-stream: every loop has a request in flight.
      stop = true;
      await Promise.all(loops);
      verify(dbPath, acked);
    }
    await start();
    await kill();
    verify(dbPath, acked);
    console.log(`Crash test: ${ackCount} acknowledged writes checked after ${KILLS} kills (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (ackCount === 0) throw new Error("No write was acknowledged; the crash test proved nothing.");
  } finally {
    await kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = (pair ?? "").indexOf("=");
      if (eq > 0) jar.set((pair ?? "").slice(0, eq), (pair ?? "").slice(eq + 1));
    }
  };
  keep(csrf);
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ email: INTERVIEWER, password: DEMO_PASSWORD, csrfToken, callbackUrl: `${base}/` }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`Signing in as ${INTERVIEWER} over HTTP failed (${response.status}).`);
  return cookieHeader();
}

function currentRevision(dbPath: string, interviewId: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    const row = db.prepare("SELECT revision FROM scorecards WHERE interview_id = ?").get(interviewId) as { revision: number } | undefined;
    return row?.revision ?? 0;
  } finally {
    db.close();
  }
}

function revisionFromServer(dbPath: string, interviewId: string) {
  return Promise.resolve(currentRevision(dbPath, interviewId));
}

/** Integrity and durability: the database is sound and holds at least every acknowledged draft. */
function verify(dbPath: string, acked: Map<string, Ack>) {
  const db = new Database(dbPath);
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`PRAGMA integrity_check after a kill: ${String(integrity)}`);
    for (const [interviewId, ack] of acked) {
      const row = db.prepare("SELECT revision, summary FROM scorecards WHERE interview_id = ?").get(interviewId) as
        { revision: number; summary: string } | undefined;
      if (!row || row.revision < ack.revision || (row.revision === ack.revision && row.summary !== ack.summary)) {
        throw new Error(
          `Acknowledged write lost for interview ${interviewId}: acknowledged revision ${ack.revision} "${ack.summary}", found ${JSON.stringify(row)}`,
        );
      }
    }
  } finally {
    db.close();
  }
}

let finished = false;
// If a wait can never end, node drains its event loop and would exit 0 without a verdict: fail instead.
process.on("beforeExit", () => {
  if (!finished) {
    console.error("Crash test: ended without a verdict.");
    process.exit(1);
  }
});
main().then(
  () => {
    finished = true;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
