import { DEMO_RECRUITER } from "./people";

/**
 * The emails the demo's interviews imply, as Outbox shows them: one invitation per interview (and a cancellation for
 * a cancelled one), all kept, never sent (these mailboxes are not real).
 */
export const DEMO_OUTBOX = {
  /** The invitations' organiser. */
  organizer: DEMO_RECRUITER,
  /** An invitation was written this many days before its interview, or before now for one still ahead. */
  invitationDaysBefore: 5,
} as const;
