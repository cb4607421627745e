import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { stageInterviewers, users } from "@/db/schema";

/**
 * Who may take an interview of a stage: the stage's interviewer pool as the interview plan defines it, active
 * accounts only. Scheduling and reassigning both ask here, so the two never disagree about who is eligible.
 */
export function findPoolInterviewer(reader: DbOrTx, { stageId, interviewerId }: { stageId: string; interviewerId: string }) {
  return reader
    .select({ id: users.id, name: users.name })
    .from(stageInterviewers)
    .innerJoin(users, eq(users.id, stageInterviewers.userId))
    .where(and(eq(stageInterviewers.stageId, stageId), eq(stageInterviewers.userId, interviewerId), eq(users.active, true)))
    .get();
}

/** The eligible interviewers of several stages at once, by name; `except` leaves one person out (the one being replaced). */
export function listStagePools(reader: DbOrTx, { stageIds, except }: { stageIds: string[]; except?: string }) {
  if (stageIds.length === 0) return [];
  return reader
    .select({ stageId: stageInterviewers.stageId, id: users.id, name: users.name, level: users.level })
    .from(stageInterviewers)
    .innerJoin(users, eq(users.id, stageInterviewers.userId))
    .where(and(inArray(stageInterviewers.stageId, stageIds), eq(users.active, true), except ? ne(users.id, except) : undefined))
    .orderBy(asc(users.name))
    .all();
}
