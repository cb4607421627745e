import { createHmac, timingSafeEqual } from "node:crypto";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notification-kinds";

/**
 * One-click unsubscribe tokens: "<user id>.<kind>.<signature>", the signature an HMAC-SHA256 of both under a key
 * derived from AUTH_SECRET, so a link turns off exactly one kind for exactly one person and cannot be forged or
 * edited. No expiry: an unsubscribe link in an old message must still work.
 */
function keyOf(secret: string): Buffer {
  return createHmac("sha256", secret).update("levelset unsubscribe v1").digest();
}

function signatureOf(secret: string, userId: string, kind: NotificationKind): string {
  return createHmac("sha256", keyOf(secret)).update(`${userId}.${kind}`).digest("base64url");
}

export function signUnsubscribeToken(secret: string, userId: string, kind: NotificationKind): string {
  return `${userId}.${kind}.${signatureOf(secret, userId, kind)}`;
}

/** The person and kind a token names, or null for anything not signed by this secret. */
export function verifyUnsubscribeToken(secret: string, token: string): { userId: string; kind: NotificationKind } | null {
  if (token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, kind, signature] = parts as [string, string, string];
  if (!/^[0-9A-Za-z-]{1,100}$/.test(userId) || !(NOTIFICATION_KINDS as readonly string[]).includes(kind)) return null;
  const expected = Buffer.from(signatureOf(secret, userId, kind as NotificationKind));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, kind: kind as NotificationKind };
}
