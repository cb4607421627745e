/**
 * Nothing typed is lost: offline and closed tabs, saves the server rejects, two tabs on one scorecard.
 *
 * Demo interviews used (each test keeps to its own; specs run in parallel on one database):
 * - Elena Rossi / Lee (a draft exists): offline, close the page, come back.
 * - Elena Rossi / Hugo (upcoming, no scorecard): saves the server rejects.
 * - Grace Kim / Omar (upcoming, no scorecard): two pages, one scorecard (conflict).
 * None of these tests submits.
 */
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures";
import { openMyInterview, saveStatus, section } from "./interviews-helpers";

test("typing offline, closing the page and coming back restores everything typed", async ({ page, context }) => {
  await signInAs(page, "lee");
  const interviewId = await openMyInterview(page, "Elena Rossi");
  // Lee's draft from the demo is on the server.
  await expect(section(page, "Technical depth").getByRole("textbox", { name: /Evidence/ })).toHaveValue("Very fast on the exercise; good tests.");

  const execution = section(page, "Execution and delivery").getByRole("textbox", { name: /Evidence/ });
  await execution.fill("Cut the project into four increments; typed while online.");
  await expect(saveStatus(page)).toHaveText(/Saved/);

  await context.setOffline(true);
  await expect(saveStatus(page)).toHaveText("Offline — changes kept in this browser");
  // Offline emulation ends with the page, so the last keepalive attempt sent on close could still reach the
  // server; a network that is really down loses it, so this page's keepalive requests fail like the rest.
  await page.evaluate(() => {
    const send = window.fetch.bind(window);
    window.fetch = (input, init) => (init?.keepalive ? Promise.reject(new TypeError("Failed to fetch")) : send(input, init));
  });
  const quality = section(page, "Code quality and engineering excellence");
  await quality.getByRole("radio", { name: /^1/ }).focus();
  await page.keyboard.press("1");
  await quality.getByRole("textbox", { name: /Evidence/ }).fill("Typed while offline: reviews focus on naming more than safety.");
  await execution.fill("Cut the project into four increments; typed while online, then edited offline.");
  // The browser copy holds the offline edit (what the restore below needs), and the save still cannot go.
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).join("\n"))).toContain("then edited offline");
  await expect(saveStatus(page)).toHaveText("Offline — changes kept in this browser");
  await page.close();

  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(`/interviews/${interviewId}`);
  await expect(again.getByTestId("restore-notice")).toContainText(/Restored your unsaved changes from this browser \(saved \d{1,2}:\d{2}/);
  await expect(section(again, "Execution and delivery").getByRole("textbox", { name: /Evidence/ })).toHaveValue(
    "Cut the project into four increments; typed while online, then edited offline.",
  );
  await expect(section(again, "Code quality and engineering excellence").getByRole("textbox", { name: /Evidence/ })).toHaveValue(
    "Typed while offline: reviews focus on naming more than safety.",
  );
  await expect(section(again, "Code quality and engineering excellence").getByRole("radio", { name: /^1/ })).toBeChecked();
  await expect(section(again, "Technical depth").getByRole("textbox", { name: /Evidence/ })).toHaveValue("Very fast on the exercise; good tests.");

  // The restored copy goes to the server; a fresh load shows it with no notice.
  await expect(saveStatus(again)).toHaveText(/Saved/);
  await again.reload();
  await expect(again.getByTestId("restore-notice")).toBeHidden();
  await expect(section(again, "Code quality and engineering excellence").getByRole("textbox", { name: /Evidence/ })).toHaveValue(
    "Typed while offline: reviews focus on naming more than safety.",
  );
});

