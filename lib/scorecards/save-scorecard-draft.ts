import "server-only";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ScorecardContent } from "./scorecard-content";
import type { SavedScorecard } from "./scorecard-schema";
import { assertValidContent, loadWritableKit, writeOwnDraft } from "./write-scorecard-content";

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
    const { scorecardId, revision } = writeOwnDraft(tx, { kit, own: opts, content: opts.content, now });
    return { scorecardId, revision, updatedAt: now.getTime() };
  });
}
