import { z } from "zod";
import { MAX_DEACTIVATION_CHOICES } from "./deactivation-rules";

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(100, message);

/** What happens to one upcoming interview of the person: another interviewer from the stage's pool takes it, or it is cancelled. */
export const deactivationChoiceSchema = z
  .object({
    interviewId: id("An interview is missing from the form. Reload the page."),
    action: z.enum(["reassign", "cancel"], { error: "Choose who takes this interview, or cancel it." }),
    interviewerId: z.string({ error: "Choose who takes this interview." }).trim().max(100, "Choose who takes this interview.").default(""),
  })
  .superRefine((choice, ctx) => {
    if (choice.action === "reassign" && !choice.interviewerId) {
      ctx.addIssue({ code: "custom", path: ["interviewerId"], message: "Choose who takes this interview." });
    }
  });

/** Deactivating a person: every upcoming interview of theirs, each with its choice (the page lists them). */
export const deactivatePersonSchema = z.object({
  userId: id("The person is missing. Reload the page."),
  choices: z
    .array(deactivationChoiceSchema, { error: "The interviews are missing from the form. Reload the page." })
    .max(MAX_DEACTIVATION_CHOICES, `At most ${MAX_DEACTIVATION_CHOICES} interviews can be handled at once.`)
    .default([]),
});

export type DeactivationChoice = z.infer<typeof deactivationChoiceSchema>;
export type DeactivatePersonInput = z.infer<typeof deactivatePersonSchema>;
