/** What stands in for a link's token in Outbox once mail really leaves. */
export const HIDDEN_LINK_TOKEN = "[hidden]";

/** The token part of a /join/ or /reset-password/ link (43 base64url characters, lib/accounts/link-token.ts). */
const ACCOUNT_LINK_TOKEN = /(\/(?:join|reset-password)\/)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/**
 * An invitation or password-reset message with its single-use link's token hidden, in text or HTML alike (the token
 * needs no escaping, so it reads the same in both). With mail sent through SMTP only the recipient may hold the link:
 * an admin reading Outbox could otherwise set someone else's password. Pure.
 */
export function maskAccountLinks(body: string): string {
  return body.replace(ACCOUNT_LINK_TOKEN, `$1${HIDDEN_LINK_TOKEN}`);
}
