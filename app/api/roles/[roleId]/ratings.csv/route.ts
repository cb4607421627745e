import { db } from "@/db";
import { openRoleRatingsExport } from "@/lib/analytics/export-role-ratings";
import { getCurrentUser, hasRole } from "@/lib/auth/guards";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";
import { downloadHeaders, textResponse } from "@/lib/http/responses";

/**
 * A role's submitted ratings as CSV, for recruiters, admins and the role's hiring manager. Streamed: one batch of
 * applications is read and sent each time the client is ready for more, so memory stays flat however big the role.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ roleId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return textResponse(401, "Sign in to download ratings.");
  if (!hasRole(user, ...ROLE_EDITOR_APP_ROLES))
    return textResponse(403, "Only recruiters, admins and the role's hiring manager can download its ratings.");
  const { roleId } = await params;
  const opened = openRoleRatingsExport(db(), { user, roleId });
  if (!opened) return textResponse(404, "That role was not found, or you don't have access to it.");
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
}
