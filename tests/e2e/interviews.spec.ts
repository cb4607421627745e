/**
 * Interviewer journeys: my interviews, the kit, the scorecard by keyboard, submit, amend, phone and print.
 *
 * Demo interviews used (each test keeps to its own, since specs run in parallel on one database):
 * - Nora Lind / Sam (two hours ago, added by scripts/e2e-server.ts): the full journey — kit, keyboard
 *   ratings, a red flag that contradicts the Staff call (warning, note, server refusal without it), submit, amend;
 *   Hugo then reads the note on Nora's debrief; then Elena Rossi / Sam (upcoming), whose submit is refused.
 * - Elena Rossi / Priya (overdue): read-only — the list, the phone tabs and the print view.
 * - Oskar Holm / Lee (two hours ago, added by scripts/e2e-server.ts): marked "did not take place".
 * - Pia Sund / Omar (two hours ago, added by scripts/e2e-server.ts): the recruiter marks it so from the application page.
 * - Upcoming Tester's four upcoming interviews (added by scripts/e2e-server.ts): soonest first, by day, in Tokyo.
 * Other specs: interviews-recovery.spec.ts (Elena/Lee, Elena/Hugo, Grace/Omar),
 * interviews-blind.spec.ts (Grace/Maya, Grace/Priya, Grace/Helen).
 */
import { expect, test } from "@playwright/test";
import { E2E_UPCOMING_INTERVIEWS } from "./upcoming-data";
import { newSignedInPage, signInAs, signInThroughForm } from "./fixtures";
import { actionPayload, captureServerAction, openMyInterview, replayServerAction, saveStatus, section } from "./interviews-helpers";

test("my interviews: overdue first, then the rest by state, newest first", async ({ page }) => {
  await signInAs(page, "interviewer");
  await page.goto("/interviews");
  const overdue = page.getByRole("region", { name: "Overdue" });
  await expect(overdue).toContainText("Elena Rossi");
  await expect(overdue.getByRole("link", { name: /Elena Rossi/ })).toContainText("Overdue");
  const submitted = page.getByRole("region", { name: "Submitted" });
  const names = await submitted.getByRole("link").allInnerTexts();
  expect(names.some((n) => n.includes("Alice Chen"))).toBe(true);
  // Ines Moreau's interview was 20 days ago, Alice's and Chloe's 6: the oldest comes last.
  expect(names.at(-1)).toContain("Ines Moreau");
});

test("upcoming interviews come soonest first, under Today, Tomorrow and Later in the reader's own zone", async ({ browser, baseURL }) => {
  // Tokyo is UTC+9: the day boundaries differ from the server's UTC, so a server-zone grouping would show up here.
  const zone = "Asia/Tokyo";
  const context = await browser.newContext({ baseURL, timezoneId: zone });
  const page = await context.newPage();
  await signInThroughForm(page, { email: "upcoming@levelset.test", name: "Upcoming Tester" });

  // What each group should hold, worked out here from Tokyo's calendar dates (not by the app's code).
  const tokyoDate = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: zone });
  const started = Date.now();
  const today = tokyoDate(new Date(started));
  const tomorrow = tokyoDate(new Date(Date.parse(`${today}T12:00:00+09:00`) + 24 * 3_600_000));
  const soonestFirst = [...E2E_UPCOMING_INTERVIEWS].sort((a, b) => a.minutesFromNow - b.minutesFromNow);
  // The interviews were placed relative to the server's start, a few minutes before now; allow for that.
  const groupOf = (minutes: number) => {
    const day = tokyoDate(new Date(started + minutes * 60_000));
    return day === today ? "Today" : day === tomorrow ? "Tomorrow" : "Later";
  };

  for (const where of ["/interviews", "/"]) {
    await page.goto(where);
    const region = page.getByRole("region", { name: where === "/" ? "My interviews" : "Upcoming" });
    const links = region.getByRole("link");
    await expect(links).toHaveCount(E2E_UPCOMING_INTERVIEWS.length);
    // Soonest first across the groups.
    const texts = await links.allInnerTexts();
    expect(texts.map((t) => soonestFirst.findIndex((u) => t.includes(u.candidate)))).toEqual([0, 1, 2, 3]);
    // Each under its own day, in the browser's zone.
    for (const u of soonestFirst) {
      const group = groupOf(u.minutesFromNow);
      await expect(region.getByRole("region", { name: group }).getByRole("link", { name: new RegExp(u.candidate) })).toBeVisible();
    }
    // The nearest reads as minutes away, the one four days out as days.
    await expect(region.getByRole("link", { name: /Ulf Soon/ }).getByTestId("relative-time")).toHaveText(/^\(in \d+ minutes?\)$/);
    await expect(region.getByRole("link", { name: /Uma Later/ }).getByTestId("relative-time")).toHaveText(/^\(in [34] days\)$/);
  }
  await context.close();
});

