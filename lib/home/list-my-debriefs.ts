import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, interviews, roleMembers, roles, scorecards } from "@/db/schema";

export type DebriefSummary = {
  applicationId: string;
  candidateName: string;
  roleTitle: string;
  status: "active" | "debrief" | "decided" | "withdrawn";
  submitted: number;
  interviews: number;
};

/** Applications in debrief (or with every scorecard in) on roles where the user is the hiring manager. */
export function listMyDebriefs(db: Db, opts: { userId: string }): DebriefSummary[] {
  const rows = db
    .select({
      applicationId: applications.id,
      candidateName: candidates.name,
      roleTitle: roles.title,
      status: applications.status,
    })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(
      roleMembers,
      and(eq(roleMembers.roleId, roles.id), eq(roleMembers.userId, opts.userId), eq(roleMembers.membership, "hiring-manager")),
    )
    .where(inArray(applications.status, ["active", "debrief"]))
    .orderBy(asc(candidates.name))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.applicationId);
  const interviewCounts = db
    .select({ applicationId: interviews.applicationId, n: count() })
    .from(interviews)
    .where(and(inArray(interviews.applicationId, ids), eq(interviews.status, "scheduled")))
    .groupBy(interviews.applicationId)
    .all();
  const submittedCounts = db
    .select({ applicationId: scorecards.applicationId, n: sql<number>`count(*)` })
    .from(scorecards)
    .where(and(inArray(scorecards.applicationId, ids), eq(scorecards.status, "submitted")))
    .groupBy(scorecards.applicationId)
    .all();
  return rows
    .map((r) => ({
      ...r,
      interviews: interviewCounts.find((c) => c.applicationId === r.applicationId)?.n ?? 0,
      submitted: submittedCounts.find((c) => c.applicationId === r.applicationId)?.n ?? 0,
    }))
    .filter((r) => r.status === "debrief" || (r.interviews > 0 && r.submitted === r.interviews));
}
