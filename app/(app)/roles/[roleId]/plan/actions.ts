"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { interviewPlanSchema } from "@/lib/roles/plan-schema";
import { saveInterviewPlan } from "@/lib/roles/save-interview-plan";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export const saveInterviewPlanAction = validatedAction({
  schema: interviewPlanSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = saveInterviewPlan(db(), { ...input, user });
    revalidatePath(`/roles/${input.roleId}`, "layout");
    revalidatePath("/roles");
    return result;
  },
});
