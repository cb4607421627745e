import type { Metadata } from "next";
import { db } from "@/db";
import { AccountCard, LinkProblem } from "@/components/accounts/account-card";
import { SetPasswordForm } from "@/components/accounts/set-password-form";
import { checkAccountLink } from "@/lib/accounts/account-links";
import { linkProblem } from "@/lib/accounts/link-messages";
import { resetPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

/** The reset link, without signing in: a new password, then signed in here and signed out everywhere else. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = checkAccountLink(db(), { token, purpose: "password-reset", now: new Date() });
  if (link.state !== "valid") {
    return (
      <AccountCard title="Choose a new password">
        <LinkProblem {...linkProblem("password-reset", link.state)} next={{ href: "/forgot-password", label: "Ask for a new reset link" }} />
      </AccountCard>
    );
  }
  return (
    <AccountCard title="Choose a new password">
      <p className="mb-4 text-sm text-slate-600">
        A new password for <span className="font-medium text-slate-900">{link.email}</span>. Setting it signs you in here and signs you out on every
        other device.
      </p>
      <SetPasswordForm
        action={resetPasswordAction}
        token={token}
        email={link.email}
        submitLabel="Set new password and sign in"
        pendingLabel="Setting your password…"
      />
    </AccountCard>
  );
}
