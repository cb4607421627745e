import { test as setup } from "@playwright/test";
import { PEOPLE, signInThroughForm, storageStatePath, type Person } from "./fixtures";

/**
 * Signs every demo person in through the real form once per run and keeps their browser state,
 * so journeys start signed in instead of each paying for several sign-ins (CI on a slow machine
 * ran out of time doing that). The sign-in journeys themselves still use the form.
 */
for (const who of Object.keys(PEOPLE) as Person[]) {
  setup(`sign in ${who} once for the run`, async ({ page }) => {
    await signInThroughForm(page, PEOPLE[who]);
    await page.context().storageState({ path: storageStatePath(who) });
  });
}
