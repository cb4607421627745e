import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  applications,
  candidates,
  frameworkSections,
  interviews,
  planStages,
  roleSections,
  roles,
  scorecardRatings,
  scorecards,
  users,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";
import { calibrationReadableRolesWhere } from "@/lib/permissions/calibration-scope";
import { toCsv } from "./csv";

export const RATINGS_CSV_HEADER = [
  "role",
  "candidate",
  "application status",
  "stage",
  "interview date",
  "interviewer",
  "interviewer level",
  "submitted at",
  "section",
  "staff-critical",
  "rating",
  "not assessed",
  "scope",
  "evidence",
  "overall recommendation",
  "confidence",
] as const;

/** Every submitted rating of a role as CSV, one row per scorecard and section; null when the role is not the user's to read. */
export function exportRoleRatings(db: Db, opts: { user: SessionUser; roleId: string }): { filename: string; csv: string } | null {
  const role = db
    .select({ id: roles.id, title: roles.title })
    .from(roles)
    .where(and(eq(roles.id, opts.roleId), calibrationReadableRolesWhere(db, opts.user)))
    .get();
  if (!role) return null;

  const rows = db
    .select({
      candidate: candidates.name,
      status: applications.status,
      stage: planStages.name,
      scheduledAt: interviews.scheduledAt,
      interviewer: users.name,
      interviewerLevel: users.level,
      submittedAt: scorecards.submittedAt,
      section: frameworkSections.name,
      staffCritical: roleSections.staffCritical,
      rating: scorecardRatings.rating,
      notAssessed: scorecardRatings.notAssessed,
      scope: scorecardRatings.scope,
      evidence: scorecardRatings.evidence,
      overall: scorecards.overallRecommendation,
      confidence: scorecards.confidence,
    })
    .from(scorecardRatings)
    .innerJoin(scorecards, eq(scorecards.id, scorecardRatings.scorecardId))
    .innerJoin(applications, eq(applications.id, scorecards.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(interviews, eq(interviews.id, scorecards.interviewId))
    .innerJoin(planStages, eq(planStages.id, interviews.stageId))
    .innerJoin(users, eq(users.id, scorecards.interviewerId))
    .innerJoin(frameworkSections, eq(frameworkSections.id, scorecardRatings.sectionId))
    .innerJoin(roleSections, and(eq(roleSections.roleId, applications.roleId), eq(roleSections.sectionId, scorecardRatings.sectionId)))
    .where(and(eq(applications.roleId, role.id), eq(scorecards.status, "submitted"), panelReadableApplicationsWhere(db, opts.user)))
    .orderBy(asc(candidates.name), asc(interviews.scheduledAt), asc(frameworkSections.position))
    .all();

  const csv = toCsv(
    RATINGS_CSV_HEADER,
    rows.map((r) => [
      role.title,
      r.candidate,
      r.status,
      r.stage,
      r.scheduledAt.toISOString(),
      r.interviewer,
      r.interviewerLevel,
      r.submittedAt?.toISOString() ?? "",
      r.section,
      r.staffCritical ? "yes" : "no",
      r.notAssessed ? null : r.rating,
      r.notAssessed ? "yes" : "no",
      r.scope ?? "",
      r.evidence,
      r.overall ?? "",
      r.confidence ?? "",
    ]),
  );
  const slug =
    role.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "role";
  return { filename: `${slug}-ratings.csv`, csv };
}
