import { expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

/**
 * Table and column names must not reach the browser: client components import enums from db/enums.ts
 * and limits from zod-free modules, never db/schema.ts (eslint enforces it for components/**).
 * Runs after the webServer built the app; reads the same dist dir as next.config.js.
 */
const distDir = path.resolve(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
const FORBIDDEN = ["password_hash", "scorecard_ratings"];

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(full);
    return entry.name.endsWith(".js") ? [full] : [];
  });
}

test("the client bundle holds no table or column names", async ({ request }) => {
  // The server answering proves the build finished (the webServer waits on /sign-in).
  expect((await request.get("/sign-in")).ok()).toBe(true);
  const staticDir = path.join(distDir, "static");
  expect(fs.existsSync(staticDir), `no built client bundle at ${staticDir}`).toBe(true);
  const files = jsFiles(staticDir);
  expect(files.length).toBeGreaterThan(0);
  const leaks: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const word of FORBIDDEN) if (text.includes(word)) leaks.push(`${path.relative(distDir, file)}: ${word}`);
  }
  expect(leaks).toEqual([]);
});
