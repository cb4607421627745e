/** Plain-language readings of the agreement statistics. Pure. */

/** Krippendorff's conventional cut-offs: 0.8 and above reliable, 0.667 to 0.8 tentative, below that inconsistent. */
export const ALPHA_RELIABLE = 0.8;
export const ALPHA_TENTATIVE = 0.667;

export type AlphaReading = "consistent" | "tentative" | "inconsistent" | "not-measurable";

export function readAlpha(alpha: number | null): AlphaReading {
  if (alpha === null) return "not-measurable";
  if (alpha >= ALPHA_RELIABLE) return "consistent";
  if (alpha >= ALPHA_TENTATIVE) return "tentative";
  return "inconsistent";
}

export const ALPHA_READING_LABELS: Record<AlphaReading, string> = {
  consistent: "Consistent",
  tentative: "Tentative",
  inconsistent: "Inconsistent",
  "not-measurable": "Not measurable yet",
};

/** Half a step on average around the panel's median is a tendency worth a conversation; a quarter is worth a look. */
export const OFFSET_NOTABLE = 0.25;

/**
 * Below this many shared ratings a mean offset is noise (one generous call on two sections reads as "lenient"),
 * so the tendency is not named: the number shows, greyed, with "too few ratings to tell".
 */
export const OFFSET_MIN_RATINGS = 6;

export type OffsetReading = "lenient" | "harsh" | "in-line" | "too-few" | "not-measurable";

/** The tendency behind a mean offset over `ratings` shared ratings. */
export function readOffset(offset: number | null, ratings: number): OffsetReading {
  if (offset === null) return "not-measurable";
  if (ratings < OFFSET_MIN_RATINGS) return "too-few";
  if (offset >= OFFSET_NOTABLE) return "lenient";
  if (offset <= -OFFSET_NOTABLE) return "harsh";
  return "in-line";
}

export const OFFSET_READING_LABELS: Record<OffsetReading, string> = {
  lenient: "Lenient (rates above the panel)",
  harsh: "Harsh (rates below the panel)",
  "in-line": "In line with the panel",
  "too-few": `Too few shared ratings to tell (under ${OFFSET_MIN_RATINGS})`,
  "not-measurable": "No shared sections yet",
};

/** Two decimals, with an explicit sign for offsets. */
export function formatNumber(value: number | null, opts: { signed?: boolean } = {}): string {
  if (value === null) return "—";
  const rounded = Math.round(value * 100) / 100;
  const text = rounded.toFixed(2);
  return opts.signed && rounded > 0 ? `+${text}` : rounded === 0 ? "0.00" : text;
}