test("a save the server rejects keeps the text on screen with the error", async ({ page }) => {
  await signInAs(page, "hiringManager");
  const interviewId = await openMyInterview(page, "Elena Rossi");
  const evidence = section(page, "Scope and impact").getByRole("textbox", { name: /Evidence/ });

  // Over the 5,000-character limit: the server refuses the draft and says which section.
  const tooLong = `Sets quarterly goals with finance. ${"x".repeat(5000)}`;
  await evidence.fill(tooLong);
  await expect(page.getByTestId("save-error")).toContainText(
    `Scope and impact: the evidence is ${tooLong.length.toLocaleString("en-US")} characters; shorten it to 5,000 or fewer.`,
  );
  await expect(saveStatus(page)).toHaveText("Not saved — changes kept in this browser");
  await expect(evidence).toHaveValue(tooLong);
  await expect(evidence).toHaveAttribute("aria-invalid", "true");

  await evidence.fill("Sets quarterly goals with finance.");
  await expect(saveStatus(page)).toHaveText(/Saved/);
  await expect(page.getByTestId("save-error")).toBeHidden();

  // A failure on the server's side: the text stays, the error shows, the next change retries.
  await page.route(`**/api/interviews/${interviewId}/scorecard-draft`, (route) =>
    route.fulfill({
      status: 500,
      contentType: "application/json",
      body: JSON.stringify({
        ok: false,
        code: "internal",
        message: "Something went wrong on our side and the draft was not saved. It is kept in this browser.",
      }),
    }),
  );
  await evidence.fill("Sets quarterly goals with finance; tracks them on one dashboard.");
  await expect(page.getByTestId("save-error")).toContainText("Something went wrong on our side");
  await expect(evidence).toHaveValue("Sets quarterly goals with finance; tracks them on one dashboard.");
  await page.unrouteAll({ behavior: "wait" });
  await evidence.press("End");
  await page.keyboard.type(" Reviewed monthly.");
  await expect(saveStatus(page)).toHaveText(/Saved/);
  await page.reload();
  await expect(section(page, "Scope and impact").getByRole("textbox", { name: /Evidence/ })).toHaveValue(
    "Sets quarterly goals with finance; tracks them on one dashboard. Reviewed monthly.",
  );
});

test("two pages on one scorecard: the stale save gets a conflict and a reload, never an overwrite", async ({ context }) => {
  const first = await context.newPage();
  await signInAs(first, "omar");
  const interviewId = await openMyInterview(first, "Grace Kim");
  const second = await context.newPage();
  await second.goto(`/interviews/${interviewId}`);
  await expect(saveStatus(second)).toHaveAttribute("data-state", "idle");

  const evidenceIn = (page: typeof first) => section(page, "Technical depth").getByRole("textbox", { name: /Evidence/ });
  await evidenceIn(first).fill("From the first page: strong systems programming.");
  await expect(saveStatus(first)).toHaveText(/Saved/);

  await evidenceIn(second).fill("From the second page: typed without seeing the first.");
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toContainText("This scorecard was changed in another tab or window.");
  await expect(conflict).toContainText("Reload to see the latest version");
  await expect(saveStatus(second)).toHaveText("Not saved — changed elsewhere");
  await expect(evidenceIn(second)).toHaveValue("From the second page: typed without seeing the first.");
  await expect(second.getByRole("button", { name: "Submit scorecard" })).toBeDisabled();

  // The first page's text is what the server holds.
  const stored = await first.request.get(`/interviews/${interviewId}`);
  expect(await stored.text()).toContain("From the first page: strong systems programming.");

  await conflict.getByRole("button", { name: "Reload" }).click();
  await expect(evidenceIn(second)).toHaveValue("From the first page: strong systems programming.");
  await expect(second.getByTestId("conflict-stash")).toContainText("Your text from the other copy");
  await expect(second.getByRole("textbox", { name: /Your text from the other copy/ })).toHaveValue(
    /From the second page: typed without seeing the first\./,
  );
  await expect(saveStatus(second)).toHaveText(/Saved/);

  // After the reload the second page saves normally on top of the latest revision.
  await evidenceIn(second).fill("From the first page: strong systems programming. Confirmed in the second tab.");
  await expect(saveStatus(second)).toHaveText(/Saved/);
});
