import { db } from "@/db";
import { openRoleRatingsExport } from "@/lib/analytics/export-role-ratings";
import { notFound } from "@/lib/errors";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";
import { downloadHeaders } from "@/lib/http/responses";
import { withUser } from "@/lib/http/with-user";

/**
 * A role's submitted ratings as CSV, for recruiters, admins and the role's hiring manager. Streamed: one batch of
 * applications is read and sent each time the client is ready for more, so memory stays flat however big the role.
 */
export const GET = withUser<{ roleId: string }>(
  {
    answer: "text",
    signedOut: "Sign in to download ratings.",
    roles: ROLE_EDITOR_APP_ROLES,
    forbidden: "Only recruiters, admins and the role's hiring manager can download its ratings.",
  },
  ({ user, params }) => {
    const opened = openRoleRatingsExport(db(), { user, roleId: params.roleId });
    if (!opened) throw notFound("That role");
    const chunks = opened.chunks();
    const encoder = new TextEncoder();
    let first = true;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.next();
        if (next.done) {
          controller.close();
          return;
        }
        // The byte-order mark tells spreadsheets the file is UTF-8.
        controller.enqueue(encoder.encode(first ? `\uFEFF${next.value}` : next.value));
        first = false;
      },
      cancel() {
        chunks.return();
      },
    });
    return new Response(body, { headers: downloadHeaders("text/csv; charset=utf-8", opened.filename) });
  },
);
