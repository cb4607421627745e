import { expect, type Page, type Request } from "@playwright/test";

/** Opens one of my interviews from the "My interviews" list and returns its id. */
export async function openMyInterview(page: Page, candidate: string): Promise<string> {
  await page.goto("/interviews");
  await page
    .getByRole("link", { name: new RegExp(candidate) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: candidate })).toBeVisible();
  return page.url().split("/").pop() ?? "";
}

/** A focus section's fieldset in the scorecard form, by section name. */
export function section(page: Page, name: string) {
  return page.getByRole("group", { name: new RegExp(`^${name}`) });
}

export function saveStatus(page: Page) {
  return page.getByTestId("save-status");
}

/** Sections of the scorecard form: their ids and names, in order. */
export async function formSections(page: Page): Promise<{ id: string; name: string }[]> {
  return page.locator("fieldset[data-section-id]").evaluateAll((els) =>
    els.map((el) => ({
      id: (el as HTMLElement).dataset.sectionId ?? "",
      name: (el.querySelector("legend")?.childNodes[0]?.textContent ?? "").trim(),
    })),
  );
}

export type CapturedAction = { id: string; url: string; body: string };

/**
 * Runs `trigger` and records the server-action POST it makes (the action id and its encoded arguments),
 * so a test can replay the same action with other arguments, as a hand-crafted request would.
 * With `block`, the request never reaches the server.
 */
export async function captureServerAction(page: Page, trigger: () => Promise<void>, opts: { block: boolean }): Promise<CapturedAction> {
  let captured: CapturedAction | null = null;
  const isAction = (request: Request) => request.method() === "POST" && Boolean(request.headers()["next-action"]);
  await page.route(
    () => true,
    async (route) => {
      const request = route.request();
      if (!captured && isAction(request)) {
        captured = { id: request.headers()["next-action"] ?? "", url: request.url(), body: request.postData() ?? "" };
        if (opts.block) {
          await route.abort();
          return;
        }
      }
      await route.fallback();
    },
  );
  await trigger();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unrouteAll({ behavior: "wait" });
  return captured as unknown as CapturedAction;
}

/** POSTs a captured server action with changed arguments, with the page's cookies; returns the raw answer. */
export async function replayServerAction(page: Page, action: CapturedAction, change: (args: unknown[]) => unknown[]): Promise<string> {
  const args = JSON.parse(action.body) as unknown[];
  const res = await page.request.post(action.url, {
    headers: {
      "next-action": action.id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: new URL(action.url).origin,
    },
    data: JSON.stringify(change(args)),
  });
  return res.text();
}

/** The payload object a scorecard action was called with (its second argument). */
export function actionPayload(args: unknown[]): Record<string, unknown> {
  return args[1] as Record<string, unknown>;
}
