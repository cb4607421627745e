/**
 * The fixed value lists of the database columns, with no drizzle and no table names, so client
 * components and zod schemas can import them; db/schema.ts uses and re-exports them.
 */

export const APP_ROLES = ["recruiter", "interviewer", "hiring-manager", "admin"] as const;
export type AppRole = (typeof APP_ROLES)[number];
/** An engineer's own level; it matters for panel checks (a Staff call needs a Staff+ rater). */
export const ENGINEER_LEVELS = ["none", "mid", "senior", "staff", "senior-staff", "principal"] as const;
export type EngineerLevel = (typeof ENGINEER_LEVELS)[number];
export const FRAMEWORK_VERSION_STATUSES = ["draft", "published"] as const;
export const RED_FLAG_SEVERITIES = ["note", "caps-at-senior", "blocks-hire"] as const;
export const ROLE_STATUSES = ["open", "closed"] as const;
export const ROLE_MEMBERSHIPS = ["hiring-manager", "recruiter", "interviewer"] as const;
export type RoleMembership = (typeof ROLE_MEMBERSHIPS)[number];
export const APPLICATION_STATUSES = ["active", "debrief", "decided", "withdrawn"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
/** "not-held": the interview did not take place (marked with a reason); like a cancelled one it is not live. */
export const INTERVIEW_STATUSES = ["scheduled", "cancelled", "not-held"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export const SCORECARD_STATUSES = ["draft", "submitted"] as const;
export const OVERALL_RECOMMENDATIONS = ["no-hire", "senior", "staff"] as const;
export const CONFIDENCES = ["low", "medium", "high"] as const;
export const EVIDENCE_SCOPES = ["team", "multi-team", "org"] as const;
export type EvidenceScope = (typeof EVIDENCE_SCOPES)[number];
export const DECISION_LEVELS = ["staff", "senior", "none"] as const;
/** How a recorded decision changed: revised to another outcome, or reopened to the debrief. */
export const DECISION_CHANGES = ["revised", "reopened"] as const;
export type DecisionChange = (typeof DECISION_CHANGES)[number];
/** What an outbox message is about (lib/mail). */
export const OUTBOX_KINDS = [
  "interview-invitation",
  "interview-update",
  "interview-cancellation",
  "scorecard-reminder",
  "debrief-ready",
  "debrief-waiting",
  "invitation-to-join",
  "password-reset",
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
/**
 * pending: waiting for the sender (or for its next attempt); sending: claimed by a sender; sent: the SMTP server
 * accepted it; failed: refused for good (the SMTP answer is kept); kept: no mail server is configured, so it stays
 * in the outbox and nothing leaves the machine; skipped: its recipient turned this kind of notification off.
 */
export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed", "kept", "skipped"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
/** What a single-use link in lib/people/account-links does: set a first password (invitation) or a new one (reset). */
export const ACCOUNT_LINK_PURPOSES = ["invitation", "password-reset"] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];
