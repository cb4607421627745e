import { z } from "zod";
import { isKnownTimeZone } from "@/lib/format/intl";

/** The profile's notification settings, shared by the form and its action. Checkboxes send "on" or nothing. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const notificationSettingsSchema = z.object({
  interviews: checkbox,
  reminders: checkbox,
  debriefs: checkbox,
  timeZone: z
    .string({ error: "Choose your time zone, so reminders arrive in your morning." })
    .trim()
    .min(1, "Choose your time zone, so reminders arrive in your morning.")
    .max(64, "Choose your time zone from the list.")
    .refine(isKnownTimeZone, "That is not a time zone Levelset knows. Choose one from the list, like Europe/Berlin."),
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;

export const unsubscribeSchema = z.object({ token: z.string().min(1).max(300) });
