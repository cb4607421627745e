"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { addCandidate } from "@/lib/candidates/add-candidate";
import { addCandidateSchema } from "@/lib/candidates/candidate-schema";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export const addCandidateAction = validatedAction({
  schema: addCandidateSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = addCandidate(db(), { ...input, user });
    revalidatePath(`/roles/${input.roleId}`, "layout");
    revalidatePath("/roles");
    revalidatePath("/");
    redirect(`/applications/${result.applicationId}?added=${result.existing ? "existing" : "new"}`);
  },
});
