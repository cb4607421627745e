import { expect, test, type Page } from "@playwright/test";
import { signInAs, signInThroughForm } from "./fixtures";
import { formSections, openMyInterview, section } from "./interviews-helpers";
import { acceptMailTo, calendarOf, icsField, inboxWhere, refuseMailTo, type Received } from "./smtp-inbox";
import { E2E_REMINDERS } from "./upcoming-data";

/**
 * Mail that really leaves: the run's real SMTP server listens on loopback (tests/e2e/smtp-inbox.ts), where the
 * production server's SMTP_URL points. The recruiter schedules, moves and cancels an interview; the interviewer's three messages arrive with the calendar invitation
 * (METHOD, UID, DTSTART, SEQUENCE) and the kit link; a recipient the mail server refuses shows as failed in Outbox,
 * with the server's answer, and Retry now sends it once the mailbox is back. Reminders and notices: a scorecard
 * reminder for an interview that ended without its scorecard, its unsubscribe link (no sign-in) turning reminders
 * off, the debrief-ready notice to the hiring manager when the last scorecard is in, and the recruiter's "Remind now"
 * from the home page's to-do. Other journeys' mail may arrive here too: these read only their own candidates'.
 */

// The browser's zone is not UTC, so "DTSTART as entered" also checks the conversion (India has no daylight saving).
test.use({ timezoneId: "Asia/Kolkata" });
// The Retry now journey sends again what the first journey's Lee refused: one worker, in order.
test.describe.configure({ mode: "serial" });

const REFUSED = "lee@levelset.test";
const REFUSAL = "550 5.1.1 Mailbox unavailable: lee is away";
/** The first journey's candidate, whose refused invitation to Lee the Retry now journey sends again. */
const candidate = `Mailwright ${Date.now().toString(36)}`;

// Lee's mailbox refuses mail until the Retry now journey brings it back, as a company's server would.
test.beforeAll(() => refuseMailTo(REFUSED, REFUSAL));
test.afterAll(() => acceptMailTo(REFUSED));

/** Header lines unfolded (a long header continues on lines that start with white space). */
const unfolded = (raw: string) => raw.replace(/\r?\n[ \t]+/g, " ");

