import { db } from "@/db";
import { csvRow } from "@/lib/analytics/csv";
import { auditActionLabel } from "@/lib/audit/action-labels";
import { readAuditFilters } from "@/lib/audit/audit-filters";
import { allAuditEvents } from "@/lib/audit/list-audit-events";
import { invalid } from "@/lib/errors";
import { downloadHeaders } from "@/lib/http/responses";
import { withUser } from "@/lib/http/with-user";

const HEADER = ["When (UTC)", "Who", "Action", "Action key", "What", "Entity type", "Entity id"];

/**
 * The audit log as CSV, for admins: every event that matches the page's filters (action, search, From and To in
 * the reader's zone), newest first. Streamed a page at a time, so a long log never sits in memory whole.
 */
export const GET = withUser(
  { answer: "text", signedOut: "Sign in to download the audit log.", roles: ["admin"], forbidden: "Only admins can download the audit log." },
  ({ request }) => {
    const { params, range, errors } = readAuditFilters(new URL(request.url).searchParams);
    const problem = errors.from ?? errors.to;
    if (problem) throw invalid(problem);

    const events = allAuditEvents(db(), { action: params.action, q: params.q, ...range });
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(HEADER)}\r\n`));
      },
      pull(controller) {
        // About a hundred rows per chunk: small enough to start the download at once, large enough to be cheap.
        let chunk = "";
        for (let i = 0; i < 100; i++) {
          const next = events.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          const e = next.value;
          chunk += `${csvRow([e.at.toISOString(), e.actorName ?? "System", auditActionLabel(e.action), e.action, e.summary, e.entityType, e.entityId])}\r\n`;
        }
        controller.enqueue(encoder.encode(chunk));
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: downloadHeaders("text/csv; charset=utf-8", `levelset-audit-${day}.csv`),
    });
  },
);
