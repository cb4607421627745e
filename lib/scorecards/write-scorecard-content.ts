import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { interviews, scorecardRatings, scorecardRedFlags, scorecards } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { conflict, forbiddenError, invalid, notFound } from "@/lib/errors";
import { findContradictions, validateContradictionNote } from "./contradictions";
import { isBlankRating, type ScorecardContent } from "./scorecard-content";
import { loadKitToWrite, type KitToWrite } from "./load-interview-kit";
import { hasErrors, validateScorecard, type ScorecardErrors, type ValidationMode } from "./validate-scorecard";

export const STALE_REVISION_MESSAGE =
  "This scorecard was changed in another tab or window. Reload to see the latest version; your text is kept in this browser.";
export const ALREADY_SUBMITTED_MESSAGE = "This scorecard is already submitted, so it is locked. To change it, use Amend and give a reason.";

/**
 * The interview the caller may write a scorecard for: their own (the interviewer id is in the WHERE clause),
 * not cancelled, and only as an interviewer or hiring manager (recruiters and admins never write scorecards).
 */
export function loadWritableKit(db: Db, user: SessionUser, interviewId: string): KitToWrite {
  if (!user.roles.includes("interviewer") && !user.roles.includes("hiring-manager")) {
    throw forbiddenError("Only the interview's interviewer can write its scorecard.");
  }
  const kit = loadKitToWrite(db, { user, interviewId });
  if (!kit) {
    // The kit answers only live interviews; say so to the interviewer of a cancelled one (nothing else is shown).
    const own = db
      .select({ status: interviews.status })
      .from(interviews)
      .where(and(eq(interviews.id, interviewId), eq(interviews.interviewerId, user.id)))
      .get();
    if (own?.status === "cancelled") throw invalid("This interview was cancelled, so its scorecard can't be changed.");
    throw notFound("This interview");
  }
  // An erased candidate's scorecards take no new text (an open tab's autosave would bring the evidence back).
  if (kit.candidate.erased)
    throw conflict("This candidate was erased, so nothing more can be written on their scorecards. Discard the text in this browser.");
  return kit;
}

/** Validates against the kit and throws an `invalid` error whose message names the first problem. */
export function assertValidContent(content: ScorecardContent, kit: KitToWrite, mode: ValidationMode, prefix: string) {
  const errors = validateScorecard(content, kit.rules, mode);
  if (hasErrors(errors)) throw invalidScorecard(errors, prefix);
}

/**
 * A recommendation its own red flags rule out needs a note saying why both hold (lib/scorecards/contradictions.ts).
 * Returns what to store: the trimmed note when something contradicts, null otherwise (a stale note is dropped).
 */
export function checkedContradictionNote(
  content: ScorecardContent,
  kit: KitToWrite,
  note: string | undefined,
  prefix: string,
): { note: string | null; contradictions: string[] } {
  const contradictions = findContradictions(content, kit.rules.redFlags);
  const problem = validateContradictionNote(note, contradictions);
  if (problem) throw invalid(`${prefix} ${problem}`, { contradictionNote: [problem] });
  return { note: contradictions.length > 0 ? (note ?? "").trim() : null, contradictions: contradictions.map((c) => c.message) };
}

export function invalidScorecard(errors: ScorecardErrors, prefix: string) {
  const messages = Object.values(errors);
  const more = messages.length > 1 ? ` (${messages.length - 1} more ${messages.length === 2 ? "problem" : "problems"} marked on the form.)` : "";
  return invalid(`${prefix} ${messages[0] ?? ""}${more}`.trim(), Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, [v]])));
}

/** On submit, a section marked not assessed carries no scope. */
export function normalizeForSubmit(content: ScorecardContent): ScorecardContent {
  return { ...content, ratings: content.ratings.map((r) => (r.notAssessed ? { ...r, rating: null, scope: null } : r)) };
}

/** The caller's scorecard row for an interview, if the first save has happened. */
export function findScorecard(tx: DbOrTx, interviewId: string, userId: string) {
  const row = tx
    .select({ id: scorecards.id, status: scorecards.status, revision: scorecards.revision, interviewerId: scorecards.interviewerId })
    .from(scorecards)
    .where(eq(scorecards.interviewId, interviewId))
    .get();
  // An interview handed to someone else keeps the first interviewer's scorecard; nobody writes over it.
  if (row && row.interviewerId !== userId) throw forbiddenError("This interview's scorecard belongs to another interviewer.");
  return row;
}

