/** The decision form's fields, shared by the form and the server action. */
import { z } from "zod";
import { RATIONALE_MAX, RATIONALE_MIN } from "./decision-limits";

export { RATIONALE_MAX, RATIONALE_MIN } from "./decision-limits";
import { safeTextCheck } from "@/lib/validation/text";

const yesNo = z.preprocess(
  (value) => (value === "true" || value === "hire" ? true : value === "false" || value === "no-hire" ? false : value),
  z.boolean({ error: "Choose hire or no hire." }),
);

export const decisionSchema = z.object({
  applicationId: z.string().trim().min(1, "The application is missing; reload the page and try again.").max(100),
  level: z.enum(["staff", "senior", "none"], { error: "Choose the level: Staff, Senior or no level." }),
  hire: yesNo,
  rationale: z
    .string({ error: "Write the rationale for your decision." })
    .trim()
    .min(RATIONALE_MIN, `Write at least ${RATIONALE_MIN} characters of rationale: what in the evidence decided it.`)
    .max(RATIONALE_MAX, `Keep the rationale to ${RATIONALE_MAX} characters or fewer.`)
    .superRefine(safeTextCheck("The rationale")),
  overrideReason: z
    .string()
    .trim()
    .max(RATIONALE_MAX, `Keep the reason to ${RATIONALE_MAX} characters or fewer.`)
    .superRefine(safeTextCheck("The reason"))
    .optional()
    .transform((value) => (value ? value : undefined)),
});

export type DecisionInput = z.infer<typeof decisionSchema>;
/** What the form sends before parsing (all strings). */
export type DecisionFormValues = { level: string; hire: string; rationale: string; overrideReason: string };
