/**
 * The server Playwright tests run against: the production build on a throwaway SQLite file,
 * migrated and seeded with the demo, plus the few accounts only tests use.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { openDatabase } from "../db/client";
import { userRoles, users } from "../db/schema";
import { DEMO_PASSWORD } from "../db/seed-demo";
import { prepareData } from "./prepare-data";

/** People only the sign-in journeys use: locking or signing one out never touches a session other journeys share. */
export const E2E_ONLY_USERS = [
  { email: "lockout@levelset.test", name: "Lockout Tester", roles: ["interviewer"] as const },
  { email: "signout-page@levelset.test", name: "Sign-out Page Tester", roles: ["interviewer"] as const },
  { email: "signout-header@levelset.test", name: "Sign-out Header Tester", roles: ["interviewer"] as const },
  { email: "revoked-session@levelset.test", name: "Revoked Session Tester", roles: ["interviewer"] as const },
];

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-e2e-"));
  process.env.LEVELSET_DATA_DIR = dataDir;
  delete process.env.LEVELSET_DB_PATH;
  const { secret, dbPath } = await prepareData({ quiet: true });
  const { db, sqlite } = openDatabase(dbPath);
  const passwordHash = await hash(DEMO_PASSWORD);
  for (const u of E2E_ONLY_USERS) {
    const id = crypto.randomUUID();
    db.insert(users).values({ id, email: u.email, name: u.name, passwordHash, level: "senior" }).run();
    for (const role of u.roles) db.insert(userRoles).values({ userId: id, role }).run();
  }
  sqlite.close();
  console.log(`E2E database: ${dbPath}`);

  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const env = { ...process.env, AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1", LEVELSET_DATA_DIR: dataDir };
  if (process.env.E2E_SKIP_BUILD !== "true") {
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = process.env.E2E_PORT ?? "3210";
  const server = spawn(process.execPath, [nextBin, "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
  const stop = () => {
    server.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
