import { z } from "zod";

/**
 * Scheduling sends the moment as an ISO instant computed in the browser from <input type="datetime-local">,
 * so the person's own time zone (and its daylight-saving rules on that date) decides what "14:00" means.
 */

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(100, message);

const instant = z
  .string({ error: "Choose a date and time for the interview." })
  .trim()
  .min(1, "Choose a date and time for the interview.")
  .pipe(z.iso.datetime({ offset: true, error: "Choose a valid date and time for the interview." }));

export const scheduleInterviewSchema = z.object({
  applicationId: id("The application is missing. Reload the page."),
  stageId: id("Choose a stage."),
  interviewerId: id("Choose an interviewer from the stage's pool."),
  scheduledAt: instant,
});
export type ScheduleInterviewInput = z.infer<typeof scheduleInterviewSchema>;

export const rescheduleInterviewSchema = z.object({
  interviewId: id("The interview is missing. Reload the page."),
  scheduledAt: instant,
});
export type RescheduleInterviewInput = z.infer<typeof rescheduleInterviewSchema>;

export const cancelInterviewSchema = z.object({
  interviewId: id("The interview is missing. Reload the page."),
});

/** "2026-06-01T14:30" read in the runtime's own time zone → ISO instant; "" when it isn't a date. */
export function localInputToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return "";
  const date = new Date(value); // a date-time without an offset is local time (ECMAScript)
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

/** An instant → the value a datetime-local input shows for it in the runtime's own time zone. */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
