import "server-only";
import { eq } from "drizzle-orm";
import type { SQLiteSelect } from "drizzle-orm/sqlite-core";
import { applications, candidates, interviews, planStages, roles } from "@/db/schema";

/**
 * Joins to a select from interviews (in dynamic mode) what names each interview: its application, that application's
 * role and candidate, and the plan stage, so the selected fields may take columns of any of those. The caller joins
 * what else it needs (the interviewer, the scorecard) and adds its WHERE clause.
 */
export function joinInterviewContext<T extends SQLiteSelect>(query: T) {
  return query
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(planStages, eq(planStages.id, interviews.stageId));
}

/** What lists an interview for its interviewer (their interviews on the home, their calendar feed), with joinInterviewContext. */
export const interviewListColumns = {
  id: interviews.id,
  scheduledAt: interviews.scheduledAt,
  durationMinutes: interviews.durationMinutes,
  status: interviews.status,
  stageName: planStages.name,
  roleTitle: roles.title,
  candidateName: candidates.name,
};
