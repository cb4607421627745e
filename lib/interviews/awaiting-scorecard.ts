import { sql, type SQL } from "drizzle-orm";
import { interviews } from "@/db/schema";

/**
 * A live interview whose scorecard is not submitted yet: `interviews.scorecard_submitted`, which triggers on
 * scorecards keep (migration 0011). SQLite reads only the waiting interviews from interviews_awaiting_scorecard_idx
 * (status, scorecard_submitted, scheduled_at) instead of every past one with a probe of its scorecard.
 */
export const awaitingScorecard = (): SQL => sql`${interviews.status} = 'scheduled' and ${interviews.scorecardSubmitted} = 0`;
