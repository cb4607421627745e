import "server-only";
import { asc, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { scorecards } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadScorecardViews, type ScorecardView } from "./load-scorecard";
import { allOf } from "@/lib/permissions/conditions";
import { hasSubmittedOwnForSameApplication, readableScorecardsWhere } from "@/lib/permissions/readable-scorecards";

/**
 * The panel's other submitted scorecards for an application, as an interviewer reads them: only after they
 * submitted their own (the blind rule holds here even for a hiring manager, whose debrief page shows all).
 * Both conditions are in the WHERE clause, so before submission the answer is empty, not hidden.
 */
export function listVisibleScorecards(db: Db, opts: { user: SessionUser; applicationId: string }): ScorecardView[] {
  return loadScorecardViews(
    db,
    allOf(
      eq(scorecards.applicationId, opts.applicationId),
      ne(scorecards.interviewerId, opts.user.id),
      eq(scorecards.status, "submitted"),
      readableScorecardsWhere(db, opts.user),
      hasSubmittedOwnForSameApplication(db, opts.user),
    ),
    [asc(scorecards.submittedAt)],
  );
}
