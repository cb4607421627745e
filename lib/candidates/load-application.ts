import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  applications,
  candidates,
  decisions,
  interviews,
  planStages,
  stageFocusSections,
  roles,
  scorecards,
  users,
  type ApplicationStatus,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { interviewState, type InterviewState } from "@/lib/interviews/interview-state";
import { listStagePools } from "@/lib/interviews/stage-pool";
import { listRoleStages } from "@/lib/roles/load-interview-plan";
import { editableRolesWhere, panelReadableApplicationsWhere, visibleApplicationsWhere } from "@/lib/permissions/scopes";

export type ApplicationInterview = {
  id: string;
  stageName: string;
  interviewerId: string;
  interviewerName: string;
  interviewerLevel: string;
  scheduledAt: Date;
  durationMinutes: number;
  status: "scheduled" | "cancelled" | "not-held";
  /** Scorecard status only; never its contents here. */
  scorecardStatus: "draft" | "submitted" | null;
  state: InterviewState;
};

export type SchedulableStage = {
  id: string;
  name: string;
  durationMinutes: number;
  /** The sections the plan gives this stage to probe (a hold's extra interview goes to the stage covering them). */
  focusSectionIds: string[];
  pool: { id: string; name: string; level: string }[];
};

export type ApplicationView = {
  id: string;
  status: ApplicationStatus;
  createdAt: Date;
  role: { id: string; title: string; team: string; status: "open" | "closed" };
  candidate: { id: string; name: string; email: string; links: string[]; notes: string | null; erasedAt: Date | null };
  interviews: ApplicationInterview[];
  /** Recruiters, admins and the role's hiring manager: may change status and schedule. */
  canEdit: boolean;
  /** May open the debrief (the whole panel). */
  canSeeDebrief: boolean;
  hasDecision: boolean;
  stages: SchedulableStage[];
  /** Recruiters and admins may erase a candidate who is not erased yet; then how many applications that touches. */
  erase: { applications: number } | null;
};

/**
 * One application as its page shows it, or null when the person may not see it. Interviewers see
 * only applications they interview, read-only and without the recruiter's notes.
 */
export function loadApplication(
  db: Db,
  { user, applicationId, now = new Date() }: { user: SessionUser; applicationId: string; now?: Date },
): ApplicationView | null {
  const row = db
    .select({
      id: applications.id,
      status: applications.status,
      createdAt: applications.createdAt,
      roleId: roles.id,
      roleTitle: roles.title,
      roleTeam: roles.team,
      roleStatus: roles.status,
      candidateId: candidates.id,
      candidateName: candidates.name,
      candidateEmail: candidates.email,
      links: candidates.links,
      erasedAt: candidates.erasedAt,
      notes: applications.notes,
    })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.id, applicationId), visibleApplicationsWhere(db, user)))
    .get();
  if (!row) return null;

  const canEdit = Boolean(
    db
      .select({ id: roles.id })
      .from(roles)
      .where(and(eq(roles.id, row.roleId), editableRolesWhere(db, user)))
      .get(),
  );
  const canSeeDebrief = Boolean(
    db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.id, row.id), panelReadableApplicationsWhere(db, user)))
      .get(),
  );
  const hasDecision = Boolean(db.select({ id: decisions.id }).from(decisions).where(eq(decisions.applicationId, row.id)).get());

  const interviewRows = db
    .select({
      id: interviews.id,
      stageName: planStages.name,
      stagePosition: planStages.position,
      interviewerId: users.id,
      interviewerName: users.name,
      interviewerLevel: users.level,
      scheduledAt: interviews.scheduledAt,
      durationMinutes: interviews.durationMinutes,
      status: interviews.status,
      scorecardStatus: scorecards.status,
    })
    .from(interviews)
    .innerJoin(planStages, eq(planStages.id, interviews.stageId))
    .innerJoin(users, eq(users.id, interviews.interviewerId))
    .leftJoin(scorecards, eq(scorecards.interviewId, interviews.id))
    .where(eq(interviews.applicationId, row.id))
    .orderBy(asc(interviews.scheduledAt))
    .all();

  const mayErase = !row.erasedAt && (user.roles.includes("recruiter") || user.roles.includes("admin"));
  const erase = mayErase
    ? { applications: db.select({ n: count() }).from(applications).where(eq(applications.candidateId, row.candidateId)).get()?.n ?? 1 }
    : null;

  let stages: SchedulableStage[] = [];
  if (canEdit) {
    const stageRows = listRoleStages(db, row.roleId);
    const pools = listStagePools(db, { stageIds: stageRows.map((s) => s.id) });
    const focus = stageRows.length
      ? db
          .select({ stageId: stageFocusSections.stageId, sectionId: stageFocusSections.sectionId })
          .from(stageFocusSections)
          .where(
            inArray(
              stageFocusSections.stageId,
              stageRows.map((s) => s.id),
            ),
          )
          .all()
      : [];
    stages = stageRows.map((s) => ({
      ...s,
      focusSectionIds: focus.filter((f) => f.stageId === s.id).map((f) => f.sectionId),
      pool: pools.filter((p) => p.stageId === s.id).map(({ stageId: _s, ...p }) => p),
    }));
  }

  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt,
    role: { id: row.roleId, title: row.roleTitle, team: row.roleTeam, status: row.roleStatus },
    candidate: {
      id: row.candidateId,
      name: row.candidateName,
      email: row.candidateEmail,
      links: row.links,
      notes: canEdit ? row.notes : null,
      erasedAt: row.erasedAt,
    },
    interviews: interviewRows.map(({ stagePosition: _p, ...i }) => ({
      ...i,
      state: interviewState({
        scheduledAt: i.scheduledAt,
        durationMinutes: i.durationMinutes,
        status: i.status,
        scorecardStatus: i.scorecardStatus,
        now,
      }),
    })),
    canEdit,
    canSeeDebrief,
    hasDecision,
    stages,
    erase,
  };
}
