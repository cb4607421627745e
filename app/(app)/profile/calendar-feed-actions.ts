"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { createCalendarFeedSchema, revokeCalendarFeedSchema } from "@/lib/calendar/calendar-feed-schema";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed-token";
import { calendarFeedUrl } from "@/lib/calendar/calendar-feed-url";
import { env } from "@/lib/env";

/**
 * Creates or regenerates the signed-in person's own calendar feed (every signed-in person; only ever their own row).
 * The answer carries the full address: the only time it exists outside the person's calendar app.
 */
export const createCalendarFeedAction = validatedAction({
  schema: createCalendarFeedSchema,
  run: (input, user) => {
    const feed = createCalendarFeed(db(), { userId: user.id, intent: input.intent });
    revalidatePath("/profile");
    return {
      url: calendarFeedUrl(env().publicUrl, feed.token),
      message: feed.replaced
        ? "Made a new calendar feed address. The old one no longer works: replace it in your calendar app with this one."
        : "Your calendar feed is on. Copy its address into your calendar app now.",
    };
  },
});

/** Turns the signed-in person's own feed off: its address answers 404 from the next fetch. */
export const revokeCalendarFeedAction = validatedAction({
  schema: revokeCalendarFeedSchema,
  run: (_input, user) => {
    const { revoked } = revokeCalendarFeed(db(), { userId: user.id });
    revalidatePath("/profile");
    return {
      url: null,
      message: revoked
        ? "Your calendar feed is off. Calendar apps subscribed to it stop getting your interviews; remove the calendar there too."
        : "Your calendar feed was already off.",
    };
  },
});
