/**
 * Blocks (from Markdown or HTML) → sections, the rules of today's checklist reader kept:
 * `##` headings start sections (`#` when the document only has several `#`), a leading `#` is the
 * title, `###` groups items, a section's first paragraph is its description. New for ladders:
 * a heading that names a level ("## IC3", "# Senior OSPO Engineer") makes a level section whose
 * bullets or paragraphs are its expectations; a level sub-heading ("### Staff") under a
 * competency files what follows as that level's text; tables go to the grid reader.
 */
import { foldEntry } from "./html";
import type { Block, ListEntry } from "./blocks";
import { DocBuilder, type SectionDraft } from "./builder";
import { addQuestion, addRedFlag, addSignalLine, detailKind, STAFF_CRITICAL_LEGEND, type DetailKind } from "./levelset-detail";
import { readGrid } from "./grid";
import { isLevelName } from "./level-names";
import { TEXT_SET_ASIDE_REASONS } from "./set-aside";

export const LADDER_SET_ASIDE_REASONS = {
  navigation: "A list of links to other pages, not expectations",
  levelTable: "Table that is not a grid of competencies by levels",
} as const;

function chooseSectionLevel(blocks: Block[]): number {
  let h1 = 0;
  for (const b of blocks) {
    if (b.kind !== "heading") continue;
    if (b.depth === 2) return 2;
    if (b.depth === 1) h1++;
  }
  return h1 >= 2 ? 1 : 2;
}

/** "Execution: ships…" → label "Execution"; only a short label of a few words counts. */
function colonLabel(text: string): { label: string; rest: string } | null {
  const at = text.indexOf(":");
  if (at <= 0 || at > 40) return null;
  const label = text.slice(0, at).trim();
  const rest = text.slice(at + 1).trim();
  if (rest === "" || label.split(" ").length > 5) return null;
  return { label, rest };
}

function isNavigationList(items: ListEntry[]): boolean {
  // Every item is only a link: "[Introduction](README.md)". "Owns incidents (on-call)" is an expectation.
  return items.length > 0 && items.every((i) => i.children.length === 0 && i.linkOnly === true && /^[^()]{1,80} \([^ ()]+\)$/.test(i.text));
}