/** Inserts the scorecard row on the first save (revision 0; the write that follows makes it 1). */
export function createScorecard(tx: DbOrTx, args: { interviewId: string; applicationId: string; interviewerId: string; now: Date }): string {
  const id = crypto.randomUUID();
  tx.insert(scorecards)
    .values({
      id,
      interviewId: args.interviewId,
      applicationId: args.applicationId,
      interviewerId: args.interviewerId,
      revision: 0,
      createdAt: args.now,
      updatedAt: args.now,
    })
    .run();
  return id;
}

/**
 * Writes the content if the stored revision is still `baseRevision` (the optimistic-concurrency check is
 * the UPDATE's own WHERE clause), bumps the revision and returns the new one. Call inside a transaction.
 */
export function writeScorecardContent(
  tx: DbOrTx,
  args: {
    scorecardId: string;
    baseRevision: number;
    expectStatus: "draft" | "submitted";
    content: ScorecardContent;
    now: Date;
    submit?: boolean;
    /** Set on submit and amend (null clears it); drafts leave it alone. */
    contradictionNote?: string | null;
  },
): number {
  const { content } = args;
  const updated = tx
    .update(scorecards)
    .set({
      overallRecommendation: content.overallRecommendation,
      confidence: content.confidence,
      summary: content.summary,
      revision: args.baseRevision + 1,
      updatedAt: args.now,
      ...(args.submit ? { status: "submitted" as const, submittedAt: args.now } : {}),
      ...(args.contradictionNote !== undefined ? { contradictionNote: args.contradictionNote } : {}),
    })
    .where(and(eq(scorecards.id, args.scorecardId), eq(scorecards.revision, args.baseRevision), eq(scorecards.status, args.expectStatus)))
    .run();
  if (updated.changes !== 1) throw conflict(STALE_REVISION_MESSAGE);

  tx.delete(scorecardRatings).where(eq(scorecardRatings.scorecardId, args.scorecardId)).run();
  const rows = content.ratings.filter((r) => !isBlankRating(r));
  if (rows.length > 0) {
    tx.insert(scorecardRatings)
      .values(
        rows.map((r) => ({
          scorecardId: args.scorecardId,
          sectionId: r.sectionId,
          rating: r.notAssessed ? null : r.rating,
          notAssessed: r.notAssessed,
          evidence: r.evidence,
          scope: r.scope,
          itemsObserved: r.itemsObserved,
        })),
      )
      .run();
  }
  tx.delete(scorecardRedFlags).where(eq(scorecardRedFlags.scorecardId, args.scorecardId)).run();
  if (content.redFlags.length > 0) {
    tx.insert(scorecardRedFlags)
      .values(content.redFlags.map((f) => ({ scorecardId: args.scorecardId, redFlagId: f.redFlagId, note: f.note })))
      .run();
  }
  return args.baseRevision + 1;
}

/**
 * Finds or creates the caller's draft and writes `content` over it, checking the revision it started
 * from; with `submit` it also locks it. Shared by autosave and submit, inside their transaction: `own` is
 * what either was called with (who, which interview, the revision the form started from).
 */
export function writeOwnDraft(
  tx: DbOrTx,
  args: {
    kit: KitToWrite;
    own: { user: SessionUser; interviewId: string; baseRevision: number };
    content: ScorecardContent;
    now: Date;
    submit?: { contradictionNote: string | null };
  },
): { scorecardId: string; revision: number } {
  const { user, interviewId, baseRevision } = args.own;
  const existing = findScorecard(tx, interviewId, user.id);
  if (existing?.status === "submitted") throw conflict(ALREADY_SUBMITTED_MESSAGE);
  if (!existing && baseRevision !== 0) throw conflict(STALE_REVISION_MESSAGE);
  const scorecardId =
    existing?.id ??
    createScorecard(tx, {
      interviewId,
      applicationId: args.kit.interview.applicationId,
      interviewerId: user.id,
      now: args.now,
    });
  const revision = writeScorecardContent(tx, {
    scorecardId,
    baseRevision,
    expectStatus: "draft",
    content: args.content,
    now: args.now,
    ...(args.submit ? { submit: true, contradictionNote: args.submit.contradictionNote } : {}),
  });
  return { scorecardId, revision };
}
