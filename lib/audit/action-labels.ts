/** What each audit action is called on the audit log: a person reads "Scorecard submitted", not "scorecard.submitted". Pure. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "application.status-changed": "Application status changed",
  "calendar-feed.created": "Calendar feed turned on",
  "calendar-feed.replaced": "Calendar feed address regenerated",
  "calendar-feed.revoked": "Calendar feed turned off",
  "candidate.added": "Candidate added",
  "candidate.erased": "Candidate erased",
  "candidate.updated": "Candidate edited",
  "decision.recorded": "Decision recorded",
  "decision.revised": "Decision revised",
  "decision.reopened": "Decision reopened",
  "framework.draft-created": "Framework draft created",
  "framework.draft-discarded": "Framework draft discarded",
  "framework.draft-saved": "Framework draft saved",
  "framework.imported": "Framework imported",
  "framework.published": "Framework published",
  "interview.cancelled": "Interview cancelled",
  "interview.not-held": "Interview marked as not held",
  "interview.reassigned": "Interview reassigned",
  "interview.rescheduled": "Interview rescheduled",
  "interview.scheduled": "Interview scheduled",
  "person.created": "Person added",
  "person.updated": "Person updated",
  "plan.updated": "Interview plan updated",
  "retention.updated": "Retention setting changed",
  "role.closed": "Role closed",
  "role.created": "Role created",
  "role.reopened": "Role reopened",
  "role.updated": "Role settings changed",
  "scorecard.amended": "Scorecard amended",
  "scorecard.submitted": "Scorecard submitted",
  "team.updated": "Team updated",
};

/** The label of an action; one this table does not know yet still reads as words ("widget.re-sized" → "Widget re sized"). */
export function auditActionLabel(action: string): string {
  const known = AUDIT_ACTION_LABELS[action];
  if (known) return known;
  const words = action.replace(/[._-]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : action;
}
