import "server-only";
import { and, asc, count, eq, inArray, like, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, interviews, scorecards, type ApplicationStatus } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { editableRoleIds } from "@/lib/permissions/scopes";

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

export type Pipeline = { rows: PipelineRow[]; counts: Record<ApplicationStatus, number>; total: number };

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A role's applications with counts per status; filtered by status and a name or email search. The permission is in
 * the WHERE clause: only a role the user may edit (recruiters and admins any, a hiring manager their own) has a pipeline.
 */
export function listPipeline(
  db: Db,
  { user, roleId, status, query, now = new Date() }: { user: SessionUser; roleId: string; status?: ApplicationStatus; query?: string; now?: Date },
): Pipeline {
  const onRole = and(eq(applications.roleId, roleId), inArray(applications.roleId, editableRoleIds(db, user)));
  const countRows = db.select({ status: applications.status, n: count() }).from(applications).where(onRole).groupBy(applications.status).all();
  const counts: Record<ApplicationStatus, number> = { active: 0, debrief: 0, decided: 0, withdrawn: 0 };
  for (const c of countRows) counts[c.status] = c.n;

  const search = query?.trim().slice(0, 100);
  const rows = db
    .select({
      applicationId: applications.id,
      candidateName: candidates.name,
      candidateEmail: candidates.email,
      status: applications.status,
      addedAt: applications.createdAt,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(
      and(
        onRole,
        status ? eq(applications.status, status) : undefined,
        search
          ? or(
              like(sql`lower(${candidates.name})`, sql`${likePattern(search.toLowerCase())} ESCAPE '\\'`),
              like(sql`lower(${candidates.email})`, sql`${likePattern(search.toLowerCase())} ESCAPE '\\'`),
            )
          : undefined,
      ),
    )
    .orderBy(asc(candidates.name))
    .all();

  const ids = rows.map((r) => r.applicationId);
  const loops = ids.length
    ? db
        .select({
          applicationId: interviews.applicationId,
          scheduledAt: interviews.scheduledAt,
          scorecardStatus: scorecards.status,
        })
        .from(interviews)
        .leftJoin(scorecards, eq(scorecards.interviewId, interviews.id))
        .where(and(inArray(interviews.applicationId, ids), eq(interviews.status, "scheduled")))
        .all()
    : [];
  return {
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    rows: rows.map((r) => {
      const mine = loops.filter((l) => l.applicationId === r.applicationId);
      const upcoming = mine.filter((l) => l.scheduledAt.getTime() > now.getTime()).sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
      return {
        ...r,
        interviewsTotal: mine.length,
        interviewsDone: mine.filter((l) => l.scorecardStatus === "submitted").length,
        nextInterviewAt: upcoming[0]?.scheduledAt ?? null,
      };
    }),
  };
}
