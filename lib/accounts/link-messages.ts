import type { AccountLinkPurpose } from "@/db/enums";
import type { LinkState } from "./link-token";

/** What a person reads when a link no longer works, and what to do next. */
export function linkProblem(purpose: AccountLinkPurpose, state: Exclude<LinkState, "valid">): { title: string; body: string } {
  if (purpose === "invitation") {
    switch (state) {
      case "used":
        return {
          title: "This invitation was already used",
          body: "Your password is set: sign in with it. If you forgot it, use “Forgot password?” on the sign-in page.",
        };
      case "replaced":
        return { title: "A newer invitation replaced this one", body: "An admin sent you a new invitation: open the link in the most recent email." };
      case "expired":
        return {
          title: "This invitation has expired",
          body: "Invitations work for 7 days. Ask an admin to send you a new one from your page under People.",
        };
      default:
        return {
          title: "This invitation link does not work",
          body: "Check that you opened the whole link from the email, or ask an admin to send you a new invitation.",
        };
    }
  }
  switch (state) {
    case "used":
      return { title: "This reset link was already used", body: "Sign in with your new password, or ask for another link if you did not set one." };
    case "replaced":
      return { title: "A newer reset link replaced this one", body: "Open the link in the most recent email, or ask for another one." };
    case "expired":
      return { title: "This reset link has expired", body: "Reset links work for one hour. Ask for a new one." };
    default:
      return { title: "This reset link does not work", body: "Check that you opened the whole link from the email, or ask for a new one." };
  }
}
