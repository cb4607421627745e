import { z } from "zod";

/** Shared by the sign-in form and the server. */
export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .min(1, "Enter your email address.")
    .max(254, "That email address is too long (254 characters at most).")
    .pipe(z.email("Enter a valid email address, like name@company.com.")),
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(200, "That password is too long (200 characters at most)."),
});

export type SignInInput = z.infer<typeof signInSchema>;

const CALLBACK_BASE = "http://levelset.invalid";

/**
 * Only same-site paths may be a post-sign-in destination. The value is resolved the way a browser
 * would (so `/\evil`, tabs and newlines are normalised first) and kept only if it stays on our origin.
 * Never throws; anything doubtful is "/".
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 500 || !value.startsWith("/")) return "/";
  // Control characters and backslashes are never part of a path we generate; browsers strip or rewrite them.
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === "\\") return "/";
  }
  let url: URL;
  try {
    url = new URL(value, CALLBACK_BASE);
  } catch {
    return "/";
  }
  if (url.origin !== CALLBACK_BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

/**
 * For next-auth's redirect callback: the destination on our own origin, or our home page.
 * `url` may be relative or absolute; `baseUrl` is this site's origin.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return "/";
  }
  if (url.startsWith("/")) return `${base.origin}${safeCallbackPath(url)}`;
  try {
    const target = new URL(url);
    if (target.origin === base.origin) return `${base.origin}${safeCallbackPath(`${target.pathname}${target.search}${target.hash}`)}`;
  } catch {
    // not a URL at all
  }
  return `${base.origin}/`;
}
