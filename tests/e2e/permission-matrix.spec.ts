import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";
import {
  KIND_LABELS,
  MATRIX_PEOPLE,
  MATRIX_SEED_FILE,
  PERSON_KINDS,
  type MatrixSeed,
  type PersonKind,
  type SignedInKind,
} from "./permission-matrix/data";
import { ACTION_ROWS, ALL_CANARIES, MARKER, ROUTE_ROWS, type Outcome, type PageCase } from "./permission-matrix/table";

/**
 * The permission matrix (issue 8): every page and route handler of the build and every server action,
 * requested directly over HTTP by every kind of person, checked against tests/e2e/permission-matrix/table.ts.
 * Allowed answers must show their canary text; refused ones must be refused (sign-in, 403, 404) and carry no
 * canary anywhere in the body, RSC payload included. Refused actions must change nothing in the database.
 */

const BUILD = path.join(process.cwd(), ".next");
const ZOD_REFUSAL = "Some fields need attention; nothing was saved.";
const CONCURRENCY = 4;

type Manifest = { pages: string[]; routes: string[]; actions: { id: string; key: string; workers: string[] }[] };

/** Pages and route handlers from the build's app-path-routes manifest; server actions from its server-reference manifest. */
function readManifests(): Manifest {
  const appPaths = JSON.parse(fs.readFileSync(path.join(BUILD, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const references = JSON.parse(fs.readFileSync(path.join(BUILD, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const pages = Object.entries(appPaths)
    .filter(([k]) => k.endsWith("/page"))
    .map(([, v]) => v);
  const routes = Object.entries(appPaths)
    .filter(([k]) => k.endsWith("/route"))
    .map(([, v]) => v);
  const actions = Object.entries(references.node).map(([id, v]) => ({
    id,
    key: `${v.filename ?? "?"}#${v.exportedName ?? "?"}`,
    // "app/(app)/roles/[roleId]/page" → the URL pattern the page answers on.
    workers: Object.keys(v.workers).map((w) => appPaths[w.replace(/^app/, "")] ?? w),
  }));
  return { pages: pages.sort(), routes: routes.sort(), actions };
}

function readSeed(): MatrixSeed {
  const dir = process.env.E2E_AUTH_DIR ?? "";
  return JSON.parse(fs.readFileSync(path.join(dir, MATRIX_SEED_FILE), "utf8")) as MatrixSeed;
}

function fill(route: string, params: Record<string, string> = {}): string {
  return route.replace(/\[([^\]]+)\]/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for [${name}] in ${route}`);
    return encodeURIComponent(value);
  });
}

/** Runs `jobs` with at most CONCURRENCY at a time (the machine is shared; the server has one process). */
async function pool<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results = new Array<T>(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await (jobs[i] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

async function signIn(context: APIRequestContext, email: string) {
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await context.post("/api/auth/callback/credentials", {
    form: { email, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(answer.status(), `signing in ${email}`).toBeLessThan(400);
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
  expect(session?.user?.email, `session of ${email}`).toBe(email);
}

const isSignInRedirect = (r: APIResponse) =>
  [302, 303, 307, 308].includes(r.status()) && new URL(r.headers().location ?? "", "http://x").pathname === "/sign-in";
const isHomeRedirect = (r: APIResponse) =>
  [302, 303, 307, 308].includes(r.status()) && new URL(r.headers().location ?? "", "http://x").pathname === "/";

function leakedCanaries(body: string): string[] {
  const lower = body.toLowerCase();
  return ALL_CANARIES.filter((c) => lower.includes(c.toLowerCase()));
}

/** Checks one answer against its cell; returns what is wrong, or null. */
function judge(outcome: Outcome, response: APIResponse, body: string): string | null {
  if ("allow" in outcome) {
    const status = outcome.status ?? 200;
    if (response.status() !== status) return `expected ${status}, got ${response.status()} ${response.headers().location ?? ""}`.trim();
    const missing = (outcome.see ?? []).filter((s) => !body.includes(s));
    if (missing.length) return `allowed, but the body lacks ${missing.map((m) => `"${m}"`).join(", ")}`;
    const leaked = (outcome.notSee ?? []).filter((s) => body.toLowerCase().includes(s.toLowerCase()));
    if (leaked.length) return `allowed, but the body leaks ${leaked.map((m) => `"${m}"`).join(", ")}`;
    return null;
  }
  const how = outcome.refuse;
  const ok = how === "sign-in" ? isSignInRedirect(response) : how === "home" ? isHomeRedirect(response) : response.status() === how;
  if (!ok) return `expected refusal (${how}), got ${response.status()} ${response.headers().location ?? ""}`.trim();
  const leaked = leakedCanaries(body);
  if (leaked.length) return `refused (${response.status()}), but the body leaks ${leaked.map((m) => `"${m}"`).join(", ")}`;
  return null;
}

/** The action's answer in the RSC stream: the first line that is an ActionResult. */
function actionResult(body: string): { ok?: boolean; code?: string; message?: string } | null {
  for (const line of body.split("\n")) {
    const json = line.replace(/^[0-9a-f]+:/, "");
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json) as Record<string, unknown>;
      if (typeof value.ok === "boolean") return value;
    } catch {
      // another kind of RSC row
    }
  }
  return null;
}

/**
 * The matrix's own rows (everything that names one of its ids or people) and every row holding the refused
 * payloads' marker, as one digest. Other journeys write to the same database, never to these rows.
 */
function fingerprint(sqlite: Database.Database, seed: MatrixSeed): { digest: string; marked: string[] } {
  const ids = [
    ...Object.values(seed.users),
    seed.roleId,
    seed.otherRoleId,
    seed.applicationId,
    seed.elsewhereApplicationId,
    seed.frameworkId,
    seed.frameworkDraftVersionId,
    seed.frameworkVersionId,
    ...seed.stageIds,
    ...Object.values(seed.interviews),
    ...Object.values(seed.scorecards),
  ];
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((t) => t.name);
  const hash = createHash("sha256");
  const marked: string[] = [];
  for (const table of tables) {
    const rows = (sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).map((r) => JSON.stringify(r));
    for (const row of rows.sort()) {
      const lower = row.toLowerCase();
      if (lower.includes(MARKER)) marked.push(`${table}: ${row.slice(0, 200)}`);
      if (ids.some((id) => row.includes(id)) || lower.includes(MARKER)) hash.update(`${table}\u0000${row}\n`);
    }
  }
  return { digest: hash.digest("hex"), marked };
}

test.describe("the permission matrix", () => {
  test("every page, route handler and server action of the build has a row, and every row is in the build", () => {
    const built = readManifests();
    const rows = new Set(ROUTE_ROWS.map((r) => r.route));
    const missing = [...built.pages, ...built.routes].filter((r) => !rows.has(r));
    const stale = [...rows].filter((r) => !built.pages.includes(r) && !built.routes.includes(r));
    expect(missing, `routes in the build without a row in tests/e2e/permission-matrix/table.ts: ${missing.join(", ")}`).toEqual([]);
    expect(stale, `rows in tests/e2e/permission-matrix/table.ts whose route the build no longer has: ${stale.join(", ")}`).toEqual([]);
    const actionRows = new Set(ACTION_ROWS.map((a) => a.action));
    const missingActions = built.actions.map((a) => a.key).filter((k) => !actionRows.has(k));
    const staleActions = [...actionRows].filter((k) => !built.actions.some((a) => a.key === k));
    expect(missingActions, `server actions in the build without a row: ${missingActions.join(", ")}`).toEqual([]);
    expect(staleActions, `action rows the build no longer has: ${staleActions.join(", ")}`).toEqual([]);
  });

  test("every person gets exactly what design.md allows, from every page, route and action", async ({ baseURL }) => {
    test.slow();
    const built = readManifests();
    const seed = readSeed();
    const failures: string[] = [];
    const contexts = {} as Record<PersonKind, APIRequestContext>;
    for (const kind of PERSON_KINDS) {
      contexts[kind] = await playwrightRequest.newContext({ baseURL: baseURL ?? "" });
      if (kind !== "signedOut") await signIn(contexts[kind], MATRIX_PEOPLE[kind].email);
    }

    // ── Pages and route handlers ──
    let pageCells = 0;
    const jobs: (() => Promise<void>)[] = [];
    for (const row of ROUTE_ROWS) {
      for (const c of row.cases(seed)) {
        for (const kind of PERSON_KINDS) {
          pageCells++;
          jobs.push(() => requestCell(row.route, c, kind));
        }
      }
    }
    async function requestCell(route: string, c: PageCase, kind: PersonKind) {
      const url = `${fill(route, c.params)}${c.query ? `?${c.query}` : ""}`;
      const name = `${c.method ?? "GET"} ${url}${c.label ? ` (${c.label})` : ""} as ${KIND_LABELS[kind]}`;
      const context = contexts[kind];
      const response =
        c.method === "PUT"
          ? await context.put(url, { data: c.body?.(kind), headers: { "content-type": "application/json" }, maxRedirects: 0 })
          : c.method === "POST"
            ? await context.post(url, { maxRedirects: 0 })
            : await context.get(url, { maxRedirects: 0 });
      const body = await response.text();
      const problem = judge(c.expect[kind], response, body);
      if (problem) failures.push(`${name}: ${problem}`);
      // A refused page is also asked for its RSC payload (what client navigation fetches): no canary there either.
      if ("refuse" in c.expect[kind] && kind !== "signedOut" && built.pages.includes(route)) {
        const rsc = await context.get(url, { headers: { RSC: "1" }, maxRedirects: 0 });
        const leaked = leakedCanaries(await rsc.text());
        if (leaked.length) failures.push(`${name}, RSC payload: leaks ${leaked.join(", ")}`);
      }
    }
    await pool(jobs);

    // ── Server actions ──
    const sqlite = new Database(seed.dbPath, { readonly: true, fileMustExist: true });
    let before = fingerprint(sqlite, seed);
    expect(before.marked, "no row holds the marker before the matrix runs").toEqual([]);
    const fillAction: Record<string, string> = {
      applicationId: seed.applicationId,
      roleId: seed.roleId,
      frameworkId: seed.frameworkId,
      interviewId: seed.interviews.before,
      userId: seed.users.peer,
      version: "2",
      token: "matrix-no-such-link",
    };
    const postPath = (key: string) => {
      const built1 = built.actions.find((a) => a.key === key);
      if (!built1) throw new Error(`${key} is not in the build`);
      const page = built1.workers.find((w) => !w.startsWith("/_")) ?? "/";
      return { id: built1.id, url: fill(page, fillAction) };
    };
    const callAction = (kind: PersonKind, key: string, payload: unknown) => {
      const { id, url } = postPath(key);
      return contexts[kind].post(url, {
        headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL ?? "" },
        data: JSON.stringify([null, payload]),
        maxRedirects: 0,
      });
    };

    let actionCells = 0;
    for (const row of ACTION_ROWS.filter((r) => !SPECIAL_ACTIONS.has(r.action))) {
      await pool(
        PERSON_KINDS.map((kind) => async () => {
          actionCells++;
          const name = `${row.action.split("#")[1]} as ${KIND_LABELS[kind]}`;
          if (kind === "signedOut" && !row.signedOutAllowed) {
            const response = await callAction(kind, row.action, row.refusedPayload(seed, "admin"));
            if (!isSignInRedirect(response)) failures.push(`${name}: expected a redirect to sign-in, got ${response.status()}`);
            return;
          }
          const allowed = kind === "signedOut" || row.allowed.includes(kind);
          const as: SignedInKind = kind === "signedOut" ? "admin" : kind;
          const payload = allowed ? (row.allowedPayload?.(seed, as) ?? {}) : row.refusedPayload(seed, as);
          const response = await callAction(kind, row.action, payload);
          const body = await response.text();
          const result = actionResult(body);
          if (process.env.MATRIX_VERBOSE) console.log(`${name}: ${response.status()} ${JSON.stringify(result)?.slice(0, 160)}`);
          if (response.status() >= 300 || !result) {
            failures.push(
              `${name}: expected an action answer, got ${response.status()} ${response.headers()["x-action-redirect"] ?? ""} ${body.slice(0, 200)}`,
            );
            return;
          }
          if (allowed) {
            const expected = row.allowedAnswer ?? "invalid";
            if (result.ok !== false || result.code !== expected)
              failures.push(`${name}: allowed, expected "${expected}" past the permission check, got ${JSON.stringify(result).slice(0, 200)}`);
            return;
          }
          const extra = row.refusedAnswer?.[kind];
          const codes = ["forbidden", "not-found", "invalid", ...(extra ? [extra] : [])];
          if (result.ok !== false || !codes.includes(result.code ?? "") || result.message === ZOD_REFUSAL) {
            failures.push(`${name}: expected a refusal by the permission check, got ${JSON.stringify(result).slice(0, 300)}`);
          }
          const leaked = leakedCanaries(body);
          if (leaked.length) failures.push(`${name}: the refusal leaks ${leaked.join(", ")}`);
        }),
      );
      const after = fingerprint(sqlite, seed);
      if (after.digest !== before.digest || after.marked.length) {
        failures.push(`${row.action}: the database changed after refused calls: ${after.marked.join(" | ") || "the matrix's own rows differ"}`);
        before = after; // so the next row is judged on its own calls
      }
    }

    // ── Sign-in and sign-out: every kind may use the sign-in form; signing out ends the session ──
    const signInCells = await signInOutCells(contexts, postPath, baseURL ?? "", failures);
    sqlite.close();
    for (const context of Object.values(contexts)) await context.dispose();

    const cells = pageCells + actionCells + signInCells;
    const actions = built.actions.length;
    console.log(
      `Permission matrix: ${cells} cells (${built.pages.length} pages, ${built.routes.length} routes, ${actions} actions × ${PERSON_KINDS.length} person kinds)`,
    );
    expect(failures, failures.join("\n")).toEqual([]);
  });
});

const SPECIAL_ACTIONS = new Set([
  "app/sign-in/actions.ts#signInWithPassword",
  "app/sign-in/actions.ts#signInWithOidc",
  "app/(app)/actions.ts#signOutAction",
]);

/**
 * The sign-in actions take FormData: sent in React's reply encoding (root "0" and the form's fields as
 * "1_<name>"). The password sign-in with an email that is not one is answered with the field error and
 * records nothing; the OIDC sign-in, not configured here, sends everyone back to sign-in. Sign-out
 * runs last and must end the session: the same cookie then opens nothing.
 */
async function signInOutCells(
  contexts: Record<PersonKind, APIRequestContext>,
  postPath: (key: string) => { id: string; url: string },
  origin: string,
  failures: string[],
): Promise<number> {
  let cells = 0;
  const formCall = (kind: PersonKind, key: string, root: unknown[], fields: Record<string, string>) => {
    const { id, url } = postPath(key);
    const multipart: Record<string, string> = { "0": JSON.stringify(root) };
    for (const [k, v] of Object.entries(fields)) multipart[`1_${k}`] = v;
    return contexts[kind].post(url, { headers: { "Next-Action": id, Accept: "text/x-component", Origin: origin }, multipart, maxRedirects: 0 });
  };
  await pool(
    PERSON_KINDS.flatMap((kind) => [
      async () => {
        cells++;
        const response = await formCall(kind, "app/sign-in/actions.ts#signInWithPassword", [{ message: "", email: "" }, "$K1"], {
          email: "not-an-email",
          password: "x",
        });
        const body = await response.text();
        if (response.status() !== 200 || !body.includes("Check the highlighted fields.")) {
          failures.push(`signInWithPassword as ${KIND_LABELS[kind]}: expected the field errors, got ${response.status()} ${body.slice(0, 200)}`);
        }
      },
      async () => {
        cells++;
        const response = await formCall(kind, "app/sign-in/actions.ts#signInWithOidc", ["$K1"], { callbackUrl: "/" });
        const body = await response.text();
        if (process.env.MATRIX_VERBOSE)
          console.log(
            `signInWithOidc as ${KIND_LABELS[kind]}: ${response.status()} ${response.headers()["x-action-redirect"] ?? ""} ${body.slice(0, 160)}`,
          );
        // With no identity provider configured, next-auth sends the visitor back to its sign-in entry (which shows /sign-in).
        const redirect = new URL((response.headers()["x-action-redirect"] ?? "").split(";")[0] ?? "", origin).pathname;
        if (response.status() >= 500 || !["/api/auth/signin", "/sign-in"].includes(redirect) || leakedCanaries(body).length) {
          failures.push(
            `signInWithOidc as ${KIND_LABELS[kind]}: expected a redirect back to sign-in, got ${response.status()} "${redirect}" ${body.slice(0, 200)}`,
          );
        }
      },
    ]),
  );
  await pool(
    PERSON_KINDS.map((kind) => async () => {
      cells++;
      const { id, url } = postPath("app/(app)/actions.ts#signOutAction");
      const cookies = await contexts[kind].storageState();
      const response = await contexts[kind].post(url, {
        headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
        data: "[]",
        maxRedirects: 0,
      });
      if (kind === "signedOut") {
        if (!isSignInRedirect(response)) failures.push(`signOutAction as signed out: expected a redirect to sign-in, got ${response.status()}`);
        return;
      }
      const redirect = new URL((response.headers()["x-action-redirect"] ?? "").split(";")[0] ?? "", origin).pathname;
      if (redirect !== "/sign-in")
        failures.push(`signOutAction as ${KIND_LABELS[kind]}: expected a redirect to sign-in, got ${response.status()} "${redirect}"`);
      // The cookie from before signing out, sent again, opens nothing.
      const replay = await playwrightRequest.newContext({ baseURL: origin, storageState: cookies });
      const again = await replay.get("/", { maxRedirects: 0 });
      if (!isSignInRedirect(again))
        failures.push(`after signOutAction, ${KIND_LABELS[kind]}'s old session cookie still opens the home page (${again.status()})`);
      await replay.dispose();
    }),
  );
  return cells;
}
