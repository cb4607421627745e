import "server-only";
import { and, asc, eq, exists, inArray, sql } from "drizzle-orm";
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
import { csvRow } from "./csv";

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

/** Applications per batch: with 9 sections and a panel of four to eight, a chunk of about a megabyte. */
export const RATINGS_BATCH_APPLICATIONS = 200;

export type RatingsExport = {
  filename: string;
  /**
   * The file in chunks: the header first, then one chunk per batch of 200 applications (in candidate order). The
   * applications' ids are read once, when the first batch is asked for; each batch's ratings are read when it is,
   * so a role of any size is never held in memory whole. Each batch reads what is committed when it runs.
   */
  chunks: () => Generator<string, void, undefined>;
};

/** A role's submitted ratings as CSV chunks, one row per scorecard and section; null when the role is not the user's to read. */
export function openRoleRatingsExport(db: Db, opts: { user: SessionUser; roleId: string; batchSize?: number }): RatingsExport | null {
  const role = db
    .select({ id: roles.id, title: roles.title })
    .from(roles)
    .where(and(eq(roles.id, opts.roleId), calibrationReadableRolesWhere(db, opts.user)))
    .get();
  if (!role) return null;
  const title = role.title;
  const roleIdOf = role.id;
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? RATINGS_BATCH_APPLICATIONS));

  const submitted = and(eq(scorecards.status, "submitted"), eq(scorecards.applicationId, applications.id));
  // Every application of the file, in candidate order, read once: paging by a cursor re-ran this permission query
  // over the whole role for each batch. Ids only (a few bytes each), so memory stays flat however big the role.
  const applicationIds = () =>
    db
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(
        and(
          eq(applications.roleId, roleIdOf),
          panelReadableApplicationsWhere(db, opts.user),
          exists(
            db
              .select({ one: sql`1` })
              .from(scorecards)
              .where(submitted),
          ),
        ),
      )
      .orderBy(asc(candidates.name), asc(applications.id))
      .all()
      .map((a) => a.id);

  const ratingsOf = (applicationIds: string[]) =>
    db
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
      // The ids come from the role-and-permission query above; by primary key only, so SQLite starts from them.
      .where(and(inArray(applications.id, applicationIds), eq(scorecards.status, "submitted")))
      .orderBy(asc(candidates.name), asc(applications.id), asc(interviews.scheduledAt), asc(interviews.id), asc(frameworkSections.position))
      .all();

  function* chunks(): Generator<string, void, undefined> {
    yield `${csvRow(RATINGS_CSV_HEADER)}\r\n`;
    const ids = applicationIds();
    for (let start = 0; start < ids.length; start += batchSize) {
      let text = "";
      for (const r of ratingsOf(ids.slice(start, start + batchSize))) {
        text += `${csvRow([
          title,
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
        ])}\r\n`;
      }
      yield text;
    }
  }

  const slug =
    role.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "role";
  return { filename: `${slug}-ratings.csv`, chunks };
}

/** The whole file as one string, for tests and the bench: the same chunks the route streams, joined. */
export function exportRoleRatings(db: Db, opts: { user: SessionUser; roleId: string; batchSize?: number }): { filename: string; csv: string } | null {
  const opened = openRoleRatingsExport(db, opts);
  if (!opened) return null;
  return { filename: opened.filename, csv: [...opened.chunks()].join("") };
}
