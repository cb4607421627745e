/** `npm run db:backup`: an online, consistent copy of the database into <data dir>/backups; keeps the newest LEVELSET_BACKUP_KEEP (14). */
import { resolveDataPaths } from "../lib/data-paths";
import { backupDatabase } from "../lib/ops/backup";

async function main() {
  const { dataDir, dbPath } = resolveDataPaths(process.env);
  const keep = Number(process.env.LEVELSET_BACKUP_KEEP ?? "14");
  const { file, removed } = await backupDatabase({ dbPath, dataDir, keep });
  for (const old of removed) console.error(`Removed old backup ${old}`);
  console.log(file);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
