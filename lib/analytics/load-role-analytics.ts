import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates, decisions, roles, scorecards, users, type ApplicationStatus, type EngineerLevel } from "@/db/schema";
import type { Confidence, Level } from "@/lib/calibration";
import type { SessionUser } from "@/lib/auth/session-user";
import { againstRecommendation } from "@/lib/debrief/decision-rules";
import { LEVELS_FOR_DISPLAY } from "@/lib/debrief/labels";
import { readSnapshot } from "@/lib/debrief/engine-snapshot";
import { loadSectionsInPlay, type SectionInPlay } from "@/lib/debrief/load-panels";
import { roleCalibration } from "./role-calibration-summary";
import { roleRecommendations } from "./role-recommendations";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";
import { calibrationReadableRolesWhere } from "@/lib/permissions/calibration-scope";
import { roleColumns, type RoleNames } from "@/lib/roles/role-columns";

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

/** Rows per page of the applications table and of the decisions table. */
export const ANALYTICS_PAGE_SIZE = 50;

export type PageInfo = { page: number; pageSize: number; pageCount: number; total: number };

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
  role: RoleNames;
  sections: SectionInPlay[];
  agreement: SectionAgreement[];
  interviewers: InterviewerCalibration[];
  /** One page of the role's applications (those the user may read in full), by candidate name. */
  applications: ApplicationOutcome[];
  applicationsPage: PageInfo;
  /** Applications the engine has something to judge (a submitted scorecard). */
  judged: number;
  distribution: { level: Level; count: number }[];
  /** Decisions (hire or no hire) compared with the recommendation; holds are counted apart and are in none of the others. */
  decisions: { total: number; against: number; followed: number; unknown: number; held: number };
  /** One page of the recorded decisions (holds included), by candidate name. */
  decided: ApplicationOutcome[];
  decidedPage: PageInfo;
};

function pageInfo(requested: number | undefined, total: number, pageSize: number): PageInfo & { offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Number.isFinite(requested) ? Math.floor(requested ?? 1) : 1), pageCount);
  return { page, pageSize, pageCount, total, offset: (page - 1) * pageSize };
}

/**
 * Calibration of one role across all its applications; null when the role does not exist or is not the user's to
 * read. The engine's results come kept per application (lib/analytics/role-recommendations.ts), agreement and
 * offsets kept per role (lib/analytics/role-calibration-summary.ts); the tables are paged. Its statements do not grow with the role.
 */
