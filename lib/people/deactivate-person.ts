import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { dropCalendarFeed } from "@/lib/calendar/calendar-feed-token";
import type { SessionUser } from "@/lib/auth/session-user";
import { conflict, DomainError, invalid, notFound } from "@/lib/errors";
import { writeInterviewCancellation } from "@/lib/interviews/cancel-interview";
import { describeInterview, reassignInterview } from "@/lib/interviews/reassign-interview";
import { enqueueDebriefReadyIfComplete } from "@/lib/mail/debrief-notices";
import { skipPendingReminders } from "@/lib/mail/skip-pending-reminders";
import { plural } from "@/lib/plural";
import { DEACTIVATION_REASON } from "./deactivation-rules";
import type { DeactivatePersonInput } from "./deactivation-schema";
import { listUpcomingAsInterviewer } from "./load-deactivation";
import { assertAdmin, assertAnotherActiveAdmin } from "./people-guards";

export type DeactivationResult = { name: string; reassigned: number; cancelled: number; remindersStopped: number };

/** The form's key for one interview's choice (its position in `choices`), where refusals are shown. */
export const choiceKey = (index: number) => `choices.${index}`;

/**
 * Deactivates a person and, in the same transaction, hands over every upcoming interview of theirs as the admin
 * chose: reassigned to another eligible interviewer of the stage (lib/interviews/reassign-interview.ts) or cancelled
 * with the reason "interviewer deactivated". Each change is audited and mailed like a single reschedule or cancel.
 * All or nothing: a choice that no longer holds (the interviewer left the pool, or is now busy then; an interview
 * scheduled for the person since the page was opened) refuses the whole deactivation with a message naming it.
 * Their sessions end, and scorecard reminders still waiting for them are stopped.
 */
export function deactivatePerson(
  db: Db,
  { actor, input, now = new Date() }: { actor: SessionUser; input: DeactivatePersonInput; now?: Date },
): DeactivationResult {
  assertAdmin(actor);
  if (actor.id === input.userId) throw invalid("You can't deactivate yourself. Ask another admin to do it.");
  return db.transaction((tx) => {
    const person = tx.select({ id: users.id, name: users.name, active: users.active }).from(users).where(eq(users.id, input.userId)).get();
    if (!person) throw notFound("That person");
    if (!person.active) throw conflict(`${person.name} is already deactivated.`);
    assertAnotherActiveAdmin(tx, person.id);

    const upcoming = listUpcomingAsInterviewer(tx, { actor, userId: person.id, now });
    const choices = new Map<string, { index: number; choice: DeactivatePersonInput["choices"][number] }>();
    for (const [index, choice] of input.choices.entries()) {
      if (choices.has(choice.interviewId)) throw invalid("The same interview is on the form twice. Reload the page.");
      if (!upcoming.some((u) => u.id === choice.interviewId)) {
        const message = `Interview ${index + 1} on the form is no longer one of ${person.name}'s upcoming interviews (it was moved, cancelled or has started). Reload the page to see the current list; nothing was saved.`;
        throw new DomainError("conflict", message, { [choiceKey(index)]: [message] });
      }
      choices.set(choice.interviewId, { index, choice });
    }
    const unplanned = upcoming.find((u) => !choices.has(u.id));
    if (unplanned) {
      throw conflict(
        `${describeInterview(unplanned)} was scheduled for ${person.name} after this page was opened. It is now on the list: choose what happens to it too; nothing was saved.`,
      );
    }

    // Deactivated first, so the pool checks below already count them out.
    tx.update(users).set({ active: false }).where(eq(users.id, person.id)).run();
    bumpSessionVersion(tx, person.id);

    const reassigned: { interviewId: string; to: string }[] = [];
    const cancelled: string[] = [];
    for (const interview of upcoming) {
      const { index, choice } = choices.get(interview.id)!;
      if (choice.action === "reassign") {
        const to = reassignInterview(tx, {
          actor,
          interview,
          from: person,
          toInterviewerId: choice.interviewerId,
          reason: DEACTIVATION_REASON,
          fieldKey: choiceKey(index),
          now,
        });
        reassigned.push({ interviewId: interview.id, to: to.interviewerId });
        continue;
      }
      writeInterviewCancellation(tx, {
        actor,
        interview: { ...interview, interviewerName: person.name },
        because: { words: DEACTIVATION_REASON, data: { reason: DEACTIVATION_REASON }, note: `Reason: ${DEACTIVATION_REASON}.` },
        now,
      });
      // With this interview gone the rest of the panel may be complete: the hiring manager hears so, as after a submission.
      enqueueDebriefReadyIfComplete(tx, { applicationId: interview.applicationId, actorId: actor.id, now });
      cancelled.push(interview.id);
    }
    const remindersStopped = skipPendingReminders(tx, person);
    // Their private calendar feed goes with them, as when deactivated from the person form.
    const feedTurnedOff = dropCalendarFeed(tx, person.id);

    const handedOver = upcoming.length
      ? `; ${plural(upcoming.length, "upcoming interview")}: ${reassigned.length} reassigned, ${cancelled.length} cancelled`
      : "";
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "person.updated",
      entityType: "user",
      entityId: person.id,
      summary: `Updated ${person.name}: deactivated${handedOver}${feedTurnedOff ? "; calendar feed turned off" : ""}`,
      data: { active: false, reassigned, cancelled, remindersStopped, feedTurnedOff },
    });
    return { name: person.name, reassigned: reassigned.length, cancelled: cancelled.length, remindersStopped };
  });
}
