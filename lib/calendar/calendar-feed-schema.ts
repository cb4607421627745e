import { z } from "zod";

/**
 * The profile's calendar feed buttons, shared by the component and the actions. Neither names a person: the feed
 * managed is always the signed-in person's own. "create" refuses when a feed exists (a second tab must not replace
 * the address silently); "regenerate" replaces it, after the person confirmed.
 */
export const createCalendarFeedSchema = z.object({
  intent: z.enum(["create", "regenerate"], { error: "Choose Create or Regenerate. Reload the page and try again." }),
});
export type CreateCalendarFeedInput = z.infer<typeof createCalendarFeedSchema>;

/** Turning the feed off carries only the confirmation from the dialog. */
export const revokeCalendarFeedSchema = z.object({
  confirm: z.literal("revoke", { error: "Confirm that the calendar feed should stop working." }),
});
