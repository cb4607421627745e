import { z } from "zod";
import { DUPLICATE_STAGE_MESSAGE, duplicateStageNameIndexes, MAX_STAGES, STAGE_MAX_MINUTES, STAGE_MIN_MINUTES } from "./plan-limits";

export { DUPLICATE_STAGE_MESSAGE, duplicateStageNameIndexes, MAX_STAGES, STAGE_MAX_MINUTES, STAGE_MIN_MINUTES } from "./plan-limits";
import { safeTextCheck } from "@/lib/validation/text";

/** The interview plan as the plan editor sends it: the whole list of stages, saved in one go. */

export const planStageSchema = z.object({
  /** Set for a stage that already exists; absent for a new one. */
  id: z.string().max(100).nullish(),
  name: z
    .string({ error: "Name the stage, like “System design”." })
    .trim()
    .min(1, "Name the stage, like “System design”.")
    .max(80, "Keep the stage name to 80 characters or fewer.")
    .superRefine(safeTextCheck("The stage name")),
  durationMinutes: z
    .number({ error: `Enter the length in minutes, between ${STAGE_MIN_MINUTES} and ${STAGE_MAX_MINUTES}.` })
    .int("Enter the length in whole minutes.")
    .min(STAGE_MIN_MINUTES, `A stage lasts at least ${STAGE_MIN_MINUTES} minutes.`)
    .max(STAGE_MAX_MINUTES, `A stage lasts at most ${STAGE_MAX_MINUTES} minutes (8 hours).`),
  focusSectionIds: z.array(z.string().max(100)).max(100).min(1, "Choose at least one focus section: it tells the interviewer what to assess."),
  questionIds: z.array(z.string().max(100)).max(200).default([]),
  interviewerIds: z.array(z.string().max(100)).max(100).default([]),
});

export type PlanStageInput = z.infer<typeof planStageSchema>;

/** Two stages may not share a name (ignoring case and spaces): interviewers and the debrief tell stages apart by it. */

export const interviewPlanSchema = z
  .object({
    roleId: z.string().trim().min(1, "The role is missing. Reload the page.").max(100),
    stages: z.array(planStageSchema).max(MAX_STAGES, `A plan has at most ${MAX_STAGES} stages.`),
  })
  .superRefine((plan, ctx) => {
    for (const i of duplicateStageNameIndexes(plan.stages.map((s) => s.name))) {
      ctx.addIssue({ code: "custom", path: ["stages", i, "name"], message: DUPLICATE_STAGE_MESSAGE });
    }
  });

export type InterviewPlanInput = z.infer<typeof interviewPlanSchema>;
