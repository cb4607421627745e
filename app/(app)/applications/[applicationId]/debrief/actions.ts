"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { decisionSchema } from "@/lib/debrief/decision-schema";
import { recordDecision } from "@/lib/debrief/record-decision";

export const recordDecisionAction = validatedAction({
  schema: decisionSchema,
  roles: ["hiring-manager"],
  run: (input, user) => {
    const result = recordDecision(db(), { ...input, user, now: new Date() });
    revalidatePath(`/applications/${input.applicationId}/debrief`);
    return result;
  },
});
