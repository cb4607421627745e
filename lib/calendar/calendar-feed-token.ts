import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { calendarFeeds, users } from "@/db/schema";
import { hashLinkToken, isLinkTokenShape, newLinkToken } from "@/lib/accounts/link-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

/**
 * A person's private calendar feed address. Only the token's SHA-256 is stored, so the address is shown once, when
 * it is made; making a new one replaces the old (which then answers 404), and turning the feed off deletes it.
 */
export function createCalendarFeed(db: DbOrTx, { userId, now = new Date() }: { userId: string; now?: Date }): { token: string } {
  const token = newLinkToken();
  const tokenHash = hashLinkToken(token);
  db.transaction((tx) => {
    const replaced = tx.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get();
    tx.insert(calendarFeeds)
      .values({ userId, tokenHash, createdAt: now })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: now } })
      .run();
    recordAuditEvent(tx, {
      actorId: userId,
      action: replaced ? "calendar-feed.replaced" : "calendar-feed.created",
      entityType: "user",
      entityId: userId,
      summary: replaced ? "Made a new calendar feed address; the old one stopped working" : "Turned on their private calendar feed",
    });
  });
  return { token };
}

/** Turns the feed off: its address answers 404 from now on. */
export function revokeCalendarFeed(db: DbOrTx, { userId }: { userId: string }): { revoked: boolean } {
  return db.transaction((tx) => {
    const { changes } = tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).run();
    if (changes > 0) {
      recordAuditEvent(tx, {
        actorId: userId,
        action: "calendar-feed.revoked",
        entityType: "user",
        entityId: userId,
        summary: "Turned off their calendar feed",
      });
    }
    return { revoked: changes > 0 };
  });
}

/** Whether the person has a feed, and since when (never the token, which is not stored). */
export function loadCalendarFeedStatus(db: DbOrTx, userId: string): { createdAt: Date } | null {
  return db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get() ?? null;
}

/** The active person a feed token belongs to, or null (unknown, revoked, replaced, or a deactivated person). */
export function findCalendarFeedOwner(db: DbOrTx, token: string): { id: string; name: string } | null {
  if (!isLinkTokenShape(token)) return null;
  const row = db
    .select({ id: users.id, name: users.name, active: users.active })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, hashLinkToken(token)))
    .get();
  return row?.active ? { id: row.id, name: row.name } : null;
}
