/**
 * Level mapping: the recruiter says which of the document's levels is Senior and which is Staff.
 * Each section's Senior and Staff signals are filled from those levels' text, their expectations
 * become the section's checklist items, and every other level's text is kept as reference.
 */
import { FRAMEWORK_LIMITS } from "../framework-limits";
import type { FrameworkContent, SectionContent } from "../types";
import { splitLong } from "./builder";
import type { DocumentCounts, ParsedDocument, ParsedDocumentSection } from "./types";

export type LevelMapping = {
  senior?: string;
  staff?: string;
  /** Use the "one section per competency" reading of a document whose sections are levels. */
  pivot?: boolean;
  /** Sections to keep (by key of the reading used); default: those the preview suggests. */
  includeKeys?: Iterable<string>;
  name?: string;
  description?: string;
};

function same(a: string, b: string | undefined): boolean {
  return b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Joins texts into a signal of at most signalMax characters; what does not fit stays an item. */
function signalOf(texts: string[]): string {
  let out = "";
  for (const text of texts) {
    const next = out === "" ? text : `${out} ${text}`;
    if (next.length > FRAMEWORK_LIMITS.signalMax) break;
    out = next;
  }
  return out;
}

function mapSection(
  section: ParsedDocumentSection,
  mapping: LevelMapping,
): { content: SectionContent; signals: number; reference: number; items: number } {
  const base: SectionContent = {
    key: section.key,
    name: section.name,
    description: section.description,
    items: [...section.items],
    seniorSignal: section.seniorSignal,
    staffSignal: section.staffSignal,
    questions: section.questions.map((q) => ({ ...q })),
    redFlags: section.redFlags.map((f) => ({ ...f })),
    staffCriticalByDefault: section.staffCriticalByDefault,
  };
  if (section.levelTexts.length === 0 || (mapping.senior === undefined && mapping.staff === undefined)) {
    return { content: base, signals: 0, reference: 0, items: base.items.length };
  }
  const senior = section.levelTexts.find((l) => same(l.level, mapping.senior))?.texts ?? [];
  const staff = section.levelTexts.find((l) => same(l.level, mapping.staff))?.texts ?? [];
  const others = section.levelTexts.filter((l) => !same(l.level, mapping.senior) && !same(l.level, mapping.staff));
  const seen = new Set<string>();
  const items: string[] = [];
  for (const text of [...section.baseItems, ...senior, ...staff]) {
    for (const part of splitLong(text, FRAMEWORK_LIMITS.itemMax)) {
      if (seen.has(part.toLowerCase())) continue;
      seen.add(part.toLowerCase());
      items.push(part);
    }
  }
  const content: SectionContent = {
    ...base,
    // Never cut here: a section over the limit is refused when saved, with the limit named.
    items,
    seniorSignal: base.seniorSignal || signalOf(senior),
    staffSignal: base.staffSignal || signalOf(staff),
  };
  if (others.length > 0) content.levelReferences = others.map((l) => ({ level: l.level, text: l.texts.join("\n") }));
  return {
    content,
    signals: senior.length + staff.length,
    reference: others.reduce((n, l) => n + l.texts.length, 0),
    items: content.items.length,
  };
}

function chosenSections(parsed: ParsedDocument, mapping: LevelMapping): ParsedDocumentSection[] {
  const sections = mapping.pivot === true && parsed.pivot.available ? parsed.pivot.sections : parsed.sections;
  if (mapping.includeKeys === undefined) return sections.filter((s) => s.include);
  const keys = new Set(mapping.includeKeys);
  return sections.filter((s) => keys.has(s.key));
}

/** The framework to save: the chosen reading's sections with the levels mapped to Senior and Staff. */
export function applyLevelMapping(parsed: ParsedDocument, mapping: LevelMapping): FrameworkContent {
  const sections = chosenSections(parsed, mapping).map((s) => mapSection(s, mapping).content);
  const content: FrameworkContent = {
    name: (mapping.name ?? parsed.title ?? "").trim(),
    description: (mapping.description ?? parsed.description ?? "").trim(),
    sections,
  };
  if (parsed.guidance !== undefined && parsed.guidance.senior.length + parsed.guidance.staff.length > 0) {
    content.guidance = { senior: [...parsed.guidance.senior], staff: [...parsed.guidance.staff] };
  }
  if (parsed.evidenceChecklist !== undefined)
    content.evidenceChecklist = parsed.evidenceChecklist.map((e) => ({ ...e, sectionKeys: [...e.sectionKeys] }));
  return content;
}

/** The preview's one-line summary numbers for a mapping. */
export function mappingCounts(parsed: ParsedDocument, mapping: LevelMapping): DocumentCounts {
  const mapped = chosenSections(parsed, mapping).map((s) => mapSection(s, mapping));
  return {
    expectations: parsed.counts.expectations,
    items: mapped.reduce((n, m) => n + m.items, 0),
    signals: mapped.reduce((n, m) => n + m.signals, 0),
    reference: mapped.reduce((n, m) => n + m.reference, 0),
    setAside: parsed.counts.setAside,
  };
}

/** "The document held 72 expectations: 18 became items, 18 went into Senior or Staff signals, 54 are kept as reference; 3 passages set aside." */
export function countSummary(counts: DocumentCounts): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [`${plural(counts.items, "became an item", "became items")}`];
  if (counts.signals > 0) parts.push(`${counts.signals} went into Senior or Staff signals`);
  if (counts.reference > 0) parts.push(`${counts.reference} ${counts.reference === 1 ? "is" : "are"} kept as other levels' reference`);
  return `The document held ${plural(counts.expectations, "expectation", "expectations")}: ${parts.join(", ")}; ${plural(counts.setAside, "passage was", "passages were")} set aside.`;
}
