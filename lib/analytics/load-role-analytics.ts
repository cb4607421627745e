import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, decisions, roles, type ApplicationStatus, type EngineerLevel } from "@/db/schema";
import { alphaBySection, interviewerOffsets, type Confidence, type Level, type RatingRow } from "@/lib/calibration";
import type { SessionUser } from "@/lib/auth/session-user";
import { againstRecommendation } from "@/lib/debrief/decision-rules";
import { LEVELS_FOR_DISPLAY } from "@/lib/debrief/labels";
import { readSnapshot } from "@/lib/debrief/engine-snapshot";
import { loadRolePanels, recommendFor, type SectionInPlay } from "@/lib/debrief/load-panels";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";
import { calibrationReadableRolesWhere } from "@/lib/permissions/calibration-scope";

export type SectionAgreement = {
  sectionId: string;
  name: string;
  staffCritical: boolean;
  /** Krippendorff's alpha (ordinal) over the role's applications; null when not measurable. */
  alpha: number | null;
  /** Applications in which two or more interviewers rated the section. */
  applications: number;
  ratings: number;
};

export type InterviewerCalibration = {
  interviewerId: string;
  name: string;
  level: EngineerLevel;
  /** Mean of (their rating − the panel's median) where the section had two or more raters; null without such overlap. */
  meanOffset: number | null;
  /** Ratings and scorecards behind the mean. */
  ratings: number;
  scorecards: number;
  /** Every scorecard they submitted on this role. */
  submittedScorecards: number;
};

export type ApplicationOutcome = {
  applicationId: string;
  candidateName: string;
  status: ApplicationStatus;
  submittedScorecards: number;
  /** The engine's level now; null when it has nothing to judge. */
  level: Level | null;
  confidence: Confidence | null;
  decision: {
    level: "staff" | "senior" | "none";
    hire: boolean;
    /** A hold for more signal: counted apart, never as for or against the recommendation. */
    held: boolean;
    overrideReason: string | null;
    /** The recommendation stored with the decision. */
    recommendedLevel: Level | null;
    /** null when the stored snapshot has no level to compare with. */
    against: boolean | null;
  } | null;
};

export type RoleAnalytics = {
  role: { id: string; title: string; team: string; hiresSenior: boolean; hiresStaff: boolean };
  sections: SectionInPlay[];
  agreement: SectionAgreement[];
  interviewers: InterviewerCalibration[];
  applications: ApplicationOutcome[];
  distribution: { level: Level; count: number }[];
  /** Decisions (hire or no hire) compared with the recommendation; holds are counted apart and are in none of the others. */
  decisions: { total: number; against: number; followed: number; unknown: number; held: number };
};

