/** Limits of the "did not take place" reason, zod-free so the client form can import them. */
export const NOT_HELD_REASON_MIN = 10;
export const NOT_HELD_REASON_MAX = 1000;
