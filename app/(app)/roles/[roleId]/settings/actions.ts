"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { roleSettingsSchema } from "@/lib/roles/role-schema";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export const updateRoleSettingsAction = validatedAction({
  schema: roleSettingsSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = updateRoleSettings(db(), { ...input, user });
    revalidatePath(`/roles/${result.roleId}`, "layout");
    revalidatePath("/roles");
    return { versionChanged: result.versionChanged, droppedFocus: result.droppedFocus, droppedQuestions: result.droppedQuestions };
  },
});
