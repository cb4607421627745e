/**
 * What an interviewer writes on a scorecard, as the form and the server exchange it.
 * Pure and dependency-free so the client form can import it without pulling in zod or the database.
 */

export const RATING_VALUES = [0, 1, 2] as const;
export type RatingValue = (typeof RATING_VALUES)[number];
export const SCOPES = ["team", "multi-team", "org"] as const;
export type Scope = (typeof SCOPES)[number];
export const RECOMMENDATIONS = ["no-hire", "senior", "staff"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const CONFIDENCE_LEVELS = ["low", "medium", "high"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** Length limits (characters), the same on the client and the server. */
export const LIMITS = {
  evidence: 5000,
  note: 1000,
  summary: 5000,
  reasonMin: 10,
  reason: 2000,
} as const;

export type SectionRatingInput = {
  sectionId: string;
  /** 0, 1 or 2; null when not rated yet or not assessed. */
  rating: number | null;
  notAssessed: boolean;
  evidence: string;
  scope: Scope | null;
  itemsObserved: string[];
};

export type RedFlagInput = { redFlagId: string; note: string };

export type ScorecardContent = {
  ratings: SectionRatingInput[];
  redFlags: RedFlagInput[];
  overallRecommendation: Recommendation | null;
  confidence: Confidence | null;
  summary: string;
};

export const RATING_LABELS: Record<RatingValue, string> = {
  0: "limited evidence",
  1: "some evidence, or inconsistent",
  2: "strong evidence, repeated outcomes",
};

export const SCOPE_LABELS: Record<Scope, string> = { team: "Team", "multi-team": "Multi-team", org: "Org" };
export const RECOMMENDATION_LABELS: Record<Recommendation, string> = { "no-hire": "No hire", senior: "Senior", staff: "Staff" };
export const CONFIDENCE_LABELS: Record<Confidence, string> = { low: "Low", medium: "Medium", high: "High" };

export function emptySectionRating(sectionId: string): SectionRatingInput {
  return { sectionId, rating: null, notAssessed: false, evidence: "", scope: null, itemsObserved: [] };
}

export function emptyContent(sectionIds: string[]): ScorecardContent {
  return { ratings: sectionIds.map(emptySectionRating), redFlags: [], overallRecommendation: null, confidence: null, summary: "" };
}

/** True when a section row carries nothing worth storing. */
export function isBlankRating(r: SectionRatingInput): boolean {
  return r.rating === null && !r.notAssessed && r.evidence === "" && r.scope === null && r.itemsObserved.length === 0;
}

/**
 * One row per focus section, in the kit's order, whatever the stored copy had; red flags the kit no longer
 * lists are dropped (the stage's plan changed since the copy was written).
 */
export function alignToSections(content: ScorecardContent, sectionIds: string[], redFlagIds?: string[]): ScorecardContent {
  const bySection = new Map(content.ratings.map((r) => [r.sectionId, r]));
  const known = redFlagIds ? new Set(redFlagIds) : null;
  return {
    ...content,
    ratings: sectionIds.map((id) => bySection.get(id) ?? emptySectionRating(id)),
    redFlags: known ? content.redFlags.filter((f) => known.has(f.redFlagId)) : content.redFlags,
  };
}

/** Order-insensitive comparison, ignoring blank section rows. */
export function sameContent(a: ScorecardContent, b: ScorecardContent): boolean {
  return canonical(a) === canonical(b);
}

function canonical(c: ScorecardContent): string {
  const ratings = c.ratings
    .filter((r) => !isBlankRating(r))
    .map((r) => ({ ...r, itemsObserved: [...r.itemsObserved].sort() }))
    .sort((x, y) => x.sectionId.localeCompare(y.sectionId));
  const redFlags = [...c.redFlags].sort((x, y) => x.redFlagId.localeCompare(y.redFlagId));
  return JSON.stringify({
    ratings: ratings.map((r) => [r.sectionId, r.rating, r.notAssessed, r.evidence, r.scope, r.itemsObserved]),
    redFlags: redFlags.map((f) => [f.redFlagId, f.note]),
    o: c.overallRecommendation,
    c: c.confidence,
    s: c.summary,
  });
}

/** A plain-text copy of what was typed, for the clipboard when a save cannot go through. */
export function contentToPlainText(content: ScorecardContent, names: { sections: Map<string, string>; redFlags: Map<string, string> }): string {
  const lines: string[] = [];
  for (const r of content.ratings) {
    if (isBlankRating(r)) continue;
    const rating = r.notAssessed ? "not assessed" : r.rating === null ? "not rated" : String(r.rating);
    lines.push(`${names.sections.get(r.sectionId) ?? "Section"} — rating: ${rating}${r.scope ? `, scope: ${r.scope}` : ""}`);
    if (r.evidence) lines.push(r.evidence);
    lines.push("");
  }
  for (const f of content.redFlags) {
    lines.push(`Red flag: ${names.redFlags.get(f.redFlagId) ?? "red flag"}`);
    if (f.note) lines.push(f.note);
    lines.push("");
  }
  if (content.overallRecommendation) lines.push(`Recommendation: ${RECOMMENDATION_LABELS[content.overallRecommendation]}`);
  if (content.confidence) lines.push(`Confidence: ${CONFIDENCE_LABELS[content.confidence]}`);
  if (content.summary) lines.push("", "Summary:", content.summary);
  return lines.join("\n").trim();
}
