import { formatUtc } from "@/lib/mail/interview-messages";
import { mailHtml } from "@/lib/mail/mail-html";

type Message = { subject: string; text: string; html: string };

function compose(subject: string, paragraphs: string[], link: { href: string; label: string }, footer: string): Message {
  const text = [...paragraphs, `${link.label}: ${link.href}`, `-- \n${footer}`].join("\n\n") + "\n";
  return { subject, text, html: mailHtml({ paragraphs, link, footer }) };
}

export type InvitationFacts = {
  name: string;
  email: string;
  invitedBy: string;
  /** The link that sets a password (password sign-in), or null where people sign in through OpenID Connect. */
  joinUrl: string | null;
  expiresAt: Date | null;
  signInUrl: string;
  /** AUTH_OIDC_NAME, e.g. "your company account". */
  oidcName: string;
};

/** The invitation to join: a link that sets a password, or, with OpenID Connect on, where to sign in through it. */
export function invitationMessage(f: InvitationFacts): Message {
  const footer = "Sent by Levelset because an admin added you to your company's hiring workspace. If you did not expect it, you can ignore it.";
  const intro = [
    `Hi ${f.name},`,
    `${f.invitedBy} added you to Levelset, where your company's interview panels write their scorecards and level Senior and Staff engineers.`,
  ];
  if (!f.joinUrl || !f.expiresAt) {
    return compose(
      "You're invited to Levelset",
      [...intro, `Sign in with ${f.oidcName} as ${f.email}: there is no separate Levelset password to set.`],
      { href: f.signInUrl, label: `Sign in with ${f.oidcName}` },
      footer,
    );
  }
  return compose(
    "You're invited to Levelset: set your password",
    [
      ...intro,
      `Open the link below to choose your password; you are signed in straight after. Your sign-in email is ${f.email}.`,
      `The link works once and until ${formatUtc(f.expiresAt)}. If it has expired, ask an admin to send a new invitation.`,
    ],
    { href: f.joinUrl, label: "Set your password" },
    footer,
  );
}

/** The password reset: a link that sets a new password, valid for an hour. */
export function passwordResetMessage(f: { name: string; resetUrl: string; expiresAt: Date; forgotUrl: string }): Message {
  return compose(
    "Reset your Levelset password",
    [
      `Hi ${f.name},`,
      "Someone (we hope you) asked to reset the password of your Levelset account.",
      `Open the link below to choose a new one. It works once and until ${formatUtc(f.expiresAt)}; setting the new password signs you out everywhere else.`,
      `If you did not ask, ignore this message: your password stays as it is. If the link has expired, ask for a new one at ${f.forgotUrl}.`,
    ],
    { href: f.resetUrl, label: "Choose a new password" },
    "Sent by Levelset because a password reset was asked for this address.",
  );
}
