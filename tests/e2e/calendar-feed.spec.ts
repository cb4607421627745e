import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { signInThroughForm } from "./fixtures";
import { E2E_CALENDAR_FEED, E2E_UPCOMING_INTERVIEWS } from "./upcoming-data";

/**
 * The private calendar feed (issue 12, item 3): Feed Tester (an e2e-only interviewer, scripts/e2e-server.ts) turns it on
 * from the profile, and the address, fetched with no cookies at all as a calendar app fetches it, lists their own
 * interview with the invitations' UID and nobody else's. Regenerating kills the old address; turning it off kills the
 * new one.
 */

const FEED_PATH = /^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/;

/** A feed's VEVENTs, unfolded (RFC 5545 3.1), as property → value. */
function events(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      out.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      current[line.slice(0, colon).split(";")[0] as string] = line.slice(colon + 1);
    }
  }
  return out;
}

/** No serious or critical axe violation (WCAG 2.1 A and AA) on the page as it is now. */
async function expectAccessible(page: Page, name: string) {
  expect(await seriousViolations(page), `${name}: accessibility violations`).toEqual([]);
}

/** The address shown once after creating or regenerating, as a path on this server (LEVELSET_PUBLIC_URL is its origin). */
async function shownFeedPath(page: Page): Promise<string> {
  const field = page.getByLabel("Your calendar feed address");
  await expect(field).toBeFocused();
  const path = new URL(await field.inputValue()).pathname;
  expect(path).toMatch(FEED_PATH);
  return path;
}

test("a person turns on their calendar feed, subscribes without cookies, regenerates it and turns it off", async ({ browser, baseURL }) => {
  test.slow();
  const context = await browser.newContext({ baseURL, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await signInThroughForm(page, E2E_CALENDAR_FEED.interviewer);
  // A calendar app: no cookies, no session, nothing but the address.
  const calendarApp: APIRequestContext = await playwrightRequest.newContext({ baseURL });
  expect(await (await calendarApp.get("/api/auth/session")).json()).toBeNull();

  // The interview the feed must list, and its kit link as the home page gives it.
  await page.goto("/");
  const kitLink = page.getByRole("region", { name: "My interviews" }).getByRole("link", { name: new RegExp(E2E_CALENDAR_FEED.candidate) });
  const kitPath = (await kitLink.getAttribute("href")) ?? "";
  const interviewId = /^\/interviews\/([0-9a-f-]{36})$/.exec(kitPath)?.[1];
  expect(interviewId, `the kit link ${kitPath}`).toBeTruthy();

  await page.goto("/profile");
  const section = page.getByRole("region", { name: "Calendar feed" });
  await expect(section.getByTestId("calendar-feed-status")).toContainText("Subscribe to your interviews");
  await section.getByRole("button", { name: "Create calendar feed" }).click();
  await expect(section.getByTestId("calendar-feed-message")).toContainText("Your calendar feed is on.");
  const first = await shownFeedPath(page);
  await expect(section).toContainText("Shown this once");
  await expect(section.getByRole("heading", { name: "Google Calendar" })).toBeVisible();
  await expect(section).toContainText("From URL");
  await expect(section.getByRole("heading", { name: "Outlook" })).toBeVisible();
  await expect(section).toContainText("Subscribe from web");
  await section.getByRole("button", { name: "Copy" }).click();
  await expect(section).toContainText("Copied. Paste it into your calendar app.");
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(first);
  await expectAccessible(page, "profile with a new feed address");

  // The feed: text/calendar, the person's one interview with the invitation's UID, their zone, nobody else's interviews.
  const feed = await calendarApp.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(feed.headers()["cache-control"]).toBe("private, no-store");
  const ics = await feed.text();
  expect(ics).toContain(`X-WR-CALNAME:Levelset interviews: ${E2E_CALENDAR_FEED.interviewer.name}`);
  expect(ics).toContain(`X-WR-TIMEZONE:${E2E_CALENDAR_FEED.timeZone}`);
  const listed = events(ics);
  expect(listed).toHaveLength(1);
  const [event] = listed;
  // TEXT values escape commas (RFC 5545 3.3.11).
  const escaped = (t: string) => t.replace(/[,;\\]/g, (c) => `\\${c}`);
  expect(event?.SUMMARY).toBe(escaped(`Interview: ${E2E_CALENDAR_FEED.candidate}, ${E2E_CALENDAR_FEED.stage} (${E2E_CALENDAR_FEED.role})`));
  expect(event?.UID).toBe(`interview-${interviewId}@levelset`);
  expect(event?.UID).toMatch(/^interview-[0-9a-f-]{36}@levelset$/);
  expect(new URL(event?.URL ?? "").pathname).toBe(kitPath);
  expect(event?.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
  for (const other of E2E_UPCOMING_INTERVIEWS) expect(ics).not.toContain(other.candidate);
  expect((await calendarApp.head(first)).status()).toBe(200);

  // After a reload the address cannot be shown again: only that the feed exists, and since when.
  await page.reload();
  await expect(section.getByTestId("calendar-feed-status")).toContainText("Your calendar feed is on. Its current address was made");
  await expect(section.getByTestId("calendar-feed-status")).toContainText("shown only right after it is made");
  await expect(page.getByLabel("Your calendar feed address")).toHaveCount(0);
  expect(await page.content()).not.toContain(first);

  // Regenerate asks first; Escape leaves everything as it was.
  await section.getByRole("button", { name: "Regenerate address…" }).click();
  const regenerate = page.getByRole("dialog", { name: "Make a new calendar feed address?" });
  await expect(regenerate).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(regenerate).toBeHidden();
  await expect(section.getByRole("button", { name: "Regenerate address…" })).toBeFocused();
  expect((await calendarApp.get(first)).status()).toBe(200);
  await section.getByRole("button", { name: "Regenerate address…" }).click();
  await expectAccessible(page, "the regenerate dialog");
  await regenerate.getByRole("button", { name: "Regenerate address" }).click();
  await expect(section.getByTestId("calendar-feed-message")).toContainText("The old one no longer works");
  const second = await shownFeedPath(page);
  expect(second).not.toBe(first);
  const old = await calendarApp.get(first);
  expect(old.status()).toBe(404);
  expect(await old.text()).not.toContain("BEGIN:VCALENDAR");
  expect((await calendarApp.head(first)).status()).toBe(404);
  const fresh = await calendarApp.get(second);
  expect(fresh.status()).toBe(200);
  expect(events(await fresh.text()).map((e) => e.UID)).toEqual([`interview-${interviewId}@levelset`]);

  // Readable on a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, "profile with a new feed address at 390 px");
  await page.setViewportSize({ width: 1280, height: 800 });

  // Turning it off asks too, and then the address answers 404.
  await section.getByRole("button", { name: "Turn off calendar feed…" }).click();
  const revoke = page.getByRole("dialog", { name: "Turn off your calendar feed?" });
  await revoke.getByRole("button", { name: "Turn off calendar feed" }).click();
  await expect(section.getByTestId("calendar-feed-message")).toContainText("Your calendar feed is off.");
  await expect(section.getByTestId("calendar-feed-message").locator("..")).toBeFocused();
  expect((await calendarApp.get(second)).status()).toBe(404);
  await expect(section.getByRole("button", { name: "Create calendar feed" })).toBeVisible();
  await page.reload();
  await expect(section.getByTestId("calendar-feed-status")).toContainText("Subscribe to your interviews");

  await calendarApp.dispose();
  await context.close();
});
