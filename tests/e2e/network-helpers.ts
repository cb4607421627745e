import type { Page, Route } from "@playwright/test";

/** A server-action request the browser sent and the network dropped: its action id and encoded arguments. */
export type DroppedAction = { action: string; body: string };

type Where = string | RegExp | ((url: URL) => boolean);

/**
 * From now until `restore()`, every server-action POST to `where` fails as a dropped connection does
 * (`route.abort()`: the browser's fetch rejects, nothing reaches the server); other requests go through.
 * Each dropped call is recorded, so a test can count them or replay them as someone else.
 */
export async function dropServerActions(page: Page, where: Where = () => true) {
  const dropped: DroppedAction[] = [];
  const handler = async (route: Route) => {
    const request = route.request();
    const action = await request.headerValue("next-action");
    if (request.method() === "POST" && action) {
      dropped.push({ action, body: request.postData() ?? "" });
      await route.abort();
    } else await route.fallback();
  };
  await page.route(where, handler);
  return { dropped, restore: () => page.unroute(where, handler) };
}
