import { sql, type SQL } from "drizzle-orm";
import { applications, interviews } from "@/db/schema";

/**
 * A live interview whose scorecard is not submitted yet: `interviews.scorecard_submitted`, which triggers on
 * scorecards keep (migration 0011). SQLite reads only the waiting interviews from interviews_awaiting_scorecard_idx
 * (status, scorecard_submitted, scheduled_at) instead of every past one with a probe of its scorecard.
 */
export const awaitingScorecard = (): SQL => sql`${interviews.status} = 'scheduled' and ${interviews.scorecardSubmitted} = 0`;

/**
 * The application has a live interview still waiting for its scorecard (in a subquery on `applications`). The `+`
 * keeps SQLite on the application's index: on interviews_awaiting_scorecard_idx it would walk every waiting interview
 * of the workspace for each application.
 */
export const hasInterviewAwaitingScorecard = (): SQL =>
  sql`exists (select 1 from interviews i where i.application_id = ${applications.id} and +i.status = 'scheduled' and +i.scorecard_submitted = 0)`;