export function buildFromBlocks(blocks: Block[], out: DocBuilder, competencyAxis?: "columns" | "rows") {
  const sectionLevel = chooseSectionLevel(blocks);
  let section: SectionDraft | null = null;
  let sawSub = false;
  let subheading: string | null = null;
  let level: string | null = null;
  let detail: DetailKind | null = null;
  let signalTarget: "senior" | "staff" | null = null;
  const loose: { line: number; text: string }[] = [];

  const addLevelEntries = (target: SectionDraft, entry: ListEntry) => {
    const label = entry.label ?? null;
    if (entry.children.length > 0 && entry.text !== "" && !/[.!?]$/.test(entry.text) && entry.text.length <= 60) {
      // "- Scope" with nested bullets: each nested bullet is an expectation of "Scope".
      const name = entry.text.replace(/:$/, "").trim();
      for (const child of entry.children) out.addEntry(target, { label: name, text: foldEntry(child), line: child.line });
      return;
    }
    const text = foldEntry(entry);
    if (label !== null && text.startsWith(label)) {
      const rest = text
        .slice(label.length)
        .replace(/^\s*[:.\-—–]\s*/, "")
        .trim();
      out.addEntry(target, { label, text: rest, line: entry.line });
      return;
    }
    const split = colonLabel(text);
    if (split !== null) out.addEntry(target, { label: split.label, text: split.rest, line: entry.line });
    else out.addEntry(target, { label: null, text, line: entry.line });
  };

  for (const block of blocks) {
    if (out.stopped) break;
    switch (block.kind) {
      case "key":
        if (section !== null) section.key ??= block.key;
        break;
      case "heading": {
        const name = block.text;
        if (block.depth === 1 && sectionLevel === 2 && section === null && out.title === undefined && out.sections.length === 0) {
          if (name !== "") out.title = name;
        } else if (block.depth <= sectionLevel) {
          const heading = block.section ?? { name, staffCritical: undefined };
          section = out.startSection(block.line, heading.name, {
            isLevel: isLevelName(heading.name),
            ...(heading.staffCritical === undefined ? {} : { staffCritical: heading.staffCritical }),
          });
          sawSub = false;
          subheading = level = null;
          detail = null;
          signalTarget = null;
        } else if (section === null) {
          out.putAside(block.line, name, TEXT_SET_ASIDE_REASONS.beforeFirstSection);
        } else {
          sawSub = true;
          signalTarget = null;
          detail = detailKind(name);
          level = detail === null && !section.isLevel && isLevelName(name) ? out.noteLevel(name) : null;
          subheading = detail === null && level === null && name !== "" ? name : null;
        }
        break;
      }
      case "paragraph": {
        const text = block.text;
        if (section === null) {
          if (text === STAFF_CRITICAL_LEGEND) out.putAside(block.line, text, TEXT_SET_ASIDE_REASONS.levelsetDetail);
          else if (out.description === undefined && out.sections.length === 0) out.description = text;
          else out.putAside(block.line, text, TEXT_SET_ASIDE_REASONS.beforeFirstSection);
        } else if (detail === "signals") {
          signalTarget = addSignalLine(section, signalTarget, text, block.line, out);
        } else if (section.isLevel) {
          if (block.emphasisOnly) section.description = section.description === "" ? text : `${section.description} ${text}`;
          else out.addEntry(section, { label: null, text, line: block.line });
        } else if (level !== null) {
          out.addLevelText(section, level, text);
        } else {
          out.noteLines(section, block.lines ?? [text]);
          if (section.description === "" && section.baseItems.length === 0 && !sawSub) section.description = text;
          else out.putAside(block.line, text, TEXT_SET_ASIDE_REASONS.paragraph);
        }
        break;
      }
      case "list": {
        // Under "Probing questions" or "Red flags", "Title (Note)" is a red flag, not a link.
        if (section !== null && detail === null && isNavigationList(block.items) && section.baseItems.length === 0 && section.entries.length === 0) {
          out.putAside(block.line, block.items.map((i) => i.text).join("\n"), LADDER_SET_ASIDE_REASONS.navigation);
          break;
        }
        for (const entry of block.items) {
          const text = foldEntry(entry);
          if (section === null) {
            if (text !== "") loose.push({ line: entry.line, text });
          } else if (detail === "questions") addQuestion(section, entry.text, entry.children.map(foldEntry), entry.line, out);
          else if (detail === "red-flags") addRedFlag(section, entry.text, entry.children.map(foldEntry), entry.line, out);
          else if (detail === "references") out.putAside(entry.line, text, TEXT_SET_ASIDE_REASONS.levelsetDetail);
          else if (detail === "signals") {
            for (const line of [entry.text, ...entry.children.map(foldEntry)])
              signalTarget = addSignalLine(section, signalTarget, line, entry.line, out);
          } else if (section.isLevel) addLevelEntries(section, entry);
          else if (level !== null) out.addLevelText(section, level, text);
          else out.addItem(section, subheading === null ? text : `${subheading}: ${text}`);
        }
        break;
      }
      case "table":
        if (!readGrid(block, out, section, competencyAxis)) {
          const text = block.rows
            .map((r) =>
              uniqueCells(r)
                .map((c) => c.texts.join(" "))
                .join(" | "),
            )
            .join("\n");
          out.putAside(block.line, text, TEXT_SET_ASIDE_REASONS.table);
        }
        break;
      case "code":
        out.putAside(block.line, block.text, TEXT_SET_ASIDE_REASONS.codeBlock);
        break;
    }
  }

  if (out.sections.length === 0 && loose.length > 0) {
    const draft = out.startSection(loose[0]?.line ?? 1, out.title ?? "Checklist");
    if (draft !== null) {
      for (const item of loose) out.addItem(draft, item.text);
      out.warn(
        `The document has no ## headings, so its list became one section, "${draft.name}". Add a ## heading above each group of items to split it into sections.`,
      );
    }
  } else for (const item of loose) out.putAside(item.line, item.text, TEXT_SET_ASIDE_REASONS.beforeFirstSection);
}

export function uniqueCells<T extends { id: number }>(row: T[]): T[] {
  const seen = new Set<number>();
  return row.filter((c) => {
    if (seen.has(c.id)) return false;
    seen.add(c.id);
    return true;
  });
}
