/** Runs once when a Next.js server starts: the retention rule (lib/retention) erases what is due, then daily. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startRetentionSchedule } = await import("./lib/retention/schedule-retention");
  startRetentionSchedule();
}
