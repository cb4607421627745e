import { expect, test, type Page } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { signInAs } from "./fixtures";

/**
 * Mail that really leaves: a real SMTP server runs in this test process on loopback, where the production server's
 * SMTP_URL points (playwright.config.ts picks E2E_SMTP_PORT, scripts/e2e-server.ts passes it on). The recruiter
 * schedules, moves and cancels an interview; the interviewer's three messages arrive with the calendar invitation
 * (METHOD, UID, DTSTART, SEQUENCE) and the kit link; a recipient the mail server refuses shows as failed in Outbox,
 * with the server's answer. Other journeys' mail may arrive here too: this one reads only its own candidate's.
 */

// The browser's zone is not UTC, so "DTSTART as entered" also checks the conversion (India has no daylight saving).
test.use({ timezoneId: "Asia/Kolkata" });
// One SMTP server on one port: the file's tests run in one worker, in order.
test.describe.configure({ mode: "serial" });

const REFUSED = "lee@levelset.test";
const REFUSAL = "550 5.1.1 Mailbox unavailable: lee is away";

type Received = { rcpt: string[]; mail: ParsedMail; raw: string };
const received: Received[] = [];
let server: SMTPServer;

test.beforeAll(async () => {
  const port = Number(process.env.E2E_SMTP_PORT);
  if (!port) throw new Error("E2E_SMTP_PORT is not set: run the journeys through playwright.config.ts.");
  server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback; with STARTTLS offered, nodemailer would upgrade to a certificate it cannot verify.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === REFUSED) {
        const error = Object.assign(new Error(REFUSAL.slice(4)), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
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
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Header lines unfolded (a long header continues on lines that start with white space). */
const unfolded = (raw: string) => raw.replace(/\r?\n[ \t]+/g, " ");

/** The unfolded value of an iCalendar property (parameters ignored). */
function icsField(ics: string, name: string): string | undefined {
  const line = ics
    .replace(/\r?\n[ \t]/g, "")
    .split(/\r?\n/)
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line?.slice(line.indexOf(":") + 1);
}

function calendarOf(r: Received): { ics: string } {
  const part = r.mail.attachments.find((a) => a.contentType === "text/calendar");
  if (!part) throw new Error(`No text/calendar part in “${r.mail.subject ?? ""}”`);
  return { ics: part.content.toString("utf8") };
}

/** Waits for the `count`th message to `to` about `candidate`, and returns all of them so far, oldest first. */
async function messagesFor(to: string, candidate: string, count: number): Promise<Received[]> {
  const mine = () => received.filter((r) => r.rcpt.includes(to) && (r.mail.subject ?? "").includes(candidate));
  await expect.poll(() => mine().length, { message: `${count} message(s) to ${to} about ${candidate}` }).toBeGreaterThanOrEqual(count);
  return mine();
}

/** A datetime-local value `days` from now at hh:mm, typed in the browser's zone. */
function localInput(days: number, time: string): string {
  const d = new Date(Date.now() + days * 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${time}`;
}

/** The same wall-clock time in Asia/Kolkata (UTC+05:30), as iCalendar's UTC form. */
function utcStamp(local: string): string {
  const utc = new Date(new Date(`${local}:00Z`).getTime() - 5.5 * 3600_000);
  return utc
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

async function ready(page: Page, button: string) {
  await expect(page.getByRole("button", { name: button, exact: true })).toBeEnabled();
}

test("schedule, reschedule and cancel send the interviewer a real invitation, its update and its cancellation; a refused recipient shows in Outbox", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const candidate = `Mailwright ${Date.now().toString(36)}`;
  // Far ahead, at a minute of its own, so no other journey's interview overlaps.
  const day = 70 + Math.floor(Math.random() * 200);
  const minute = String(Math.floor(Math.random() * 12) * 5).padStart(2, "0");
  const first = localInput(day, `10:${minute}`);
  const moved = localInput(day + 1, `15:${minute}`);

  await signInAs(page, "recruiter");
  await page.goto("/roles");
  await page.getByRole("link", { name: "Backend Engineer, Payments", exact: true }).click();
  await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}$/);
  await page.goto(`${new URL(page.url()).pathname}/candidates/new`);
  await ready(page, "Add candidate");
  await page.getByLabel("Name", { exact: true }).fill(candidate);
  await page.getByLabel("Email", { exact: true }).fill(`${candidate.replace(" ", ".").toLowerCase()}@example.com`);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByTestId("candidate-added")).toBeVisible();
  await ready(page, "Schedule interview");

  // ── Scheduled: an invitation, METHOD:REQUEST, SEQUENCE 0, the time as entered, the kit link ─────────────
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Technical depth and code (60 min)" });
  await page.getByLabel("Interviewer", { exact: true }).selectOption({ label: "Omar Haddad · Senior" });
  await page.getByLabel("Date and time").fill(first);
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByTestId("schedule-message")).toContainText("with Omar Haddad is scheduled");

  const [invitation] = await messagesFor("omar@levelset.test", candidate, 1);
  const invite = calendarOf(invitation!);
  expect(invitation!.mail.from?.text).toContain("levelset@levelset.test");
  expect(invitation!.mail.subject).toContain("Technical depth and code");
  expect(unfolded(invitation!.raw)).toMatch(/^List-Unsubscribe: <mailto:levelset@levelset\.test\?[^>]+>/m);
  expect(icsField(invite.ics, "METHOD")).toBe("REQUEST");
  expect(unfolded(invitation!.raw)).toMatch(/text\/calendar;[^\n]*method=(")?REQUEST/i);
  const uid = icsField(invite.ics, "UID");
  expect(uid).toMatch(/^interview-[0-9a-f-]{36}@levelset$/);
  expect(icsField(invite.ics, "SEQUENCE")).toBe("0");
  expect(icsField(invite.ics, "DTSTART")).toBe(utcStamp(first));
  expect(icsField(invite.ics, "SUMMARY")).toContain(candidate);
  const interviewId = /^interview-(.+)@levelset$/.exec(uid ?? "")?.[1];
  const kitUrl = `${baseURL}/interviews/${interviewId}`;
  expect(icsField(invite.ics, "DESCRIPTION")).toContain(kitUrl);
  expect(invitation!.mail.text).toContain(kitUrl);
  expect(typeof invitation!.mail.html === "string" && invitation!.mail.html).toContain(`href="${kitUrl}"`);

  // ── Moved: the same UID, a higher SEQUENCE, the new time ─────────────────────────────────────────────────
  await page.getByRole("button", { name: "Reschedule Technical depth and code with Omar Haddad" }).click();
  await page.getByLabel("New date and time").fill(moved);
  await page.getByRole("button", { name: "Save new time" }).click();
  await expect(page.getByTestId("interview-row")).toContainText(new RegExp(`03:${minute}\\sPM|15:${minute}`));
  const update = (await messagesFor("omar@levelset.test", candidate, 2))[1]!;
  const updated = calendarOf(update);
  expect(update.mail.subject).toMatch(/^Moved: /);
  expect(icsField(updated.ics, "METHOD")).toBe("REQUEST");
  expect(icsField(updated.ics, "UID")).toBe(uid);
  expect(Number(icsField(updated.ics, "SEQUENCE"))).toBeGreaterThan(0);
  expect(icsField(updated.ics, "DTSTART")).toBe(utcStamp(moved));

  // ── Cancelled: METHOD:CANCEL, same UID, higher SEQUENCE still ────────────────────────────────────────────
  await page.getByRole("button", { name: "Cancel Technical depth and code with Omar Haddad" }).click();
  await page.getByRole("button", { name: "Yes, cancel the interview" }).click();
  await expect(page.getByTestId("interview-row")).toContainText("Cancelled");
  const cancellation = (await messagesFor("omar@levelset.test", candidate, 3))[2]!;
  const cancelled = calendarOf(cancellation);
  expect(cancellation.mail.subject).toMatch(/^Cancelled: /);
  expect(icsField(cancelled.ics, "METHOD")).toBe("CANCEL");
  expect(unfolded(cancellation.raw)).toMatch(/text\/calendar;[^\n]*method=(")?CANCEL/i);
  expect(icsField(cancelled.ics, "UID")).toBe(uid);
  expect(Number(icsField(cancelled.ics, "SEQUENCE"))).toBeGreaterThan(Number(icsField(updated.ics, "SEQUENCE")));
  // Exactly three, each once.
  expect(received.filter((r) => r.rcpt.includes("omar@levelset.test") && (r.mail.subject ?? "").includes(candidate))).toHaveLength(3);

  // ── A recipient the mail server refuses: failed for good, with its answer, in Outbox ────────────────────
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Technical depth and code (60 min)" });
  await page.getByLabel("Interviewer", { exact: true }).selectOption({ label: "Lee Wong · Senior" });
  await page.getByLabel("Date and time").fill(localInput(day + 2, `11:${minute}`));
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByTestId("schedule-message")).toContainText("with Lee Wong is scheduled");

  await signInAs(page, "admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  const rows = page.getByTestId("outbox-message").filter({ hasText: candidate });
  const leeRow = rows.filter({ hasText: REFUSED });
  await expect(async () => {
    await page.reload();
    await expect(leeRow).toContainText("Failed", { timeout: 1_000 });
  }).toPass();
  await expect(leeRow).toContainText("Mailbox unavailable: lee is away");
  const omarRows = rows.filter({ hasText: "omar@levelset.test" });
  await expect(omarRows).toHaveCount(3);
  for (const row of await omarRows.all()) await expect(row).toContainText("Sent");
  // Newest first: the cancellation heads Omar's three; its text opens from the subject.
  await expect(omarRows.first()).toContainText("Cancelled:");
  await omarRows
    .first()
    .getByText(/^Cancelled: /)
    .click();
  await expect(omarRows.first().getByText(/cancelled the Technical depth and code interview/)).toBeVisible();
});
