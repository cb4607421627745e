/**
 * The default framework's sections (lib/frameworks/default-framework.ts) by key, as the demo tables name them. The
 * framework's own type keys sections by any string, so the demo lists the keys it uses; the builder finds each one in
 * the seeded framework version and throws if it is not there.
 */
export const DEMO_SECTION_KEYS = [
  "scope-and-impact",
  "technical-depth",
  "system-design",
  "execution-and-delivery",
  "code-quality",
  "cross-team-influence",
  "leadership-without-authority",
  "product-thinking",
  "reliability-and-operations",
] as const;

export type SectionKey = (typeof DEMO_SECTION_KEYS)[number];
