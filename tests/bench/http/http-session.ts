/** Signing in over HTTP as a person would, and the request shapes the browser sends for Levelset's writes. */
import fs from "node:fs";
import path from "node:path";

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden inputs of the first form on a page (React puts a server action's id and state there). */
function hiddenInputs(html: string): [string, string][] {
  const form = /<form[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
  const out: [string, string][] = [];
  for (const tag of form.match(/<input[^>]*>/g) ?? []) {
    if (!/type="hidden"/.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (name === undefined) continue;
    out.push([decode(name), decode(/value="([^"]*)"/.exec(tag)?.[1] ?? "")]);
  }
  return out;
}

/**
 * Signs in through the sign-in page's own form, posted without JavaScript (React's progressive enhancement
 * of the server action): the same action, credentials check and throttle as in a browser. Returns the
 * Cookie header of the session.
 */
export async function signInThroughForm(baseUrl: string, email: string, password: string): Promise<string> {
  const page = await fetch(`${baseUrl}/sign-in`);
  if (page.status !== 200) throw new Error(`GET /sign-in answered ${page.status}.`);
  const form = new FormData();
  for (const [name, value] of hiddenInputs(await page.text())) form.append(name, value);
  form.append("email", email);
  form.append("password", password);
  const res = await fetch(`${baseUrl}/sign-in`, { method: "POST", body: form, redirect: "manual", headers: { origin: baseUrl } });
  const cookies = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => c.startsWith("authjs.session-token") || c.startsWith("__Secure-authjs.session-token"));
  if (cookies.length === 0) throw new Error(`Signing in as ${email} gave no session cookie (status ${res.status}).`);
  return cookies.join("; ");
}

/** The id Next.js gave a server action in this build (from its server reference manifest). */
export function serverActionId(distDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName && v.filename === file);
  if (!found) throw new Error(`No server action ${exportedName} in ${file} in this build.`);
  return found[0];
}

/** The router state the browser sends with a server action called from /interviews/[interviewId]. */
export function interviewRouterState(interviewId: string): string {
  const tree = ["", { children: ["(app)", { children: ["interviews", { children: [["interviewId", interviewId, "d"], { children: ["__PAGE__", {}] }] }] }] }, null, null, true];
  return encodeURIComponent(JSON.stringify(tree));
}

/** Headers of a server action call as React's client sends it (arguments encoded as JSON text). */
export function serverActionHeaders(baseUrl: string, actionId: string, routerState: string, cookie: string): Record<string, string> {
  return {
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    "next-action": actionId,
    "next-router-state-tree": routerState,
    origin: baseUrl,
    cookie,
  };
}
