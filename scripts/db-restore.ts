/** `npm run db:restore FILE [--force]`: replace the database with a backup; see lib/ops/backup.ts for the guards. */
import path from "node:path";
import { resolveDataPaths } from "../lib/data-paths";
import { restoreDatabase } from "../lib/ops/backup";

function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((a) => a !== "--force");
  if (files.length !== 1 || files[0]?.startsWith("--")) {
    console.error("Usage: npm run db:restore -- <backup file> [--force]");
    process.exit(2);
  }
  const { dataDir, dbPath } = resolveDataPaths(process.env);
  const backupFile = path.resolve(files[0] ?? "");
  const { replacedCopy } = restoreDatabase({ dbPath, dataDir, backupFile, force });
  if (replacedCopy) console.log(`The replaced database was kept at ${replacedCopy}`);
  console.log(`Restored ${dbPath} from ${backupFile}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
