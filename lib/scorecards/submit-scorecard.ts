import "server-only";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { invalid } from "@/lib/errors";
import { enqueueDebriefReadyIfComplete } from "@/lib/mail/debrief-notices";
import type { ScorecardContent } from "./scorecard-content";
import type { SavedScorecard } from "./scorecard-schema";
import { assertValidContent, checkedContradictionNote, loadWritableKit, normalizeForSubmit, writeOwnDraft } from "./write-scorecard-content";

/** Saves the final content and locks the scorecard, in one transaction with its audit event. */
export function submitScorecard(
  db: Db,
  opts: { user: SessionUser; interviewId: string; baseRevision: number; content: ScorecardContent; contradictionNote?: string; now?: Date },
): SavedScorecard {
  const now = opts.now ?? new Date();
  const kit = loadWritableKit(db, opts.user, opts.interviewId);
  if (now.getTime() < kit.interview.scheduledAt.getTime()) throw invalid(notStartedMessage(kit.interview.scheduledAt));
  const content = normalizeForSubmit(opts.content);
  assertValidContent(content, kit, "submit", "The scorecard was not submitted.");
  const contradiction = checkedContradictionNote(content, kit, opts.contradictionNote, "The scorecard was not submitted.");
  return db.transaction((tx) => {
    const { scorecardId, revision } = writeOwnDraft(tx, { kit, own: opts, content, now, submit: { contradictionNote: contradiction.note } });
    recordAuditEvent(tx, {
      actorId: opts.user.id,
      action: "scorecard.submitted",
      entityType: "scorecard",
      entityId: scorecardId,
      summary: `Submitted the ${kit.interview.stageName} scorecard for ${kit.candidate.name}`,
      data: {
        applicationId: kit.interview.applicationId,
        interviewId: opts.interviewId,
        revision,
        ...(contradiction.note ? { contradictions: contradiction.contradictions, contradictionNote: contradiction.note } : {}),
      },
    });
    // The last scorecard in: the hiring manager hears the debrief is ready, in this same transaction.
    enqueueDebriefReadyIfComplete(tx, { applicationId: kit.interview.applicationId, actorId: opts.user.id, now });
    return { scorecardId, revision, updatedAt: now.getTime() };
  });
}

/** A scorecard is evidence from an interview that took place: none is submitted before its start. */
export function notStartedMessage(scheduledAt: Date): string {
  const when = `${scheduledAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `The scorecard was not submitted. This interview starts at ${when}; submit it after the interview. Your draft is kept.`;
}
