import { NextResponse, type NextRequest } from "next/server";

// Only a redirect for visitors without a session cookie; every page and action verifies the session itself.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
// Unsubscribe links work without signing in: their signed token is the permission (lib/mail/unsubscribe.ts).
// So do the invitation and password-reset links (their single-use token) and the reset request (lib/accounts/),
// and each person's private calendar feed, which calendar apps fetch without cookies (lib/calendar/).
const PUBLIC_PATHS = [
  "/sign-in",
  "/api/auth",
  "/api/health",
  "/unsubscribe",
  "/api/unsubscribe",
  "/join",
  "/forgot-password",
  "/reset-password",
  "/calendar",
];

/**
 * The Content Security Policy for one response. Scripts run only from this origin with this
 * request's nonce (Next.js puts it on its own scripts when it finds it in the request's CSP header);
 * no inline script without it, no eval outside development, no framing by other sites.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and the components set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

function secured(response: NextResponse, request: NextRequest, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  if (isHttps(request)) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (!hasSession && !PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const url = new URL("/sign-in", request.url);
    if (pathname !== "/") url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return secured(NextResponse.redirect(url), request, csp);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return secured(NextResponse.next({ request: { headers: requestHeaders } }), request, csp);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
