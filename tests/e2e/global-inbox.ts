import { startInbox } from "./smtp-inbox";

/**
 * Playwright's global setup: the run's one SMTP server (tests/e2e/smtp-inbox.ts) listens on E2E_SMTP_PORT for the
 * whole run, in the runner's own process, and stops after the last journey.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_SMTP_PORT);
  const dir = process.env.E2E_MAIL_DIR;
  if (!port || !dir) throw new Error("E2E_SMTP_PORT and E2E_MAIL_DIR are set by playwright.config.ts.");
  const server = await startInbox(port, dir);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
