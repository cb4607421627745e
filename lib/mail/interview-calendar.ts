import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export type InterviewCalendarInput = {
  interviewId: string;
  /** 0 when the interview is scheduled; one higher for every later update or the cancellation. */
  sequence: number;
  method: "REQUEST" | "CANCEL";
  start: Date;
  durationMinutes: number;
  candidateName: string;
  stageName: string;
  roleTitle: string;
  kitUrl: string;
  interviewer: { name: string; email: string };
  organizer: { name: string; email: string };
  /** DTSTAMP: when this version of the invitation was written. */
  stamp: Date;
};

/** One UID per interview, for its whole life: calendars match updates and the cancellation to the event by it. */
export function interviewUid(interviewId: string): string {
  return `interview-${interviewId}@levelset`;
}

/**
 * The iCalendar invitation (RFC 5546) for one interview: METHOD:REQUEST to schedule or move it (same UID, higher
 * SEQUENCE), METHOD:CANCEL to call it off. Times are written in UTC, so every calendar shows them in its own zone.
 */
export function buildInterviewCalendar(input: InterviewCalendarInput): string {
  const calendar = ical({
    prodId: { company: "Levelset", product: "Levelset", language: "EN" },
    method: input.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: interviewUid(input.interviewId),
    sequence: input.sequence,
    stamp: input.stamp,
    start: input.start,
    end: new Date(input.start.getTime() + input.durationMinutes * 60_000),
    summary: `Interview: ${input.candidateName}, ${input.stageName} (${input.roleTitle})`,
    description: `Your interview kit, with the focus sections and questions for this stage: ${input.kitUrl}`,
    url: input.kitUrl,
    status: input.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: [
      {
        name: input.interviewer.name,
        email: input.interviewer.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: input.method === "REQUEST",
      },
    ],
  });
  return calendar.toString();
}
