import "server-only";
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import {
  frameworkSections,
  interviews,
  planStages,
  redFlags,
  scorecardAmendments,
  scorecardRatings,
  scorecardRedFlags,
  scorecards,
  sectionItems,
  users,
  applications,
  candidates,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Confidence, Recommendation, Scope, ScorecardContent } from "./scorecard-content";
import { allOf } from "@/lib/permissions/conditions";
import { readableScorecardsWhere } from "@/lib/permissions/readable-scorecards";

export type RatingView = {
  sectionId: string;
  sectionName: string;
  rating: number | null;
  notAssessed: boolean;
  evidence: string;
  scope: Scope | null;
  itemsObserved: { id: string; text: string }[];
};
export type RedFlagView = { redFlagId: string; title: string; severity: "note" | "caps-at-senior" | "blocks-hire"; note: string };

/** A scorecard's content with names resolved: what readers see, and what amendment snapshots keep. */
export type ScorecardBody = {
  overallRecommendation: Recommendation | null;
  confidence: Confidence | null;
  summary: string;
  ratings: RatingView[];
  redFlags: RedFlagView[];
};

/** Stored as an amendment's `before` and `after`: self-describing, so the original stays readable as it was. */
export type ScorecardSnapshot = ScorecardBody & { status: "draft" | "submitted"; revision: number; submittedAt: string | null };

export type AmendmentView = {
  id: string;
  reason: string;
  createdAt: Date;
  amendedByName: string;
  /** Other submitted scorecards existed for the application when the author amended: they could read the panel. */
  afterPanelVisible: boolean;
  before: ScorecardSnapshot;
  after: ScorecardSnapshot;
};

export type ScorecardView = ScorecardBody & {
  id: string;
  interviewId: string;
  applicationId: string;
  status: "draft" | "submitted";
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  interviewerName: string;
  stageName: string;
  candidateName: string;
  amendments: AmendmentView[];
};

type Header = { id: string; overallRecommendation: Recommendation | null; confidence: Confidence | null; summary: string };

/** Bodies of several scorecards in three queries; ratings in framework order. */
export function readScorecardBodies(db: DbOrTx, headers: Header[]): Map<string, ScorecardBody> {
  const out = new Map<string, ScorecardBody>();
  if (headers.length === 0) return out;
  const ids = headers.map((h) => h.id);
  const ratings = db
    .select({
      scorecardId: scorecardRatings.scorecardId,
      sectionId: scorecardRatings.sectionId,
      sectionName: frameworkSections.name,
      rating: scorecardRatings.rating,
      notAssessed: scorecardRatings.notAssessed,
      evidence: scorecardRatings.evidence,
      scope: scorecardRatings.scope,
      itemsObserved: scorecardRatings.itemsObserved,
    })
    .from(scorecardRatings)
    .innerJoin(frameworkSections, eq(frameworkSections.id, scorecardRatings.sectionId))
    .where(inArray(scorecardRatings.scorecardId, ids))
    .orderBy(asc(frameworkSections.position))
    .all();
  const itemIds = [...new Set(ratings.flatMap((r) => r.itemsObserved))];
  const itemText = new Map(
    itemIds.length === 0
      ? []
      : db
          .select({ id: sectionItems.id, text: sectionItems.text })
          .from(sectionItems)
          .where(inArray(sectionItems.id, itemIds))
          .all()
          .map((i) => [i.id, i.text] as const),
  );
  const flags = db
    .select({
      scorecardId: scorecardRedFlags.scorecardId,
      redFlagId: scorecardRedFlags.redFlagId,
      title: redFlags.title,
      severity: redFlags.severity,
      note: scorecardRedFlags.note,
    })
    .from(scorecardRedFlags)
    .innerJoin(redFlags, eq(redFlags.id, scorecardRedFlags.redFlagId))
    .innerJoin(frameworkSections, eq(frameworkSections.id, redFlags.sectionId))
    .where(inArray(scorecardRedFlags.scorecardId, ids))
    .orderBy(asc(frameworkSections.position), asc(redFlags.position))
    .all();
  for (const h of headers) {
    out.set(h.id, {
      overallRecommendation: h.overallRecommendation,
      confidence: h.confidence,
      summary: h.summary,
      ratings: ratings
        .filter((r) => r.scorecardId === h.id)
        .map(({ scorecardId: _s, itemsObserved, ...r }) => ({
          ...r,
          itemsObserved: itemsObserved.map((id) => ({ id, text: itemText.get(id) ?? "" })),
        })),
      redFlags: flags.filter((f) => f.scorecardId === h.id).map(({ scorecardId: _s, ...f }) => f),
    });
  }
  return out;
}

/** The editable form of a body: ids only. */
export function bodyToContent(body: ScorecardBody): ScorecardContent {
  return {
    overallRecommendation: body.overallRecommendation,
    confidence: body.confidence,
    summary: body.summary,
    ratings: body.ratings.map((r) => ({
      sectionId: r.sectionId,
      rating: r.rating,
      notAssessed: r.notAssessed,
      evidence: r.evidence,
      scope: r.scope,
      itemsObserved: r.itemsObserved.map((i) => i.id),
    })),
    redFlags: body.redFlags.map((f) => ({ redFlagId: f.redFlagId, note: f.note })),
  };
}

