import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAs } from "./fixtures";
import { inboxWhere, type Received } from "./smtp-inbox";

/**
 * Joining and recovering (issue 12, item 5), read from the mail that really leaves: the run's real SMTP server listens on
 * loopback (tests/e2e/smtp-inbox.ts), where the production server's SMTP_URL points. An admin adds
 * a person; the invitation arrives, Resend invitation replaces its link, the new link sets a password and signs in,
 * and then no longer works. "Forgot password?": an unknown email gets the same answer and no mail; a known one gets
 * a link that sets a new password, signs in, signs the person's other session out, and the old password stops working.
 * Everyone here is made by the journey itself (unique emails), so no demo person's session or password changes.
 */

const run = Date.now().toString(36);

/** Waits for the `count`th message to `to` with this subject, and returns all of them so far, oldest first. */
async function messagesTo(to: string, subject: string, count: number): Promise<Received[]> {
  const mine = () => inboxWhere((r) => r.rcpt.includes(to) && r.mail.subject === subject);
  await expect
    .poll(async () => (await mine()).length, { message: `${count} “${subject}” message(s) to ${to}`, timeout: 60_000 })
    .toBeGreaterThanOrEqual(count);
  return mine();
}

const INVITATION = "You're invited to Levelset: set your password";
const RESET = "Reset your Levelset password";

/** The link to `path` in a message's plain text, made relative to the server (it is LEVELSET_PUBLIC_URL's origin). */
function linkIn(r: Received, path: "/join/" | "/reset-password/"): string {
  const text = r.mail.text ?? "";
  const match = text.match(new RegExp(`https?://[^\\s]+${path}[A-Za-z0-9_-]{43}`));
  if (!match) throw new Error(`No ${path} link in “${r.mail.subject ?? ""}”:\n${text}`);
  const url = new URL(match[0]);
  // The HTML part carries the same link.
  expect(r.mail.html || "", `the HTML part of “${r.mail.subject ?? ""}” links to ${url.pathname}`).toContain(url.pathname);
  return url.pathname;
}

async function signedOutPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function choosePassword(page: Page, password: string, button: string) {
  await expect(page.getByRole("button", { name: button })).toBeEnabled();
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Type it again").fill(password);
  await page.getByRole("button", { name: button }).click();
}

