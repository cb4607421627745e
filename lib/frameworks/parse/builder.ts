/**
 * The format-independent part of reading a ladder: Markdown, HTML and YAML readers all feed a
 * DocBuilder (sections, their plain items, per-level text, labelled entries of level sections),
 * which then makes the preview: keys, suggested inclusion, items, the pivoted reading and counts.
 */
import { FRAMEWORK_LIMITS } from "../framework-limits";
import { slugify, uniqueKey } from "../section-key";
import type { BarGuidanceContent, PanelEvidenceContent, ProbingQuestionContent, RedFlagContent } from "../types";
import { nonCompetencyReason, SECTION_SET_ASIDE_REASONS } from "./set-aside";
import type { ParsedDocumentSection, SetAsideEntry } from "./types";

const MAX_SET_ASIDE = 2000;
const MAX_WARNINGS = 60;

/** One expectation of a level section, with the competency label it carries ("**Execution**: …"). */
export type LabelledEntry = { label: string | null; text: string; line: number };

export type SectionDraft = {
  line: number;
  key?: string;
  name: string;
  staffCritical: boolean;
  description: string;
  baseItems: string[];
  levelTexts: Map<string, string[]>;
  isLevel: boolean;
  entries: LabelledEntry[];
  seniorSignal: string;
  staffSignal: string;
  questions: ProbingQuestionContent[];
  redFlags: RedFlagContent[];
  scoreLikeLines: number;
  contentLines: number;
};

/** A section found at `line`, before any of its content is read. */
function newSectionDraft(start: { line: number; name: string; staffCritical: boolean; isLevel: boolean }): SectionDraft {
  return {
    line: start.line,
    name: start.name,
    staffCritical: start.staffCritical,
    description: "",
    baseItems: [],
    levelTexts: new Map(),
    isLevel: start.isLevel,
    entries: [],
    seniorSignal: "",
    staffSignal: "",
    questions: [],
    redFlags: [],
    scoreLikeLines: 0,
    contentLines: 0,
  };
}

export const STAFF_MARKS = ["★", "☆", "⭐"];
const STAFF_CRITICAL_WORDS = ["(staff-critical)", "(staff critical)", "[staff-critical]"];

/** "★ System design", "System design ⭐", "System design (Staff-critical)" → clean name + mark. */
export function readStaffMark(raw: string): { name: string; staffCritical: boolean } {
  let name = raw.trim();
  let staffCritical = false;
  for (let again = true; again;) {
    again = false;
    for (const mark of STAFF_MARKS) {
      if (name.startsWith(mark)) {
        name = name.slice(mark.length).trim();
        staffCritical = again = true;
      }
      if (name.endsWith(mark)) {
        name = name.slice(0, -mark.length).trim();
        staffCritical = again = true;
      }
    }
    const lower = name.toLowerCase();
    for (const word of STAFF_CRITICAL_WORDS) {
      if (lower.endsWith(word)) {
        name = name.slice(0, -word.length).trim();
        staffCritical = again = true;
      }
    }
  }
  return { name, staffCritical };
}

export class DocBuilder {
  title?: string;
  description?: string;
  frontMatterTitle?: string;
  guidance?: BarGuidanceContent;
  evidence?: PanelEvidenceContent[];
  readonly sections: SectionDraft[] = [];
  readonly levels: string[] = [];
  private readonly levelIds = new Set<string>();
  private readonly warnings: string[] = [];
  private droppedWarnings = 0;
  private readonly setAside: SetAsideEntry[] = [];
  private droppedSetAside = 0;
  private full = false;

  warn(message: string) {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(message);
    else this.droppedWarnings++;
  }

  putAside(line: number, text: string, reason: string) {
    const whole = text.trim();
    if (whole === "") return;
    if (this.setAside.length >= MAX_SET_ASIDE) this.droppedSetAside++;
    else this.setAside.push({ line, text: whole, reason });
  }

  noteLevel(name: string): string {
    const level = name.trim();
    const id = level.toLowerCase();
    if (!this.levelIds.has(id)) {
      this.levelIds.add(id);
      this.levels.push(level);
    }
    return this.levels.find((l) => l.toLowerCase() === id) ?? level;
  }

