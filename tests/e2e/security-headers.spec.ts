import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures";

/** Collects what the browser reports about blocked content on `page`. */
function watchForViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(text)) problems.push(text);
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Plain http here: no HSTS (it is sent only over https).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test("the sign-in page sends the security headers and runs under its policy", async ({ page }) => {
  const problems = watchForViolations(page);
  const response = await page.goto("/sign-in");
  expectSecurityHeaders(response?.headers() ?? {});
  // The form is interactive only if the page's scripts ran under the policy.
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  expect(problems).toEqual([]);
});

test("each request gets a fresh nonce", async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get("/sign-in")).headers()["content-security-policy"] ?? "")?.[1];
  const [a, b] = [await nonce(), await nonce()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
});

test("signed-in pages send the headers and raise no policy violations", async ({ page }) => {
  const problems = watchForViolations(page);
  await signInAs(page, "admin");
  for (const path of ["/", "/roles", "/people", "/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    expectSecurityHeaders(response?.headers() ?? {});
    await expect(page.getByTestId("current-user")).toBeVisible();
  }
  // Client-side navigation works (the app's scripts are running).
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles", exact: true }).click();
  await expect(page).toHaveURL(/\/roles/);
  expect(problems).toEqual([]);
});
