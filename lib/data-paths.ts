import path from "node:path";

/** Where the local data lives; shared by the server, the start script and the tests. */
export function resolveDataPaths(vars: Record<string, string | undefined>) {
  // turbopackIgnore: these paths are runtime data, not files for the build to trace.
  const dataDir = path.resolve(/* turbopackIgnore: true */ process.cwd(), vars.LEVELSET_DATA_DIR ?? "data");
  const dbPath = path.resolve(/* turbopackIgnore: true */ process.cwd(), vars.LEVELSET_DB_PATH ?? path.join(dataDir, "levelset.db"));
  return { dataDir, dbPath, secretPath: path.join(dataDir, "auth-secret") };
}
