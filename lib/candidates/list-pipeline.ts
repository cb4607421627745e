import "server-only";
import { and, asc, count, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, type ApplicationStatus } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { panelCounts } from "@/lib/candidates/panel-progress";
import { editableRoleIds } from "@/lib/permissions/scopes";

/** Rows on one page of a pipeline: the page's SQL and HTML stay the same size however large the role grows. */
export const PIPELINE_PAGE_SIZE = 50;

export type PipelineRow = {
  applicationId: string;
  candidateName: string;
  candidateEmail: string;
  status: ApplicationStatus;
  addedAt: Date;
  /** Scheduled (not cancelled) interviews, and how many of them have a submitted scorecard. */
  interviewsTotal: number;
  interviewsDone: number;
  nextInterviewAt: Date | null;
};

export type Pipeline = {
  /** The rows of the requested page only. */
  rows: PipelineRow[];
  counts: Record<ApplicationStatus, number>;
  /** Every application on the role, whatever the filter. */
  total: number;
  /** Applications matching the status filter and the search, over all pages. */
  matching: number;
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageSize: number;
  pageCount: number;
};

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of a role's applications with counts per status; filtered by status and a name or email search, ordered
 * by candidate name. Three statements however many applications there are: the counts per status, the matching
 * count (only when searching), and the page's rows with their interview figures as subqueries. The permission is in
 * the WHERE clause: only a role the user may edit (recruiters and admins any, a hiring manager their own) has a pipeline.
 */
export function listPipeline(
  db: Db,
  {
    user,
    roleId,
    status,
    query,
    page = 1,
    pageSize = PIPELINE_PAGE_SIZE,
    now = new Date(),
  }: { user: SessionUser; roleId: string; status?: ApplicationStatus; query?: string; page?: number; pageSize?: number; now?: Date },
): Pipeline {
  const onRole = and(eq(applications.roleId, roleId), inArray(applications.roleId, editableRoleIds(db, user)));
  const countRows = db.select({ status: applications.status, n: count() }).from(applications).where(onRole).groupBy(applications.status).all();
  const counts: Record<ApplicationStatus, number> = { active: 0, debrief: 0, decided: 0, withdrawn: 0 };
  for (const c of countRows) counts[c.status] = c.n;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);

  const search = query?.trim().slice(0, 100);
  const searchWhere: SQL | undefined = search
    ? or(
        like(sql`lower(${candidates.name})`, sql`${likePattern(search.toLowerCase())} ESCAPE '\\'`),
        like(sql`lower(${candidates.email})`, sql`${likePattern(search.toLowerCase())} ESCAPE '\\'`),
      )
    : undefined;
  const where = and(onRole, status ? eq(applications.status, status) : undefined, searchWhere);
  const matching = search
    ? (db.select({ n: count() }).from(applications).innerJoin(candidates, eq(candidates.id, applications.candidateId)).where(where).get()?.n ?? 0)
    : status
      ? counts[status]
      : total;

  const size = Math.max(1, Math.floor(pageSize));
  const pageCount = Math.max(1, Math.ceil(matching / size));
  const current = Math.min(Math.max(1, Number.isFinite(page) ? Math.floor(page) : 1), pageCount);
  if (matching === 0) return { rows: [], counts, total, matching, page: 1, pageSize: size, pageCount };

  // Figures of the scheduled (not cancelled) interviews: the kept panel counts, and the next one for the page's rows only.
  const panel = panelCounts();
  const rows = db
    .select({
      applicationId: applications.id,
      candidateName: candidates.name,
      candidateEmail: candidates.email,
      status: applications.status,
      addedAt: applications.createdAt,
      interviewsTotal: panel.interviews,
      interviewsDone: panel.submitted,
      nextInterviewMs: sql<number | null>`(SELECT min(i.scheduled_at) FROM interviews i
        WHERE i.application_id = ${applications.id} AND i.status = 'scheduled' AND i.scheduled_at > ${now.getTime()})`,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(where)
    .orderBy(asc(candidates.name), asc(applications.id))
    .limit(size)
    .offset((current - 1) * size)
    .all();

  return {
    counts,
    total,
    matching,
    page: current,
    pageSize: size,
    pageCount,
    rows: rows.map(({ nextInterviewMs, ...r }) => ({ ...r, nextInterviewAt: nextInterviewMs === null ? null : new Date(nextInterviewMs) })),
  };
}
