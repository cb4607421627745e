import { sql, type SQL } from "drizzle-orm";
import { applications } from "@/db/schema";

/**
 * An application's panel progress, as the triggers of migration 0012 keep it on the row: `scheduledInterviews` (its
 * live interviews), `awaitingScorecards` (those whose scorecard is not submitted) and `unscheduledStages` (the role's
 * plan stages with no live interview). Reading them costs nothing per application; counting interviews and
 * scorecards did, on every home of a large workspace.
 *
 * The conditions are spelled with literals, exactly as the partial indexes applications_ready_idx,
 * applications_unscheduled_idx and applications_debriefs_idx spell theirs: SQLite uses a partial index only for a query that repeats its terms
 * (a bound parameter does not match).
 */

/** At least one live interview, and every one of their scorecards submitted. */
export const allScorecardsIn = (): SQL => sql`${applications.scheduledInterviews} > 0 and ${applications.awaitingScorecards} = 0`;

/** Open (active or in debrief) with all its scorecards in: the terms of applications_ready_idx. */
export const panelComplete = (): SQL => sql`${applications.status} in ('active', 'debrief') and ${allScorecardsIn()}`;

/**
 * Ready for the hiring manager's debrief: in debrief (whatever its panel), or active with all its scorecards in. The
 * terms of applications_debriefs_idx.
 */
export const readyForDebrief = (): SQL =>
  sql`${applications.status} in ('active', 'debrief') and (${applications.status} = 'debrief' or (${allScorecardsIn()}))`;

/** Active, with at least one plan stage that has no live interview. */
export const hasUnscheduledStage = (): SQL => sql`${applications.status} = 'active' and ${applications.unscheduledStages} > 0`;

/** The live interviews and how many of their scorecards are in, as columns of a select on `applications`. */
export const panelCounts = () => ({
  interviews: applications.scheduledInterviews,
  submitted: sql<number>`${applications.scheduledInterviews} - ${applications.awaitingScorecards}`.mapWith(Number),
});
