import type { Metadata } from "next";
import { AccountCard } from "@/components/accounts/account-card";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { env } from "@/lib/env";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Forgot password" };

/** Asks for a reset link by email; the answer is the same whether or not the email has an account. */
export default function ForgotPasswordPage() {
  const { oidcEnabled, AUTH_OIDC_NAME } = env();
  return (
    <AccountCard title="Reset your password">
      <p className="mb-4 text-sm text-slate-600">
        Enter the email you sign in with. If it belongs to an active account, we email it a link to choose a new password.
        {oidcEnabled ? ` If you sign in with ${AUTH_OIDC_NAME}, reset your password there instead.` : ""}
      </p>
      <ForgotPasswordForm action={requestPasswordResetAction} />
    </AccountCard>
  );
}
