import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { calendarFeeds, notificationPreferences, users } from "@/db/schema";
import { hashLinkToken, isLinkTokenShape, newLinkToken } from "@/lib/accounts/link-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict } from "@/lib/errors";

/**
 * A person's private calendar feed address. Only the token's SHA-256 is stored, so the address is shown once, when
 * it is made; making a new one replaces the old (which then answers 404), and turning the feed off deletes it.
 * `intent: "create"` refuses when the person already has a feed (another tab, a double click), so an address in use
 * is only ever replaced on purpose (`"regenerate"`, after the person confirmed).
 */
export function createCalendarFeed(
  db: DbOrTx,
  { userId, intent, now = new Date() }: { userId: string; intent: "create" | "regenerate"; now?: Date },
): { token: string; createdAt: Date; replaced: boolean } {
  const token = newLinkToken();
  const tokenHash = hashLinkToken(token);
  const replaced = db.transaction((tx) => {
    const existing = tx.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get();
    if (existing && intent === "create") {
      throw conflict("You already have a calendar feed. To get a new address, use Regenerate: the old address then stops working.");
    }
    tx.insert(calendarFeeds)
      .values({ userId, tokenHash, createdAt: now })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: now } })
      .run();
    recordAuditEvent(tx, {
      actorId: userId,
      action: existing ? "calendar-feed.replaced" : "calendar-feed.created",
      entityType: "user",
      entityId: userId,
      summary: existing ? "Made a new calendar feed address; the old one stopped working" : "Turned on their private calendar feed",
    });
    return Boolean(existing);
  });
  return { token, createdAt: now, replaced };
}

/** Deletes the person's feed inside the caller's transaction (their own revocation, or an admin deactivating them). */
export function dropCalendarFeed(tx: DbOrTx, userId: string): boolean {
  return tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).run().changes > 0;
}

/** Turns the feed off: its address answers 404 from now on. */
export function revokeCalendarFeed(db: DbOrTx, { userId }: { userId: string }): { revoked: boolean } {
  return db.transaction((tx) => {
    const revoked = dropCalendarFeed(tx, userId);
    if (revoked) {
      recordAuditEvent(tx, {
        actorId: userId,
        action: "calendar-feed.revoked",
        entityType: "user",
        entityId: userId,
        summary: "Turned off their calendar feed",
      });
    }
    return { revoked };
  });
}

/** Whether the person has a feed, and since when (never the token, which is not stored). */
export function loadCalendarFeedStatus(db: DbOrTx, userId: string): { createdAt: Date } | null {
  return db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get() ?? null;
}

/**
 * The active person a feed token belongs to, with the time zone they chose on their profile (UTC until set), or null
 * (unknown, revoked, replaced, or a deactivated person). One lookup by the token's hash, whichever the answer.
 */
export function findCalendarFeedOwner(db: DbOrTx, token: string): { id: string; name: string; timeZone: string } | null {
  if (!isLinkTokenShape(token)) return null;
  const row = db
    .select({ id: users.id, name: users.name, active: users.active, timeZone: notificationPreferences.timeZone })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, hashLinkToken(token)))
    .get();
  return row?.active ? { id: row.id, name: row.name, timeZone: row.timeZone ?? "UTC" } : null;
}