  /**
   * A new section, or null (with one warning) past the most a framework can hold. `staffCritical`: the reader
   * already took the ★ marks off `rawName` (from the source, where an escaped ★ is text).
   */
  startSection(line: number, rawName: string, options: { isLevel?: boolean; key?: string; staffCritical?: boolean } = {}): SectionDraft | null {
    if (this.sections.length >= FRAMEWORK_LIMITS.sectionsMax) {
      if (!this.full) {
        this.warn(
          `The document has more than ${FRAMEWORK_LIMITS.sectionsMax} sections, the most a framework can hold; everything from line ${line} on was left out.`,
        );
      }
      this.full = true;
      return null;
    }
    const marked = options.staffCritical === undefined ? readStaffMark(rawName) : { name: rawName.trim(), staffCritical: options.staffCritical };
    let name = marked.name;
    if (name === "") {
      name = "Untitled section";
      this.warn(`The heading on line ${line} is empty; it was named "${name}". Give it a name in the preview or the source.`);
    } else if (name.length > FRAMEWORK_LIMITS.sectionNameMax) {
      this.warn(`The section name on line ${line} is longer than ${FRAMEWORK_LIMITS.sectionNameMax} characters and was shortened.`);
      name = `${name.slice(0, FRAMEWORK_LIMITS.sectionNameMax - 1).trimEnd()}…`;
    }
    const isLevel = options.isLevel === true;
    if (isLevel) name = this.noteLevel(name);
    const draft: SectionDraft = {
      ...newSectionDraft({ line, name, staffCritical: marked.staffCritical, isLevel }),
      ...(options.key === undefined ? {} : { key: options.key }),
    };
    this.sections.push(draft);
    return draft;
  }

  /** Which axis of a grid held the competencies (the first grid decides). */
  gridAxis?: "columns" | "rows";

  noteGrid(axis: "columns" | "rows") {
    this.gridAxis ??= axis;
  }

  dropSection(section: SectionDraft) {
    const at = this.sections.indexOf(section);
    if (at >= 0) this.sections.splice(at, 1);
  }

  get stopped(): boolean {
    return this.full;
  }

  addLevelText(section: SectionDraft, level: string, text: string) {
    if (text === "") return;
    const name = this.noteLevel(level);
    const list = section.levelTexts.get(name) ?? [];
    list.push(text);
    section.levelTexts.set(name, list);
    section.contentLines++;
  }

  addEntry(section: SectionDraft, entry: LabelledEntry) {
    if (entry.text === "") return;
    section.entries.push(entry);
    section.contentLines++;
  }

  /** A paragraph of a competency: its lines count towards spotting a rating legend ("0 — none", "1 — some"). */
  noteLines(section: SectionDraft, lines: string[]) {
    section.contentLines += lines.length;
    section.scoreLikeLines += lines.filter(looksLikeScoreLine).length;
  }

  addItem(section: SectionDraft, text: string) {
    if (text === "") return;
    section.baseItems.push(text);
    section.contentLines++;
    if (looksLikeScoreLine(text)) section.scoreLikeLines++;
  }

  result(): { warnings: string[]; setAside: SetAsideEntry[] } {
    const warnings = [...this.warnings];
    if (this.droppedSetAside > 0) warnings.push(`${this.droppedSetAside} more set-aside passages are not listed.`);
    if (this.droppedWarnings > 0) warnings.push(`${this.droppedWarnings} more warnings are not listed.`);
    return { warnings, setAside: [...this.setAside].sort((a, b) => a.line - b.line) };
  }
}

/** "0 — limited evidence", "1 = some": the lines of a rating legend. */
function looksLikeScoreLine(text: string): boolean {
  return /^\d{1,2}(?:\.\d)?\s*[—–\-:=]/.test(text);
}

/** Splits an over-long expectation at sentence ends so nothing is cut; a sentence longer than the limit is split at a space. */
export function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = window.lastIndexOf(". ");
    if (cut < max / 4) cut = window.lastIndexOf(" ");
    if (cut <= 0) cut = max - 1;
    const part = window.slice(0, cut + 1).trim();
    if (part !== "") parts.push(part);
    start += cut + 1;
  }
  const rest = text.slice(start).trim();
  if (rest !== "") parts.push(rest);
  return parts;
}

function entryText(entry: LabelledEntry): string {
  return entry.label === null ? entry.text : `${entry.label}: ${entry.text}`;
}