/** Calibration of one role across all its applications; null when the role does not exist or is not the user's to read. */
export function loadRoleAnalytics(db: Db, opts: { user: SessionUser; roleId: string; now: Date }): RoleAnalytics | null {
  const role = db
    .select({
      id: roles.id,
      title: roles.title,
      team: roles.team,
      hiresSenior: roles.hiresSenior,
      hiresStaff: roles.hiresStaff,
      thresholds: roles.thresholds,
    })
    .from(roles)
    .where(and(eq(roles.id, opts.roleId), calibrationReadableRolesWhere(db, opts.user)))
    .get();
  if (!role) return null;

  const apps = db
    .select({
      applicationId: applications.id,
      status: applications.status,
      candidateName: candidates.name,
      decisionLevel: decisions.level,
      hire: decisions.hire,
      held: decisions.held,
      overrideReason: decisions.overrideReason,
      engineSnapshot: decisions.engineSnapshot,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(decisions, eq(decisions.applicationId, applications.id))
    .where(and(eq(applications.roleId, role.id), panelReadableApplicationsWhere(db, opts.user)))
    .orderBy(asc(candidates.name))
    .all();

  const { sections, panels } = loadRolePanels(db, { user: opts.user, roleId: role.id, roleThresholds: role.thresholds, now: opts.now });

  const rows: RatingRow[] = [];
  const people = new Map<string, { name: string; level: EngineerLevel; scorecards: number }>();
  for (const panel of panels.values()) {
    const interviewerOf = new Map(panel.scorecards.map((c) => [c.scorecardId, c.interviewerId]));
    for (const card of panel.scorecards) {
      const person = people.get(card.interviewerId) ?? { name: card.interviewerName, level: card.interviewerLevel, scorecards: 0 };
      person.scorecards += 1;
      people.set(card.interviewerId, person);
    }
    for (const r of panel.ratings) {
      const interviewerId = interviewerOf.get(r.scorecardId);
      if (interviewerId === undefined || r.rating === null) continue;
      rows.push({ applicationId: panel.applicationId, sectionId: r.sectionId, interviewerId, rating: r.rating, scorecardId: r.scorecardId });
    }
  }

  const alphas = new Map(alphaBySection(rows).map((a) => [String(a.sectionId), a]));
  const agreement = sections.map((s): SectionAgreement => {
    const a = alphas.get(s.id);
    return {
      sectionId: s.id,
      name: s.name,
      staffCritical: s.staffCritical,
      alpha: a?.alpha ?? null,
      applications: a?.applications ?? 0,
      ratings: a?.ratings ?? 0,
    };
  });

  const offsets = new Map(interviewerOffsets(rows).map((o) => [String(o.interviewerId), o]));
  const interviewers = [...people.entries()]
    .map(([interviewerId, p]): InterviewerCalibration => {
      const o = offsets.get(interviewerId);
      return {
        interviewerId,
        name: p.name,
        level: p.level,
        meanOffset: o?.meanOffset ?? null,
        ratings: o?.count ?? 0,
        scorecards: o?.scorecards ?? 0,
        submittedScorecards: p.scorecards,
      };
    })
    .sort((a, b) => (b.meanOffset ?? -Infinity) - (a.meanOffset ?? -Infinity) || a.name.localeCompare(b.name));

  const outcomes = apps.map((app): ApplicationOutcome => {
    const panel = panels.get(app.applicationId);
    const outcome = recommendFor(panel?.panel ?? null);
    const rec = outcome.ok ? outcome.recommendation : null;
    let decision: ApplicationOutcome["decision"] = null;
    if (app.decisionLevel !== null && app.hire !== null) {
      const recommendedLevel = readSnapshot(app.engineSnapshot).level;
      const choice = { level: app.decisionLevel, hire: app.hire, held: app.held === true };
      decision = {
        ...choice,
        overrideReason: app.overrideReason,
        recommendedLevel,
        against: recommendedLevel ? againstRecommendation(recommendedLevel, choice, role).against : null,
      };
    }
    return {
      applicationId: app.applicationId,
      candidateName: app.candidateName,
      status: app.status,
      submittedScorecards: panel?.scorecards.length ?? 0,
      level: rec?.level ?? null,
      confidence: rec?.confidence ?? null,
      decision,
    };
  });

  const distribution = LEVELS_FOR_DISPLAY.map((level) => ({ level, count: outcomes.filter((o) => o.level === level).length }));
  const recorded = outcomes.flatMap((o) => (o.decision ? [o.decision] : []));
  const decided = recorded.filter((d) => !d.held);
  return {
    role: { id: role.id, title: role.title, team: role.team, hiresSenior: role.hiresSenior, hiresStaff: role.hiresStaff },
    sections,
    agreement,
    interviewers,
    applications: outcomes,
    distribution,
    decisions: {
      total: decided.length,
      against: decided.filter((d) => d.against === true).length,
      followed: decided.filter((d) => d.against === false).length,
      unknown: decided.filter((d) => d.against === null).length,
      held: recorded.filter((d) => d.held).length,
    },
  };
}
