/**
 * What the importer sets aside and why: the reasons the preview shows beside a section it does not
 * suggest including, or beside a passage it did not read, and the names that are not competencies.
 */

export const SECTION_SET_ASIDE_REASONS = {
  ratingScale: "Looks like a rating-scale legend, not a competency.",
  preamble: "Looks like an introduction or instructions, not a competency.",
  barSummary: "Looks like a summary of the levels or the bar, not a competency.",
  references: "Looks like references or a changelog, not a competency.",
  redFlags: "Looks like a list of red flags, not a competency; add them to the sections they belong to.",
  noItems: "Has no checklist items.",
} as const;

export const TEXT_SET_ASIDE_REASONS = {
  frontMatter: "YAML front matter",
  codeBlock: "Code block",
  table: "Table (rows are not read as checklist items)",
  beforeFirstSection: "Text before the first section",
  paragraph: "Paragraph text (only a section's first paragraph becomes its description)",
  levelsetDetail: "Levelset export detail",
} as const;

/** Lowercase words: "Rating scale (0–2)" → "rating scale 0 2". */
function normaliseName(name: string): string {
  let out = "";
  for (const c of name.toLowerCase()) out += /[\p{L}\p{N}]/u.test(c) ? c : " ";
  return out.split(" ").filter(Boolean).join(" ");
}

type NonCompetencyRule = { reason: string; names: string[]; prefixes: string[]; words?: string[] };

const NON_COMPETENCY_RULES: NonCompetencyRule[] = [
  {
    reason: SECTION_SET_ASIDE_REASONS.ratingScale,
    names: ["scale", "score", "scores", "rubric", "key"],
    prefixes: ["rating", "ratings", "scoring", "score guide", "how to score", "how we score", "legend"],
    words: ["rating", "ratings", "scoring", "legend"],
  },
  {
    reason: SECTION_SET_ASIDE_REASONS.preamble,
    names: ["about", "context", "background", "notes", "guidance", "purpose", "readme", "read me", "preamble"],
    prefixes: [
      "how to use",
      "how to read",
      "about this",
      "about the",
      "introduction",
      "intro",
      "overview",
      "instructions",
      "using this",
      "before you start",
      "for interviewers",
    ],
  },
  {
    reason: SECTION_SET_ASIDE_REASONS.barSummary,
    names: ["bar", "the bar", "summary", "levels", "level", "verdict", "senior vs staff", "staff vs senior", "senior versus staff"],
    prefixes: [
      "senior bar",
      "staff bar",
      "bar summary",
      "typical bar",
      "typical level",
      "the bar",
      "summary",
      "leveling",
      "levelling",
      "level guide",
      "levels at a glance",
      "level summary",
      "senior vs staff",
      "staff vs senior",
      "senior versus staff",
      "staff versus senior",
    ],
  },
  {
    reason: SECTION_SET_ASIDE_REASONS.references,
    names: ["links", "history", "credits", "appendix", "see also", "other pages", "navigation", "contents", "table of contents"],
    prefixes: ["references", "reference", "resources", "changelog", "change log", "further reading", "revision history", "version history"],
  },
  { reason: SECTION_SET_ASIDE_REASONS.redFlags, names: [], prefixes: ["red flag", "red flags"] },
];

/** Why a heading's name says it is not a competency (a legend, an introduction, a bar summary…), or null. */
export function nonCompetencyReason(heading: string): string | null {
  const name = normaliseName(heading);
  const words = name.split(" ");
  for (const rule of NON_COMPETENCY_RULES) {
    if (rule.names.includes(name)) return rule.reason;
    if (rule.prefixes.some((p) => name === p || name.startsWith(`${p} `))) return rule.reason;
    if (rule.words?.some((w) => words.includes(w))) return rule.reason;
  }
  // "What are the expectations of my role?", "When do I get promoted?": an FAQ, not a competency.
  if (heading.trim().endsWith("?")) return SECTION_SET_ASIDE_REASONS.preamble;
  return null;
}
