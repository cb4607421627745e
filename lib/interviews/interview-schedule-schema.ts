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

export { isoToLocalInput, localInputToIso } from "./local-time-input";
