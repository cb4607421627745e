import { z } from "zod";
import { MAX_REMINDER_DELAY_MINUTES, MIN_REMINDER_DELAY_MINUTES } from "@/lib/mail/reminder-schedule";

const HOURS = `Enter a number of hours between ${MIN_REMINDER_DELAY_MINUTES / 60} and ${MAX_REMINDER_DELAY_MINUTES / 60}, like 1 or 2.5.`;

/** The role's reminder setting: the form sends hours, the role keeps minutes. */
export const reminderDelaySchema = z.object({
  roleId: z.string({ error: "The role is missing. Reload the page." }).trim().min(1, "The role is missing. Reload the page.").max(100),
  hours: z.coerce
    .number({ error: HOURS })
    .refine(Number.isFinite, HOURS)
    .transform((h) => Math.round(h * 60))
    .refine((m) => m >= MIN_REMINDER_DELAY_MINUTES && m <= MAX_REMINDER_DELAY_MINUTES, HOURS),
});
export type ReminderDelayInput = z.infer<typeof reminderDelaySchema>;