export function loadRoleAnalytics(
  db: Db,
  opts: { user: SessionUser; roleId: string; now: Date; page?: number; decisionsPage?: number; pageSize?: number },
): RoleAnalytics | null {
  const pageSize = Math.max(1, Math.floor(opts.pageSize ?? ANALYTICS_PAGE_SIZE));
  const role = db
    .select({
      ...roleColumns,
      thresholds: roles.thresholds,
      frameworkVersionId: roles.frameworkVersionId,
    })
    .from(roles)
    .where(and(eq(roles.id, opts.roleId), calibrationReadableRolesWhere(db, opts.user)))
    .get();
  if (!role) return null;

  const readable = and(eq(applications.roleId, role.id), panelReadableApplicationsWhere(db, opts.user));
  const { sections, plannedCoverage } = loadSectionsInPlay(db, role.id);
  const recommendations = roleRecommendations(db, { user: opts.user, role, sections, plannedCoverage, now: opts.now });

  const calibration = roleCalibration(db, { user: opts.user, roleId: role.id, sectionIds: sections.map((s) => s.id), now: opts.now });
  const alphas = new Map(calibration.sections.map((a) => [a.sectionId, a]));
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

  // Names and levels are read now, not kept: a person's rename or new level shows at once.
  const people = new Map(
    calibration.interviewers.length === 0
      ? []
      : db
          .select({ id: users.id, name: users.name, level: users.level })
          .from(users)
          .where(
            inArray(
              users.id,
              calibration.interviewers.map((i) => i.interviewerId),
            ),
          )
          .all()
          .map((u) => [u.id, u]),
  );
  const interviewers = calibration.interviewers
    .flatMap((o): InterviewerCalibration[] => {
      const person = people.get(o.interviewerId);
      return person ? [{ ...o, name: person.name, level: person.level }] : [];
    })
    .sort((a, b) => (b.meanOffset ?? -Infinity) - (a.meanOffset ?? -Infinity) || a.name.localeCompare(b.name));

  const kept = [...recommendations.values()];
  const distribution = LEVELS_FOR_DISPLAY.map((level) => ({ level, count: kept.filter((r) => r.level === level).length }));
  const judged = kept.filter((r) => r.level !== null).length;

  // Every decision, thin: the stored recommendation's level is read out of the snapshot in SQL.
  const decisionRows = db
    .select({
      applicationId: applications.id,
      candidateName: candidates.name,
      status: applications.status,
      level: decisions.level,
      hire: decisions.hire,
      held: decisions.held,
      overrideReason: decisions.overrideReason,
      snapshotLevel: sql<unknown>`json_extract(${decisions.engineSnapshot}, '$.level')`,
    })
    .from(decisions)
    .innerJoin(applications, eq(applications.id, decisions.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(readable)
    .orderBy(asc(candidates.name), asc(applications.id))
    .all();
  const decisionOf = (d: (typeof decisionRows)[number]): NonNullable<ApplicationOutcome["decision"]> => {
    const recommendedLevel = readSnapshot({ level: d.snapshotLevel }).level;
    const choice = { level: d.level, hire: d.hire, held: d.held };
    return {
      ...choice,
      overrideReason: d.overrideReason,
      recommendedLevel,
      against: recommendedLevel ? againstRecommendation(recommendedLevel, choice, role).against : null,
    };
  };
  const recorded = decisionRows.map((d) => ({ row: d, decision: decisionOf(d) }));
  const notHeld = recorded.filter((d) => !d.decision.held);

  const outcome = (
    a: { applicationId: string; candidateName: string; status: ApplicationStatus; submittedScorecards: number },
    decision: ApplicationOutcome["decision"],
  ) => {
    const rec = recommendations.get(a.applicationId);
    return { ...a, level: rec?.level ?? null, confidence: rec?.confidence ?? null, decision };
  };
  const appsPage = pageInfo(opts.page, recommendations.size, pageSize);
  const pageRows = db
    .select({
      applicationId: applications.id,
      candidateName: candidates.name,
      status: applications.status,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(readable)
    .orderBy(asc(candidates.name), asc(applications.id))
    .limit(appsPage.pageSize)
    .offset(appsPage.offset)
    .all();
  const decisionById = new Map(recorded.map((d) => [d.row.applicationId, d.decision]));
  const decidedPage = pageInfo(opts.decisionsPage, recorded.length, pageSize);
  const decidedRows = recorded.slice(decidedPage.offset, decidedPage.offset + pageSize);
  // Submitted scorecards of the two pages' applications only, in one grouped count: counted in the page's own
  // select, SQLite would count them for every application of the role before the sort and the limit.
  const shownIds = [...new Set([...pageRows.map((a) => a.applicationId), ...decidedRows.map((d) => d.row.applicationId)])];
  const submittedOn = new Map(
    shownIds.length === 0
      ? []
      : db
          .select({ applicationId: scorecards.applicationId, n: count() })
          .from(scorecards)
          .where(and(eq(scorecards.status, "submitted"), inArray(scorecards.applicationId, shownIds)))
          .groupBy(scorecards.applicationId)
          .all()
          .map((r) => [r.applicationId, r.n]),
  );
  const strip = ({ offset: _offset, ...info }: PageInfo & { offset: number }): PageInfo => info;

  return {
    role: { id: role.id, title: role.title, team: role.team, hiresSenior: role.hiresSenior, hiresStaff: role.hiresStaff },
    sections,
    agreement,
    interviewers,
    applications: pageRows.map((a) =>
      outcome({ ...a, submittedScorecards: submittedOn.get(a.applicationId) ?? 0 }, decisionById.get(a.applicationId) ?? null),
    ),
    applicationsPage: strip(appsPage),
    judged,
    distribution,
    decisions: {
      total: notHeld.length,
      against: notHeld.filter((d) => d.decision.against === true).length,
      followed: notHeld.filter((d) => d.decision.against === false).length,
      unknown: notHeld.filter((d) => d.decision.against === null).length,
      held: recorded.length - notHeld.length,
    },
    decided: decidedRows.map((d) =>
      outcome(
        {
          applicationId: d.row.applicationId,
          candidateName: d.row.candidateName,
          status: d.row.status,
          submittedScorecards: submittedOn.get(d.row.applicationId) ?? 0,
        },
        d.decision,
      ),
    ),
    decidedPage: strip(decidedPage),
  };
}