/** A full snapshot of one scorecard, read inside the transaction that is about to change it. */
export function readScorecardSnapshot(tx: DbOrTx, scorecardId: string): ScorecardSnapshot | null {
  const header = tx
    .select({
      id: scorecards.id,
      status: scorecards.status,
      revision: scorecards.revision,
      submittedAt: scorecards.submittedAt,
      overallRecommendation: scorecards.overallRecommendation,
      confidence: scorecards.confidence,
      summary: scorecards.summary,
    })
    .from(scorecards)
    .where(eq(scorecards.id, scorecardId))
    .get();
  if (!header) return null;
  const body = readScorecardBodies(tx, [header]).get(header.id);
  if (!body) return null;
  return { ...body, status: header.status, revision: header.revision, submittedAt: header.submittedAt?.toISOString() ?? null };
}

function loadAmendments(db: Db, scorecardIds: string[]): (AmendmentView & { scorecardId: string })[] {
  if (scorecardIds.length === 0) return [];
  return db
    .select({
      id: scorecardAmendments.id,
      scorecardId: scorecardAmendments.scorecardId,
      reason: scorecardAmendments.reason,
      createdAt: scorecardAmendments.createdAt,
      afterPanelVisible: scorecardAmendments.afterPanelVisible,
      amendedByName: users.name,
      before: scorecardAmendments.before,
      after: scorecardAmendments.after,
    })
    .from(scorecardAmendments)
    .innerJoin(users, eq(users.id, scorecardAmendments.amendedById))
    .where(inArray(scorecardAmendments.scorecardId, scorecardIds))
    .orderBy(asc(scorecardAmendments.createdAt))
    .all()
    .map((a) => ({ ...a, before: a.before as ScorecardSnapshot, after: a.after as ScorecardSnapshot }));
}

/**
 * Scorecards matching `where` (which must carry the permission condition), with names resolved.
 * Used by the JSON route and the panel page.
 */
export function loadScorecardViews(db: Db, where: SQL, orderBy: SQL[] = [desc(scorecards.updatedAt)]): ScorecardView[] {
  const headers = db
    .select({
      id: scorecards.id,
      interviewId: scorecards.interviewId,
      applicationId: scorecards.applicationId,
      status: scorecards.status,
      revision: scorecards.revision,
      createdAt: scorecards.createdAt,
      updatedAt: scorecards.updatedAt,
      submittedAt: scorecards.submittedAt,
      overallRecommendation: scorecards.overallRecommendation,
      confidence: scorecards.confidence,
      summary: scorecards.summary,
      interviewerName: users.name,
      stageName: planStages.name,
      candidateName: candidates.name,
    })
    .from(scorecards)
    .innerJoin(users, eq(users.id, scorecards.interviewerId))
    .innerJoin(interviews, eq(interviews.id, scorecards.interviewId))
    .innerJoin(planStages, eq(planStages.id, interviews.stageId))
    .innerJoin(applications, eq(applications.id, scorecards.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(where)
    .orderBy(...orderBy)
    .all();
  const bodies = readScorecardBodies(db, headers);
  const amendments = loadAmendments(
    db,
    headers.map((h) => h.id),
  );
  return headers.map((h) => ({
    ...h,
    ...(bodies.get(h.id) as ScorecardBody),
    amendments: amendments.filter((a) => a.scorecardId === h.id).map(({ scorecardId: _s, ...a }) => a),
  }));
}

/** One scorecard for GET /api/scorecards/[id]: the permission is part of the WHERE clause, so a refusal is a null. */
export function loadReadableScorecard(db: Db, opts: { user: SessionUser; scorecardId: string }): ScorecardView | null {
  return loadScorecardViews(db, allOf(eq(scorecards.id, opts.scorecardId), readableScorecardsWhere(db, opts.user)))[0] ?? null;
}

export type OwnScorecard = {
  id: string;
  status: "draft" | "submitted";
  revision: number;
  updatedAt: Date;
  submittedAt: Date | null;
  body: ScorecardBody;
  content: ScorecardContent;
  /** Why the submitted recommendation stands although a raised red flag rules it out; null when none was needed. */
  contradictionNote: string | null;
  amendments: AmendmentView[];
};

/** The caller's own scorecard for one of their interviews (null before the first save). */
export function loadOwnScorecard(db: Db, opts: { user: SessionUser; interviewId: string }): OwnScorecard | null {
  const header = db
    .select({
      id: scorecards.id,
      status: scorecards.status,
      revision: scorecards.revision,
      updatedAt: scorecards.updatedAt,
      submittedAt: scorecards.submittedAt,
      overallRecommendation: scorecards.overallRecommendation,
      confidence: scorecards.confidence,
      summary: scorecards.summary,
      contradictionNote: scorecards.contradictionNote,
    })
    .from(scorecards)
    .where(and(eq(scorecards.interviewId, opts.interviewId), eq(scorecards.interviewerId, opts.user.id)))
    .get();
  if (!header) return null;
  const body = readScorecardBodies(db, [header]).get(header.id) as ScorecardBody;
  return {
    id: header.id,
    status: header.status,
    revision: header.revision,
    updatedAt: header.updatedAt,
    submittedAt: header.submittedAt,
    body,
    content: bodyToContent(body),
    contradictionNote: header.contradictionNote,
    amendments: loadAmendments(db, [header.id]).map(({ scorecardId: _s, ...a }) => a),
  };
}
