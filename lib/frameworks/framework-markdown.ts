/**
 * A framework as a Markdown document people can read, review in a pull request or paste
 * into a wiki — and that parseFrameworkDocument reads back:
 *
 *   # Framework name
 *   Description.
 *   ★ marks a section that is Staff-critical by default.
 *
 *   ## ★ Section name
 *   <!-- key: section-key -->
 *   Section description.
 *   - [ ] checklist item
 *   ### Level signals
 *   - **Senior signal:** …
 *   - **Staff signal:** …
 *   ### Probing questions
 *   1. Question
 *      - **Senior signal:** …
 *      - **Staff signal:** …
 *   ### Red flags
 *   - **Title** (Caps at Senior)
 *     - Description
 *   ### Other levels
 *   - **IC3:** reference text
 *
 *   ## Bar summary              (when the framework has guidance)
 *   ### Senior
 *   - line
 *   ### Staff
 *   - line
 *
 *   ## Evidence checklist       (when the framework has its own)
 *   - **Label:** description
 *     - Sections: Section name, …
 *     - Needs 2 interviewers · Only multi-team or org evidence counts
 *
 * The parser reads the three `###` sub-headings as signals, questions and red flags, not as
 * items, and sets "Other levels" aside, so the round trip recovers keys, names, items and (for
 * single-paragraph text) everything else but level references. Text is escaped so markup characters in it survive; whitespace runs and line breaks
 * inside one field collapse to a space. For a lossless copy use the JSON export.
 */
import { SECTION_KEY_PATTERN } from "./framework-json";
import { STAFF_MARKS } from "./parse/builder";
import { redFlagSeveritySuffix, STAFF_CRITICAL_LEGEND } from "./parse/levelset-detail";
import type { FrameworkContent, PanelEvidenceContent, SectionContent } from "./types";

export function exportFrameworkMarkdown(content: FrameworkContent): string {
  const blocks: string[] = [`# ${escapeInline(content.name)}`];
  const description = escapeParagraphs(content.description);
  if (description !== "") blocks.push(description);
  if (content.sections.some((s) => s.staffCriticalByDefault)) blocks.push(STAFF_CRITICAL_LEGEND);
  for (const section of content.sections) blocks.push(...sectionBlocks(section));
  blocks.push(...guidanceBlocks(content));
  if (content.evidenceChecklist) blocks.push(...checklistBlocks(content.evidenceChecklist, content.sections));
  return `${blocks.join("\n\n")}\n`;
}

function guidanceBlocks(content: FrameworkContent): string[] {
  const guidance = content.guidance;
  if (!guidance || (guidance.senior.length === 0 && guidance.staff.length === 0)) return [];
  const blocks = ["## Bar summary"];
  for (const [label, lines] of [
    ["Senior", guidance.senior],
    ["Staff", guidance.staff],
  ] as const) {
    if (lines.length > 0) blocks.push(`### ${label}`, lines.map((line) => `- ${escapeInline(line)}`).join("\n"));
  }
  return blocks;
}

function checklistBlocks(checklist: PanelEvidenceContent[], sections: SectionContent[]): string[] {
  const nameOf = new Map(sections.map((s) => [s.key, s.name]));
  const items = checklist.map((item) => {
    const description = escapeInline(item.description);
    const head = `- **${escapeInline(item.label)}**${description === "" ? "" : `: ${description}`}`;
    const details: string[] = [];
    if (item.sectionKeys.length > 0) details.push(`  - Sections: ${item.sectionKeys.map((k) => escapeInline(nameOf.get(k) ?? k)).join(", ")}`);
    const rules = [
      item.required !== undefined && item.required > 1 ? `Needs ${item.required} interviewers` : null,
      item.broadScopeOnly ? "Only multi-team or org evidence counts" : null,
    ].filter((r) => r !== null);
    if (rules.length > 0) details.push(`  - ${rules.join(" · ")}`);
    return [head, ...details].join("\n");
  });
  return ["## Evidence checklist", items.length > 0 ? items.join("\n") : "No items."];
}

