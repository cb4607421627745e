import "server-only";
import type { DbOrTx } from "@/db/client";
import { buildCalendarFeed } from "./build-calendar-feed";
import { findCalendarFeedOwner } from "./calendar-feed-token";
import { parseFeedSegment } from "./calendar-feed-url";

/**
 * What /calendar/<segment> answers: the owner's interviews as iCalendar text, or null for anything else (no `.ics`,
 * a malformed, unknown, replaced or revoked token, a deactivated person). The token is the only permission: no
 * session is read. With `body: false` (HEAD) only the lookup runs.
 */
export function readCalendarFeed(
  db: DbOrTx,
  { segment, now = new Date(), body = true }: { segment: unknown; now?: Date; body?: boolean },
): { ics: string | null } | null {
  const token = parseFeedSegment(segment);
  if (!token) return null;
  const owner = findCalendarFeedOwner(db, token);
  if (!owner) return null;
  return { ics: body ? buildCalendarFeed(db, { userId: owner.id, name: owner.name, timeZone: owner.timeZone, now }) : null };
}
