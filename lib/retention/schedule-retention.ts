import "server-only";
import { db } from "@/db";
import { runRetention } from "./run-retention";

const DAY_MS = 24 * 60 * 60 * 1000;
const globalForRetention = globalThis as unknown as { levelsetRetentionTimer?: NodeJS.Timeout };

function runOnce() {
  try {
    const { months, erased } = runRetention(db(), new Date());
    if (months !== null && erased.length > 0)
      console.log(`Retention: erased ${erased.length} candidate${erased.length === 1 ? "" : "s"} (${months} months after the final decision).`);
  } catch (error) {
    // Never take the server down; the next daily run tries again.
    console.error("Retention run failed:", error instanceof Error ? error.message : error);
  }
}

/** Runs retention now and then once a day, once per server process (instrumentation.ts). */
export function startRetentionSchedule() {
  if (globalForRetention.levelsetRetentionTimer) return;
  runOnce();
  globalForRetention.levelsetRetentionTimer = setInterval(runOnce, DAY_MS);
  globalForRetention.levelsetRetentionTimer.unref();
}
