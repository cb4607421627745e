/** Candidate constants and pure helpers, with no zod and no drizzle, so client components can import them. */
import type { APPLICATION_STATUSES } from "@/db/enums";

export const MAX_LINKS = 10;

/** Only web links are stored, so the page can render them as safe external links. */
export function parseLink(raw: string): string | null {
  const value = raw.trim();
  if (!value || value.length > 500) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The statuses a recruiter or hiring manager may set here; "decided" comes only from a recorded decision. */
export const SETTABLE_STATUSES = ["active", "debrief", "withdrawn"] as const;

export const APPLICATION_STATUS_LABELS: Record<(typeof APPLICATION_STATUSES)[number], string> = {
  active: "Active",
  debrief: "Debrief",
  decided: "Decided",
  withdrawn: "Withdrawn",
};

/** Which moves make sense from each status: a decided application is closed by its decision. */
export const STATUS_TRANSITIONS: Record<(typeof APPLICATION_STATUSES)[number], readonly (typeof SETTABLE_STATUSES)[number][]> = {
  active: ["debrief", "withdrawn"],
  debrief: ["active", "withdrawn"],
  withdrawn: ["active"],
  decided: [],
};