async function signInWith(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** An admin adds someone through the People page; with `password`, they can sign in straight away. */
async function addPerson(page: Page, person: { name: string; email: string; password?: string }) {
  await signInAs(page, "admin");
  await page.goto("/people/new");
  await expect(page.getByRole("button", { name: "Add person" })).toBeEnabled();
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  if (person.password) await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status")).toHaveText("Person added.");
}

test("an admin adds a person: the invitation arrives, Resend invitation replaces its link, the new link sets a password and signs in, once", async ({
  page,
  browser,
}) => {
  test.slow();
  const person = { name: `Juno Joiner ${run}`, email: `joiner-${run}@levelset.test` };
  await addPerson(page, person);

  const [invitation] = await messagesTo(person.email, INVITATION, 1);
  expect(invitation!.mail.text).toContain(`Your sign-in email is ${person.email}.`);
  // An account message, not a notification: nothing to unsubscribe from.
  expect(invitation!.mail.headers.has("list-unsubscribe")).toBe(false);
  const firstLink = linkIn(invitation!, "/join/");

  // The admin sends a new invitation from the person's page: the earlier link stops working.
  await page.goto("/people");
  await page
    .getByRole("row", { name: new RegExp(person.name) })
    .getByRole("link", { name: `Edit ${person.name}` })
    .click();
  await expect(page.getByTestId("invitation-state")).toContainText("waiting to be used");
  await expect(page.getByRole("button", { name: "Resend invitation" })).toBeEnabled();
  await page.getByRole("button", { name: "Resend invitation" }).click();
  await expect(page.getByTestId("resend-invitation-result")).toContainText(`Sent a new invitation to ${person.email}`);
  const [, resent] = await messagesTo(person.email, INVITATION, 2);
  const link = linkIn(resent!, "/join/");
  expect(link).not.toBe(firstLink);

  const visitor = await signedOutPage(browser);
  await visitor.goto(firstLink);
  await expect(visitor.getByTestId("link-problem")).toContainText("A newer invitation replaced this one");

  await visitor.goto(link);
  await expect(visitor.getByText(`Welcome, ${person.name}.`)).toBeVisible();
  // Refused choices keep what was typed, and say what to do.
  await choosePassword(visitor, "too-short", "Set password and sign in");
  await expect(visitor.getByText("Passwords need at least 12 characters.")).toBeVisible();
  await expect(visitor.getByLabel("New password")).toHaveValue("too-short");
  await visitor.getByLabel("New password").fill("juno-joins-the-panel");
  await visitor.getByLabel("Type it again").fill("juno-joins-the-panel!");
  await visitor.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(visitor.getByText("The two passwords differ. Type the same one twice.")).toBeVisible();
  await expect(visitor.getByLabel("Type it again")).toHaveValue("juno-joins-the-panel!");

  await choosePassword(visitor, "juno-joins-the-panel", "Set password and sign in");
  await expect(visitor.getByTestId("current-user")).toHaveText(person.name);
  await expect(visitor).toHaveURL(/\/$/);

  // The link works once.
  const again = await signedOutPage(browser);
  await again.goto(link);
  await expect(again.getByTestId("link-problem")).toContainText("This invitation was already used");
  await expect(again.getByLabel("New password")).toHaveCount(0);
  // And the password it set is the person's: they sign in with it anywhere.
  await signInWith(again, person.email, "juno-joins-the-panel");
  await expect(again.getByTestId("current-user")).toHaveText(person.name);

  // Joined: the person's page offers no invitation any more.
  await page.reload();
  await expect(page.getByRole("heading", { name: person.name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Resend invitation" })).toHaveCount(0);

  await visitor.context().close();
  await again.context().close();
});

test("forgot password: an unknown email gets the same answer and no mail; a known one gets a link that resets the password and signs the other session out", async ({
  page,
  browser,
}) => {
  test.slow();
  const person = { name: `Remy Reset ${run}`, email: `reset-${run}@levelset.test` };
  const unknown = `nobody-${run}@levelset.test`;
  const oldPassword = "remy-remembered-this";
  const newPassword = "remy-chose-a-new-one";
  await addPerson(page, { ...person, password: oldPassword });

  // Remy is signed in on another device.
  const otherDevice = await signedOutPage(browser);
  await signInWith(otherDevice, person.email, oldPassword);
  await expect(otherDevice.getByTestId("current-user")).toHaveText(person.name);

  // "Forgot password?" from the sign-in page, first for an email no account uses.
  const visitor = await signedOutPage(browser);
  await visitor.goto("/sign-in");
  await visitor.getByRole("link", { name: "Forgot password?" }).click();
  await expect(visitor).toHaveURL(/\/forgot-password$/);
  await expect(visitor.getByRole("button", { name: "Send me a reset link" })).toBeEnabled();
  await visitor.getByLabel("Email").fill("not an email");
  await visitor.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(visitor.getByText("Enter a valid email address, like name@company.com.")).toBeVisible();
  await expect(visitor.getByLabel("Email")).toHaveValue("not an email");

  await visitor.getByLabel("Email").fill(unknown);
  await visitor.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(visitor.getByTestId("forgot-password-sent")).toContainText(`If an active Levelset account uses ${unknown}`);
  const unknownAnswer = await visitor.getByTestId("forgot-password-sent").textContent();

  // Then for Remy's: the same page and the same sentence, with only the email differing.
  await visitor.getByLabel("Email").fill(person.email);
  await visitor.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(visitor.getByTestId("forgot-password-sent")).toContainText(person.email);
  const knownAnswer = await visitor.getByTestId("forgot-password-sent").textContent();
  expect(knownAnswer?.replace(person.email, "<email>")).toBe(unknownAnswer?.replace(unknown, "<email>"));

  const [reset] = await messagesTo(person.email, RESET, 1);
  const link = linkIn(reset!, "/reset-password/");
  // Asked for before Remy's, and Remy's has arrived: the unknown email got nothing.
  expect(await inboxWhere((r) => r.rcpt.includes(unknown))).toEqual([]);

  await visitor.goto(link);
  await expect(visitor.getByText(person.email, { exact: true })).toBeVisible();
  await choosePassword(visitor, "short", "Set new password and sign in");
  await expect(visitor.getByText("Passwords need at least 12 characters.")).toBeVisible();
  await choosePassword(visitor, newPassword, "Set new password and sign in");
  await expect(visitor.getByTestId("current-user")).toHaveText(person.name);

  // The other device's session has ended: its next page is the sign-in page.
  await otherDevice.goto("/");
  await expect(otherDevice).toHaveURL(/\/sign-in/);

  // The old password stops working; the new one works; the link does not work twice.
  const later = await signedOutPage(browser);
  await signInWith(later, person.email, oldPassword);
  await expect(later.getByTestId("sign-in-error")).toHaveText("That email and password don't match an account. Check them and try again.");
  await signInWith(later, person.email, newPassword);
  await expect(later.getByTestId("current-user")).toHaveText(person.name);
  await later.goto(link);
  await expect(later.getByTestId("link-problem")).toContainText("This reset link was already used");

  await otherDevice.context().close();
  await visitor.context().close();
  await later.context().close();
});
