import { expect, type Locator, type Page } from "@playwright/test";

/** A datetime-local value `days` from now at hh:mm, in the browser's (and this machine's) zone. */
export function localInput(days: number, time: string): string {
  const d = new Date(Date.now() + days * 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
}

/** Form pages keep their submit buttons disabled until React has hydrated; wait for that before typing. */
export async function ready(page: Page, button: string) {
  await expect(page.getByRole("button", { name: button, exact: true })).toBeEnabled();
}

/** One stage's checkbox group in the plan editor ("focus sections" or "interviewer pool"). */
export function stageGroup(page: Page, stage: number, what: "focus sections" | "interviewer pool"): Locator {
  return page.getByRole("group", { name: `Stage ${stage} ${what}` });
}

/** Adds stage `index` to the plan editor with its focus sections and interviewer pool. */
export async function addStage(page: Page, index: number, stage: { name: string; minutes?: string; focus: string[]; pool: string[] }) {
  await page.getByRole("button", { name: "Add stage" }).click();
  await expect(page.getByLabel(`Stage ${index} name`)).toBeFocused();
  await page.getByLabel(`Stage ${index} name`).fill(stage.name);
  if (stage.minutes) await page.getByLabel(`Stage ${index} length (minutes)`).fill(stage.minutes);
  for (const section of stage.focus)
    await stageGroup(page, index, "focus sections")
      .getByRole("checkbox", { name: new RegExp(`^${section}`) })
      .check();
  for (const person of stage.pool)
    await stageGroup(page, index, "interviewer pool")
      .getByRole("checkbox", { name: new RegExp(person) })
      .check();
}
