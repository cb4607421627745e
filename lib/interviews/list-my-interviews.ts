import "server-only";
import { and, desc, eq, gt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { interviews, scorecards } from "@/db/schema";
import { awaitingScorecard } from "./awaiting-scorecard";
import { interviewListColumns, joinInterviewContext } from "./interview-context";
import { interviewState, type InterviewState } from "./interview-state";

export type MyInterview = {
  id: string;
  scheduledAt: Date;
  durationMinutes: number;
  candidateName: string;
  roleTitle: string;
  stageName: string;
  state: InterviewState;
};

/**
 * The caller's own interviews, newest first; the interviewer id is part of the WHERE clause. Cancelled ones are
 * included while they are still ahead, so the interviewer sees that a call they expected is off. With `openOnly`
 * (the home), interviews whose scorecard is submitted are left out in SQL, on the kept `scorecard_submitted`: for a
 * busy interviewer they are almost all of the rows, and the home never shows them.
 */
export function listMyInterviews(db: Db, opts: { userId: string; now: Date; openOnly?: boolean }): MyInterview[] {
  // The kept `scorecard_submitted` (migration 0011), not a probe of the scorecards for each of the caller's interviews.
  const live = opts.openOnly ? awaitingScorecard() : eq(interviews.status, "scheduled");
  const rows = joinInterviewContext(
    db
      .select({ ...interviewListColumns, scorecardStatus: scorecards.status })
      .from(interviews)
      .$dynamic(),
  )
    .leftJoin(scorecards, eq(scorecards.interviewId, interviews.id))
    .where(and(eq(interviews.interviewerId, opts.userId), or(live, and(eq(interviews.status, "cancelled"), gt(interviews.scheduledAt, opts.now)))))
    .orderBy(desc(interviews.scheduledAt))
    .all();
  return rows.map(({ status, scorecardStatus, ...row }) => ({
    ...row,
    state: interviewState({ ...row, status, scorecardStatus, now: opts.now }),
  }));
}
