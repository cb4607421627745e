import { z } from "zod";
import { safeTextCheck } from "@/lib/validation/text";

export const eraseCandidateSchema = z.object({
  candidateId: z.string().trim().min(1, "The candidate is missing. Reload the page.").max(100, "The candidate is missing. Reload the page."),
  /** Where to go back to afterwards (the application the dialog was opened from). */
  applicationId: z.string().trim().max(100).optional(),
  confirmName: z
    .string({ error: "Type the candidate's name to confirm." })
    .trim()
    .min(1, "Type the candidate's name to confirm.")
    .max(200, "That is longer than any candidate's name; type the name exactly as shown.")
    .superRefine(safeTextCheck("The name")),
});
