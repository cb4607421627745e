/** `npm start`: prepare the data folder, build, and serve the production app on PORT (default 3000). */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { writePidFile } from "../lib/ops/backup";
import { prepareData } from "./prepare-data";
import { SERVER_NODE_FLAGS } from "./server-node-flags";

async function main() {
  const { secret, dataDir } = await prepareData();
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const env = { ...process.env, AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" };
  if (process.env.LEVELSET_SKIP_BUILD !== "true") {
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = process.env.PORT ?? "3000";
  console.log(`\nLevelset is starting on http://localhost:${port}`);
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, nextBin, "start", "-p", port], { stdio: "inherit", env });
  // `npm run db:restore` refuses while this file names a live process (lib/ops/backup.ts).
  const removePidFile = writePidFile(dataDir);
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    removePidFile();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