/** Waits for the `count`th message to `to` about `candidate`, and returns all of them so far, oldest first. */
async function messagesFor(to: string, candidate: string, count: number): Promise<Received[]> {
  const mine = () => inboxWhere((r) => r.rcpt.includes(to) && (r.mail.subject ?? "").includes(candidate));
  await expect.poll(async () => (await mine()).length, { message: `${count} message(s) to ${to} about ${candidate}` }).toBeGreaterThanOrEqual(count);
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
  expect(icsField(invite, "METHOD")).toBe("REQUEST");
  expect(unfolded(invitation!.raw)).toMatch(/text\/calendar;[^\n]*method=(")?REQUEST/i);
  const uid = icsField(invite, "UID");
  expect(uid).toMatch(/^interview-[0-9a-f-]{36}@levelset$/);
  expect(icsField(invite, "SEQUENCE")).toBe("0");
  expect(icsField(invite, "DTSTART")).toBe(utcStamp(first));
  expect(icsField(invite, "SUMMARY")).toContain(candidate);
  const interviewId = /^interview-(.+)@levelset$/.exec(uid ?? "")?.[1];
  const kitUrl = `${baseURL}/interviews/${interviewId}`;
  expect(icsField(invite, "DESCRIPTION")).toContain(kitUrl);
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
  expect(icsField(updated, "METHOD")).toBe("REQUEST");
  expect(icsField(updated, "UID")).toBe(uid);
  expect(Number(icsField(updated, "SEQUENCE"))).toBeGreaterThan(0);
  expect(icsField(updated, "DTSTART")).toBe(utcStamp(moved));

  // ── Cancelled: METHOD:CANCEL, same UID, higher SEQUENCE still ────────────────────────────────────────────
  await page.getByRole("button", { name: "Cancel Technical depth and code with Omar Haddad" }).click();
  await page.getByRole("button", { name: "Yes, cancel the interview" }).click();
  await expect(page.getByTestId("interview-row")).toContainText("Cancelled");
  const cancellation = (await messagesFor("omar@levelset.test", candidate, 3))[2]!;
  const cancelled = calendarOf(cancellation);
  expect(cancellation.mail.subject).toMatch(/^Cancelled: /);
  expect(icsField(cancelled, "METHOD")).toBe("CANCEL");
  expect(unfolded(cancellation.raw)).toMatch(/text\/calendar;[^\n]*method=(")?CANCEL/i);
  expect(icsField(cancelled, "UID")).toBe(uid);
  expect(Number(icsField(cancelled, "SEQUENCE"))).toBeGreaterThan(Number(icsField(updated, "SEQUENCE")));
  // Exactly three, each once.
  expect(await inboxWhere((r) => r.rcpt.includes("omar@levelset.test") && (r.mail.subject ?? "").includes(candidate))).toHaveLength(3);

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

test("Retry now in Outbox sends a refused message again once the recipient's mailbox is back", async ({ page }) => {
  acceptMailTo(REFUSED);
  await signInAs(page, "admin");
  await page.goto("/outbox");
  const leeRow = page.getByTestId("outbox-message").filter({ hasText: candidate }).filter({ hasText: REFUSED });
  await expect(leeRow).toContainText("Failed");
  // Refused for good: the sender never tries it again by itself, so a second delivery can only come from the button.
  expect(await inboxWhere((r) => r.rcpt.includes(REFUSED) && (r.mail.subject ?? "").includes(candidate))).toHaveLength(0);
  const retry = leeRow.getByRole("button", { name: new RegExp(`^Retry now: .* to ${REFUSED.replace(".", "\\.")}$`) });
  await expect(retry).toBeEnabled();
  await retry.click();
  await expect(leeRow.getByTestId("outbox-retry")).toContainText(`Sending to ${REFUSED} again`);
  const [arrived] = await messagesFor(REFUSED, candidate, 1);
  expect(arrived!.mail.subject).toContain("Technical depth and code");
  await expect(async () => {
    await page.reload();
    await expect(leeRow).toContainText("Sent", { timeout: 1_000 });
  }).toPass();
  await expect(leeRow.getByRole("button", { name: /^Retry now/ })).toHaveCount(0);
});

/** Every focus section rated 1, Senior, medium confidence: enough to submit. */
async function fillMinimalScorecard(page: Page) {
  const sections = await formSections(page);
  await section(page, sections[0]?.name ?? "")
    .getByRole("radio")
    .first()
    .focus();
  for (let i = 0; i < sections.length; i++) {
    await page.keyboard.press("1");
    if (i < sections.length - 1) await page.keyboard.press("Alt+ArrowDown");
  }
  await page.getByRole("radio", { name: "Senior", exact: true }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("radio", { name: "Medium", exact: true }).focus();
  await page.keyboard.press("Space");
}

test("a scorecard reminder arrives for an interview that ended without one; its link turns reminders off without signing in; the last scorecard sends the debrief-ready notice", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const { candidate: rosa, interviewer } = E2E_REMINDERS.scheduled;

  // The sender's first tick wrote the reminder at the server's start, before this file's mail server listened:
  // it may still be waiting for its next attempt, which Retry now brings forward.
  await signInAs(page, "admin");
  await page.goto("/outbox");
  const reminderRow = page.getByTestId("outbox-message").filter({ hasText: `Scorecard due: ${rosa}` });
  await expect(async () => {
    await page.reload();
    await expect(reminderRow).toHaveCount(1, { timeout: 1_000 });
  }).toPass();
  await expect(reminderRow).toContainText(interviewer.email);
  const retry = reminderRow.getByRole("button", { name: /^Retry now/ });
  if ((await retry.count()) > 0) {
    await expect(retry).toBeEnabled();
    await retry.click();
  }

  const [reminder] = await messagesFor(interviewer.email, rosa, 1);
  expect(reminder!.mail.subject).toBe(`Scorecard due: ${rosa}, ${E2E_REMINDERS.stage}`);
  expect(reminder!.mail.text).toContain(`Hi ${interviewer.name},`);
  expect(reminder!.mail.text).toContain("This is reminder 1 of at most 5");
  expect(reminder!.mail.text).toMatch(new RegExp(`${baseURL}/interviews/[0-9a-f-]{36}`));
  // One-click unsubscribe for mail clients (RFC 8058), beside the mailbox.
  const headers = unfolded(reminder!.raw);
  expect(headers).toMatch(new RegExp(`^List-Unsubscribe: <mailto:[^>]+>, <${baseURL}/api/unsubscribe/[^>]+>`, "m"));
  expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  const link = new RegExp(`${baseURL}/unsubscribe/[A-Za-z0-9._~%-]+`).exec(reminder!.mail.text ?? "")?.[0];
  expect(link, "the unsubscribe link in the message's text").toBeTruthy();

  // ── The link opens without signing in; opening it changes nothing, the button turns reminders off ────────
  const visitor = await browser.newContext();
  const outside = await visitor.newPage();
  await outside.goto(link!);
  await expect(outside.getByRole("heading", { level: 1, name: "Turn off scorecard reminders?" })).toBeVisible();
  await outside.reload();
  await expect(outside.getByRole("heading", { level: 1, name: "Turn off scorecard reminders?" })).toBeVisible();
  await outside.getByRole("button", { name: "Turn off scorecard reminders" }).click();
  await expect(outside.getByTestId("unsubscribe-done")).toHaveText("Done: Scorecard reminders are off");

  // ── Their profile shows it off, the other kinds still on ────────────────────────────────────────────────
  await signInThroughForm(outside, interviewer);
  await outside.goto("/profile");
  await expect(outside.getByRole("checkbox", { name: "Scorecard reminders" })).not.toBeChecked();
  await expect(outside.getByRole("checkbox", { name: "Interview invitations and updates" })).toBeChecked();
  await expect(outside.getByRole("checkbox", { name: "Debrief notices" })).toBeChecked();

  // ── The interviewer submits the only scorecard: the role's hiring manager hears the debrief is ready ────
  await openMyInterview(outside, rosa);
  await fillMinimalScorecard(outside);
  await outside.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(outside.getByTestId("locked-scorecard")).toBeVisible();
  await visitor.close();

  const [notice] = await messagesFor("hm@levelset.test", rosa, 1);
  expect(notice!.mail.subject).toBe(`Debrief ready: ${rosa}, Backend Engineer, Payments`);
  expect(notice!.mail.text).toContain(`Every scheduled scorecard for ${rosa} (Backend Engineer, Payments) is in: 1 of 1.`);
  expect(notice!.mail.text).toMatch(new RegExp(`${baseURL}/applications/[0-9a-f-]{36}/debrief`));
  expect(unfolded(notice!.raw)).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  // Reminders are off and the scorecard is in: the interviewer got exactly the one reminder.
  expect(await inboxWhere((r) => r.rcpt.includes(interviewer.email))).toHaveLength(1);
});

test("the recruiter's to-do lists an overdue scorecard; Remind now sends the interviewer a reminder, and not twice within the hour", async ({
  page,
  baseURL,
}) => {
  const { candidate: remy, interviewer } = E2E_REMINDERS.remindNow;
  await signInAs(page, "recruiter");
  const item = page.getByTestId("todo-overdue-item").filter({ hasText: remy });
  await expect(item).toContainText(`${E2E_REMINDERS.stage} with ${interviewer.name}`);
  await expect(item).not.toContainText("reminded");
  const button = item.getByRole("button", { name: `Remind ${interviewer.name} now about ${remy}, ${E2E_REMINDERS.stage}` });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(item.getByTestId("remind-now-message")).toHaveText(`Reminder on its way to ${interviewer.name}.`);

  const [reminder] = await messagesFor(interviewer.email, remy, 1);
  expect(reminder!.mail.subject).toBe(`Scorecard due: ${remy}, ${E2E_REMINDERS.stage}`);
  expect(reminder!.mail.text).toContain("Rita Recruiter asked Levelset to remind you.");
  expect(reminder!.mail.text).toMatch(new RegExp(`${baseURL}/interviews/[0-9a-f-]{36}`));

  // The list now says when they were reminded; a second click within the hour is refused, and no second email leaves.
  await page.reload();
  await expect(item).toContainText("reminded");
  await expect(button).toBeEnabled();
  await button.click();
  await expect(item.getByTestId("remind-now-message")).toContainText(`${interviewer.name} was reminded at`);
  await expect(item.getByTestId("remind-now-message")).toContainText("You can send another from");
  expect(await inboxWhere((r) => r.rcpt.includes(interviewer.email))).toHaveLength(1);
});
