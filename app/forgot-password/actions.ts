"use server";

import { headers } from "next/headers";
import { db } from "@/db";
import { publicAction } from "@/lib/actions/public-action";
import { forgotPasswordSchema } from "@/lib/accounts/account-schemas";
import { forgotPassword } from "@/lib/accounts/forgot-password";
import { clientAddress } from "@/lib/auth/throttle-policy";
import { env } from "@/lib/env";

const request = publicAction({
  schema: forgotPasswordSchema,
  run: async ({ email }) => forgotPassword(db(), { email, address: clientAddress(env().LEVELSET_TRUSTED_PROXY_HEADER, await headers()) }),
});

/** "Forgot password?": anyone may ask; the answer never tells whether the email has an account. */
export async function requestPasswordResetAction(prev: unknown, payload: FormData | Record<string, unknown>) {
  return request(prev, payload);
}
