"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { saveNotificationSettings } from "@/lib/mail/notification-preferences";
import { notificationSettingsSchema } from "@/lib/mail/notification-settings-schema";

/** The signed-in person's own notification settings (every signed-in person; only ever their own row). */
export const saveNotificationSettingsAction = validatedAction({
  schema: notificationSettingsSchema,
  run: (input, user) => {
    saveNotificationSettings(db(), { userId: user.id, input });
    revalidatePath("/profile");
    return { message: "Notification settings saved." };
  },
});
