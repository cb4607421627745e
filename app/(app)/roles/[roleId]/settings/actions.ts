"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { roleSettingsSchema } from "@/lib/roles/role-schema";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";
import { reminderDelaySchema } from "@/lib/roles/reminder-delay-schema";
import { formatDelay, updateReminderDelay } from "@/lib/roles/update-reminder-delay";

export const updateRoleSettingsAction = validatedAction({
  schema: roleSettingsSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = updateRoleSettings(db(), { ...input, user });
    // Not saved yet: the form shows which open debriefs would change level and asks to confirm.
    if (!result.saved) return { saved: false as const, impact: result.impact };
    revalidatePath(`/roles/${result.roleId}`, "layout");
    revalidatePath("/roles");
    revalidatePath("/", "layout");
    return {
      saved: true as const,
      versionChanged: result.versionChanged,
      droppedFocus: result.droppedFocus,
      droppedQuestions: result.droppedQuestions,
      levelChanges: result.levelChanges.length,
    };
  },
});

/** The role's scorecard reminder: how long after an interview ends its interviewer is first reminded. */
export const updateReminderDelayAction = validatedAction({
  schema: reminderDelaySchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const { minutes } = updateReminderDelay(db(), { user, roleId: input.roleId, hours: input.hours });
    revalidatePath(`/roles/${input.roleId}/settings`);
    return { message: `Saved. Interviewers are first reminded ${formatDelay(minutes)} after an interview ends, then each morning.` };
  },
});
