/** The decision forms' fields (record, revise, reopen), shared by the forms and the server actions. */
import { z } from "zod";
import { RATIONALE_MAX, RATIONALE_MIN } from "./decision-limits";

export { RATIONALE_MAX, RATIONALE_MIN } from "./decision-limits";
import { safeTextCheck } from "@/lib/validation/text";

/** Hire, no hire, or "hold" (more signal needed); the form sends strings, direct calls may send booleans. */
const outcome = z.preprocess(
  (value) => (value === "true" || value === "hire" ? true : value === "false" || value === "no-hire" ? false : value),
  z.union([z.boolean(), z.literal("hold")], { error: "Choose hire, no hire, or hold for more signal." }),
);

const checked = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const optionalText = (label: string) =>
  z
    .string()
    .trim()
    .max(RATIONALE_MAX, `Keep the ${label} to ${RATIONALE_MAX} characters or fewer.`)
    .superRefine(safeTextCheck(`The ${label}`))
    .optional()
    .transform((value) => (value ? value : undefined));

const requiredReason = (what: string) =>
  z
    .string({ error: `Write why you ${what}.` })
    .trim()
    .min(RATIONALE_MIN, `Write at least ${RATIONALE_MIN} characters on why you ${what}.`)
    .max(RATIONALE_MAX, `Keep the reason to ${RATIONALE_MAX} characters or fewer.`)
    .superRefine(safeTextCheck("The reason"));

const applicationId = z.string().trim().min(1, "The application is missing; reload the page and try again.").max(100);

const decisionFields = z.object({
  applicationId,
  /** Required for hire and no hire; a hold has no level (stored as "none"). */
  level: z.enum(["staff", "senior", "none"], { error: "Choose the level: Staff, Senior or no level." }).optional(),
  hire: outcome,
  rationale: z
    .string({ error: "Write the rationale for your decision." })
    .trim()
    .min(RATIONALE_MIN, `Write at least ${RATIONALE_MIN} characters of rationale: what in the evidence decided it.`)
    .max(RATIONALE_MAX, `Keep the rationale to ${RATIONALE_MAX} characters or fewer.`)
    .superRefine(safeTextCheck("The rationale")),
  overrideReason: optionalText("reason"),
  /** With a hold: the sections the extra interview should probe. */
  probeSectionIds: z.array(z.string().trim().min(1).max(100)).max(50, "Choose at most 50 sections.").optional().default([]),
  /** Deciding while scheduled scorecards are missing: the explicit "decide without them" and why. */
  decideWithoutMissing: checked.optional().default(false),
  missingReason: optionalText("reason for deciding without them"),
});

type Fields = z.infer<typeof decisionFields>;

/** Level is required unless the outcome is a hold; a hold names at least one section to probe. */
function outcomeRules(value: Fields, ctx: z.RefinementCtx) {
  if (value.hire !== "hold" && value.level === undefined) {
    ctx.addIssue({ code: "custom", path: ["level"], message: "Choose the level: Staff, Senior or no level." });
  }
  if (value.hire === "hold" && value.probeSectionIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["probeSectionIds"], message: "Choose at least one section the extra interview should probe." });
  }
}

const toInput = <T extends Fields>(value: T) => ({ ...value, level: value.hire === "hold" ? ("none" as const) : (value.level ?? "none") });

export const decisionSchema = decisionFields.superRefine(outcomeRules).transform(toInput);

export type DecisionInput = z.infer<typeof decisionSchema>;

/** Revising a recorded decision: a new decision, plus why it changes. */
export const reviseDecisionSchema = decisionFields
  .extend({ revisionReason: requiredReason("revise the decision") })
  .superRefine(outcomeRules)
  .transform(toInput);

export type ReviseDecisionInput = z.infer<typeof reviseDecisionSchema>;

/** Reopening an application to the debrief: the decision goes to the history, with why. */
export const reopenDecisionSchema = z.object({ applicationId, reason: requiredReason("reopen the debrief") });

export type ReopenDecisionInput = z.infer<typeof reopenDecisionSchema>;
