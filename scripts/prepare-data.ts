/**
 * Makes the data folder ready: an AUTH_SECRET for the local default, migrations applied,
 * and the default framework plus demo data on an empty database. Safe to run any number of times.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { DEMO_PASSWORD, DEMO_PEOPLE, seedIfEmpty } from "../db/seed-demo";
import { resolveDataPaths } from "../lib/data-paths";

export function ensureAuthSecret(secretPath: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (fs.existsSync(secretPath)) return fs.readFileSync(secretPath, "utf8").trim();
  const secret = crypto.randomBytes(33).toString("base64url");
  fs.writeFileSync(secretPath, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export async function prepareData(options: { quiet?: boolean } = {}) {
  const paths = resolveDataPaths(process.env);
  fs.mkdirSync(paths.dataDir, { recursive: true });
  const secret = ensureAuthSecret(paths.secretPath);
  const { db, sqlite } = openDatabase(paths.dbPath);
  try {
    migrateDatabase(db);
    const demo = process.env.LEVELSET_SEED_DEMO !== "false";
    const outcome = await seedIfEmpty(db, { demo });
    if (!options.quiet) {
      console.log(`Database: ${paths.dbPath} (${outcome === "skipped" ? "existing data kept" : outcome.replace("seeded-", "seeded ")})`);
      if (demo) printDemoLogins();
    }
  } finally {
    sqlite.close();
  }
  return { ...paths, secret };
}

export function printDemoLogins() {
  console.log(`\nDemo logins (password for everyone: ${DEMO_PASSWORD})`);
  for (const p of DEMO_PEOPLE) console.log(`  ${p.email.padEnd(28)} ${p.roles.join(", ")}${p.level !== "none" ? ` (${p.level})` : ""}`);
  console.log("");
}

const isMain = process.argv[1] && /prepare-data\.ts$/.test(process.argv[1]);
if (isMain) {
  prepareData().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
