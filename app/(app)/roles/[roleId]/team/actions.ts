"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { hiringTeamSchema } from "@/lib/roles/role-schema";
import { updateHiringTeam } from "@/lib/roles/update-hiring-team";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export const updateHiringTeamAction = validatedAction({
  schema: hiringTeamSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = updateHiringTeam(db(), { ...input, user });
    revalidatePath(`/roles/${input.roleId}`, "layout");
    revalidatePath("/roles");
    revalidatePath("/");
    return result;
  },
});
