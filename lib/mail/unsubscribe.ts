import "server-only";
import type { DbOrTx } from "@/db/client";
import { authSecret } from "@/lib/auth/secret";
import { loadNotificationSettings, turnOffNotification } from "./notification-preferences";
import { NOTIFICATION_LABELS, type NotificationKind } from "./notification-kinds";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export type UnsubscribeLink = { userId: string; kind: NotificationKind; what: string; isOn: boolean };

/** What an unsubscribe link names (no sign-in: the signed token is the permission), or null for a forged one. */
export function readUnsubscribeLink(db: DbOrTx, token: string): UnsubscribeLink | null {
  const claims = verifyUnsubscribeToken(authSecret(), token);
  if (!claims) return null;
  const settings = loadNotificationSettings(db, claims.userId);
  return { ...claims, what: NOTIFICATION_LABELS[claims.kind].off, isOn: settings[claims.kind] };
}

/** Turns off the one kind a valid token names; false for a forged token or a person who no longer exists. */
export function unsubscribeWithToken(db: DbOrTx, token: string): boolean {
  const claims = verifyUnsubscribeToken(authSecret(), token);
  if (!claims) return false;
  return turnOffNotification(db, claims) !== null;
}
