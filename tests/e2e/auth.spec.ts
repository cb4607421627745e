import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, PEOPLE, SIGN_IN_ONLY_PEOPLE, signInAs, signInThroughForm } from "./fixtures";

test.describe("sign-in", () => {
  const homes = [
    { who: "recruiter", heading: "Roles I recruit for", text: "Backend Engineer, Payments" },
    { who: "interviewer", heading: "My interviews", text: "Elena Rossi" },
    { who: "hiringManager", heading: "Debriefs I own", text: "Alice Chen" },
    { who: "admin", heading: "Workspace", text: "active people" },
  ] as const;

  for (const { who, heading, text } of homes) {
    test(`${who} lands on a home page with their own work`, async ({ page }) => {
      await signInThroughForm(page, PEOPLE[who]);
      const panel = page.getByRole("region", { name: heading });
      await expect(panel).toBeVisible();
      await expect(panel).toContainText(text);
    });
  }

  test("a wrong password gets a clear message and keeps the email", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(PEOPLE.recruiter.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText(/don't match an account/);
    await expect(page.getByLabel("Email")).toHaveValue(PEOPLE.recruiter.email);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("repeated failures are throttled, even with the right password afterwards", async ({ page }) => {
    const email = "lockout@levelset.test";
    await page.goto("/sign-in");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      // The button reads "Signing in…" until the server has answered this attempt.
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
      await expect(page.getByTestId("sign-in-error")).toBeVisible();
    }
    await expect(page.getByTestId("sign-in-error")).toHaveText(/Too many failed attempts/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText(/Too many failed attempts/);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("missing and oversized fields get field errors, not a server error", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();

    await page.getByLabel("Email").fill(`${"a".repeat(300)}@levelset.test`);
    await page.getByLabel("Password").fill("x".repeat(5000));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("That email address is too long (254 characters at most).")).toBeVisible();
    await expect(page.getByText("That password is too long (200 characters at most).")).toBeVisible();
  });

  test("the sign-out page asks, then ends the session", async ({ page }) => {
    await signInThroughForm(page, SIGN_IN_ONLY_PEOPLE.signOutPage);
    await page.goto("/sign-out");
    await expect(page.getByRole("heading", { name: "Sign out of Levelset?" })).toBeVisible();
    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/interviews");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Finterviews/);
  });

  test("sign-out ends the session", async ({ page }) => {
    await signInThroughForm(page, SIGN_IN_ONLY_PEOPLE.signOutHeader);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test("an unauthenticated visit is redirected to sign-in and back afterwards", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Sign in to your hiring workspace" })).toBeVisible();

  await page.goto("/audit?q=Published");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faudit%3Fq%3DPublished$/);
  await page.getByLabel("Email").fill(PEOPLE.admin.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/audit\?q=Published$/);
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
});

test("credentials posted straight to the auth endpoint with missing or oversized fields never get a 500", async ({ request }) => {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const forms: Record<string, string>[] = [
    { csrfToken: csrf.csrfToken },
    { csrfToken: csrf.csrfToken, email: "x".repeat(100_000), password: "y".repeat(100_000) },
    { csrfToken: csrf.csrfToken, email: "admin@levelset.test", password: "" },
  ];
  for (const form of forms) {
    const response = await request.post("/api/auth/callback/credentials", { form, maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
    expect(response.headers().location ?? "").toMatch(/error=CredentialsSignin/);
  }
});

test("a forged session cookie is not a session", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL ?? "" }]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test.describe("the destination after sign-in stays on this site", () => {
  const tricks = ["%2F%5Cevil.example%2Fphish", "%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example"];

  test("a signed-in visit to sign-in with a crafted callback lands on our origin", async ({ page, baseURL }) => {
    await signInAs(page, "interviewer");
    const origin = new URL(baseURL ?? "").origin;
    for (const trick of tricks) {
      const response = await page.goto(`/sign-in?callbackUrl=${trick}`);
      expect(response?.status() ?? 0, trick).toBeLessThan(500);
      expect(new URL(page.url()).origin, trick).toBe(origin);
      await expect(page.getByTestId("current-user")).toHaveText(PEOPLE.interviewer.name);
    }
  });

  test("signing in through the form with a crafted callback lands on our home page", async ({ page, baseURL }) => {
    const response = await page.goto("/sign-in?callbackUrl=%2F%5Cevil.example%2Fphish");
    expect(response?.status()).toBeLessThan(500);
    await page.getByLabel("Email").fill(PEOPLE.recruiter.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("current-user")).toHaveText(PEOPLE.recruiter.name);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
  });

  test("a control character in the callback is answered, not a server error", async ({ request }) => {
    for (const trick of tricks) {
      const response = await request.get(`/sign-in?callbackUrl=${trick}`, { maxRedirects: 0 });
      expect(response.status(), trick).toBeLessThan(500);
    }
  });
});

test("after sign-out, a copy of the old session cookie is no longer a session", async ({ browser, page }) => {
  // A person of its own (scripts/e2e-server.ts): signing out ends every session they hold.
  const person = { email: "revoked-session@levelset.test", name: "Revoked Session Tester" };
  await signInThroughForm(page, person);
  const saved = await page.context().cookies();

  const copy = await browser.newContext();
  try {
    await copy.addCookies(saved);
    const other = await copy.newPage();
    await other.goto("/interviews");
    await expect(other.getByTestId("current-user")).toHaveText(person.name);

    await page.goto("/sign-out");
    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    // The copy still carries the cookie from before the sign-out; the server refuses it.
    await copy.clearCookies();
    await copy.addCookies(saved);
    await other.goto("/interviews");
    await expect(other).toHaveURL(/\/sign-in/);
    await copy.clearCookies();
    await copy.addCookies(saved);
    const session = await copy.request.get("/api/auth/session");
    expect(session.status()).toBe(200);
    const body = (await session.json()) as unknown;
    expect(body === null || (typeof body === "object" && Object.keys(body).length === 0)).toBe(true);
  } finally {
    await copy.close();
  }
});
