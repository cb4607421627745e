import "server-only";
import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alias } from "drizzle-orm/sqlite-core";
import {
  applications,
  auditEvents,
  candidates,
  decisionHistory,
  decisions,
  roles,
  users,
  type ApplicationStatus,
  type DecisionChange,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import {
  blindedOnApplication,
  decidableApplicationsWhere,
  panelReadableApplicationsWhere,
  panelRoleApplicationsWhere,
} from "@/lib/permissions/scopes";
import { canEditSomeRole } from "@/lib/permissions/app-roles";
import { decisionContentColumns } from "./decision-history-row";
import { readSnapshot, type SnapshotSummary } from "./engine-snapshot";
import { loadRolePanels, recommendFor, type ApplicationPanel, type RecommendationOutcome, type SectionInPlay } from "./load-panels";
import type { BarGuidanceContent } from "@/lib/frameworks/types";
import { readVersionGuidance } from "@/lib/frameworks/version-guidance";
import { checklistRule, panelEvidenceChecklist, type ChecklistResult } from "./panel-evidence-checklist";

export type DebriefDecision = {
  id: string;
  level: "staff" | "senior" | "none";
  hire: boolean;
  /** "Hold — more signal needed". */
  held: boolean;
  /** With a hold: the sections to probe, by name, in the role's order. */
  probeSectionNames: string[];
  /** The same sections by id (the schedule link preselects the stage that covers them). */
  probeSectionIds: string[];
  rationale: string;
  overrideReason: string | null;
  /** Why it was decided while scheduled scorecards were missing. */
  partialPanelReason: string | null;
  decidedByName: string;
  createdAt: Date;
  /** The engine's level and confidence stored with the decision, when the snapshot has them. */
  snapshot: SnapshotSummary;
};

/** An earlier decision, kept when it was revised or the debrief reopened. Newest first. */
export type EarlierDecision = Omit<DebriefDecision, "id"> & {
  id: string;
  change: DecisionChange;
  reason: string;
  changedByName: string;
  changedAt: Date;
};

export type DebriefHistoryEntry = { id: string; at: Date; actorName: string | null; action: string; summary: string };

export type Debrief = {
  application: { id: string; status: ApplicationStatus; createdAt: Date };
  candidate: { id: string; name: string; email: string; links: string[]; notes: string };
  role: { id: string; title: string; team: string; hiresSenior: boolean; hiresStaff: boolean };
  sections: SectionInPlay[];
  panel: ApplicationPanel;
  recommendation: RecommendationOutcome;
  checklist: ChecklistResult;
  /** The rule the checklist follows, worded for the built-in list or the framework's own. */
  checklistRule: string;
  /** The bar guidance of the role's framework version, or null when it has none. */
  guidance: BarGuidanceContent | null;
  decision: DebriefDecision | null;
  /** Every earlier decision of this application, newest first. */
  earlierDecisions: EarlierDecision[];
  history: DebriefHistoryEntry[];
  /** The signed-in user is the role's hiring manager and the application can still be decided. */
  canDecide: boolean;
  /** The signed-in user is the role's hiring manager and may revise or reopen the standing decision. */
  canRevise: boolean;
  /** The signed-in user may schedule interviews on this application (recruiter or admin on a live application). */
  canSchedule: boolean;
  /** The signed-in user is the role's hiring manager (whether or not a decision is still open). */
  isHiringManager: boolean;
};

/**
 * True when the user would read this application's debrief but the blind rule holds them back: they have a
 * live interview on it and have not submitted its scorecard. The page says so instead of a 404 or partial data.
 */
export function debriefBlindedFor(db: Db, opts: { user: SessionUser; applicationId: string }): boolean {
  return Boolean(
    db
      .select({ id: applications.id })
      .from(applications)
      .where(
        and(eq(applications.id, opts.applicationId), panelRoleApplicationsWhere(db, opts.user), blindedOnApplication(db, opts.user, applications.id)),
      )
      .get(),
  );
}

/**
 * One application's debrief for a person who may read its whole panel (recruiter, admin, the role's
 * hiring manager); null for anyone else or an unknown id — the permission is part of the WHERE clause.
 */
export function loadDebrief(db: Db, opts: { user: SessionUser; applicationId: string; now: Date }): Debrief | null {
  const { user, applicationId } = opts;
  const head = db
    .select({
      applicationId: applications.id,
      status: applications.status,
      createdAt: applications.createdAt,
      candidateId: candidates.id,
      candidateName: candidates.name,
      candidateEmail: candidates.email,
      links: candidates.links,
      notes: applications.notes,
      roleId: roles.id,
      roleTitle: roles.title,
      team: roles.team,
      hiresSenior: roles.hiresSenior,
      hiresStaff: roles.hiresStaff,
      thresholds: roles.thresholds,
      frameworkVersionId: roles.frameworkVersionId,
      isHiringManager: sql<number>`CASE WHEN ${decidableApplicationsWhere(db, user)} THEN 1 ELSE 0 END`,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(eq(applications.id, applicationId), panelReadableApplicationsWhere(db, user)))
    .get();
  if (!head) return null;

  const { sections, panels } = loadRolePanels(db, {
    user,
    roleId: head.roleId,
    roleThresholds: head.thresholds,
    applicationIds: [applicationId],
    now: opts.now,
  });
  const panel = panels.get(applicationId) as ApplicationPanel;

  const decisionRow = db
    .select({
      id: decisions.id,
      ...decisionContentColumns,
      createdAt: decisions.createdAt,
      decidedByName: users.name,
    })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.decidedById))
    .where(eq(decisions.applicationId, applicationId))
    .get();

  const decider = alias(users, "decider");
  const historyRows = db
    .select({
      id: decisionHistory.id,
      change: decisionHistory.change,
      reason: decisionHistory.reason,
      changedAt: decisionHistory.changedAt,
      changedByName: users.name,
      decidedByName: decider.name,
      createdAt: decisionHistory.decidedAt,
      level: decisionHistory.level,
      hire: decisionHistory.hire,
      held: decisionHistory.held,
      probeSectionIds: decisionHistory.probeSectionIds,
      rationale: decisionHistory.rationale,
      overrideReason: decisionHistory.overrideReason,
      partialPanelReason: decisionHistory.partialPanelReason,
      engineSnapshot: decisionHistory.engineSnapshot,
    })
    .from(decisionHistory)
    .innerJoin(users, eq(users.id, decisionHistory.changedById))
    .innerJoin(decider, eq(decider.id, decisionHistory.decidedById))
    .where(eq(decisionHistory.applicationId, applicationId))
    .orderBy(desc(decisionHistory.changedAt))
    .all();

  const scorecardIds = panel.scorecards.map((c) => c.scorecardId);
  const history = db
    .select({ id: auditEvents.id, at: auditEvents.at, actorName: users.name, action: auditEvents.action, summary: auditEvents.summary })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      or(
        and(eq(auditEvents.entityType, "application"), eq(auditEvents.entityId, applicationId)),
        scorecardIds.length > 0 ? and(eq(auditEvents.entityType, "scorecard"), inArray(auditEvents.entityId, scorecardIds)) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at))
    .limit(50)
    .all();

  // The role pins a published version: its guidance and checklist (absent = the built-in checklist) are frozen with it.
  const { guidance, evidenceChecklist } = readVersionGuidance(db, head.frameworkVersionId);
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const interviewerOf = new Map(panel.scorecards.map((c) => [c.scorecardId, c]));
  const checklist = panelEvidenceChecklist(
    sections.map((s) => ({ key: s.key, name: s.name })),
    panel.ratings.flatMap((r) => {
      const section = sectionById.get(r.sectionId);
      const card = interviewerOf.get(r.scorecardId);
      if (!section || !card) return [];
      return [
        {
          sectionKey: section.key,
          sectionName: section.name,
          interviewerId: card.interviewerId,
          interviewerName: card.interviewerName,
          rating: r.rating,
          scope: r.scope,
          evidence: r.evidence,
        },
      ];
    }),
    evidenceChecklist,
  );

  const isHiringManager = head.isHiringManager === 1;
  const probeNames = (ids: string[]) => sections.filter((s) => ids.includes(s.id)).map((s) => s.name);
  const decision: DebriefDecision | null = decisionRow
    ? {
        id: decisionRow.id,
        level: decisionRow.level,
        hire: decisionRow.hire,
        held: decisionRow.held,
        probeSectionNames: probeNames(decisionRow.probeSectionIds),
        probeSectionIds: decisionRow.probeSectionIds,
        rationale: decisionRow.rationale,
        overrideReason: decisionRow.overrideReason,
        partialPanelReason: decisionRow.partialPanelReason,
        decidedByName: decisionRow.decidedByName,
        createdAt: decisionRow.createdAt,
        snapshot: readSnapshot(decisionRow.engineSnapshot),
      }
    : null;
  const earlierDecisions = historyRows.map(({ engineSnapshot, probeSectionIds, ...row }): EarlierDecision => ({
    ...row,
    probeSectionNames: probeNames(probeSectionIds),
    probeSectionIds,
    snapshot: readSnapshot(engineSnapshot),
  }));
  const live = head.status === "active" || head.status === "debrief";

  return {
    application: { id: head.applicationId, status: head.status, createdAt: head.createdAt },
    candidate: { id: head.candidateId, name: head.candidateName, email: head.candidateEmail, links: head.links, notes: head.notes },
    role: { id: head.roleId, title: head.roleTitle, team: head.team, hiresSenior: head.hiresSenior, hiresStaff: head.hiresStaff },
    sections,
    panel,
    recommendation: recommendFor(panel.panel),
    checklist,
    checklistRule: checklistRule(evidenceChecklist),
    guidance: guidance ?? null,
    decision,
    earlierDecisions,
    history,
    isHiringManager,
    canDecide: isHiringManager && decision === null && live,
    canRevise: isHiringManager && decision !== null && head.status !== "withdrawn",
    canSchedule: canEditSomeRole(user) && live,
  };
}
