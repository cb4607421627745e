import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/** One message the loopback SMTP server accepted: its envelope recipients, the parsed message and its source. */
export type Received = { rcpt: string[]; mail: ParsedMail; raw: string };

/**
 * A real SMTP server in the test process, on loopback, where the production server's SMTP_URL points
 * (playwright.config.ts picks E2E_SMTP_PORT, scripts/e2e-server.ts passes it on). Every accepted message is parsed
 * with mailparser and pushed to `received`. `onRcptTo` may refuse recipients (as a company's server would).
 */
export function createInbox(received: Received[], onRcptTo?: SMTPServerOptions["onRcptTo"]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback; with STARTTLS offered, nodemailer would upgrade to a certificate it cannot verify.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo: onRcptTo ?? ((_address, _session, callback) => callback()),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((mail) => {
            received.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), mail, raw });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
}

/**
 * Listens on E2E_SMTP_PORT, waiting while another spec file's inbox holds the port (the journeys run in two
 * workers, and only one process can listen): the server's outbox keeps retrying meanwhile, so nothing is lost.
 * Start the journeys' own mail only after this resolves.
 */
export async function listenWhenFree(server: SMTPServer, { timeoutMs = 540_000 }: { timeoutMs?: number } = {}): Promise<void> {
  const port = Number(process.env.E2E_SMTP_PORT);
  if (!port) throw new Error("E2E_SMTP_PORT is not set: run the journeys through playwright.config.ts.");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.once("error", onError);
        server.listen(port, "127.0.0.1", () => {
          server.off("error", onError);
          resolve();
        });
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export function closeInbox(server: SMTPServer): Promise<void> {
  return new Promise<void>((resolve) => server.close(() => resolve()));
}
