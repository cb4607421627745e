"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { createRole } from "@/lib/roles/create-role";
import { createRoleSchema } from "@/lib/roles/role-schema";
import { RECRUITER_ADMIN_APP_ROLES } from "@/lib/permissions/app-roles";

export const createRoleAction = validatedAction({
  schema: createRoleSchema,
  roles: RECRUITER_ADMIN_APP_ROLES,
  run: (input, user) => {
    const { roleId } = createRole(db(), { ...input, user });
    revalidatePath("/roles");
    revalidatePath("/");
    redirect(`/roles/${roleId}?created=1`);
  },
});
