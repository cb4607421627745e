import { expect, type Page } from "@playwright/test";

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

/** Signs in through the real form, as a person would, and waits for their home page. */
export async function signInAs(page: Page, who: Person) {
  const person = PEOPLE[who];
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("current-user")).toHaveText(person.name);
}
