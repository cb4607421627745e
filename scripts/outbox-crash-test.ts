/**
 * Outbox crash safety (`npm run test:outbox-crash`; `npm test` runs it after the other crash test, reusing the
 * production build in .next): a real SMTP server in this process, the production server sending to it, and the
 * server SIGKILLed KILLS times in the middle of an SMTP conversation (while the mail server holds a recipient
 * command). Then one clean start, and checks: every message is marked sent, and the mail server accepted each
 * message exactly once (by its Message-ID): nothing lost, nothing doubled.
 */
import Database from "better-sqlite3";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { prepareData } from "./prepare-data";
import { freePort, sleep } from "./test-process";

const KILLS = Number(process.env.OUTBOX_CRASH_KILLS ?? "3");
const MESSAGES = 30;
/** A sender that died mid-send leaves its claim; the restarted one may retry the message after this long. */
const CLAIM_SECONDS = 3;

async function main() {
  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-outbox-crash-"));
  process.env.LEVELSET_DATA_DIR = dataDir;
  delete process.env.LEVELSET_DB_PATH;
  // No demo data: its past interviews would have the sender's scheduler tick write scorecard reminders, and every
  // message the mail server accepts here must be one of the MESSAGES below.
  process.env.LEVELSET_SEED_DEMO = "false";
  const { secret, dbPath } = await prepareData({ quiet: true });

  // The messages to deliver, as the app writes them: pending rows in the outbox.
  const setup = new Database(dbPath);
  const insert = setup.prepare(
    `INSERT INTO outbox_messages (id, kind, to_address, subject, text_body, html_body, headers, status, attempts, next_attempt_at, created_at)
     VALUES (?, 'interview-invitation', ?, ?, ?, ?, '{}', 'pending', 0, ?, ?)`,
  );
  const ids: string[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const id = crypto.randomUUID();
    ids.push(id);
    insert.run(id, `crash-${i}@levelset.test`, `Crash test ${i}`, `Message ${i}.`, `<p>Message ${i}.</p>`, Date.now(), Date.now());
  }
  setup.close();

  let server: ChildProcess | null = null;
  let killAtNextRecipient = false;
  const accepted: string[] = [];
  const smtpPort = await freePort();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (killAtNextRecipient && server) {
        // Mid-send: the server has opened the conversation and named the recipient; it dies before the message is accepted.
        killAtNextRecipient = false;
        server.kill("SIGKILL");
        return;
      }
      // A little slow, like a real mail server, so the rounds overlap the kills.
      setTimeout(() => callback(), 20);
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const id = /^Message-ID:\s*<([^@>]+)@levelset>/im.exec(Buffer.concat(chunks).toString("utf8"))?.[1];
        if (id) accepted.push(id);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", () => resolve()));

  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const env = {
    ...process.env,
    AUTH_SECRET: secret,
    NEXT_TELEMETRY_DISABLED: "1",
    LEVELSET_DATA_DIR: dataDir,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: "Levelset <levelset@levelset.test>",
    LEVELSET_OUTBOX_CLAIM_SECONDS: String(CLAIM_SECONDS),
  };
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID")) || process.env.CRASH_TEST_BUILD === "true") {
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("The production build failed.");
  }
  const port = await freePort();
  const start = () => {
    const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", env });
    server = child;
    return new Promise<void>((resolve) => child.once("exit", () => resolve()));
  };
  const statusCounts = () => {
    const db = new Database(dbPath, { readonly: true });
    try {
      const rows = db.prepare(`SELECT status, count(*) AS n FROM outbox_messages WHERE to_address LIKE 'crash-%' GROUP BY status`).all() as {
        status: string;
        n: number;
      }[];
      return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
    } finally {
      db.close();
    }
  };

  try {
    for (let k = 1; k <= KILLS; k++) {
      const before = accepted.length;
      const exited = start();
      // Let a few messages through, then kill during the next SMTP conversation.
      const deadline = Date.now() + 90_000;
      while (accepted.length < before + 3) {
        if (Date.now() > deadline) throw new Error(`Kill ${k}: no mail arrived within 90 s (${accepted.length} so far).`);
        await sleep(50);
      }
      killAtNextRecipient = true;
      await exited;
      console.log(`Kill ${k}: ${accepted.length} of ${MESSAGES} accepted so far; in the outbox ${JSON.stringify(statusCounts())}.`);
    }
    // A clean run: the rest goes out, including each message that was in flight at a kill.
    const exited = start();
    const deadline = Date.now() + 120_000;
    while ((statusCounts().sent ?? 0) < MESSAGES) {
      if (Date.now() > deadline) throw new Error(`Not every message was sent within 120 s: ${JSON.stringify(statusCounts())}.`);
      await sleep(200);
    }
    (server as ChildProcess | null)?.kill("SIGTERM");
    await exited;

    // Nothing but the test's own messages reached the mail server (no reminder or notice from the scheduler).
    const strangers = accepted.filter((id) => !ids.includes(id));
    if (strangers.length > 0) throw new Error(`Outbox crash test failed: ${strangers.length} message(s) arrived that the test did not write.`);
    const counts = new Map<string, number>();
    for (const id of accepted) counts.set(id, (counts.get(id) ?? 0) + 1);
    const doubled = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    const lost = ids.filter((id) => !counts.has(id));
    if (doubled.length > 0 || lost.length > 0) {
      throw new Error(`Outbox crash test failed: ${lost.length} message(s) never arrived, ${doubled.length} arrived more than once.`);
    }
    console.log(
      `Outbox crash test passed: ${KILLS} kills mid-send, ${MESSAGES} messages each accepted exactly once (${Math.round((Date.now() - started) / 1000)} s).`,
    );
  } finally {
    (server as ChildProcess | null)?.kill("SIGKILL");
    smtp.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
