/**
 * The two servers `npm run bench:http` measures: Levelset's production build (built once per source tree and
 * reused while the sources are unchanged) and a bare Next.js app on the project's own `next`, the floor.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, sleep } from "../../../scripts/test-process";

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
/** The bench's own build folder, so it never collides with the Playwright build in `.next`. */
export const BENCH_DIST_DIR = ".next-bench";
const SOURCES_STAMP = "levelset-bench-sources.json";

/** A hash of every file the build reads: the tracked and untracked files outside tests/, docs/ and bench/. */
export function sourcesHash(): string {
  const listed = spawnSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: ROOT, encoding: "utf8" });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const files = listed.stdout
    .split("\0")
    .filter((f) => f && !/^(tests|docs|bench)\//.test(f) && !f.endsWith(".md"))
    .sort();
  const hash = crypto.createHash("sha256");
  for (const file of files) {
    const full = path.join(ROOT, file);
    if (!fs.existsSync(full)) continue;
    hash.update(file).update("\0").update(fs.readFileSync(full)).update("\0");
  }
  return hash.digest("hex");
}

/**
 * Builds the production app into .next-bench unless the build there was made from these very sources
 * (its BUILD_ID is recorded with the sources' hash); `force` builds anyway.
 */
export function ensureAppBuild(force: boolean): { buildId: string; reused: boolean; seconds: number } {
  const dist = path.join(ROOT, BENCH_DIST_DIR);
  const sources = sourcesHash();
  const stampPath = path.join(dist, SOURCES_STAMP);
  const buildIdPath = path.join(dist, "BUILD_ID");
  if (!force && fs.existsSync(stampPath) && fs.existsSync(buildIdPath)) {
    const stamp = JSON.parse(fs.readFileSync(stampPath, "utf8")) as { buildId: string; sources: string };
    const buildId = fs.readFileSync(buildIdPath, "utf8").trim();
    if (stamp.buildId === buildId && stamp.sources === sources) return { buildId, reused: true, seconds: 0 };
  }
  const started = Date.now();
  console.log(`Building the production app into ${BENCH_DIST_DIR}/ …`);
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed; see its output above.");
  const buildId = fs.readFileSync(buildIdPath, "utf8").trim();
  // Hashed again: a build may touch a tracked file (next adds its distDir's types to tsconfig.json when missing).
  fs.writeFileSync(stampPath, JSON.stringify({ buildId, sources: sourcesHash() }));
  return { buildId, reused: false, seconds: (Date.now() - started) / 1000 };
}

/**
 * The floor: one dynamic page that reads `cookies()`, built with the project's own next/react (its
 * node_modules is a symlink to ours) in a temp folder, once per checkout and next version.
 */
export function ensureFloorApp(): { dir: string; reused: boolean } {
  const nextVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")) as { version: string }).version;
  // One per checkout and next version: its node_modules is this checkout's.
  const checkout = crypto.createHash("sha256").update(ROOT).digest("hex").slice(0, 8);
  const dir = path.join(fs.realpathSync(os.tmpdir()), `levelset-bench-floor-next-${nextVersion}-${checkout}`);
  const linked = () => {
    try {
      return fs.readlinkSync(path.join(dir, "node_modules")) === path.join(ROOT, "node_modules");
    } catch {
      return false;
    }
  };
  if (fs.existsSync(path.join(dir, ".next", "BUILD_ID")) && linked()) return { dir, reused: true };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "app"), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "levelset-bench-floor", private: true }, null, 2));
  // Turbopack compiles only files under its root, and the symlinked node_modules resolves into this project:
  // the root is the folder both live in.
  const root = commonAncestor(dir, fs.realpathSync(ROOT));
  fs.writeFileSync(path.join(dir, "next.config.js"), `module.exports = { poweredByHeader: false, turbopack: { root: ${JSON.stringify(root)} } };\n`);
  fs.writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  );
  fs.writeFileSync(
    path.join(dir, "app", "page.jsx"),
    `import { cookies } from "next/headers";\n\nexport default async function Page() {\n  const jar = await cookies();\n  return (\n    <main>\n      <h1>Floor</h1>\n      <p>{jar.getAll().length} cookies</p>\n    </main>\n  );\n}\n`,
  );
  console.log(`Building the bare Next.js floor app in ${dir} …`);
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: dir,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" },
  });
  if (build.status !== 0) throw new Error("The floor app's next build failed; see its output above.");
  return { dir, reused: false };
}

function commonAncestor(a: string, b: string): string {
  const pa = path.resolve(a).split(path.sep);
  const pb = path.resolve(b).split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

export type RunningServer = { url: string; child: ChildProcess; stop: () => Promise<void> };

/** `next start` in `cwd` on a free port; resolves once `probePath` answers. */
export async function startNext(opts: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  probePath: string;
  name: string;
  /** Node's own flags for the server, e.g. `--cpu-prof` (the profile is written when it stops). */
  nodeArgs?: string[];
}): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: opts.cwd,
    env: { ...opts.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${opts.name} exited during start-up:\n${stderr}`);
    try {
      const res = await fetch(url + opts.probePath, { redirect: "manual" });
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${opts.name} did not answer within 60 s:\n${stderr}`);
    await sleep(200);
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url, child, stop };
}

/** The pid and every descendant of it (`next start` may serve from a child process). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

function statusKb(pid: number, field: "VmHWM" | "VmRSS"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Polls the server's resident memory: the peak (VmHWM, the kernel's own high-water mark) of the largest
 * process in its tree, and the largest VmRSS seen since the last `take()`.
 */
export function watchMemory(pid: number) {
  let tree = processTree(pid);
  let ticks = 0;
  let windowPeakKb = 0;
  const timer = setInterval(() => {
    if (++ticks % 10 === 0) tree = processTree(pid);
    windowPeakKb = Math.max(windowPeakKb, ...tree.map((p) => statusKb(p, "VmRSS")));
  }, 200);
  timer.unref();
  return {
    /** MB: the largest resident size since the previous call. */
    take(): number {
      const peak = Math.max(windowPeakKb, ...tree.map((p) => statusKb(p, "VmRSS")));
      windowPeakKb = 0;
      return peak / 1024;
    },
    /** MB: the server's lifetime peak resident memory (VmHWM). */
    highWater(): number {
      return Math.max(...processTree(pid).map((p) => statusKb(p, "VmHWM"))) / 1024;
    },
    stop: () => clearInterval(timer),
  };
}

function cpuTicks(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // ended
    }
  }
  return ticks;
}

/**
 * Waits until the server has finished the requests a load run left in flight (autocannon stops at its
 * deadline, the server does not): its CPU use stays under a tenth of a core for half a second.
 */
export async function waitForIdle(pid: number, maxMs = 30_000): Promise<void> {
  const tree = processTree(pid);
  const deadline = Date.now() + maxMs;
  let last = cpuTicks(tree);
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    await sleep(250);
    const now = cpuTicks(tree);
    quiet = now - last <= 2 ? quiet + 1 : 0;
    last = now;
  }
}
