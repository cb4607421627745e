"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";
import { changeRoleStatus } from "@/lib/roles/change-role-status";
import { changeRoleStatusSchema } from "@/lib/roles/role-status-schema";

/** A recruiter, admin or the role's hiring manager closes or reopens the role; the domain checks which role in its query. */
export const changeRoleStatusAction = validatedAction({
  schema: changeRoleStatusSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = changeRoleStatus(db(), { ...input, user });
    revalidatePath(`/roles/${input.roleId}`, "layout");
    revalidatePath("/roles");
    revalidatePath("/");
    return result;
  },
});
