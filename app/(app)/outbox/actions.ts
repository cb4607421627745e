"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { retryOutboxSchema } from "@/lib/mail/outbox-action-schemas";
import { retryOutboxMessage } from "@/lib/mail/retry-outbox-message";

/** "Retry now": the message goes back to the sender, which tries it within seconds. */
export const retryOutboxMessageAction = validatedAction({
  schema: retryOutboxSchema,
  roles: ["admin"],
  run: (input, user) => {
    const { to } = retryOutboxMessage(db(), { user, messageId: input.messageId });
    revalidatePath("/outbox");
    return { message: `Sending to ${to} again within a few seconds. Reload to see the answer.` };
  },
});
