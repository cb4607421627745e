import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { userRoles, users, type AppRole, type RoleMembership } from "@/db/schema";
import { invalid } from "@/lib/errors";

export type TeamMember = { userId: string; membership: RoleMembership };

/** The app role a person needs for each place on a hiring team. */
const NEEDS: Record<RoleMembership, AppRole> = {
  "hiring-manager": "hiring-manager",
  recruiter: "recruiter",
  interviewer: "interviewer",
};

/**
 * Checks a hiring team against the people table: one hiring manager, and everyone active and
 * holding the matching app role. Returns the membership rows to store.
 */
export function checkHiringTeam(reader: DbOrTx, input: { hiringManagerId: string; recruiterIds: string[]; interviewerIds: string[] }): TeamMember[] {
  const wanted: TeamMember[] = [
    { userId: input.hiringManagerId, membership: "hiring-manager" },
    ...[...new Set(input.recruiterIds)].map((userId) => ({ userId, membership: "recruiter" as const })),
    ...[...new Set(input.interviewerIds)].map((userId) => ({ userId, membership: "interviewer" as const })),
  ];
  const ids = [...new Set(wanted.map((m) => m.userId))];
  const held = reader
    .select({ userId: userRoles.userId, role: userRoles.role })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(inArray(userRoles.userId, ids), eq(users.active, true)))
    .all();
  const has = (userId: string, role: AppRole) => held.some((h) => h.userId === userId && h.role === role);

  const fieldErrors: Record<string, string[]> = {};
  if (!has(input.hiringManagerId, "hiring-manager")) {
    fieldErrors.hiringManagerId = ["Choose a hiring manager from the list: that person is not an active hiring manager."];
  }
  if (wanted.some((m) => m.membership === "recruiter" && !has(m.userId, NEEDS.recruiter))) {
    fieldErrors.recruiterIds = ["Choose recruiters from the list: someone chosen is not an active recruiter."];
  }
  if (wanted.some((m) => m.membership === "interviewer" && !has(m.userId, NEEDS.interviewer))) {
    fieldErrors.interviewerIds = ["Choose interviewers from the list: someone chosen is not an active interviewer."];
  }
  if (Object.keys(fieldErrors).length > 0) throw invalid("Some fields need attention; nothing was saved.", fieldErrors);
  return wanted;
}
