import { defineConfig, devices } from "@playwright/test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findChromium } from "./tests/e2e/find-chromium";

const freePort = () =>
  execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
    .toString()
    .trim();
// One free port for the whole run; worker processes inherit it through the environment.
process.env.E2E_PORT ??= freePort();
// Where the server sends mail (scripts/e2e-server.ts sets SMTP_URL to it): the run's one SMTP server listens there
// (tests/e2e/global-inbox.ts) and writes what it accepts to E2E_MAIL_DIR, which every worker reads.
process.env.E2E_SMTP_PORT ??= freePort();
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
// Each person's signed-in browser state, made once per run by the setup project (tests/e2e/auth.setup.ts).
if (!process.env.E2E_AUTH_DIR) {
  const authDir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-e2e-auth-"));
  process.env.E2E_AUTH_DIR = authDir;
  process.on("exit", () => fs.rmSync(authDir, { recursive: true, force: true }));
}
if (!process.env.E2E_MAIL_DIR) {
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-e2e-mail-"));
  process.env.E2E_MAIL_DIR = mailDir;
  process.on("exit", () => fs.rmSync(mailDir, { recursive: true, force: true }));
}
const chromium = findChromium();

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-inbox.ts",
  outputDir: process.env.PW_OUTPUT_DIR ?? "test-results",
  fullyParallel: true,
  workers: 2,
  // At most one retry, in CI only; tests/e2e/retry-reporter.ts names every journey that needed it.
  retries: process.env.CI ? 1 : 0,
  // Budgets sized for a machine several times slower than a developer's, never from this one's
  // speed: a journey's own budget (the heavy suites set theirs with test.slow()), and waits on the
  // server's answer through expect's timeout. No journey sleeps for a fixed time.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [["list"], ["./tests/e2e/retry-reporter.ts"], ...(process.env.CI ? ([["html", { open: "never" }]] as const) : [])],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium.executablePath,
      args: chromium.args,
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      name: "desktop",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `${baseURL}/sign-in`,
    // Building the production app is the slowest step of the run: on one busy core it takes minutes.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
