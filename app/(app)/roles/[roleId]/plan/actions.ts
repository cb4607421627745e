"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { interviewPlanSchema } from "@/lib/roles/plan-schema";
import { saveInterviewPlan } from "@/lib/roles/save-interview-plan";

export const saveInterviewPlanAction = validatedAction({
  schema: interviewPlanSchema,
  roles: ["recruiter", "admin", "hiring-manager"],
  run: (input, user) => {
    const result = saveInterviewPlan(db(), { ...input, user });
    revalidatePath(`/roles/${input.roleId}`, "layout");
    revalidatePath("/roles");
    return result;
  },
});
