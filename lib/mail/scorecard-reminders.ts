import "server-only";
import { and, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { applications, candidates, interviews, notificationPreferences, planStages, roles, scorecards, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { env } from "@/lib/env";
import { conflict, invalid, notFound } from "@/lib/errors";
import { awaitingScorecard } from "@/lib/interviews/awaiting-scorecard";
import { joinInterviewContext } from "@/lib/interviews/interview-context";
import { allOf } from "@/lib/permissions/conditions";
import { editableRolesWhere } from "@/lib/permissions/scopes";
import { enqueueNotice, type NoticeOutcome } from "./enqueue-notice";
import { formatUtc } from "./interview-messages";
import { MAX_REMINDERS, REMINDER_WINDOW_MS, nextMorningDueBound, nextReminderDue, safeTimeZone } from "./reminder-schedule";

/** "Remind now" sends at most one reminder per interview in this long (after any reminder, scheduled or not). */
export const REMIND_NOW_THROTTLE_MS = 60 * 60_000;

const interviewEndMs = sql`(${interviews.scheduledAt} + ${interviews.durationMinutes} * 60000)`;
/** When the first scheduled reminder falls: the interview's end plus the role's delay. */
const firstReminderAt = sql<number>`(${interviewEndMs} + ${roles.reminderDelayMinutes} * 60000)`;

type ReminderRow = {
  interviewId: string;
  applicationId: string;
  scheduledAt: Date;
  durationMinutes: number;
  stageName: string;
  roleTitle: string;
  candidateName: string;
  interviewer: { id: string; email: string; name: string };
};

function reminderFields() {
  return {
    interviewId: interviews.id,
    applicationId: applications.id,
    scheduledAt: interviews.scheduledAt,
    durationMinutes: interviews.durationMinutes,
    stageName: planStages.name,
    roleTitle: roles.title,
    candidateName: candidates.name,
    interviewer: { id: users.id, email: users.email, name: users.name },
  };
}

/**
 * Live interviews still waiting for a scorecard: scheduled, on an application still in play, the card not submitted.
 * Read from the partial index of waiting interviews (lib/interviews/awaiting-scorecard.ts), so the reminder
 * subqueries run only for those, never for the submitted three in four of the window.
 */
const waitingForScorecard = () => and(awaitingScorecard(), inArray(applications.status, ["active", "debrief"]), eq(users.active, true));

function writeReminder(tx: DbOrTx, row: ReminderRow, opts: { now: Date; number: number | null; sentBy?: string }): NoticeOutcome {
  const kitUrl = `${env().publicUrl}/interviews/${row.interviewId}`;
  const what = `${row.stageName} interview with ${row.candidateName} (${row.roleTitle})`;
  const paragraphs = [
    `Hi ${row.interviewer.name},`,
    `Your scorecard for the ${what} on ${formatUtc(row.scheduledAt)} is not in yet.`,
    "Write it while the interview is fresh: the debrief waits for every scorecard, and you see the rest of the panel's evidence only after submitting your own.",
    "If the interview did not take place, mark it so on the same page, with a reason; the reminders then stop.",
    opts.sentBy
      ? `${opts.sentBy} asked Levelset to remind you.`
      : `This is reminder ${opts.number} of at most ${MAX_REMINDERS}; they stop when the scorecard is submitted.`,
  ];
  return enqueueNotice(tx, {
    kind: "scorecard-reminder",
    recipient: row.interviewer,
    subject: `Scorecard due: ${row.candidateName}, ${row.stageName}`,
    paragraphs,
    link: { href: kitUrl, label: "Write the scorecard" },
    dedupeKey:
      opts.number === null
        ? `scorecard-reminder:${row.interviewId}:now:${Math.floor(opts.now.getTime() / REMIND_NOW_THROTTLE_MS)}`
        : `scorecard-reminder:${row.interviewId}:${opts.number}`,
    interviewId: row.interviewId,
    reminderNumber: opts.number ?? undefined,
    now: opts.now,
  });
}

/**
 * The reminders due at `now`: one indexed query (interviews by status and start, within the window in which any of
 * the five can fall) for interviews whose first reminder time has passed and that have had fewer than five, after a
 * short one for the zones people saved. SQL
 * decides the first reminder (due at end + delay) and leaves out every interview whose next-morning reminder cannot be
 * due yet in its interviewer's zone (nextMorningDueBound, one bound per zone people saved); nextReminderDue then
 * decides the few rows left, so the tick does the zone arithmetic only for reminders that are (nearly) due.
 */
export function findDueReminders(db: DbOrTx, now: Date) {
  const rows = joinInterviewContext(
    db
      .select({
        ...reminderFields(),
        delayMinutes: roles.reminderDelayMinutes,
        timeZone: notificationPreferences.timeZone,
        sent: interviews.remindersSent,
        lastAt: interviews.lastReminderAt,
      })
      .from(interviews)
      .$dynamic(),
  )
    .innerJoin(users, eq(users.id, interviews.interviewerId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(
      and(
        waitingForScorecard(),
        gte(interviews.scheduledAt, new Date(now.getTime() - REMINDER_WINDOW_MS)),
        lte(interviews.scheduledAt, now),
        sql`${firstReminderAt} <= ${now.getTime()}`,
        // Fewer than five, and either the first (due at end + delay: a "Remind now" before that time does not move
        // it) or a later one, due the local morning after the first one's time or the last reminder, whichever is
        // later. The last reminder's time is tested first: in most ticks it rules a row out without the count.
        sql`((coalesce(${interviews.lastReminderAt}, 0) < ${firstReminderAt} and ${interviews.remindersSent} = 0) or (max(${firstReminderAt}, coalesce(${interviews.lastReminderAt}, 0)) < ${zoneBounds(db, now)} and ${interviews.remindersSent} < ${MAX_REMINDERS}))`,
      ),
    )
    .all();
  return rows.flatMap((r) => {
    const due = nextReminderDue({
      end: new Date(r.scheduledAt.getTime() + r.durationMinutes * 60_000),
      delayMinutes: r.delayMinutes,
      sent: r.sent,
      lastAt: r.lastAt,
      timeZone: safeTimeZone(r.timeZone),
    });
    return due !== null && due.getTime() <= now.getTime() ? [{ ...r, number: r.sent + 1 }] : [];
  });
}

/** The interviewer's nextMorningDueBound at `now` in SQL: one CASE arm per zone people saved, UTC for the rest. */
function zoneBounds(db: DbOrTx, now: Date): SQL {
  const zones = db
    .selectDistinct({ zone: notificationPreferences.timeZone })
    .from(notificationPreferences)
    .all()
    .map((z) => z.zone);
  const utc = nextMorningDueBound(now, "UTC").getTime();
  const arms = zones.filter((zone) => zone !== "UTC").map((zone) => sql`when ${zone} then ${nextMorningDueBound(now, zone).getTime()}`);
  return arms.length === 0 ? sql`${utc}` : sql`(case ${notificationPreferences.timeZone} ${sql.join(arms, sql` `)} else ${utc} end)`;
}

/** Writes every reminder due at `now` (the scheduler tick). Idempotent: a reminder's number is its unique key. */
export function writeDueReminders(db: Db, now: Date): number {
  const due = findDueReminders(db, now);
  if (due.length === 0) return 0;
  return db.transaction((tx) => due.filter((row) => writeReminder(tx, row, { now, number: row.number }) !== "duplicate").length);
}

export type RemindNowResult = { interviewerName: string; outcome: "written" | "skipped" };

/**
 * "Remind now" from the recruiter's to-do list: one reminder written at once, for an interview that has ended
 * without its scorecard, on a role the caller may edit (in the WHERE clause); at most one an hour per interview.
 */
export function remindNow(db: Db, opts: { user: SessionUser; interviewId: string; now?: Date }): RemindNowResult {
  const now = opts.now ?? new Date();
  return db.transaction((tx) => {
    const row = joinInterviewContext(
      tx
        .select({
          ...reminderFields(),
          status: interviews.status,
          applicationStatus: applications.status,
          scorecardStatus: scorecards.status,
          active: users.active,
          lastAt: interviews.lastReminderAt,
        })
        .from(interviews)
        .$dynamic(),
    )
      .innerJoin(users, eq(users.id, interviews.interviewerId))
      .leftJoin(scorecards, eq(scorecards.interviewId, interviews.id))
      .where(allOf(eq(interviews.id, opts.interviewId), editableRolesWhere(tx, opts.user)))
      .get();
    if (!row) throw notFound("This interview");
    const name = row.interviewer.name;
    if (row.status !== "scheduled")
      throw conflict(`This interview is ${row.status === "cancelled" ? "cancelled" : "marked as not held"}, so no scorecard is due.`);
    if (row.scorecardStatus === "submitted") throw conflict(`${name} has already submitted this scorecard; there is nothing to remind them of.`);
    if (row.applicationStatus !== "active" && row.applicationStatus !== "debrief") {
      throw conflict("This candidate's application is closed, so no reminder is sent.");
    }
    if (!row.active) throw conflict(`${name}'s account is deactivated, so they cannot write the scorecard. Mark the interview as not held instead.`);
    const end = row.scheduledAt.getTime() + row.durationMinutes * 60_000;
    if (now.getTime() < end) throw invalid(`This interview ends at ${formatUtc(new Date(end))}; remind ${name} after it.`);
    if (row.lastAt !== null && now.getTime() - row.lastAt.getTime() < REMIND_NOW_THROTTLE_MS) {
      const next = new Date(row.lastAt.getTime() + REMIND_NOW_THROTTLE_MS);
      throw conflict(`${name} was reminded at ${formatUtc(row.lastAt)}. You can send another from ${formatUtc(next)}.`);
    }
    const outcome = writeReminder(tx, row, { now, number: null, sentBy: opts.user.name });
    if (outcome === "duplicate") throw conflict(`${name} was reminded a moment ago. You can send another in an hour.`);
    recordAuditEvent(tx, {
      actorId: opts.user.id,
      action: "interview.reminded",
      entityType: "interview",
      entityId: row.interviewId,
      summary: `Reminded ${name} of the ${row.stageName} scorecard for ${row.candidateName} (${row.roleTitle})${outcome === "skipped" ? "; not sent: reminders are off for them" : ""}`,
      data: { applicationId: row.applicationId, outcome },
    });
    return { interviewerName: name, outcome };
  });
}
