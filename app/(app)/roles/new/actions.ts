"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { createRole } from "@/lib/roles/create-role";
import { createRoleSchema } from "@/lib/roles/role-schema";

export const createRoleAction = validatedAction({
  schema: createRoleSchema,
  roles: ["recruiter", "admin"],
  run: (input, user) => {
    const { roleId } = createRole(db(), { ...input, user });
    revalidatePath("/roles");
    revalidatePath("/");
    redirect(`/roles/${roleId}?created=1`);
  },
});
