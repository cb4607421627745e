import { z } from "zod";
import { safeTextCheck } from "@/lib/validation/text";
import { NOT_HELD_REASON_MAX, NOT_HELD_REASON_MIN } from "./not-held-limits";

/** Marking an interview "did not take place": which interview, and why (required, so the record explains itself). */
export const markNotHeldSchema = z.object({
  interviewId: z
    .string({ error: "Reload the page and try again: the interview is missing." })
    .trim()
    .min(1, "Reload the page and try again: the interview is missing.")
    .max(100),
  reason: z
    .string({ error: `Say why the interview did not take place (at least ${NOT_HELD_REASON_MIN} characters).` })
    .trim()
    .min(NOT_HELD_REASON_MIN, `Say why the interview did not take place (at least ${NOT_HELD_REASON_MIN} characters).`)
    .max(NOT_HELD_REASON_MAX, `Shorten the reason to ${NOT_HELD_REASON_MAX.toLocaleString("en-US")} characters or fewer.`)
    .superRefine(safeTextCheck("The reason")),
});
export type MarkNotHeldInput = z.infer<typeof markNotHeldSchema>;
