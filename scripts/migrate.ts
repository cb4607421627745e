import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { resolveDataPaths } from "../lib/data-paths";

const { dbPath } = resolveDataPaths(process.env);
const { db, sqlite } = openDatabase(dbPath);
migrateDatabase(db);
sqlite.close();
console.log(`Migrated ${dbPath}`);
