"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { retentionSettingSchema, runRetentionSchema } from "@/lib/retention/retention-schema";
import { saveRetentionSetting } from "@/lib/retention/retention-settings";
import { runRetention } from "@/lib/retention/run-retention";

export const saveRetentionSettingAction = validatedAction({
  schema: retentionSettingSchema,
  roles: ["admin"],
  run: (input, user) => {
    const saved = saveRetentionSetting(db(), { user, months: input.months });
    revalidatePath("/retention");
    return { months: saved.months };
  },
});

/** "Erase now": runs the rule as the admin (the same rule the daily run applies), re-checking each candidate. */
export const runRetentionAction = validatedAction({
  schema: runRetentionSchema,
  roles: ["admin"],
  run: (_input, user) => {
    const { months, erased } = runRetention(db(), new Date(), { actor: user });
    revalidatePath("/retention");
    revalidatePath("/roles", "layout");
    revalidatePath("/applications", "layout");
    revalidatePath("/audit");
    return { months, erased: erased.length };
  },
});