test("interviewer journey: read the kit, rate every section by keyboard, raise a red flag, submit despite it with a note, amend; the debrief shows the note", async ({
  page,
  browser,
}) => {
  await signInAs(page, "sam");
  await page.goto("/interviews");
  await expect(page.getByRole("region", { name: "Upcoming" })).toContainText("Elena Rossi");
  const interviewId = await openMyInterview(page, "Nora Lind");

  // The kit: candidate and role, focus sections with level signals, chosen questions with answers, red flags.
  await expect(page.getByText("Cross-team leadership · Backend Engineer, Payments")).toBeVisible();
  // The tab's title names the candidate and the stage (from the same kit the page reads, once per request).
  await expect(page).toHaveTitle("Nora Lind · Cross-team leadership · Levelset");
  const kit = page.getByRole("article", { name: "Interview kit" });
  for (const name of ["Scope and impact", "Cross-team influence", "Leadership without authority"]) {
    await expect(kit.getByRole("heading", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  // On a laptop the kit is a scroll box of its own: it takes focus, and the keyboard scrolls it.
  const kitPanel = page.getByRole("tabpanel", { name: "Kit" });
  await kitPanel.focus();
  await expect(kitPanel).toBeFocused();
  await page.keyboard.press("PageDown");
  await expect.poll(() => kitPanel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await kitPanel.evaluate((el) => el.scrollTo(0, 0));
  await expect(kit.getByText("Senior signal").first()).toBeVisible();
  await expect(kit.getByText("Staff signal").first()).toBeVisible();
  await expect(kit.getByText(/^Q1\./).first()).toBeVisible();
  await expect(kit.getByRole("heading", { name: "Red flags to watch" })).toBeVisible();
  await expect(kit).toContainText("Documents nobody adopted");

  await expect(saveStatus(page)).toHaveAttribute("data-state", "idle");

  // Keyboard only from here: focus the first rating, then keys.
  await section(page, "Scope and impact").getByRole("radio").first().focus();
  await page.keyboard.press("2");
  await expect(section(page, "Scope and impact").getByRole("radio", { name: /^2/ })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(section(page, "Scope and impact").getByRole("textbox", { name: /Evidence/ })).toBeFocused();
  await page.keyboard.type("Owned payments reliability for a year; failed payouts down 40%.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(section(page, "Scope and impact").getByRole("radio", { name: "Org" })).toBeChecked();

  await page.keyboard.press("Alt+ArrowDown");
  await expect(section(page, "Cross-team influence").getByRole("radio").first()).toBeFocused();
  await page.keyboard.press("1");
  await expect(section(page, "Cross-team influence").getByRole("radio", { name: /^1/ })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Aligned two teams on a retry library.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await expect(section(page, "Cross-team influence").getByRole("radio", { name: "Multi-team" })).toBeChecked();

  // j/k move between sections outside text fields; n marks a section not assessed.
  await page.keyboard.press("j");
  await expect(section(page, "Leadership without authority").getByRole("radio").first()).toBeFocused();
  await page.keyboard.press("n");
  await expect(section(page, "Leadership without authority").getByRole("radio", { name: /Not assessed/ })).toBeChecked();
  await page.keyboard.press("k");
  await expect(section(page, "Cross-team influence").getByRole("radio", { name: /^1/ })).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("0");
  await expect(section(page, "Leadership without authority").getByRole("radio", { name: /^0/ })).toBeChecked();
  await page.keyboard.press("n");

  // Items observed: the summary opens with Enter, boxes tick with Space.
  const items = section(page, "Scope and impact").locator("summary");
  await items.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(items).toContainText("1 of");

  // A red flag with its note.
  await page.getByRole("checkbox", { name: /Documents nobody adopted/ }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: /Note on Documents nobody adopted/ })).toBeFocused();
  await page.keyboard.type("The RFC they cited was never adopted outside their team.");

  // Submitting too early names what is missing.
  await page.getByRole("button", { name: "Submit scorecard" }).focus();
  await page.keyboard.press("Enter");
  const problems = page.getByTestId("form-errors");
  await expect(problems).toContainText("Choose an overall level recommendation");
  await expect(problems).toContainText("Choose how confident you are");

  await page.getByRole("radio", { name: "Staff", exact: true }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("radio", { name: "Medium", exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(problems).toBeHidden();
  await expect(saveStatus(page)).toHaveText(/Saved/);

  // Staff with a caps-at-Senior flag contradicts itself: the submit warns first, and focus moves to the warning.
  const submitButton = page.getByRole("button", { name: "Submit scorecard" });
  await submitButton.focus();
  await page.keyboard.press("Enter");
  const warning = page.getByTestId("contradiction-warning");
  await expect(warning).toBeFocused();
  await expect(warning).toHaveAttribute("role", "alert");
  await expect(warning).toContainText("You recommend Staff, but you raised “Documents nobody adopted”, which caps the level at Senior.");
  const note = warning.getByRole("textbox", { name: "Why both hold" });
  await page.keyboard.press("Tab");
  await expect(note).toBeFocused();
  await page.keyboard.type("Because");
  // "Change the scorecard" goes back to the recommendation with everything kept, the note included.
  await warning.getByRole("button", { name: "Change the scorecard" }).focus();
  await page.keyboard.press("Enter");
  await expect(warning).toBeHidden();
  const staff = page.getByRole("radio", { name: "Staff", exact: true });
  await expect(staff).toBeFocused();
  await expect(staff).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Documents nobody adopted/ })).toBeChecked();
  await expect(section(page, "Scope and impact").getByRole("textbox", { name: /Evidence/ })).toHaveValue(
    "Owned payments reliability for a year; failed payouts down 40%.",
  );
  await expect(page.getByRole("heading", { name: "Your scorecard", exact: true })).toBeVisible();

  // Submitting again warns again; the note is still there, and one too short is refused in the panel.
  await submitButton.focus();
  await page.keyboard.press("Enter");
  await expect(warning).toBeFocused();
  await expect(note).toHaveValue("Because");
  await warning.getByRole("button", { name: "Submit with this note" }).click();
  await expect(warning).toContainText("say in a note why both hold (at least 10 characters)");
  await expect(note).toBeFocused();
  await expect(note).toHaveAttribute("aria-invalid", "true");

  // The server refuses a contradictory submit that arrives without its note (as a hand-made request would), and
  // the form shows its answer in the panel.
  const noteText = "The RFC was one example; the payouts work itself was adopted by three teams.";
  await note.fill(noteText);
  let stripped = false;
  await page.route(
    () => true,
    async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.headers()["next-action"] || stripped) return route.fallback();
      const args = JSON.parse(request.postData() ?? "[]") as unknown[];
      const { contradictionNote: _dropped, ...rest } = actionPayload(args);
      stripped = true;
      return route.fallback({ postData: JSON.stringify([args[0], rest]) });
    },
  );
  await warning.getByRole("button", { name: "Submit with this note" }).click();
  await expect(warning).toContainText(
    "You recommend Staff, but you raised “Documents nobody adopted”, which caps the level at Senior. Change the recommendation or the flag, or say in a note why both hold",
  );
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await page.unrouteAll({ behavior: "wait" });
  expect(stripped).toBe(true);
  await expect(page.getByRole("heading", { name: "Your scorecard", exact: true })).toBeVisible();
  await expect(note).toHaveValue(noteText);

  const submit = await captureServerAction(page, () => warning.getByRole("button", { name: "Submit with this note" }).click(), { block: false });
  expect(actionPayload(JSON.parse(submit.body) as unknown[]).contradictionNote).toBe(noteText);
  const locked = page.getByTestId("locked-scorecard");
  await expect(locked).toContainText("failed payouts down 40%");
  await expect(locked).toContainText("Not assessed");
  await expect(locked).toContainText("Documents nobody adopted");
  await expect(page.getByRole("heading", { name: "Your scorecard (submitted)" })).toBeVisible();
  await expect(page.getByTestId("own-contradiction-note")).toContainText(noteText);

  // Submit locks: the same submit again, and an autosave, are refused by the server.
  const again = await replayServerAction(page, submit, (args) => args);
  expect(again).toContain("already submitted");
  expect(again).not.toContain('"ok":true');
  const submitted = actionPayload(JSON.parse(submit.body) as unknown[]);
  const draft = await page.request.put(`/api/interviews/${interviewId}/scorecard-draft`, {
    data: { baseRevision: (submitted.baseRevision as number) + 1, content: submitted.content },
  });
  expect(draft.status()).toBe(409);
  expect(((await draft.json()) as { message: string }).message).toMatch(/already submitted/);

  // Amend: a reason is required; the original stays readable.
  await page.getByRole("button", { name: "Amend" }).focus();
  await page.keyboard.press("Enter");
  // Focus moves to the amendment notice, at the top of the form it opened.
  await expect(page.getByTestId("amend-notice")).toBeFocused();
  const evidence = section(page, "Scope and impact").getByRole("textbox", { name: /Evidence/ });
  await expect(evidence).toHaveValue("Owned payments reliability for a year; failed payouts down 40%.");
  await evidence.fill("Owned payments reliability for a year; failed payouts down 40%, measured monthly with finance.");
  await page.getByRole("textbox", { name: "Reason for the amendment" }).fill("typo");
  await page.getByRole("button", { name: "Save amendment" }).click();
  await expect(page.getByTestId("form-errors")).toContainText("at least 10 characters");
  await page.getByRole("textbox", { name: "Reason for the amendment" }).fill("Added how the payout metric was measured.");
  await page.getByRole("button", { name: "Save amendment" }).click();
  // Still Staff with the same flag: the amendment warns too, starting from the note already on record.
  await expect(warning).toBeFocused();
  await expect(note).toHaveValue(noteText);
  await warning.getByRole("button", { name: "Save the amendment with this note" }).click();

  await expect(locked).toContainText("measured monthly with finance");
  // Closing the amendment returns focus to the button that opened it.
  await expect(page.getByRole("button", { name: "Amend" })).toBeFocused();
  const history = page.getByRole("region", { name: "Amendment history" });
  await expect(history).toContainText("Added how the payout metric was measured.");
  await expect(history).toContainText("Sam Okoro");
  const original = page.getByTestId("original-scorecard");
  await original.locator("summary").click();
  await expect(original).toContainText("failed payouts down 40%.");
  await expect(original).not.toContainText("measured monthly");

  // A copy to keep, named for a person (not "Scorecard as JSON"), downloaded as a file.
  await expect(page.getByTestId("scorecard-json-link")).toHaveText("Download a copy of my scorecard");
  await expect(page.getByTestId("scorecard-json-link")).toHaveAttribute("download", /^scorecard-.+\.json$/);
  const json = await page.request.get((await page.getByTestId("scorecard-json-link").getAttribute("href")) ?? "");
  expect(json.status()).toBe(200);
  const body = (await json.json()) as { scorecard: { status: string; amendments: { reason: string }[] } };
  expect(body.scorecard.status).toBe("submitted");
  expect(body.scorecard.amendments.map((a) => a.reason)).toEqual(["Added how the payout metric was measured."]);
  // Nobody else had submitted on Nora's panel, so the amendment is not marked as made after reading it.
  await expect(history.getByTestId("after-panel")).toHaveCount(0);

  // No placeholder submit: the same submit for Sam's upcoming interview (same stage) is refused, naming its start.
  const upcomingId = await openMyInterview(page, "Elena Rossi");
  const early = await replayServerAction(page, submit, (args) => [args[0], { ...actionPayload(args), interviewId: upcomingId, baseRevision: 0 }]);
  expect(early).toMatch(/This interview starts at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC; submit it after the interview/);
  await page.reload();
  await expect(page.getByRole("button", { name: "Submit scorecard" })).toBeVisible();

  // The hiring manager's debrief shows the note beside Sam's scorecard, and the history has the submission.
  const hm = await newSignedInPage(browser, "hiringManager");
  await hm.goto("/");
  const roleHref = await hm.getByRole("link", { name: "Backend Engineer, Payments", exact: true }).first().getAttribute("href");
  await hm.goto(`${roleHref}/analytics`);
  await hm.getByRole("region", { name: "Applications", exact: true }).getByRole("link", { name: "Nora Lind" }).click();
  await expect(hm).toHaveURL(/\/applications\/[\w-]+\/debrief$/);
  const notes = hm.getByTestId("contradiction-notes");
  await expect(notes).toContainText(
    "Sam Okoro (Cross-team leadership) submitted despite: recommends Staff but raised “Documents nobody adopted”, which caps the level at Senior.",
  );
  await expect(notes).toContainText(`Note: ${noteText}`);
  await hm.getByRole("link", { name: "Submitted despite a contradiction" }).click();
  await expect(hm).toHaveURL(/#contradiction-/);
  await hm.close();
});

test("an interview that did not take place is marked so with a reason, leaves my list and is audited", async ({ page, browser }) => {
  await signInAs(page, "lee");
  const interviewId = await openMyInterview(page, "Oskar Holm");
  const form = page.getByTestId("not-held");
  await form.locator("summary").click();
  await form.getByRole("textbox", { name: "Why not?" }).fill("sick");
  await form.getByRole("button", { name: "Mark as not held" }).click();
  await expect(page.getByTestId("not-held-error")).toContainText("at least 10 characters");
  await form.getByRole("textbox", { name: "Why not?" }).fill("The candidate could not join: no connection on their side.");
  await form.getByRole("button", { name: "Mark as not held" }).click();
  await expect(page).toHaveURL(/\/interviews\?notHeld=1$/);
  await expect(page.getByTestId("not-held-message")).toContainText("marked as not held");
  await expect(page.getByRole("link", { name: /Oskar Holm/ })).toHaveCount(0);
  expect((await page.goto(`/interviews/${interviewId}`))?.status()).toBe(404);

  const admin = await newSignedInPage(browser, "admin");
  await admin.goto("/audit?q=Oskar");
  await expect(admin.locator("main")).toContainText("as not held: The candidate could not join: no connection on their side.");
  await admin.context().close();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("kit and scorecard are tabs, the page fits, and printing shows the kit alone", async ({ page }) => {
    await signInAs(page, "interviewer");
    await page.goto("/interviews");
    await page
      .getByRole("region", { name: "Overdue" })
      .getByRole("link", { name: /Elena Rossi/ })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Elena Rossi" })).toBeVisible();

    const kitTab = page.getByRole("tab", { name: "Kit" });
    const scorecardTab = page.getByRole("tab", { name: "Scorecard" });
    const kit = page.getByRole("article", { name: "Interview kit" });
    const form = page.getByRole("form", { name: "Scorecard" });
    // The interview is over: the scorecard comes first.
    await expect(scorecardTab).toHaveAttribute("aria-selected", "true");
    await expect(form).toBeVisible();
    await expect(kit).toBeHidden();
    await kitTab.click();
    await expect(kit).toBeVisible();
    await expect(form).toBeHidden();
    await page.keyboard.press("ArrowRight");
    await expect(form).toBeVisible();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.emulateMedia({ media: "print" });
    await expect(kit).toBeVisible();
    await expect(form).toBeHidden();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
    await expect(page.getByRole("tab", { name: "Kit" })).toBeHidden();
  });
});

test("a recruiter marks an interview that did not take place from the application page; it leaves the interviewer's list", async ({
  page,
  browser,
}) => {
  await signInAs(page, "recruiter");
  await page.goto("/roles");
  await page.getByRole("main").getByRole("link", { name: "Backend Engineer, Payments" }).first().click();
  await page.getByRole("link", { name: "Pia Sund" }).click();
  const row = page.getByTestId("interview-row").filter({ hasText: "Omar Haddad" });
  const form = row.getByTestId("not-held");
  await form.locator("summary").click();
  const reason = form.getByRole("textbox", { name: "Why not?" });
  await reason.fill("short");
  await form.getByRole("button", { name: "Mark as not held" }).click();
  await expect(form.getByTestId("not-held-error")).toContainText("at least 10 characters");
  await expect(reason).toHaveValue("short");
  await reason.fill("The candidate asked to move it and then withdrew the slot.");
  await form.getByRole("button", { name: "Mark as not held" }).click();
  await expect(row).toContainText("Did not take place");
  await expect(row.getByTestId("not-held")).toHaveCount(0);

  const omar = await newSignedInPage(browser, "omar");
  await omar.goto("/interviews");
  await expect(omar.getByRole("main")).not.toContainText("Pia Sund");
  await omar.context().close();
});
