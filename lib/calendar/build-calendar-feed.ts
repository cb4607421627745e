import "server-only";
import { and, desc, eq, gte, max } from "drizzle-orm";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { DbOrTx } from "@/db/client";
import { interviews, outboxMessages } from "@/db/schema";
import { env } from "@/lib/env";
import { interviewListColumns, joinInterviewContext } from "@/lib/interviews/interview-context";
import { interviewUid } from "@/lib/mail/interview-calendar";

/** How far back the feed reaches, and at most how many interviews it lists. */
export const FEED_PAST_DAYS = 90;
export const FEED_LIMIT = 500;

/**
 * The person's own interviews (as interviewer) as an iCalendar feed to subscribe to: each with the same UID as its
 * emailed invitation and the same SEQUENCE as the last one sent, so a calendar that has both shows one event;
 * cancelled interviews and ones that did not take place stay in the feed with STATUS:CANCELLED.
 */
export function buildCalendarFeed(
  db: DbOrTx,
  { userId, name, timeZone = "UTC", now = new Date() }: { userId: string; name: string; timeZone?: string; now?: Date },
): string {
  const sequence = db
    .select({ interviewId: outboxMessages.interviewId, sequence: max(outboxMessages.icsSequence).as("sequence") })
    .from(outboxMessages)
    .groupBy(outboxMessages.interviewId)
    .as("sequences");
  const rows = joinInterviewContext(
    db
      .select({ ...interviewListColumns, sequence: sequence.sequence })
      .from(interviews)
      .$dynamic(),
  )
    .leftJoin(sequence, eq(sequence.interviewId, interviews.id))
    .where(and(eq(interviews.interviewerId, userId), gte(interviews.scheduledAt, new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000))))
    .orderBy(desc(interviews.scheduledAt))
    .limit(FEED_LIMIT)
    .all();
  const { publicUrl } = env();
  const calendar = ical({
    prodId: { company: "Levelset", product: "Levelset", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    name: `Levelset interviews: ${name}`,
    ttl: 60 * 60,
  });
  for (const row of rows) {
    const kitUrl = `${publicUrl}/interviews/${row.id}`;
    const live = row.status === "scheduled";
    calendar.createEvent({
      id: interviewUid(row.id),
      sequence: typeof row.sequence === "number" ? row.sequence : 0,
      stamp: now,
      start: row.scheduledAt,
      end: new Date(row.scheduledAt.getTime() + row.durationMinutes * 60_000),
      summary: `${live ? "" : row.status === "cancelled" ? "Cancelled: " : "Did not take place: "}Interview: ${row.candidateName}, ${row.stageName} (${row.roleTitle})`,
      description: `Your interview kit, with the focus sections and questions for this stage: ${kitUrl}`,
      url: kitUrl,
      status: live ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
    });
  }
  return withCalendarTimeZone(calendar.toString(), timeZone);
}

/** IANA names only (Europe/Berlin, America/Argentina/Buenos_Aires, Etc/GMT+5): nothing that could break the line. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * Adds X-WR-TIMEZONE (the zone Google Calendar and Outlook show a subscribed calendar in) right after X-WR-CALNAME,
 * among the calendar's own properties where RFC 5545 puts them. Not ical-generator's `timezone` option: without a
 * VTIMEZONE generator that writes every DTSTART as floating local time, which moves each interview by the zone's
 * offset. The events stay in UTC, so they are at the right moment whatever the zone.
 */
export function withCalendarTimeZone(ics: string, timeZone: string): string {
  const zone = ZONE_NAME.test(timeZone) && timeZone.length <= 64 ? timeZone : "UTC";
  return ics.replace(/^(X-WR-CALNAME:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n)/m, `$1X-WR-TIMEZONE:${zone}\r\n`);
}
