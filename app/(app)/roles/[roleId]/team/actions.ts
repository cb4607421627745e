"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { hiringTeamSchema } from "@/lib/roles/role-schema";
import { updateHiringTeam } from "@/lib/roles/update-hiring-team";

export const updateHiringTeamAction = validatedAction({
  schema: hiringTeamSchema,
  roles: ["recruiter", "admin", "hiring-manager"],
  run: (input, user) => {
    const result = updateHiringTeam(db(), { ...input, user });
    revalidatePath(`/roles/${input.roleId}`, "layout");
    revalidatePath("/roles");
    revalidatePath("/");
    return result;
  },
});
