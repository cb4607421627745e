/**
 * The last step of every reader: a bar summary becomes framework-wide guidance, an evidence
 * checklist becomes the panel evidence checklist, levels are listed and guessed, the pivoted
 * reading and the counts are made.
 */
import { finishDrafts, pivotDrafts, type DocBuilder, type SectionDraft } from "./builder";
import { guessSeniorStaff } from "./level-names";
import { nonCompetencyReason, SECTION_SET_ASIDE_REASONS } from "./set-aside";
import type { DocumentCounts, DocumentFormat, ParsedDocument, ParsedDocumentSection } from "./types";

function allTexts(draft: SectionDraft): string[] {
  return [
    ...draft.baseItems,
    ...draft.entries.map((e) => (e.label === null ? e.text : `${e.label}: ${e.text}`)),
    ...[...draft.levelTexts.values()].flat(),
  ];
}

/** "Typical bar" with "### Senior" / "### Staff" (or "Senior: …" items) → guidance. */
function readGuidance(draft: SectionDraft): { senior: string[]; staff: string[] } | null {
  if (nonCompetencyReason(draft.name) !== SECTION_SET_ASIDE_REASONS.barSummary) return null;
  const senior: string[] = [];
  const staff: string[] = [];
  for (const [level, texts] of draft.levelTexts) {
    if (/\bstaff\b/i.test(level) && !/\bsenior\b/i.test(level)) staff.push(...texts);
    else if (/\bsenior\b/i.test(level)) senior.push(...texts);
  }
  for (const item of draft.baseItems) {
    const match = /^(senior|staff)\b[^:]{0,30}:\s*(.+)$/i.exec(item);
    if (match?.[1] === undefined || match[2] === undefined) continue;
    (match[1].toLowerCase() === "staff" ? staff : senior).push(match[2]);
  }
  return senior.length + staff.length > 0 ? { senior, staff } : null;
}

function isEvidenceChecklist(draft: SectionDraft): boolean {
  return /^(?:panel\s+)?evidence\b/i.test(draft.name.trim()) && draft.baseItems.length > 0;
}

function countExpectations(drafts: SectionDraft[]): number {
  return drafts.reduce((n, d) => n + d.baseItems.length + d.entries.length + [...d.levelTexts.values()].reduce((m, t) => m + t.length, 0), 0);
}

export function countItems(sections: ParsedDocumentSection[]): number {
  return sections.filter((s) => s.include).reduce((n, s) => n + s.items.length, 0);
}

/** A repeated section name (ignoring case) is merged into the first: a split section keeps all its items, a copy adds nothing twice. */
function mergeDuplicates(drafts: SectionDraft[], out: DocBuilder): SectionDraft[] {
  const byName = new Map<string, SectionDraft>();
  const kept: SectionDraft[] = [];
  for (const draft of drafts) {
    const first = byName.get(draft.name.toLowerCase());
    if (first === undefined) {
      byName.set(draft.name.toLowerCase(), draft);
      kept.push(draft);
      continue;
    }
    const known = new Set(first.baseItems.map((i) => i.toLowerCase()));
    let added = 0;
    for (const text of draft.baseItems) {
      if (known.has(text.toLowerCase())) continue;
      known.add(text.toLowerCase());
      first.baseItems.push(text);
      added++;
    }
    first.entries.push(...draft.entries);
    for (const [level, texts] of draft.levelTexts) first.levelTexts.set(level, [...(first.levelTexts.get(level) ?? []), ...texts]);
    first.description ||= draft.description;
    first.seniorSignal ||= draft.seniorSignal;
    first.staffSignal ||= draft.staffSignal;
    first.questions.push(...draft.questions);
    first.redFlags.push(...draft.redFlags);
    first.staffCritical ||= draft.staffCritical;
    first.scoreLikeLines += draft.scoreLikeLines;
    first.contentLines += draft.contentLines;
    out.warn(
      `The section "${draft.name}" on line ${draft.line} repeats the one on line ${first.line}; ${added} new item${added === 1 ? " was" : "s were"} merged into it.`,
    );
  }
  return kept;
}

export function finishDocument(out: DocBuilder, format: DocumentFormat): ParsedDocument {
  const drafts: SectionDraft[] = [];
  for (const draft of mergeDuplicates(out.sections, out)) {
    const guidance = readGuidance(draft);
    if (guidance !== null) {
      const known = out.guidance ?? { senior: [], staff: [] };
      out.guidance = { senior: [...known.senior, ...guidance.senior], staff: [...known.staff, ...guidance.staff] };
      continue;
    }
    if (isEvidenceChecklist(draft)) {
      out.evidence = [...(out.evidence ?? []), ...allTexts(draft).map((label) => ({ label, description: "", sectionKeys: [] }))];
      continue;
    }
    drafts.push(draft);
  }

  // Levels the remaining sections use, in the order the document names them.
  const used = new Set<string>();
  for (const d of drafts) {
    if (d.isLevel) used.add(d.name);
    for (const level of d.levelTexts.keys()) used.add(level);
  }
  const levels = out.levels.filter((l) => used.has(l));
  const warn = (m: string) => out.warn(m);
  const sections = finishDrafts(drafts, levels, warn);
  const hasLevelSections = drafts.some((d) => d.isLevel && d.entries.length > 0);
  const pivotSections = hasLevelSections ? finishDrafts(pivotDrafts(drafts), levels, () => undefined) : [];
  const { warnings, setAside } = out.result();
  const counts: DocumentCounts = {
    expectations: countExpectations(drafts),
    items: countItems(sections),
    signals: 0,
    reference: 0,
    setAside: setAside.length,
  };
  const guess = guessSeniorStaff(levels);
  const parsed: ParsedDocument = {
    format,
    sections,
    setAside,
    warnings,
    levels: levels.map((name) => ({ name })),
    pivot: { available: hasLevelSections, suggested: hasLevelSections, sections: pivotSections },
    counts,
  };
  if (out.title !== undefined) parsed.title = out.title;
  if (out.description !== undefined) parsed.description = out.description;
  if (guess.senior !== undefined) parsed.guessedSenior = guess.senior;
  if (guess.staff !== undefined) parsed.guessedStaff = guess.staff;
  if (out.gridAxis !== undefined) parsed.grid = { competencyAxis: out.gridAxis };
  if (out.guidance !== undefined) parsed.guidance = out.guidance;
  if (out.evidence !== undefined && out.evidence.length > 0) parsed.evidenceChecklist = out.evidence;
  return parsed;
}
