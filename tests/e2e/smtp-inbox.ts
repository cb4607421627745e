import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One message the loopback SMTP server accepted: its envelope recipients, the parsed message and its source. */
export type Received = { rcpt: string[]; mail: ParsedMail; raw: string };

/**
 * One real SMTP server for the whole run, on loopback, where the production server's SMTP_URL points
 * (playwright.config.ts picks E2E_SMTP_PORT and E2E_MAIL_DIR, scripts/e2e-server.ts passes the port on). It runs in
 * the Playwright runner's own process from before the first journey to after the last (tests/e2e/global-inbox.ts),
 * so every journey in either worker reads the same mailbox: no spec file waits for another to free the port, and no
 * message lands in a mailbox nobody reads. Each accepted message is written to E2E_MAIL_DIR as its envelope and
 * source; journeys read them with `readInbox()`. A journey can make the server refuse one address, as a company's
 * server would, with `refuseMailTo()`, and take the refusal back with `acceptMailTo()`.
 */
function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the journeys through playwright.config.ts.");
  return dir;
}

const messagesDir = (dir: string) => path.join(dir, "messages");
const refusalsDir = (dir: string) => path.join(dir, "refusals");
const refusalFile = (dir: string, address: string) => path.join(refusalsDir(dir), encodeURIComponent(address.toLowerCase()));

/** Starts the run's SMTP server on `port`; resolves once it listens. */
export async function startInbox(port: number, dir: string): Promise<SMTPServer> {
  fs.mkdirSync(messagesDir(dir), { recursive: true });
  fs.mkdirSync(refusalsDir(dir), { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback; with STARTTLS offered, nodemailer would upgrade to a certificate it cannot verify.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      let reply: string | undefined;
      try {
        reply = fs.readFileSync(refusalFile(dir, address.address), "utf8");
      } catch {
        reply = undefined;
      }
      if (reply) {
        callback(Object.assign(new Error(reply.slice(4)), { responseCode: Number(reply.slice(0, 3)) }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const name = `${String(++sequence).padStart(6, "0")}.json`;
        const body = JSON.stringify({ rcpt: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        // Written whole, then renamed into place: a reader never sees half a message.
        const tmp = path.join(dir, `${name}.tmp`);
        fs.writeFileSync(tmp, body);
        fs.renameSync(tmp, path.join(messagesDir(dir), name));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server;
}

const parsed = new Map<string, Received>();

/** Every message the run's SMTP server has accepted so far, oldest first, parsed with mailparser. */
export async function readInbox(): Promise<Received[]> {
  const dir = messagesDir(mailDir());
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort();
  for (const name of names) {
    if (parsed.has(name)) continue;
    const { rcpt, raw } = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as { rcpt: string[]; raw: string };
    parsed.set(name, { rcpt, raw, mail: await simpleParser(raw) });
  }
  return names.map((n) => parsed.get(n)!);
}

/** The messages accepted so far that `match`. */
export async function inboxWhere(match: (r: Received) => boolean): Promise<Received[]> {
  return (await readInbox()).filter(match);
}

/** From now on the server refuses every message to `address` with `reply` ("550 5.1.1 ..."), until `acceptMailTo`. */
export function refuseMailTo(address: string, reply: string): void {
  if (!/^\d{3} /.test(reply)) throw new Error(`A refusal starts with its three-digit SMTP code: “${reply}”`);
  fs.writeFileSync(refusalFile(mailDir(), address), reply);
}

export function acceptMailTo(address: string): void {
  fs.rmSync(refusalFile(mailDir(), address), { force: true });
}

/** The unfolded value of an iCalendar property (parameters ignored). */
export function icsField(ics: string, name: string): string | undefined {
  const line = ics
    .replace(/\r?\n[ \t]/g, "")
    .split(/\r?\n/)
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line?.slice(line.indexOf(":") + 1);
}

/** The text/calendar part of a message (its invitation, update or cancellation). */
export function calendarOf(r: Received): string {
  const part = r.mail.attachments.find((a) => a.contentType === "text/calendar");
  if (!part) throw new Error(`No text/calendar part in “${r.mail.subject ?? ""}”`);
  return part.content.toString("utf8");
}
