"use server";

import { db } from "@/db";
import { publicAction } from "@/lib/actions/public-action";
import { setPasswordSchema } from "@/lib/accounts/account-schemas";
import { setPasswordFromLink } from "@/lib/accounts/set-password-from-link";
import { signInAfterLink } from "@/lib/accounts/sign-in-after-link";

const join = publicAction({
  schema: setPasswordSchema,
  run: async (input) => {
    const { email } = await setPasswordFromLink(db(), { purpose: "invitation", input });
    return signInAfterLink(email, input.password);
  },
});

/** The invitation's link: set a password (the link's token is the permission), then signed in and sent home. */
export async function joinWithPasswordAction(prev: unknown, payload: FormData | Record<string, unknown>) {
  return join(prev, payload);
}
