import "server-only";
import type { DbOrTx } from "@/db/client";
import { env } from "@/lib/env";
import { issueAccountLink } from "./account-links";
import { invitationMessage } from "./account-messages";
import { enqueueAccountMessage } from "./enqueue-account-message";
import { INVITATION_TTL_MS } from "./link-token";

/**
 * The invitation to join, written inside the caller's transaction: a new single-use link (replacing any earlier
 * invitation's) and the message carrying it. Where OpenID Connect is configured, the message says to sign in
 * through it instead, and no link is made.
 */
export function writeInvitation(
  tx: DbOrTx,
  { person, invitedBy, now }: { person: { id: string; name: string; email: string }; invitedBy: { id: string; name: string }; now: Date },
): { messageId: string; expiresAt: Date | null } {
  const { publicUrl, oidcEnabled, AUTH_OIDC_NAME } = env();
  const link = oidcEnabled
    ? null
    : issueAccountLink(tx, { userId: person.id, purpose: "invitation", now, ttlMs: INVITATION_TTL_MS, createdById: invitedBy.id });
  const message = invitationMessage({
    name: person.name,
    email: person.email,
    invitedBy: invitedBy.name,
    joinUrl: link ? `${publicUrl}/join/${link.token}` : null,
    expiresAt: link?.expiresAt ?? null,
    signInUrl: `${publicUrl}/sign-in`,
    oidcName: AUTH_OIDC_NAME,
  });
  const { messageId } = enqueueAccountMessage(tx, { kind: "invitation-to-join", to: person.email, ...message, now });
  return { messageId, expiresAt: link?.expiresAt ?? null };
}
