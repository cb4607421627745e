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
};

export type FrameworkContent = {
  name: string;
  description: string;
  sections: SectionContent[];
};
