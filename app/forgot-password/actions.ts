"use server";

import { headers } from "next/headers";
import { db } from "@/db";
import { publicAction } from "@/lib/actions/public-action";
import { forgotPasswordSchema } from "@/lib/accounts/account-schemas";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { clientAddress } from "@/lib/auth/throttle-policy";
import { env } from "@/lib/env";
import { invalid } from "@/lib/errors";

const request = publicAction({
  schema: forgotPasswordSchema,
  run: async ({ email }) => {
    const address = clientAddress(env().LEVELSET_TRUSTED_PROXY_HEADER, await headers());
    const outcome = await requestPasswordReset(db(), { email, address });
    if (outcome === "throttled") {
      throw invalid("Too many reset links were asked for this address or from this network. Wait an hour and ask again, or ask an admin.");
    }
    // The same answer whether or not an account uses this email.
    return {
      message: `If an active Levelset account uses ${email}, a link to choose a new password is on its way there. It works once, for one hour.`,
    };
  },
});

/** "Forgot password?": anyone may ask; the answer never tells whether the email has an account. */
export async function requestPasswordResetAction(prev: unknown, payload: FormData | Record<string, unknown>) {
  return request(prev, payload);
}
