import "server-only";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { conflict } from "@/lib/errors";
import type { ScorecardContent } from "./scorecard-content";
import type { SavedScorecard } from "./scorecard-schema";
import {
  ALREADY_SUBMITTED_MESSAGE,
  STALE_REVISION_MESSAGE,
  assertValidContent,
  createScorecard,
  findScorecard,
  loadWritableKit,
  writeScorecardContent,
} from "./write-scorecard-content";

/**
 * Autosaves the caller's draft. The first save creates the scorecard; every save names the revision it
 * started from and fails with a conflict when another tab or window saved in between.
 */
export function saveScorecardDraft(
  db: Db,
  opts: { user: SessionUser; interviewId: string; baseRevision: number; content: ScorecardContent; now?: Date },
): SavedScorecard {
  const now = opts.now ?? new Date();
  const kit = loadWritableKit(db, opts.user, opts.interviewId);
  assertValidContent(opts.content, kit, "draft", "The draft was not saved.");
  return db.transaction((tx) => {
    const existing = findScorecard(tx, opts.interviewId, opts.user.id);
    if (existing?.status === "submitted") throw conflict(ALREADY_SUBMITTED_MESSAGE);
    if (!existing && opts.baseRevision !== 0) throw conflict(STALE_REVISION_MESSAGE);
    const scorecardId =
      existing?.id ?? createScorecard(tx, { interviewId: opts.interviewId, applicationId: kit.interview.applicationId, interviewerId: opts.user.id, now });
    const revision = writeScorecardContent(tx, {
      scorecardId,
      baseRevision: opts.baseRevision,
      expectStatus: "draft",
      content: opts.content,
      now,
    });
    return { scorecardId, revision, updatedAt: now.getTime() };
  });
}
