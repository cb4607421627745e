import { db } from "@/db";
import { readCalendarFeed } from "@/lib/calendar/read-calendar-feed";
import { textResponse } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

const NOT_FOUND = "This calendar feed address does not work: it was turned off or replaced. Copy the current one from your Levelset profile.";

/**
 * Never stored by a cache: the feed names candidates, and a turned-off or replaced address must stop answering at
 * the next fetch. Calendar apps poll on their own schedule (Google every several hours), and one indexed query
 * builds the feed, so caching would save little.
 */
const FEED_HEADERS = {
  "Content-Type": "text/calendar; charset=utf-8",
  "Content-Disposition": 'inline; filename="levelset-interviews.ics"',
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

type Params = { params: Promise<{ token: string }> };

/** A person's private calendar feed (/calendar/<token>.ics), for Google Calendar's "From URL" and Outlook's "Subscribe from web". */
export async function GET(_request: Request, { params }: Params) {
  const { token } = await params;
  const feed = readCalendarFeed(db(), { segment: token });
  if (!feed) return textResponse(404, NOT_FOUND);
  return new Response(feed.ics, { status: 200, headers: FEED_HEADERS });
}

/** Calendar apps check an address before subscribing: the same answer without building the feed. */
export async function HEAD(_request: Request, { params }: Params) {
  const { token } = await params;
  const feed = readCalendarFeed(db(), { segment: token, body: false });
  return new Response(null, { status: feed ? 200 : 404, headers: feed ? FEED_HEADERS : { "Cache-Control": "no-store" } });
}
