import "server-only";
import { and, asc, count, eq, inArray, isNotNull, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  applications,
  frameworkSections,
  interviews,
  planStages,
  redFlags,
  roleSections,
  scorecardRatings,
  scorecardRedFlags,
  scorecards,
  stageFocusSections,
  users,
  type EngineerLevel,
  type EvidenceScope,
} from "@/db/schema";
import {
  CalibrationInputError,
  THRESHOLD_KEYS,
  recommend,
  type Panel,
  type PlannedCoverage,
  type Recommendation,
  type Thresholds,
} from "@/lib/calibration";
import type { SessionUser } from "@/lib/auth/session-user";
import { OVERDUE_AFTER_MS } from "@/lib/interviews/interview-state";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";

/**
 * Everything the recommendation engine needs for a role's applications, in five queries however
 * many applications there are: sections in play, plan coverage, interviews with their scorecards,
 * ratings, red flags. Every query carries the panel-read permission in its WHERE clause.
 */

export type SectionInPlay = {
  id: string;
  key: string;
  name: string;
  description: string;
  position: number;
  staffCritical: boolean;
  /** Stages of the interview plan that focus on this section. */
  plannedStages: number;
};

export type ScorecardColumn = {
  scorecardId: string;
  interviewId: string;
  interviewerId: string;
  interviewerName: string;
  interviewerLevel: EngineerLevel;
  stageName: string;
  scheduledAt: Date;
  submittedAt: Date;
  /** Submitted more than 24 hours after the interview ended. */
  late: boolean;
  overallRecommendation: "no-hire" | "senior" | "staff" | null;
  confidence: "low" | "medium" | "high" | null;
  summary: string;
  /** Why the recommendation stands although a raised red flag rules it out; null when none was needed. */
  contradictionNote: string | null;
};

export type RatingCell = {
  scorecardId: string;
  sectionId: string;
  rating: 0 | 1 | 2 | null;
  notAssessed: boolean;
  evidence: string;
  scope: EvidenceScope | null;
};

export type RaisedRedFlag = {
  scorecardId: string;
  interviewerName: string;
  title: string;
  description: string;
  severity: "note" | "caps-at-senior" | "blocks-hire";
  note: string;
  sectionId: string;
  sectionName: string;
  /** False when the flag's section is not in the role's scorecard; the flag still counts. */
  sectionInPlay: boolean;
};

export type PendingInterview = {
  interviewId: string;
  interviewerName: string;
  stageName: string;
  scheduledAt: Date;
  durationMinutes: number;
  scorecardStatus: "draft" | null;
  /** The interview ended more than 24 hours ago and its scorecard is still not in. */
  overdue: boolean;
};

export type ApplicationPanel = {
  applicationId: string;
  /** Submitted scorecards, in interview order: the columns of the ratings matrix. */
  scorecards: ScorecardColumn[];
  ratings: RatingCell[];
  redFlags: RaisedRedFlag[];
  /** Scheduled interviews without a submitted scorecard. */
  pending: PendingInterview[];
  /** The engine's input; null when no scorecard is submitted yet. */
  panel: Panel | null;
};

export type RolePanels = {
  sections: SectionInPlay[];
  plannedCoverage: PlannedCoverage[];
  thresholds: Partial<Thresholds>;
  panels: Map<string, ApplicationPanel>;
};

type LoadOptions = {
  user: SessionUser;
  roleId: string;
  roleThresholds: Record<string, number>;
  /** Only these applications (all of the role's when absent). */
  applicationIds?: string[];
  now: Date;
};

/** A role's sections in play (in framework order) with the plan's stages per section: two statements. */
export function loadSectionsInPlay(db: DbOrTx, roleId: string): { sections: SectionInPlay[]; plannedCoverage: PlannedCoverage[] } {
  const sectionRows = db
    .select({
      id: frameworkSections.id,
      key: frameworkSections.key,
      name: frameworkSections.name,
      description: frameworkSections.description,
      position: frameworkSections.position,
      staffCritical: roleSections.staffCritical,
    })
    .from(roleSections)
    .innerJoin(frameworkSections, eq(frameworkSections.id, roleSections.sectionId))
    .where(eq(roleSections.roleId, roleId))
    .orderBy(asc(frameworkSections.position))
    .all();

  const coverageRows = db
    .select({ sectionId: stageFocusSections.sectionId, stages: count() })
    .from(stageFocusSections)
    .innerJoin(planStages, eq(planStages.id, stageFocusSections.stageId))
    .where(eq(planStages.roleId, roleId))
    .groupBy(stageFocusSections.sectionId)
    .all();
  const plannedBySection = new Map(coverageRows.map((r) => [r.sectionId, r.stages]));
  const sections: SectionInPlay[] = sectionRows.map((s) => ({ ...s, plannedStages: plannedBySection.get(s.id) ?? 0 }));
  const plannedCoverage: PlannedCoverage[] = sections.map((s) => ({ sectionId: s.id, stages: s.plannedStages }));

  return { sections, plannedCoverage };
}

