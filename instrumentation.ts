/**
 * Runs once when a Next.js server starts: the retention rule (lib/retention) erases what is due, then daily; the
 * outbox sender (lib/mail) delivers waiting messages every few seconds.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startRetentionSchedule } = await import("./lib/retention/schedule-retention");
  startRetentionSchedule();
  const { startOutboxSender } = await import("./lib/mail/start-outbox-sender");
  startOutboxSender();
}
