/**
 * The content of one framework version, independent of the database.
 * The default framework, the Markdown importer, JSON import/export and the
 * editor all speak this shape; db/ stores it across normalised tables.
 */

export type RedFlagSeverity = "note" | "caps-at-senior" | "blocks-hire";

export const RED_FLAG_SEVERITIES: readonly RedFlagSeverity[] = ["note", "caps-at-senior", "blocks-hire"];

export type ProbingQuestionContent = {
  /** The question as the interviewer asks it. */
  prompt: string;
  /** What an answer that signals Senior sounds like. */
  seniorSignal: string;
  /** What an answer that signals Staff sounds like. */
  staffSignal: string;
};

export type RedFlagContent = {
  title: string;
  description: string;
  severity: RedFlagSeverity;
};

export type SectionContent = {
  /** Stable, URL-safe key unique within the framework, e.g. "system-design". */
  key: string;
  name: string;
  description: string;
  /** Checklist items: observable behaviours an interviewer can tick. */
  items: string[];
  /** What Senior-level evidence sounds like in this section. */
  seniorSignal: string;
  /** What Staff-level evidence sounds like in this section. */
  staffSignal: string;
  questions: ProbingQuestionContent[];
  redFlags: RedFlagContent[];
  /** Staff-critical by default when a role adopts this framework. */
  staffCriticalByDefault: boolean;
  /**
   * What the source ladder says about this section at levels other than the ones mapped to Senior and
   * Staff (issue 10, level mapping), kept as reference text and shown in the kit. Absent means none.
   */
  levelReferences?: LevelReferenceContent[];
};

export type LevelReferenceContent = {
  /** The level's name as the source document spells it, e.g. "IC3" or "Principal Engineer". */
  level: string;
  text: string;
};

/** Framework-wide bar guidance (a ladder's "typical bar" or "Senior vs Staff" summary), shown in the kit and the debrief. */
export type BarGuidanceContent = {
  senior: string[];
  staff: string[];
};

/** One item of the panel evidence checklist: what the loop as a whole should have collected. */
export type PanelEvidenceContent = {
  label: string;
  description: string;
  /** Keys of this framework's sections whose evidence counts towards the item (may be empty). */
  sectionKeys: string[];
  /** Stable id of the item (page test ids, links); absent for imported items, which get one from their label. */
  key?: string;
  /** Distinct interviewers whose evidence the item needs; absent means one. */
  required?: number;
  /** Only evidence scoped multi-team or org counts (an item about reach beyond the team); absent means false. */
  broadScopeOnly?: boolean;
};

export type FrameworkContent = {
  name: string;
  description: string;
  sections: SectionContent[];
  /** Absent means no framework-wide guidance. */
  guidance?: BarGuidanceContent;
  /** Absent means the built-in checklist (PANEL_EVIDENCE_CHECKLIST) applies. */
  evidenceChecklist?: PanelEvidenceContent[];
};
