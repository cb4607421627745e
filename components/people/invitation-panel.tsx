import { ActionButton } from "@/components/ui/action-button";
import { LocalTime } from "@/components/ui/local-time";
import { Panel } from "@/components/ui/panel";
import type { LinkState } from "@/lib/accounts/link-token";
import type { ActionResult } from "@/lib/actions/action-result";

type Invitation = { createdAt: Date; expiresAt: Date; state: LinkState } | null;
type Result = ActionResult<{ message: string }>;

const STATE_TEXT: Record<LinkState, string> = {
  valid: "waiting to be used",
  used: "used",
  replaced: "replaced by a newer one",
  expired: "expired",
  unknown: "not found",
};

/** For someone who has not set a password yet: the last invitation's state, and a new one on request. */
export function InvitationPanel({
  userId,
  name,
  invitation,
  action,
}: {
  userId: string;
  name: string;
  invitation: Invitation;
  action: (prev: Result, payload: Record<string, unknown>) => Promise<Result>;
}) {
  return (
    <Panel id="invitation" title="Invitation to join" description={`${name} has not set a password yet.`}>
      <p className="text-sm text-slate-600" data-testid="invitation-state">
        {invitation ? (
          <>
            Last invitation sent <LocalTime iso={invitation.createdAt.toISOString()} />, {STATE_TEXT[invitation.state]}
            {invitation.state === "valid" ? (
              <>
                {" "}
                until <LocalTime iso={invitation.expiresAt.toISOString()} />
              </>
            ) : null}
            .
          </>
        ) : (
          "No invitation link was sent yet."
        )}{" "}
        A new invitation replaces the earlier link.
      </p>
      <div className="mt-3">
        <ActionButton action={action} payload={{ userId }} label="Resend invitation" pendingLabel="Sending…" testId="resend-invitation-result" />
      </div>
    </Panel>
  );
}
