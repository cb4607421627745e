import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "levelset-demo";

export const PEOPLE = {
  admin: { email: "admin@levelset.test", name: "Ada Admin" },
  recruiter: { email: "recruiter@levelset.test", name: "Rita Recruiter" },
  hiringManager: { email: "hm@levelset.test", name: "Hugo Park" },
  otherHiringManager: { email: "helen@levelset.test", name: "Helen Brandt" },
  interviewer: { email: "interviewer@levelset.test", name: "Priya Nair" },
  sam: { email: "sam@levelset.test", name: "Sam Okoro" },
  lee: { email: "lee@levelset.test", name: "Lee Wong" },
  maya: { email: "maya@levelset.test", name: "Maya Cohen" },
  omar: { email: "omar@levelset.test", name: "Omar Haddad" },
} as const;

export type Person = keyof typeof PEOPLE;

/**
 * People only the sign-in journeys use (created by scripts/e2e-server.ts). A journey that signs
 * someone out, or locks them, uses one of these, never a demo person whose stored session every
 * other journey shares.
 */
export const SIGN_IN_ONLY_PEOPLE = {
  signOutPage: { email: "signout-page@levelset.test", name: "Sign-out Page Tester" },
  signOutHeader: { email: "signout-header@levelset.test", name: "Sign-out Header Tester" },
} as const;

/** Where the setup project keeps each person's signed-in browser state for this run (set in playwright.config.ts). */
export function storageStatePath(who: Person): string {
  const dir = process.env.E2E_AUTH_DIR;
  if (!dir) throw new Error("E2E_AUTH_DIR is not set: run the journeys through playwright.config.ts.");
  return path.join(dir, `${who}.json`);
}

/** Signs in through the real form, as a person would, and waits for their home page. For the sign-in journeys and the setup project. */
export async function signInThroughForm(page: Page, person: { email: string; name: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("current-user")).toHaveText(person.name);
}

type StoredState = { cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0] };

/**
 * Makes `page` signed in as `who` with the session the setup project made through the form once
 * this run, then opens their home page. The session is a cookie, so this is what a returning
 * visitor has: the server checks it on every request exactly as after a fresh sign-in.
 */
export async function signInAs(page: Page, who: Person) {
  const state = JSON.parse(fs.readFileSync(storageStatePath(who), "utf8")) as StoredState;
  await page.context().clearCookies();
  await page.context().addCookies(state.cookies);
  await page.goto("/");
  await expect(page.getByTestId("current-user")).toHaveText(PEOPLE[who].name);
}

/** A second browser (its own cookies) signed in as `who`, on their home page; close it with `page.context().close()`. */
export async function newSignedInPage(browser: Browser, who: Person, options: { baseURL?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ ...options, storageState: storageStatePath(who) });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByTestId("current-user")).toHaveText(PEOPLE[who].name);
  return page;
}