export function loadRolePanels(db: DbOrTx, opts: LoadOptions): RolePanels {
  const readable = panelReadableApplicationsWhere(db, opts.user);
  const appFilter: SQL[] = [eq(applications.roleId, opts.roleId), readable];
  if (opts.applicationIds) appFilter.push(inArray(applications.id, opts.applicationIds));

  const { sections, plannedCoverage } = loadSectionsInPlay(db, opts.roleId);
  const inPlay = new Set(sections.map((s) => s.id));

  const interviewRows = db
    .select({
      applicationId: interviews.applicationId,
      interviewId: interviews.id,
      interviewStatus: interviews.status,
      scheduledAt: interviews.scheduledAt,
      durationMinutes: interviews.durationMinutes,
      stageName: planStages.name,
      interviewerId: users.id,
      interviewerName: users.name,
      interviewerLevel: users.level,
      scorecardId: scorecards.id,
      scorecardStatus: scorecards.status,
      submittedAt: scorecards.submittedAt,
      overallRecommendation: scorecards.overallRecommendation,
      confidence: scorecards.confidence,
      summary: scorecards.summary,
      contradictionNote: scorecards.contradictionNote,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(users, eq(users.id, interviews.interviewerId))
    .innerJoin(planStages, eq(planStages.id, interviews.stageId))
    .leftJoin(scorecards, eq(scorecards.interviewId, interviews.id))
    .where(and(...appFilter, or(eq(interviews.status, "scheduled"), eq(scorecards.status, "submitted"))))
    .orderBy(asc(interviews.scheduledAt), asc(planStages.position), asc(interviews.id))
    .all();

  const ratingRows = db
    .select({
      applicationId: scorecards.applicationId,
      scorecardId: scorecardRatings.scorecardId,
      sectionId: scorecardRatings.sectionId,
      rating: scorecardRatings.rating,
      notAssessed: scorecardRatings.notAssessed,
      evidence: scorecardRatings.evidence,
      scope: scorecardRatings.scope,
    })
    .from(scorecardRatings)
    .innerJoin(scorecards, eq(scorecards.id, scorecardRatings.scorecardId))
    .innerJoin(applications, eq(applications.id, scorecards.applicationId))
    .where(and(...appFilter, eq(scorecards.status, "submitted")))
    .all();

  const flagRows = db
    .select({
      applicationId: scorecards.applicationId,
      scorecardId: scorecardRedFlags.scorecardId,
      interviewerName: users.name,
      title: redFlags.title,
      description: redFlags.description,
      severity: redFlags.severity,
      note: scorecardRedFlags.note,
      sectionId: frameworkSections.id,
      sectionName: frameworkSections.name,
    })
    .from(scorecardRedFlags)
    .innerJoin(scorecards, eq(scorecards.id, scorecardRedFlags.scorecardId))
    .innerJoin(applications, eq(applications.id, scorecards.applicationId))
    .innerJoin(users, eq(users.id, scorecards.interviewerId))
    .innerJoin(redFlags, eq(redFlags.id, scorecardRedFlags.redFlagId))
    .innerJoin(frameworkSections, eq(frameworkSections.id, redFlags.sectionId))
    .where(and(...appFilter, eq(scorecards.status, "submitted"), isNotNull(scorecards.submittedAt)))
    .orderBy(asc(frameworkSections.position), asc(redFlags.position))
    .all();

  const panels = new Map<string, ApplicationPanel>();
  const panelOf = (applicationId: string) => {
    let p = panels.get(applicationId);
    if (!p) {
      p = { applicationId, scorecards: [], ratings: [], redFlags: [], pending: [], panel: null };
      panels.set(applicationId, p);
    }
    return p;
  };
  for (const id of opts.applicationIds ?? []) panelOf(id);

  for (const row of interviewRows) {
    const p = panelOf(row.applicationId);
    const endsAt = row.scheduledAt.getTime() + row.durationMinutes * 60_000;
    if (row.scorecardId && row.scorecardStatus === "submitted") {
      const submittedAt = row.submittedAt ?? row.scheduledAt;
      p.scorecards.push({
        scorecardId: row.scorecardId,
        interviewId: row.interviewId,
        interviewerId: row.interviewerId,
        interviewerName: row.interviewerName,
        interviewerLevel: row.interviewerLevel,
        stageName: row.stageName,
        scheduledAt: row.scheduledAt,
        submittedAt,
        late: submittedAt.getTime() > endsAt + OVERDUE_AFTER_MS,
        overallRecommendation: row.overallRecommendation,
        confidence: row.confidence,
        summary: row.summary ?? "",
        contradictionNote: row.contradictionNote,
      });
    } else if (row.interviewStatus === "scheduled") {
      p.pending.push({
        interviewId: row.interviewId,
        interviewerName: row.interviewerName,
        stageName: row.stageName,
        scheduledAt: row.scheduledAt,
        durationMinutes: row.durationMinutes,
        scorecardStatus: row.scorecardStatus === "draft" ? "draft" : null,
        overdue: opts.now.getTime() > endsAt + OVERDUE_AFTER_MS,
      });
    }
  }
  for (const row of ratingRows) {
    if (!inPlay.has(row.sectionId)) continue;
    const rating = row.notAssessed || row.rating === null ? null : (row.rating as 0 | 1 | 2);
    panelOf(row.applicationId).ratings.push({
      scorecardId: row.scorecardId,
      sectionId: row.sectionId,
      rating,
      notAssessed: row.notAssessed,
      evidence: row.evidence,
      scope: rating === null ? null : row.scope,
    });
  }
  for (const row of flagRows) {
    const { applicationId, ...flag } = row;
    panelOf(applicationId).redFlags.push({ ...flag, sectionInPlay: inPlay.has(row.sectionId) });
  }

  const thresholds = pickThresholds(opts.roleThresholds);
  for (const p of panels.values()) p.panel = toEnginePanel(p, sections, plannedCoverage, thresholds);
  return { sections, plannedCoverage, thresholds, panels };
}

/** The engine's input for one application, or null when there is nothing submitted to judge. */
function toEnginePanel(
  p: ApplicationPanel,
  sections: SectionInPlay[],
  plannedCoverage: PlannedCoverage[],
  thresholds: Partial<Thresholds>,
): Panel | null {
  if (p.scorecards.length === 0 || sections.length === 0) return null;
  return {
    sections: sections.map((s) => ({ id: s.id, name: s.name, staffCritical: s.staffCritical })),
    thresholds,
    plannedCoverage,
    scorecards: p.scorecards.map((card) => ({
      interviewer: { id: card.interviewerId, name: card.interviewerName, level: card.interviewerLevel },
      ratings: p.ratings
        .filter((r) => r.scorecardId === card.scorecardId)
        .map((r) => ({ sectionId: r.sectionId, rating: r.rating, ...(r.scope ? { scope: r.scope } : {}) })),
      redFlags: p.redFlags
        .filter((f) => f.scorecardId === card.scorecardId)
        .map((f) => ({ severity: f.severity, title: f.title, ...(f.sectionInPlay ? { sectionId: f.sectionId } : {}) })),
    })),
    missingScorecards: p.pending.length,
    lateScorecards: p.scorecards.filter((c) => c.late).length,
  };
}

/** Only the keys the engine knows; the engine itself rejects values out of range. */
export function pickThresholds(stored: Record<string, number>): Partial<Thresholds> {
  const out: Partial<Thresholds> = {};
  for (const key of THRESHOLD_KEYS) {
    const value = stored[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export type RecommendationOutcome =
  { ok: true; recommendation: Recommendation } | { ok: false; reason: "no-scorecards" | "invalid-input"; message: string };

/** Runs the engine; input it cannot compute from becomes a message for the page instead of a crash. */
export function recommendFor(panel: Panel | null): RecommendationOutcome {
  if (!panel) {
    return {
      ok: false,
      reason: "no-scorecards",
      message: "No scorecard has been submitted yet, so there is no recommendation. It appears when the first scorecard is in.",
    };
  }
  try {
    return { ok: true, recommendation: recommend(panel) };
  } catch (error) {
    if (error instanceof CalibrationInputError) return { ok: false, reason: "invalid-input", message: error.message };
    throw error;
  }
}
