/**
 * What parseFrameworkDocument hands the preview: the sections a recruiter reviews before saving, with
 * what a published ladder carries (levels, per-level text, bar guidance, an evidence checklist, counts).
 */
import type { BarGuidanceContent, PanelEvidenceContent, SectionContent } from "../types";

export type DocumentFormat = "markdown" | "yaml" | "levelset-json";

/** One level's text for one section, in document order. */
export type SectionLevelText = { level: string; texts: string[] };

export type ParsedDocumentSection = SectionContent & {
  /** 1-based line of the section's heading. */
  line: number;
  /** The suggested choice; the recruiter decides in the preview. */
  include: boolean;
  /** Why include is false; null when the section looks like a competency. */
  setAsideReason: string | null;
  /** Items that belong to no level (a plain checklist's items). */
  baseItems: string[];
  /** What the document says about this section at each level; empty when it gives no levels. */
  levelTexts: SectionLevelText[];
  /** The section is one level of the ladder ("## IC3"), not a competency. */
  isLevel: boolean;
};

/** A set-aside passage with its whole text (the preview shows it on expand). */
export type SetAsideEntry = { line: number; text: string; reason: string };

export type DocumentProblemKind =
  | "empty"
  | "too-large"
  | "binary"
  | "yaml-in-json"
  | "markdown-in-json"
  | "json-syntax"
  | "json-invalid"
  | "yaml-syntax"
  | "too-deep"
  | "nothing-usable";

/** Why nothing can be imported, said so a person can act on it; `example` shows the shape expected. */
export type DocumentProblem = { kind: DocumentProblemKind; message: string; example?: string; suggestedImport?: "document" | "json" };

export type DocumentCounts = {
  /** Expectations the document states (list items, paragraphs, table cells, YAML criteria). */
  expectations: number;
  /** How many became checklist items in the current reading. */
  items: number;
  /** How many went into a Senior or Staff signal (after a level mapping). */
  signals: number;
  /** How many are kept as other levels' reference text (after a level mapping). */
  reference: number;
  setAside: number;
};

export type LevelInfo = { name: string };

export type ParsedDocument = {
  format: DocumentFormat;
  /** The `#` heading (or front matter `title:`): a suggested framework name. */
  title?: string;
  /** The first paragraph before the first section. */
  description?: string;
  sections: ParsedDocumentSection[];
  setAside: SetAsideEntry[];
  warnings: string[];
  /** Levels in document order. */
  levels: LevelInfo[];
  guessedSenior?: string;
  guessedStaff?: string;
  /** "One section per competency, with per-level text", when the document's sections are levels. */
  pivot: { available: boolean; suggested: boolean; sections: ParsedDocumentSection[] };
  /** Present when the competencies came from a grid: which axis held the competencies. */
  grid?: { competencyAxis: "columns" | "rows" };
  guidance?: BarGuidanceContent;
  evidenceChecklist?: PanelEvidenceContent[];
  counts: DocumentCounts;
  problem?: DocumentProblem;
};

export type ParseDocumentOptions = {
  fileName?: string;
  /** For grids: which axis holds the competencies; the other holds the levels. */
  competencyAxis?: "columns" | "rows";
};
