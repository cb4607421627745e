/** Element ids of the scorecard form, derived from validate-scorecard's field keys. */
export const domId = (key: string) => `sc-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
export const errorId = (key: string) => `${domId(key)}-error`;