function sectionBlocks(section: SectionContent): string[] {
  const star = section.staffCriticalByDefault ? "★ " : "";
  const heading = `## ${star}${escapeInline(section.name)}`;
  // The key rides in an invisible comment so a re-import keeps each section's identity.
  const keyComment = SECTION_KEY_PATTERN.test(section.key) ? `\n<!-- key: ${section.key} -->` : "";
  const blocks = [heading + keyComment];
  const description = escapeParagraphs(section.description);
  if (description !== "") blocks.push(description);

  const items = section.items.map((item) => `- [ ] ${escapeInline(item)}`);
  if (items.length > 0) blocks.push(items.join("\n"));

  const signals = [labelledLine("- ", "Senior signal", section.seniorSignal), labelledLine("- ", "Staff signal", section.staffSignal)].filter(
    (line) => line !== null,
  );
  if (signals.length > 0) blocks.push("### Level signals", signals.join("\n"));

  if (section.questions.length > 0) {
    const questions = section.questions.map((q, index) => {
      const marker = `${index + 1}. `;
      const indent = " ".repeat(marker.length);
      const answers = [
        labelledLine(`${indent}- `, "Senior signal", q.seniorSignal),
        labelledLine(`${indent}- `, "Staff signal", q.staffSignal),
      ].filter((line) => line !== null);
      return [`${marker}${escapeInline(q.prompt)}`, ...answers].join("\n");
    });
    blocks.push("### Probing questions", questions.join("\n"));
  }

  if (section.redFlags.length > 0) {
    const flags = section.redFlags.map((flag) => {
      const head = `- **${escapeInline(flag.title)}** ${redFlagSeveritySuffix(flag.severity)}`;
      const description = escapeInline(flag.description);
      return description === "" ? head : `${head}\n  - ${description}`;
    });
    blocks.push("### Red flags", flags.join("\n"));
  }

  const references = (section.levelReferences ?? []).map((r) => labelledLine("- ", escapeInline(r.level), r.text)).filter((line) => line !== null);
  if (references.length > 0) blocks.push("### Other levels", references.join("\n"));
  return blocks;
}

function labelledLine(prefix: string, label: string, text: string): string | null {
  const escaped = escapeInline(text);
  return escaped === "" ? null : `${prefix}**${label}:** ${escaped}`;
}

/** Paragraphs stay paragraphs; each line is escaped on its own. */
function escapeParagraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeInline(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
/** The Staff-critical marks the importer reads (★ ☆ ⭐) as numeric entities: bare, one would mark a section. */
const STAR_ENTITIES = new Map(STAFF_MARKS.map((mark) => [mark, `&#${mark.codePointAt(0)};`]));
// At the text's edges the neighbour is unknown (it may be a wrapping "**"), so not a space.
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** Whether `c`, between `before` and `after`, would be read as markup if left bare. */
function needsEscape(c: string, before: string | undefined, after: string | undefined): boolean {
  switch (c) {
    case "`":
    case "[":
    case "]":
    case "|":
      return true;
    case "\\":
      // At the end the text may be wrapped ("**title**"); a ★ mark is written as an entity.
      return after === undefined || ASCII_PUNCTUATION.includes(after) || STAR_ENTITIES.has(after);
    case "*":
      return !(isSpace(before) && isSpace(after)); // " * " can neither open nor close
    case "_":
      return !(isSpace(before) && isSpace(after)) && !(isWordChar(before) && isWordChar(after)); // snake_case stays
    case "~":
      return before === "~" || after === "~";
    case "&":
      return isLetter(after) || after === "#"; // could start an entity
    case "<":
      return isLetter(after) || after === "/" || after === "!" || after === "?"; // could start a tag, comment, instruction or autolink
    case "#":
      return before === undefined || isSpace(before); // could open a heading or close one
    default:
      return false;
  }
}

/**
 * One line of plain text as Markdown that renders, and parses back, to the same text:
 * markup characters get a backslash where they would otherwise be read as markup, a ★
 * becomes an entity (a bare one marks a section Staff-critical), and a leading "-", "+",
 * "*", "_", ">", "=" or "1." cannot start a list, rule or quote.
 */
export function escapeInline(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  let out = "";
  chars.forEach((c, i) => {
    out += STAR_ENTITIES.get(c) ?? (needsEscape(c, chars[i - 1], chars[i + 1]) ? `\\${c}` : c);
  });
  const first = out[0];
  // "* * *" or "_ _ _" keep their bare markers mid-line but would be a rule or a list at its start.
  if (first !== undefined && "-+=>*_".includes(first) && !out.startsWith("\\")) return `\\${out}`;
  let digits = 0;
  while (isDigit(out[digits])) digits++;
  const after = out[digits];
  if (digits > 0 && (after === "." || after === ")")) return `${out.slice(0, digits)}\\${out.slice(digits)}`;
  return out;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}
