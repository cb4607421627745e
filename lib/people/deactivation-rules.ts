/** Deactivation's fixed values, with no zod, so the form (components/people/deactivate-form.tsx) can import them. */

/** The reason a cancelled interview carries when its interviewer is deactivated (audit event and email). */
export const DEACTIVATION_REASON = "interviewer deactivated";

/** At most this many upcoming interviews are handled in one deactivation (far more than anyone has). */
export const MAX_DEACTIVATION_CHOICES = 500;
