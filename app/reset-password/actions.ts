"use server";

import { db } from "@/db";
import { publicAction } from "@/lib/actions/public-action";
import { setPasswordSchema } from "@/lib/accounts/account-schemas";
import { setPasswordFromLink } from "@/lib/accounts/set-password-from-link";
import { signInAfterLink } from "@/lib/accounts/sign-in-after-link";

const reset = publicAction({
  schema: setPasswordSchema,
  run: async (input) => {
    const { email } = await setPasswordFromLink(db(), { purpose: "password-reset", input });
    return signInAfterLink(email, input.password);
  },
});

/** The reset link: a new password (every other session of the person ends), then signed in and sent home. */
export async function resetPasswordAction(prev: unknown, payload: FormData | Record<string, unknown>) {
  return reset(prev, payload);
}
