"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { roleSettingsSchema } from "@/lib/roles/role-schema";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";

export const updateRoleSettingsAction = validatedAction({
  schema: roleSettingsSchema,
  roles: ["recruiter", "admin", "hiring-manager"],
  run: (input, user) => {
    const result = updateRoleSettings(db(), { ...input, user });
    revalidatePath(`/roles/${result.roleId}`, "layout");
    revalidatePath("/roles");
    return { versionChanged: result.versionChanged, droppedFocus: result.droppedFocus, droppedQuestions: result.droppedQuestions };
  },
});
