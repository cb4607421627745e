/**
 * Whether an interviewer's level is Staff or above: the plan's coverage check (a Staff-level rater for each
 * Staff-critical section) and the recommendation's panel flag (a Staff call without one) ask the same
 * question, so they share this one answer. Pure and client-safe. "Senior Staff", "senior_staff" and
 * "senior-staff" are the same level; levels from other ladders (senior principal, distinguished, fellow) count too.
 */
const STAFF_OR_ABOVE = new Set(["staff", "senior-staff", "principal", "senior-principal", "distinguished", "fellow"]);

export function isStaffOrAbove(level: string): boolean {
  const normalised = level
    .trim()
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean)
    .join("-");
  return STAFF_OR_ABOVE.has(normalised);
}
