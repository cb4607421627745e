import { z } from "zod";

const id = z.string({ error: "The message is missing. Reload the page." }).trim().min(1, "The message is missing. Reload the page.").max(100);

export const retryOutboxSchema = z.object({ messageId: id });
export const remindNowSchema = z.object({
  interviewId: z.string({ error: "The interview is missing. Reload the page." }).trim().min(1, "The interview is missing. Reload the page.").max(100),
});
