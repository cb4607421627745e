import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { scorecardAmendments, scorecards } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, invalid } from "@/lib/errors";
import { bodyToContent, readScorecardSnapshot } from "./load-scorecard";
import { sameContent, type ScorecardContent } from "./scorecard-content";
import type { SavedScorecard } from "./scorecard-schema";
import { validateAmendmentReason } from "./validate-scorecard";
import {
  STALE_REVISION_MESSAGE,
  assertValidContent,
  checkedContradictionNote,
  findScorecard,
  loadWritableKit,
  normalizeForSubmit,
  writeScorecardContent,
} from "./write-scorecard-content";

/**
 * Changes a submitted scorecard. The amendment keeps full before/after snapshots and the reason, so the
 * original stays readable; the change and its audit event land in one transaction.
 */
export function amendScorecard(
  db: Db,
  opts: {
    user: SessionUser;
    interviewId: string;
    baseRevision: number;
    reason: string;
    content: ScorecardContent;
    contradictionNote?: string;
    now?: Date;
  },
): SavedScorecard & { amendmentId: string; afterPanelVisible: boolean } {
  const now = opts.now ?? new Date();
  const kit = loadWritableKit(db, opts.user, opts.interviewId);
  const reasonError = validateAmendmentReason(opts.reason);
  if (reasonError) throw invalid(`The amendment was not saved. ${reasonError}`, { reason: [reasonError] });
  const content = normalizeForSubmit(opts.content);
  assertValidContent(content, kit, "submit", "The amendment was not saved.");
  const contradiction = checkedContradictionNote(content, kit, opts.contradictionNote, "The amendment was not saved.");
  return db.transaction((tx) => {
    const existing = findScorecard(tx, opts.interviewId, opts.user.id);
    if (!existing || existing.status !== "submitted") {
      throw invalid("This scorecard hasn't been submitted yet, so there is nothing to amend. Edit the draft and submit it.");
    }
    if (existing.revision !== opts.baseRevision) throw conflict(STALE_REVISION_MESSAGE);
    const before = readScorecardSnapshot(tx, existing.id);
    if (!before) throw conflict(STALE_REVISION_MESSAGE);
    if (sameContent(bodyToContent(before), content)) {
      throw invalid("The amendment changes nothing. Edit the scorecard first, then save the amendment.");
    }
    const revision = writeScorecardContent(tx, {
      scorecardId: existing.id,
      baseRevision: opts.baseRevision,
      expectStatus: "submitted",
      content,
      now,
      contradictionNote: contradiction.note,
    });
    const after = readScorecardSnapshot(tx, existing.id);
    const amendmentId = crypto.randomUUID();
    const reason = opts.reason.trim();
    // The author's own scorecard is submitted, so any other submitted scorecard on the application is one
    // they could read (the panel page) before amending: the debrief marks such an amendment.
    const afterPanelVisible = Boolean(
      tx
        .select({ id: scorecards.id })
        .from(scorecards)
        .where(and(eq(scorecards.applicationId, kit.interview.applicationId), ne(scorecards.id, existing.id), eq(scorecards.status, "submitted")))
        .get(),
    );
    tx.insert(scorecardAmendments)
      .values({ id: amendmentId, scorecardId: existing.id, amendedById: opts.user.id, reason, before, after, afterPanelVisible, createdAt: now })
      .run();
    recordAuditEvent(tx, {
      actorId: opts.user.id,
      action: "scorecard.amended",
      entityType: "scorecard",
      entityId: existing.id,
      summary: `Amended the ${kit.interview.stageName} scorecard for ${kit.candidate.name}${afterPanelVisible ? ", after reading the panel" : ""}`,
      data: {
        applicationId: kit.interview.applicationId,
        interviewId: opts.interviewId,
        amendmentId,
        reason,
        revision,
        afterPanelVisible,
        ...(contradiction.note ? { contradictions: contradiction.contradictions, contradictionNote: contradiction.note } : {}),
      },
    });
    return { scorecardId: existing.id, revision, updatedAt: now.getTime(), amendmentId, afterPanelVisible };
  });
}
