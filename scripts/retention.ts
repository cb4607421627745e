/**
 * `npm run db:retention [-- --dry-run] [-- --months N]`: erases every candidate whose final decision is older
 * than the retention setting (Retention page, admin), or with --dry-run only lists them. --months previews
 * another period in a dry run. The server also runs this at start and daily (instrumentation.ts).
 */
import fs from "node:fs";
import { openDatabase } from "../db/client";
import { resolveDataPaths } from "../lib/data-paths";
import { RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from "../lib/retention/retention-rules";
import { readRetentionSetting } from "../lib/retention/retention-settings";
import { listDueCandidates, runRetention, type DueCandidate } from "../lib/retention/run-retention";

function parseArgs(argv: string[]) {
  const dryRun = argv.includes("--dry-run");
  const at = argv.indexOf("--months");
  let months: number | null = null;
  if (at !== -1) {
    months = Number(argv[at + 1]);
    if (!Number.isInteger(months) || months < RETENTION_MONTHS_MIN || months > RETENTION_MONTHS_MAX) {
      throw new Error(`--months needs a whole number from ${RETENTION_MONTHS_MIN} to ${RETENTION_MONTHS_MAX}.`);
    }
    if (!dryRun) throw new Error("--months only previews a period; use it with --dry-run, and change the setting on the Retention page.");
  }
  const unknown = argv.filter((a, i) => a !== "--dry-run" && a !== "--months" && !(i === at + 1 && at !== -1));
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown[0]}. Usage: npm run db:retention -- [--dry-run] [--months N]`);
  return { dryRun, months };
}

const line = (c: DueCandidate) => `  ${c.decidedAt.toISOString().slice(0, 10)}  ${c.name}  (${c.roles.join(", ")})`;

function main() {
  const { dryRun, months: override } = parseArgs(process.argv.slice(2));
  const { dbPath } = resolveDataPaths(process.env);
  if (!fs.existsSync(dbPath)) throw new Error(`No database at ${dbPath}. Start Levelset once (npm start) or set LEVELSET_DATA_DIR.`);
  const { db, sqlite } = openDatabase(dbPath);
  try {
    const months = override ?? readRetentionSetting(db).months;
    if (months === null) {
      console.log("Automatic erasure is off (turn it on under Retention, as an admin). Nothing to do.");
      return;
    }
    const now = new Date();
    if (dryRun) {
      const due = listDueCandidates(db, { months, now });
      console.log(
        `Dry run, ${months} month${months === 1 ? "" : "s"} after the final decision: ${due.length} candidate${due.length === 1 ? "" : "s"} would be erased.`,
      );
      for (const c of due) console.log(line(c));
      return;
    }
    const { erased } = runRetention(db, now);
    console.log(
      `Erased ${erased.length} candidate${erased.length === 1 ? "" : "s"} (${months} month${months === 1 ? "" : "s"} after the final decision).`,
    );
    for (const c of erased) console.log(line({ ...c, name: "(erased)" }));
  } finally {
    sqlite.close();
  }
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
