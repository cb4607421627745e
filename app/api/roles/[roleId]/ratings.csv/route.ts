import { db } from "@/db";
import { exportRoleRatings } from "@/lib/analytics/export-role-ratings";
import { getCurrentUser, hasRole } from "@/lib/auth/guards";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

/** A role's submitted ratings as CSV, for recruiters, admins and the role's hiring manager. */
export async function GET(_request: Request, { params }: { params: Promise<{ roleId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return text(401, "Sign in to download ratings.");
  if (!hasRole(user, ...ROLE_EDITOR_APP_ROLES)) return text(403, "Only recruiters, admins and the role's hiring manager can download its ratings.");
  const { roleId } = await params;
  const result = exportRoleRatings(db(), { user, roleId });
  if (!result) return text(404, "That role was not found, or you don't have access to it.");
  return new Response(`\uFEFF${result.csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function text(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
