import { expect, test } from "@playwright/test";
import { E2E_DEACTIVATION } from "./deactivate-data";
import { signInAs, signInThroughForm } from "./fixtures";
import { calendarOf, icsField, inboxWhere, type Received } from "./smtp-inbox";

/**
 * Deactivating a person who has upcoming interviews (issue 11, item 8), with the journey's own people and candidates
 * (tests/e2e/deactivate-data.ts): the person form refuses and points to the hand-over page; the page lists both
 * interviews; a reassignment to someone busy then is refused as a whole, with the choices kept and focus on the
 * message; then one interview is cancelled and the other reassigned. The new interviewer sees it on their home, and
 * the run's SMTP inbox holds the invitation to them and both cancellations to the person who left.
 */

const { leaver, takeover } = E2E_DEACTIVATION;
const [cancelled, reassigned, busy] = E2E_DEACTIVATION.interviews;

/** Waits for a message to `to` about `candidate` whose invitation has `method`, and returns it. */
async function messageFor(to: string, candidate: string, method: "REQUEST" | "CANCEL"): Promise<Received> {
  const find = async () =>
    (await inboxWhere((r) => r.rcpt.includes(to) && (r.mail.subject ?? "").includes(candidate))).find(
      (r) => icsField(calendarOf(r), "METHOD") === method,
    );
  await expect.poll(async () => Boolean(await find()), { message: `a ${method} to ${to} about ${candidate}` }).toBe(true);
  return (await find())!;
}

test("deactivating someone with upcoming interviews: refused on the form, handed over on its page, all or nothing, mailed to both", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await signInAs(page, "admin");
  await page.goto("/people");
  await page.getByRole("link", { name: `Edit ${leaver.name}` }).click();
  await expect(page.getByRole("heading", { name: leaver.name })).toBeVisible();

  // The plain form no longer deactivates silently: it says why and links to the hand-over page.
  await page.getByLabel("Active (can sign in)").uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#active-error")).toHaveText(new RegExp(`^${leaver.name} has 2 upcoming interviews as interviewer\\.`));
  await page.getByRole("link", { name: "Hand over their interviews first" }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}\/deactivate$/);
  await expect(page.getByRole("heading", { name: `Deactivate ${leaver.name}` })).toBeVisible();

  // The list: both interviews with candidate, stage, role and a time in the reader's zone.
  const rows = page.getByTestId("handover-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(cancelled.candidate);
  await expect(rows.nth(0)).toContainText(`${E2E_DEACTIVATION.stage} · ${E2E_DEACTIVATION.role}`);
  await expect(rows.nth(1)).toContainText(reassigned.candidate);
  await expect(rows.nth(0).locator("time")).not.toHaveText(/UTC$/);

  const cancelChoice = page.getByLabel(`Who takes it: ${cancelled.candidate}, ${E2E_DEACTIVATION.stage}`);
  const reassignChoice = page.getByLabel(`Who takes it: ${reassigned.candidate}, ${E2E_DEACTIVATION.stage}`);
  // Reed is busy with Bea Busyslot then, and the list says so; choosing him anyway is refused as a whole.
  await cancelChoice.selectOption({ label: `${takeover.name} · Staff (has another interview then)` });
  await reassignChoice.selectOption({ label: "Cancel the interview (interviewer deactivated)" });
  const submit = page.getByRole("button", { name: `Deactivate ${leaver.name} and hand over 2 interviews` });
  await submit.click();
  // Not getByRole("alert"): Next's route announcer holds that role too.
  const alert = page.getByTestId("deactivate-error");
  await expect(alert).toHaveAttribute("role", "alert");
  await expect(alert).toContainText(
    `${takeover.name} already has an interview with ${busy.candidate} at the time of the ${E2E_DEACTIVATION.stage} interview with ${cancelled.candidate}`,
  );
  await expect(alert).toBeFocused();
  await expect(alert).toHaveAttribute("tabindex", "-1");
  await expect(cancelChoice).toHaveAttribute("aria-invalid", "true");
  // The admin's choices are still there, and nothing was saved.
  await expect(cancelChoice.locator("option:checked")).toHaveText(`${takeover.name} · Staff (has another interview then)`);
  await expect(reassignChoice).toHaveValue("cancel");
  await expect(rows).toHaveCount(2);

  // Readable on a phone: nothing runs off the side.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Fixed by keyboard: Cyrus's interview is cancelled, Rafe's goes to Reed.
  await cancelChoice.focus();
  await cancelChoice.selectOption({ label: "Cancel the interview (interviewer deactivated)" });
  await reassignChoice.selectOption({ label: `${takeover.name} · Staff` });
  await submit.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `${leaver.name} is deactivated.` })).toContainText("1 reassigned, 1 cancelled");
  await expect(page.getByLabel("Active (can sign in)")).not.toBeChecked();

  await page.goto(`/audit?q=${encodeURIComponent(reassigned.candidate)}`);
  await expect(
    page.getByRole("row", {
      name: new RegExp(`Reassigned System design for ${reassigned.candidate} .* from ${leaver.name} to ${takeover.name}: interviewer deactivated`),
    }),
  ).toBeVisible();

  // Reed's home has Rafe's interview as his, upcoming.
  const reedContext = await browser.newContext({ baseURL });
  const reed = await reedContext.newPage();
  await signInThroughForm(reed, takeover);
  const list = reed.getByTestId("interview-day-list");
  await expect(list.getByRole("link", { name: new RegExp(reassigned.candidate) })).toContainText("Upcoming");
  await expect(list).not.toContainText(cancelled.candidate);
  await reedContext.close();

  // Mail: the invitation to Reed and the cancellation to Dana carry the interview's one UID, the invitation's SEQUENCE
  // above the cancellation's; Cyrus's interview is cancelled for Dana too.
  const invitation = await messageFor(takeover.email, reassigned.candidate, "REQUEST");
  const withdrawn = await messageFor(leaver.email, reassigned.candidate, "CANCEL");
  const invite = calendarOf(invitation);
  const cancel = calendarOf(withdrawn);
  expect(icsField(invite, "UID")).toMatch(/^interview-[0-9a-f-]{36}@levelset$/);
  expect(icsField(cancel, "UID")).toBe(icsField(invite, "UID"));
  expect(Number(icsField(invite, "SEQUENCE"))).toBeGreaterThan(Number(icsField(cancel, "SEQUENCE")));
  expect(invite).toContain(takeover.email);
  expect(invite).not.toContain(leaver.email);
  expect(invitation.mail.text).toContain(`It was reassigned to you from ${leaver.name}.`);
  expect(withdrawn.mail.text).toContain("It has been reassigned to another interviewer (interviewer deactivated).");
  const calledOff = await messageFor(leaver.email, cancelled.candidate, "CANCEL");
  expect(calledOff.mail.subject).toMatch(/^Cancelled: /);
  expect(calledOff.mail.text).toContain("Reason: interviewer deactivated.");
  expect(await inboxWhere((r) => r.rcpt.includes(takeover.email) && (r.mail.subject ?? "").includes(cancelled.candidate))).toEqual([]);
});
