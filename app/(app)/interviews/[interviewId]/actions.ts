"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { markInterviewNotHeld } from "@/lib/interviews/mark-not-held";
import { markNotHeldSchema } from "@/lib/interviews/not-held-schema";
import { amendScorecard } from "@/lib/scorecards/amend-scorecard";
import { amendScorecardSchema, submitScorecardSchema } from "@/lib/scorecards/scorecard-schema";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";

/** Submits (and locks) the caller's scorecard for one of their interviews. */
export const submitScorecardAction = validatedAction({
  schema: submitScorecardSchema,
  roles: ["interviewer", "hiring-manager"],
  run: (input, user) => {
    const saved = submitScorecard(db(), { user, ...input });
    revalidatePath(`/interviews/${input.interviewId}`);
    revalidatePath("/interviews");
    return saved;
  },
});

/** Amends the caller's submitted scorecard, with a reason; the original stays on record. */
export const amendScorecardAction = validatedAction({
  schema: amendScorecardSchema,
  roles: ["interviewer", "hiring-manager"],
  run: (input, user) => {
    const saved = amendScorecard(db(), { user, ...input });
    revalidatePath(`/interviews/${input.interviewId}`);
    return saved;
  },
});

/** Marks one of the caller's interviews (or one on a role they may edit) as not held, with a reason. */
export const markNotHeldAction = validatedAction({
  schema: markNotHeldSchema,
  run: (input, user) => {
    markInterviewNotHeld(db(), { user, ...input });
    revalidatePath("/interviews");
    redirect("/interviews?notHeld=1");
  },
});
