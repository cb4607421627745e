/** Decision form limits, with no zod, so client components can import them. */
export const RATIONALE_MIN = 10;
export const RATIONALE_MAX = 5000;
