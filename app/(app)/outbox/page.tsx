import type { Metadata } from "next";
import { db } from "@/db";
import type { OutboxStatus } from "@/db/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";
import { requireRole } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { listOutboxMessages, OUTBOX_PAGE_SIZE } from "@/lib/mail/list-outbox-messages";
import { HIDDEN_LINK_TOKEN } from "@/lib/mail/mask-account-links";
import { ActionButton } from "@/components/ui/action-button";
import { retryOutboxMessageAction } from "./actions";

export const metadata: Metadata = { title: "Outbox" };

const STATUS: Record<OutboxStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: "Waiting", tone: "blue" },
  sending: { label: "Sending", tone: "blue" },
  sent: { label: "Sent", tone: "green" },
  failed: { label: "Failed", tone: "red" },
  kept: { label: "Kept in outbox", tone: "gray" },
  skipped: { label: "Skipped", tone: "amber" },
};

export default async function OutboxPage() {
  const user = await requireRole("admin");
  const smtp = Boolean(env().SMTP_URL);
  const messages = listOutboxMessages(db(), { user, hideAccountLinks: smtp });
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Outbox</h1>
        <p className="mt-1 text-slate-600">
          {smtp
            ? `Every email Levelset writes, newest first. Messages go out through the mail server in SMTP_URL within seconds; a failed one shows the server's answer. The links in invitations and password resets show as ${HIDDEN_LINK_TOKEN}: only their recipient has them (resend an invitation from the person's page if it was lost).`
            : "Every email Levelset writes, newest first. No mail server is set up (SMTP_URL), so nothing leaves this machine: messages are kept here. See the README to connect your company's mail server."}
        </p>
      </div>
      <ScrollRegion label="Outbox messages" className="panel">
        <DataTable
          caption={`Outbox messages, newest first (at most ${OUTBOX_PAGE_SIZE})`}
          head={
            <>
              <Th>Written</Th>
              <Th>Status</Th>
              <Th>To</Th>
              <Th>Subject and message</Th>
              <Th>Mail server&apos;s answer</Th>
            </>
          }
        >
          {messages.length === 0 ? (
            <tr>
              <Td colSpan={5} className="py-6 text-center text-slate-500">
                No messages yet. Scheduling an interview writes the interviewer&apos;s invitation here.
              </Td>
            </tr>
          ) : (
            messages.map((m) => (
              <tr key={m.id} data-testid="outbox-message">
                <Td className="whitespace-nowrap text-slate-600">
                  <LocalTime iso={m.createdAt.toISOString()} />
                </Td>
                <Td className="whitespace-nowrap">
                  <Badge tone={STATUS[m.status].tone}>{STATUS[m.status].label}</Badge>
                  {m.status === "pending" && m.attempts > 0 ? (
                    <div className="mt-1 text-xs text-slate-500">
                      Attempt {m.attempts + 1} at <LocalTime iso={m.nextAttemptAt.toISOString()} withWeekday={false} />
                    </div>
                  ) : null}
                </Td>
                <Td className="whitespace-nowrap">{m.to}</Td>
                <Td className="min-w-72">
                  <details>
                    <summary className="cursor-pointer font-medium text-slate-900">{m.subject}</summary>
                    <pre className="mt-2 max-w-2xl font-sans text-sm whitespace-pre-wrap text-slate-700">{m.text}</pre>
                  </details>
                </Td>
                <Td className="min-w-48 text-slate-600">
                  {m.status === "failed" || (m.status === "pending" && m.lastError) ? (
                    <span className="text-red-800">{m.lastError}</span>
                  ) : m.status === "sent" ? (
                    m.smtpResponse
                  ) : m.status === "kept" ? (
                    "Not sent: no mail server is configured."
                  ) : m.status === "skipped" ? (
                    m.lastError
                  ) : (
                    "—"
                  )}
                  {smtp && (m.status === "failed" || m.status === "pending") ? (
                    <div className="mt-2">
                      <ActionButton
                        action={retryOutboxMessageAction}
                        payload={{ messageId: m.id }}
                        label="Retry now"
                        pendingLabel="Retrying…"
                        accessibleLabel={`Retry now: ${m.subject} to ${m.to}`}
                        testId="outbox-retry"
                      />
                    </div>
                  ) : null}
                </Td>
              </tr>
            ))
          )}
        </DataTable>
      </ScrollRegion>
    </div>
  );
}
