"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { remindNowSchema } from "@/lib/mail/outbox-action-schemas";
import { remindNow } from "@/lib/mail/scorecard-reminders";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

/** "Remind now" on the recruiter's to-do list: a scorecard reminder written at once, at most one an hour. */
export const remindNowAction = validatedAction({
  schema: remindNowSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const { interviewerName, outcome } = remindNow(db(), { user, interviewId: input.interviewId });
    revalidatePath("/");
    return {
      message:
        outcome === "written"
          ? `Reminder on its way to ${interviewerName}.`
          : `${interviewerName} turned scorecard reminders off, so no email was sent. Ask them directly.`,
    };
  },
});
