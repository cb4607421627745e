import "server-only";
import fs from "node:fs";
import { env } from "@/lib/env";
import { resolveDataPaths } from "@/lib/data-paths";

/**
 * AUTH_SECRET signs the session cookies. `npm start` generates one into the data folder and passes it in;
 * in development the file is read directly; a production deployment must set it.
 */
export function authSecret(): string {
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const { secretPath } = resolveDataPaths(process.env);
  if (env().NODE_ENV !== "production" && fs.existsSync(secretPath)) {
    return fs.readFileSync(secretPath, "utf8").trim();
  }
  throw new Error(
    "AUTH_SECRET is not set. Start Levelset with `npm start` (which generates one in the data folder) or set AUTH_SECRET to 32+ random characters.",
  );
}
