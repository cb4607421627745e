import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/db";
import { env } from "@/lib/env";
import { deliverOutbox, SENDER_LEASE, type MailTransport } from "./deliver-outbox";
import { NOTIFICATION_TICK_MS, runNotificationTick } from "./run-notification-tick";
import { releaseLease } from "./sender-lease";

/** Often enough that a message leaves within seconds of the change; each round is one indexed query when idle. */
const ROUND_MS = 2_000;

const globalForSender = globalThis as unknown as { levelsetOutboxSender?: { holder: string; timer: NodeJS.Timeout } };

function mailSettings(): { transport: MailTransport; from: string } | null {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL || !MAIL_FROM) return null;
  // Bounded SMTP conversations, well inside the claim (outbox-queue.ts CLAIM_MS); TLS as the URL says.
  const transport = nodemailer.createTransport({
    url: SMTP_URL,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return { transport, from: MAIL_FROM };
}

/**
 * Starts the outbox sender once per server process (instrumentation.ts). Only the process holding the lease sends;
 * the others keep trying to take it over, so a second server picks up within seconds of the first one stopping.
 */
export function startOutboxSender() {
  if (globalForSender.levelsetOutboxSender) return;
  const holder = `${process.pid}-${crypto.randomUUID()}`;
  const mail = mailSettings();
  console.log(mail ? "Outbox: sending mail through SMTP_URL." : "Outbox: SMTP_URL is not set, so messages are kept in the outbox (see /outbox).");
  let running = false;
  let lastTick = 0;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      const { leaseHeld } = await deliverOutbox(db(), { holder, mail, claimMs: env().LEVELSET_OUTBOX_CLAIM_SECONDS * 1000 });
      // The scheduler tick runs only in the process holding the lease; its unique keys make a second one harmless anyway.
      if (leaseHeld && Date.now() - lastTick >= NOTIFICATION_TICK_MS) {
        lastTick = Date.now();
        runNotificationTick(db(), new Date());
      }
    } catch (error) {
      // Never take the server down; the next round tries again.
      console.error("Outbox round failed:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void round(), ROUND_MS);
  timer.unref();
  globalForSender.levelsetOutboxSender = { holder, timer };
  void round();
  process.once("exit", () => {
    try {
      releaseLease(db(), { name: SENDER_LEASE, holder });
    } catch {
      // The lease expires on its own.
    }
  });
}
