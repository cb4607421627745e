"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { decisionSchema, reopenDecisionSchema, reviseDecisionSchema } from "@/lib/debrief/decision-schema";
import { recordDecision } from "@/lib/debrief/record-decision";
import { reopenDecision } from "@/lib/debrief/reopen-decision";
import { reviseDecision } from "@/lib/debrief/revise-decision";

export const recordDecisionAction = validatedAction({
  schema: decisionSchema,
  roles: ["hiring-manager"],
  run: (input, user) => {
    const result = recordDecision(db(), { ...input, user, now: new Date() });
    revalidatePath(`/applications/${input.applicationId}/debrief`);
    return result;
  },
});

export const reviseDecisionAction = validatedAction({
  schema: reviseDecisionSchema,
  roles: ["hiring-manager"],
  run: (input, user) => {
    const result = reviseDecision(db(), { ...input, user, now: new Date() });
    revalidatePath(`/applications/${input.applicationId}/debrief`);
    return result;
  },
});

export const reopenDecisionAction = validatedAction({
  schema: reopenDecisionSchema,
  roles: ["hiring-manager"],
  run: (input, user) => {
    const result = reopenDecision(db(), { ...input, user, now: new Date() });
    revalidatePath(`/applications/${input.applicationId}/debrief`);
    return result;
  },
});
