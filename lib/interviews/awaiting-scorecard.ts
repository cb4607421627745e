import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { interviews } from "@/db/schema";

/**
 * A live interview whose scorecard is not submitted yet: `interviews.scorecard_submitted`, which triggers on
 * scorecards keep (migration 0011). SQLite reads only the waiting interviews from interviews_awaiting_scorecard_idx
 * (status, scorecard_submitted, scheduled_at) instead of every past one with a probe of its scorecard, and the blind
 * rule from interviews_blind_idx. The terms are literals, as in those partial indexes' WHERE (a bound parameter would
 * not match them). `table` is `interviews` or an alias of it.
 */
export const awaitingScorecard = (table: { status: SQLiteColumn; scorecardSubmitted: SQLiteColumn } = interviews): SQL =>
  sql`${table.status} = 'scheduled' and ${table.scorecardSubmitted} = 0`;