/** The preview's items for a draft: plain items, then each level's text prefixed with the level. */
function draftItems(draft: SectionDraft, warn: (m: string) => void): string[] {
  const raw = draft.isLevel
    ? draft.entries.map(entryText)
    : [...draft.baseItems, ...[...draft.levelTexts].flatMap(([level, texts]) => texts.map((t) => `${level}: ${t}`))];
  const items: string[] = [];
  for (const text of raw) {
    const parts = splitLong(text, FRAMEWORK_LIMITS.itemMax);
    if (parts.length > 1) {
      warn(
        `An item in "${draft.name}" is longer than ${FRAMEWORK_LIMITS.itemMax} characters; it was split into ${parts.length} items at sentence ends, nothing was cut.`,
      );
    }
    items.push(...parts);
  }
  if (items.length > FRAMEWORK_LIMITS.itemsPerSectionMax) {
    warn(
      `"${draft.name}" has ${items.length} items, more than the ${FRAMEWORK_LIMITS.itemsPerSectionMax} a section can hold; split it into several sections in the source or the editor before saving.`,
    );
  }
  return items;
}

function reasonFor(draft: SectionDraft, items: string[]): string | null {
  const hasDetail = draft.questions.length > 0 || draft.seniorSignal !== "" || draft.staffSignal !== "" || draft.levelTexts.size > 0;
  if (hasDetail) return null;
  if (!draft.isLevel) {
    const reason = nonCompetencyReason(draft.name);
    if (reason !== null) return reason;
  }
  if (draft.scoreLikeLines >= 2 && draft.scoreLikeLines >= draft.contentLines - 1) return SECTION_SET_ASIDE_REASONS.ratingScale;
  if (items.length === 0) return SECTION_SET_ASIDE_REASONS.noItems;
  return null;
}

/** Drafts → preview sections with unique keys, in document order. */
export function finishDrafts(drafts: SectionDraft[], levelOrder: string[], warn: (m: string) => void): ParsedDocumentSection[] {
  const used = new Set<string>();
  const rank = new Map(levelOrder.map((l, i) => [l, i]));
  return drafts.map((draft) => {
    const ordered = new Map([...draft.levelTexts].sort((a, b) => (rank.get(a[0]) ?? 0) - (rank.get(b[0]) ?? 0)));
    const sorted = { ...draft, levelTexts: ordered };
    const items = draftItems(sorted, warn);
    const reason = reasonFor(sorted, items);
    return {
      key: uniqueKey(draft.key ?? slugify(draft.name), used),
      name: draft.name,
      description: draft.description,
      items,
      seniorSignal: draft.seniorSignal,
      staffSignal: draft.staffSignal,
      questions: draft.questions,
      redFlags: draft.redFlags,
      staffCriticalByDefault: draft.staffCritical,
      line: draft.line,
      include: reason === null,
      setAsideReason: reason,
      baseItems: [...draft.baseItems],
      levelTexts: [...ordered].map(([level, texts]) => ({ level, texts: [...texts] })),
      isLevel: draft.isLevel,
    };
  });
}

const GENERAL = "General expectations";

/**
 * "One section per level" → "one section per competency, with per-level text": each level
 * section's entries are grouped by their label; unlabelled ones go to one general section.
 * Competency sections of the document stay where they are.
 */
export function pivotDrafts(drafts: SectionDraft[]): SectionDraft[] {
  const out: SectionDraft[] = [];
  const byName = new Map<string, SectionDraft>();
  let insertAt = -1;
  const pivoted: SectionDraft[] = [];
  for (const draft of drafts) {
    if (!draft.isLevel) {
      out.push(draft);
      continue;
    }
    if (insertAt < 0) insertAt = out.length;
    for (const entry of draft.entries) {
      const name = entry.label ?? GENERAL;
      const id = name.toLowerCase();
      let target = byName.get(id);
      if (target === undefined) {
        const marked = readStaffMark(name);
        target = newSectionDraft({ line: entry.line, name: marked.name, staffCritical: marked.staffCritical, isLevel: false });
        byName.set(id, target);
        pivoted.push(target);
      }
      const list = target.levelTexts.get(draft.name) ?? [];
      list.push(entry.text);
      target.levelTexts.set(draft.name, list);
      target.contentLines++;
    }
  }
  if (insertAt < 0) return out;
  out.splice(insertAt, 0, ...pivoted);
  return out;
}
