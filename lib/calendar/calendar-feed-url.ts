import { isLinkTokenShape } from "@/lib/accounts/link-token";

/** The feed's path ends in `.ics`, which calendar apps and people read as "a calendar file". */
export const FEED_SUFFIX = ".ics";

/** The private address of a person's feed, under LEVELSET_PUBLIC_URL. */
export function calendarFeedUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/calendar/${token}${FEED_SUFFIX}`;
}

/**
 * The token in the last segment of /calendar/<token>.ics, or null when the segment is not one: no `.ics`, a token of
 * the wrong shape, anything percent-encoded or with a path in it. Only a token of the right shape is ever looked up.
 */
export function parseFeedSegment(segment: unknown): string | null {
  if (typeof segment !== "string" || !segment.endsWith(FEED_SUFFIX)) return null;
  const token = segment.slice(0, -FEED_SUFFIX.length);
  return isLinkTokenShape(token) ? token : null;
}
