import type { Metadata } from "next";
import { db } from "@/db";
import { AccountCard, LinkProblem } from "@/components/accounts/account-card";
import { SetPasswordForm } from "@/components/accounts/set-password-form";
import { checkAccountLink } from "@/lib/accounts/account-links";
import { linkProblem } from "@/lib/accounts/link-messages";
import { joinWithPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Join Levelset", robots: { index: false }, referrer: "no-referrer" };

/**
 * The invitation's link, without signing in: the person chooses a password and is signed in. Opening the page
 * changes nothing (a link scanner cannot use the invitation up); a link that no longer works says what to do.
 */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = checkAccountLink(db(), { token, purpose: "invitation", now: new Date() });
  if (link.state !== "valid") {
    return (
      <AccountCard title="Join your hiring workspace">
        <LinkProblem {...linkProblem("invitation", link.state)} next={{ href: "/sign-in", label: "Go to the sign-in page" }} />
      </AccountCard>
    );
  }
  return (
    <AccountCard title="Join your hiring workspace">
      <p className="mb-4 text-sm text-slate-600">
        Welcome, {link.name}. Choose a password for <span className="font-medium text-slate-900">{link.email}</span>; you are signed in straight
        after.
      </p>
      <SetPasswordForm
        action={joinWithPasswordAction}
        token={token}
        email={link.email}
        submitLabel="Set password and sign in"
        pendingLabel="Setting your password…"
      />
    </AccountCard>
  );
}
