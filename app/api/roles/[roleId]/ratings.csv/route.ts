import { db } from "@/db";
import { exportRoleRatings } from "@/lib/analytics/export-role-ratings";
import { getCurrentUser, hasRole } from "@/lib/auth/guards";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";
import { downloadHeaders, textResponse } from "@/lib/http/responses";

/** A role's submitted ratings as CSV, for recruiters, admins and the role's hiring manager. */
export async function GET(_request: Request, { params }: { params: Promise<{ roleId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return textResponse(401, "Sign in to download ratings.");
  if (!hasRole(user, ...ROLE_EDITOR_APP_ROLES))
    return textResponse(403, "Only recruiters, admins and the role's hiring manager can download its ratings.");
  const { roleId } = await params;
  const result = exportRoleRatings(db(), { user, roleId });
  if (!result) return textResponse(404, "That role was not found, or you don't have access to it.");
  return new Response(`\uFEFF${result.csv}`, {
    headers: downloadHeaders("text/csv; charset=utf-8", result.filename),
  });
}
