/**
 * Reads a competency checklist written in Markdown (a wiki page, a GitHub issue, a
 * Levelset Markdown export) into sections a recruiter previews before saving a framework.
 *
 * The rules, in the order a reader meets them:
 * - A BOM, CRLF/CR line ends and tabs (tab stops of 4) are normalised; line numbers are 1-based.
 * - YAML front matter (`---` on line 1 up to the next `---`/`...`) is set aside; its `title:`
 *   is used when there is no `#` title.
 * - HTML comments and the content of code fences are ignored (fences are listed as set aside),
 *   except a `<!-- key: system-design -->` line under a heading, which keeps the section's key.
 * - `##` headings start sections. A `#` heading before the first section is the document's
 *   title; a later `#` also starts a section. A document without `##` but with several `#`
 *   headings uses `#` as its section level.
 * - `###` and deeper are sub-headings inside the enclosing section. Items under one are
 *   prefixed with it ("Debugging: Reads traces") so per-level groupings ("### Staff") survive.
 *   The sub-headings "Level signals", "Probing questions" and "Red flags" (what a Levelset
 *   export writes) are read as that section's signals, questions and red flags instead of items.
 * - Task-list items (`- [ ]`, `- [x]`), bullets (`-`, `*`, `+`) and numbered items (`1.`, `1)`)
 *   become checklist items. Nested bullets fold into their parent item
 *   ("Safe deploys: canaries; feature flags"), as do continuation lines.
 * - A section's first paragraph, before its list and sub-headings, is its description. Other
 *   paragraphs, tables, and anything before the first section are set aside with a reason.
 * - Inline markup is reduced to plain text: links keep their text, emphasis, code spans and
 *   HTML tags lose their markers, backslash escapes and common entities are decoded.
 * - A heading's leading or trailing ★ marks the section Staff-critical by default.
 * - A repeated section name (ignoring case) is merged into the first one, with a warning:
 *   a split section keeps all its items, and a copy-paste adds nothing twice.
 * - Sections that are not competencies (rating-scale legend, introduction, bar summary,
 *   references, a loose red-flag list) or have no items are kept but suggested include=false.
 * - Limits follow FRAMEWORK_LIMITS so the preview never offers what saving would reject.
 *
 * Everything is a single pass over lines with indexOf-style scans: no backtracking regexes,
 * so a 1 MB paste parses in linear time.
 */
import { FRAMEWORK_LIMITS, SECTION_KEY_PATTERN } from "./framework-json";
import type { FrameworkContent, ProbingQuestionContent, RedFlagContent, RedFlagSeverity, SectionContent } from "./types";

export type ParsedChecklistSection = SectionContent & {
  /** 1-based line of the section's heading. */
  line: number;
  /** The suggested choice; the recruiter decides in the preview. */
  include: boolean;
  /** Why include is false; null when the section looks like a competency. */
  setAsideReason: string | null;
};

export type SetAsideText = { line: number; text: string; reason: string };

export type ParsedChecklist = {
  /** The `#` heading (or front matter `title:`): a suggested framework name. */
  title?: string;
  /** The first paragraph before the first section. */
  description?: string;
  sections: ParsedChecklistSection[];
  setAside: SetAsideText[];
  warnings: string[];
};

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

/** The line a Levelset Markdown export writes under its description when it uses ★. */
export const STAFF_CRITICAL_LEGEND = "★ marks a section that is Staff-critical by default.";

const MAX_SET_ASIDE = 300;
const MAX_WARNINGS = 60;
const SET_ASIDE_PREVIEW = 200;

export function parseChecklistMarkdown(text: string): ParsedChecklist {
  const out = new Collector();
  if (text.trim() === "") {
    out.warn("The document is empty. Paste a checklist with a `## Heading` per section and a list of items under each.");
    return out.result({}, []);
  }
  const scanned = scanLines(text, out);
  const doc = buildSections(scanned.lines, chooseSectionLevel(scanned.lines), out);
  const title = doc.title ?? scanned.frontMatterTitle;
  const sections = finishSections(doc, title, out);
  return out.result({ title, description: doc.description }, sections);
}

/** The framework to save after the preview: the chosen sections, in document order. */
export function checklistToFrameworkContent(
  parsed: ParsedChecklist,
  options: { includeKeys: Iterable<string>; name: string; description?: string },
): FrameworkContent {
  const include = new Set(options.includeKeys);
  return {
    name: options.name.trim(),
    description: (options.description ?? parsed.description ?? "").trim(),
    sections: parsed.sections
      .filter((s) => include.has(s.key))
      .map((s) => ({
        key: s.key,
        name: s.name,
        description: s.description,
        items: [...s.items],
        // Empty for a plain checklist; filled when the Markdown was a Levelset export.
        seniorSignal: s.seniorSignal,
        staffSignal: s.staffSignal,
        questions: s.questions.map((q) => ({ ...q })),
        redFlags: s.redFlags.map((f) => ({ ...f })),
        staffCriticalByDefault: s.staffCriticalByDefault,
      })),
  };
}

// ---------------------------------------------------------------------------------------
// Output with bounds: a pathological paste must not produce a megabyte of warnings.

class Collector {
  private warnings: string[] = [];
  private droppedWarnings = 0;
  private setAside: SetAsideText[] = [];
  private droppedSetAside = 0;

  warn(message: string) {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(message);
    else this.droppedWarnings++;
  }

  putAside(line: number, text: string, reason: string) {
    const preview = text.trim();
    if (preview === "") return;
    if (this.setAside.length >= MAX_SET_ASIDE) {
      this.droppedSetAside++;
      return;
    }
    this.setAside.push({ line, text: truncate(preview, SET_ASIDE_PREVIEW), reason });
  }

  result(head: { title?: string; description?: string }, sections: ParsedChecklistSection[]): ParsedChecklist {
    const warnings = [...this.warnings];
    if (this.droppedSetAside > 0) warnings.push(`${this.droppedSetAside} more set-aside passages are not listed.`);
    if (this.droppedWarnings > 0) warnings.push(`${this.droppedWarnings} more warnings are not listed.`);
    const parsed: ParsedChecklist = {
      sections,
      setAside: [...this.setAside].sort((a, b) => a.line - b.line),
      warnings,
    };
    if (head.title !== undefined) parsed.title = head.title;
    if (head.description !== undefined) parsed.description = head.description;
    return parsed;
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------
// Pass 1: lines → classified lines (front matter, fences and comments handled here)

type ScannedLine =
  | { kind: "blank"; line: number }
  | { kind: "heading"; line: number; level: number; raw: string }
  | { kind: "rule"; line: number }
  | { kind: "table"; line: number; raw: string }
  | { kind: "item"; line: number; indent: number; contentIndent: number; raw: string }
  | { kind: "text"; line: number; indent: number; raw: string }
  | { kind: "key"; line: number; key: string };

function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/);
}

function scanLines(text: string, out: Collector): { lines: ScannedLine[]; frontMatterTitle?: string } {
  const raw = splitLines(text);
  const lines: ScannedLine[] = [];
  let start = 0;
  let frontMatterTitle: string | undefined;

  if (raw[0]?.trim() === "---") {
    const close = raw.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
    if (close > 0) {
      const yaml = raw.slice(1, close);
      out.putAside(1, yaml.join("\n"), TEXT_SET_ASIDE_REASONS.frontMatter);
      frontMatterTitle = titleFromFrontMatter(yaml);
      start = close + 1;
    }
  }

  let fence: { marker: string; line: number; content: string[] } | null = null;
  let inComment = false;
  let commentLine = 0;

  for (let i = start; i < raw.length; i++) {
    const lineNo = i + 1;
    let lineText = raw[i] ?? "";

    if (fence) {
      if (closesFence(lineText, fence.marker)) {
        out.putAside(fence.line, fence.content.join("\n") || "(empty)", TEXT_SET_ASIDE_REASONS.codeBlock);
        fence = null;
      } else if (fence.content.length < 5) fence.content.push(lineText);
      continue;
    }

    const stripped = removeComments(lineText, inComment);
    if (!inComment && stripped.inComment) commentLine = lineNo;
    inComment = stripped.inComment;
    if (stripped.touched && stripped.text.trim() === "") {
      // A comment-only line is not a blank line; it may carry a section key.
      const key = sectionKeyComment(stripped.comments);
      if (key !== null) lines.push({ kind: "key", line: lineNo, key });
      continue;
    }
    lineText = stripped.text;

    const marker = opensFence(lineText);
    if (marker !== null) {
      fence = { marker, line: lineNo, content: [] };
      continue;
    }
    lines.push(classifyLine(lineText, lineNo));
  }

  if (fence) {
    out.putAside(fence.line, fence.content.join("\n") || "(empty)", TEXT_SET_ASIDE_REASONS.codeBlock);
    out.warn(`The code block opened on line ${fence.line} is never closed, so everything after it was ignored. Add a closing ${fence.marker}.`);
  }
  if (inComment) {
    out.warn(`The HTML comment opened on line ${commentLine} is never closed, so everything after it was ignored. Add a closing -->.`);
  }
  return frontMatterTitle === undefined ? { lines } : { lines, frontMatterTitle };
}

function titleFromFrontMatter(yaml: string[]): string | undefined {
  for (const line of yaml) {
    if (!line.startsWith("title:")) continue;
    let value = line.slice("title:".length).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) value = value.slice(1, -1);
    return value === "" ? undefined : value;
  }
  return undefined;
}

/** `<!-- key: system-design -->`, as the Levelset export writes under each heading. */
function sectionKeyComment(comments: string[]): string | null {
  if (comments.length !== 1) return null;
  const body = comments[0]?.trim() ?? "";
  if (!body.startsWith("key:")) return null;
  const key = body.slice(4).trim();
  return key.length <= FRAMEWORK_LIMITS.sectionKeyMax && SECTION_KEY_PATTERN.test(key) ? key : null;
}

/** Drops `<!-- ... -->` (possibly spanning lines); an escaped `\<!--` is text. */
function removeComments(line: string, inComment: boolean): { text: string; inComment: boolean; touched: boolean; comments: string[] } {
  let text = "";
  let i = 0;
  let touched = inComment;
  const comments: string[] = [];
  for (;;) {
    if (inComment) {
      const end = line.indexOf("-->", i);
      if (end < 0) return { text, inComment: true, touched, comments };
      comments.push(line.slice(i, end));
      i = end + 3;
      inComment = false;
      continue;
    }
    let open = line.indexOf("<!--", i);
    while (open > 0 && line[open - 1] === "\\") open = line.indexOf("<!--", open + 1);
    if (open < 0) return { text: text + line.slice(i), inComment: false, touched, comments };
    text += line.slice(i, open);
    i = open + 4;
    inComment = true;
    touched = true;
  }
}

function measureIndent(line: string): { indent: number; rest: string } {
  let column = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === " ") column++;
    else if (c === "\t") column += 4 - (column % 4);
    else break;
  }
  return { indent: column, rest: line.slice(i) };
}

function runLength(text: string, from: number, char: string): number {
  let n = 0;
  while (text[from + n] === char) n++;
  return n;
}

function opensFence(line: string): string | null {
  const { rest } = measureIndent(line);
  const char = rest[0];
  if (char !== "`" && char !== "~") return null;
  const n = runLength(rest, 0, char);
  if (n < 3) return null;
  // "```js```" is an inline code span, not a fence.
  if (char === "`" && rest.indexOf("`", n) >= 0) return null;
  return char.repeat(n);
}

function closesFence(line: string, marker: string): boolean {
  const rest = line.trim();
  const char = marker[0] ?? "`";
  return rest.length >= marker.length && runLength(rest, 0, char) === rest.length;
}

function classifyLine(lineText: string, line: number): ScannedLine {
  const { indent, rest } = measureIndent(lineText);
  const trimmed = rest.trimEnd();
  if (trimmed === "") return { kind: "blank", line };

  if (indent < 4 && trimmed[0] === "#") {
    const level = runLength(trimmed, 0, "#");
    const after = trimmed[level];
    if (level <= 6 && (after === undefined || after === " " || after === "\t")) {
      return { kind: "heading", line, level, raw: stripClosingHashes(trimmed.slice(level).trim()) };
    }
  }
  if (isThematicBreak(trimmed)) return { kind: "rule", line };
  if (trimmed[0] === "|" || isTableDelimiterRow(trimmed)) return { kind: "table", line, raw: trimmed };

  const marker = listMarkerLength(trimmed);
  if (marker > 0) {
    const content = trimmed.slice(marker);
    const body = content.trimStart();
    const contentIndent = indent + marker + (content.length - body.length);
    return { kind: "item", line, indent, contentIndent, raw: withoutTaskBox(body) };
  }
  // Block quotes read as plain text: a quoted tip is prose, not a checklist.
  let body = trimmed;
  while (body[0] === ">") body = body.slice(1).trimStart();
  return { kind: "text", line, indent, raw: body };
}

/** "[ ] Writes design docs" / "[x] ..." → "Writes design docs". */
function withoutTaskBox(body: string): string {
  const box = body.slice(0, 3);
  if (box !== "[ ]" && box !== "[x]" && box !== "[X]") return body;
  const after = body[3];
  return after === undefined || after === " " || after === "\t" ? body.slice(3).trimStart() : body;
}

function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end === text.length) return text;
  if (end === 0) return "";
  const before = text[end - 1];
  return before === " " || before === "\t" ? text.slice(0, end).trimEnd() : text;
}

/** `---`, `***`, `___`, `- - -`: three or more of one character and nothing else. */
function isThematicBreak(text: string): boolean {
  const char = text[0];
  if (char !== "-" && char !== "*" && char !== "_") return false;
  let count = 0;
  for (const c of text) {
    if (c === char) count++;
    else if (c !== " " && c !== "\t") return false;
  }
  return count >= 3;
}

/** The `--|:--` row under a table header that has no leading pipe. */
function isTableDelimiterRow(text: string): boolean {
  if (!text.includes("|") || !text.includes("-")) return false;
  for (const c of text) if (c !== "|" && c !== "-" && c !== ":" && c !== " " && c !== "\t") return false;
  return true;
}

/** Length of a list marker (`- `, `* `, `+ `, `12. `, `3) `) at the start, or 0. */
function listMarkerLength(text: string): number {
  const first = text[0];
  if (first === "-" || first === "*" || first === "+") {
    const next = text[1];
    return next === undefined || next === " " || next === "\t" ? 1 : 0;
  }
  let digits = 0;
  while (digits < 9 && isAsciiDigit(text[digits])) digits++;
  if (digits === 0) return 0;
  const punct = text[digits];
  const next = text[digits + 1];
  if ((punct === "." || punct === ")") && (next === undefined || next === " " || next === "\t")) return digits + 1;
  return 0;
}

function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** `##` unless the document only uses several `#` headings. */
function chooseSectionLevel(lines: ScannedLine[]): number {
  let h1 = 0;
  for (const l of lines) {
    if (l.kind !== "heading") continue;
    if (l.level === 2) return 2;
    if (l.level === 1) h1++;
  }
  return h1 >= 2 ? 1 : 2;
}

// ---------------------------------------------------------------------------------------
// Pass 2: classified lines → section drafts

type DetailKind = "signals" | "questions" | "red-flags";

const DETAIL_SUBHEADINGS: Record<string, DetailKind> = {
  "level signals": "signals",
  signals: "signals",
  "probing questions": "questions",
  questions: "questions",
  "red flags": "red-flags",
};

type OpenPart = { contentIndent: number; parts: string[] };
type OpenItem = OpenPart & { line: number; indent: number; children: OpenPart[] };

type SectionDraft = {
  line: number;
  /** From a `<!-- key: ... -->` line; otherwise the key is a slug of the name. */
  key?: string;
  name: string;
  staffCritical: boolean;
  description: string | null;
  items: string[];
  itemsDropped: number;
  seniorSignal: string;
  staffSignal: string;
  questions: ProbingQuestionContent[];
  redFlags: RedFlagContent[];
  /** Lines that read like "2 — strong evidence", and all item/paragraph lines, to spot legends. */
  scoreLikeLines: number;
  contentLines: number;
};

type BuiltDocument = {
  title?: string;
  description?: string;
  drafts: SectionDraft[];
  /** Items found before any section: they become one section when there is none. */
  looseItems: { line: number; text: string }[];
};

function buildSections(lines: ScannedLine[], sectionLevel: number, out: Collector): BuiltDocument {
  const doc: BuiltDocument = { drafts: [], looseItems: [] };
  // Widened with `as`: startSection() assigns it inside a closure, which narrowing does not see.
  let section = null as SectionDraft | null;
  let sawSubheading = false;
  let subheading: string | null = null;
  let detail: DetailKind | null = null;
  let signalTarget: "senior" | "staff" | null = null;
  let item: OpenItem | null = null;
  let paragraph: { line: number; parts: string[] } | null = null;
  let table: { line: number; rows: string[] } | null = null;
  let lastBlank = false;
  let stopped = false;

  const flushParagraph = () => {
    if (!paragraph) return;
    const { line, parts } = paragraph;
    paragraph = null;
    const text = stripInlineMarkdown(parts.join("\n"));
    if (text === "") return;
    if (section === null) {
      if (text === STAFF_CRITICAL_LEGEND) out.putAside(line, text, TEXT_SET_ASIDE_REASONS.levelsetDetail);
      else if (doc.description === undefined)
        doc.description = limitText(text, FRAMEWORK_LIMITS.descriptionMax, "The document description", line, out);
      else out.putAside(line, text, TEXT_SET_ASIDE_REASONS.beforeFirstSection);
    } else if (section.description === null && section.items.length === 0 && !sawSubheading) {
      section.description = limitText(text, FRAMEWORK_LIMITS.sectionDescriptionMax, `The description of "${section.name}"`, line, out);
    } else out.putAside(line, text, TEXT_SET_ASIDE_REASONS.paragraph);
  };

  const flushTable = () => {
    if (!table) return;
    out.putAside(table.line, table.rows.join("\n"), TEXT_SET_ASIDE_REASONS.table);
    table = null;
  };

  const closeItem = () => {
    if (!item) return;
    const open = item;
    item = null;
    const head = stripInlineMarkdown(open.parts.join("\n"));
    const children = open.children.map((c) => stripInlineMarkdown(c.parts.join("\n"))).filter((c) => c !== "");
    if (section === null) {
      const text = foldItem(head, children);
      if (text !== "") doc.looseItems.push({ line: open.line, text });
    } else if (detail === "questions") addQuestion(section, head, children, open.line, out);
    else if (detail === "red-flags") addRedFlag(section, head, children, open.line, out);
    else if (detail === "signals") {
      for (const text of [head, ...children]) signalTarget = addSignalLine(section, signalTarget, text, open.line, out);
    } else {
      const folded = foldItem(head, children);
      if (folded === "") return;
      addItem(section, subheading === null ? folded : `${subheading}: ${folded}`, open.line, out);
    }
  };

  const closeBlocks = () => {
    flushParagraph();
    flushTable();
    closeItem();
  };

  const startSection = (line: number, raw: string) => {
    if (doc.drafts.length >= FRAMEWORK_LIMITS.sectionsMax) {
      out.warn(
        `The document has more than ${FRAMEWORK_LIMITS.sectionsMax} sections, the most a framework can hold; everything from line ${line} on was left out.`,
      );
      stopped = true;
      return;
    }
    section = newDraft(line, raw, out);
    doc.drafts.push(section);
    sawSubheading = false;
    subheading = null;
    detail = null;
    signalTarget = null;
  };

  for (const l of lines) {
    if (stopped) break;
    if (l.kind === "key") {
      if (section !== null) section.key ??= l.key;
      continue; // invisible: does not end a paragraph or a list
    }
    switch (l.kind) {
      case "blank":
        flushParagraph();
        flushTable();
        lastBlank = true;
        continue;
      case "heading": {
        closeBlocks();
        if (l.level === 1 && sectionLevel === 2 && section === null && doc.title === undefined) {
          const title = stripInlineMarkdown(l.raw);
          if (title !== "") doc.title = truncate(title, FRAMEWORK_LIMITS.nameMax);
        } else if (l.level <= sectionLevel) {
          startSection(l.line, l.raw);
        } else if (section === null) {
          out.putAside(l.line, stripInlineMarkdown(l.raw), TEXT_SET_ASIDE_REASONS.beforeFirstSection);
        } else {
          const name = stripInlineMarkdown(l.raw);
          sawSubheading = true;
          detail = DETAIL_SUBHEADINGS[normaliseName(name)] ?? null;
          subheading = detail === null && name !== "" ? name : null;
          signalTarget = null;
        }
        break;
      }
      case "rule":
        closeBlocks();
        break;
      case "table":
        flushParagraph();
        closeItem();
        table ??= { line: l.line, rows: [] };
        table.rows.push(l.raw);
        break;
      case "item": {
        flushParagraph();
        flushTable();
        const open: OpenItem | null = item;
        if (open !== null && l.indent >= open.indent + 2) {
          open.children.push({ contentIndent: l.contentIndent, parts: [l.raw] });
        } else {
          closeItem();
          item = { line: l.line, indent: l.indent, contentIndent: l.contentIndent, parts: [l.raw], children: [] };
        }
        break;
      }
      case "text": {
        flushTable();
        const open: OpenItem | null = item;
        if (open !== null && (!lastBlank || l.indent >= open.contentIndent)) {
          // A wrapped or indented line continues the item (or its last nested bullet).
          const child = open.children[open.children.length - 1];
          const target = child !== undefined && (!lastBlank || l.indent >= child.contentIndent) ? child : open;
          target.parts.push(l.raw);
          break;
        }
        closeItem();
        if (section !== null) countContentLine(section, l.raw);
        if (section !== null && detail === "signals") {
          flushParagraph();
          signalTarget = addSignalLine(section, signalTarget, stripInlineMarkdown(l.raw), l.line, out);
          break;
        }
        if (paragraph === null) paragraph = { line: l.line, parts: [] };
        paragraph.parts.push(l.raw);
        break;
      }
    }
    lastBlank = false;
  }
  if (!stopped) closeBlocks();
  return doc;
}

function emptyDraft(line: number, name: string, staffCritical: boolean): SectionDraft {
  return {
    line,
    name,
    staffCritical,
    description: null,
    items: [],
    itemsDropped: 0,
    seniorSignal: "",
    staffSignal: "",
    questions: [],
    redFlags: [],
    scoreLikeLines: 0,
    contentLines: 0,
  };
}

function newDraft(line: number, rawHeading: string, out: Collector): SectionDraft {
  let raw = rawHeading.trim();
  // "## 3. System design" names the section "System design".
  if (isAsciiDigit(raw[0])) raw = raw.slice(listMarkerLength(raw)).trim();
  let staffCritical = false;
  // The ★ is read from the raw text so an escaped one (&#9733;) stays part of the name.
  for (const star of ["★", "☆"]) {
    if (raw.startsWith(star)) {
      raw = raw.slice(star.length).trim();
      staffCritical = true;
    }
    if (raw.endsWith(star)) {
      raw = raw.slice(0, -star.length).trim();
      staffCritical = true;
    }
  }
  let name = stripInlineMarkdown(raw);
  if (name === "") {
    name = "Untitled section";
    out.warn(`The heading on line ${line} is empty; it was named "${name}". Give it a name in the preview or the source.`);
  } else if (name.length > FRAMEWORK_LIMITS.sectionNameMax) {
    out.warn(`The section name on line ${line} is longer than ${FRAMEWORK_LIMITS.sectionNameMax} characters and was shortened.`);
    name = truncate(name, FRAMEWORK_LIMITS.sectionNameMax);
  }
  return emptyDraft(line, name, staffCritical);
}

/** "Safe deploys" + ["canaries", "flags"] → "Safe deploys: canaries; flags". */
function foldItem(head: string, children: string[]): string {
  if (children.length === 0) return head;
  if (head === "") return children.join("; ");
  const lead = head.endsWith(":") ? head.slice(0, -1).trimEnd() : head;
  return `${lead}: ${children.join("; ")}`;
}

function addItem(section: SectionDraft, text: string, line: number, out: Collector) {
  countContentLine(section, text);
  pushItem(section, limitText(text, FRAMEWORK_LIMITS.itemMax, "The item", line, out));
}

function pushItem(section: SectionDraft, text: string) {
  if (section.items.length >= FRAMEWORK_LIMITS.itemsPerSectionMax) section.itemsDropped++;
  else section.items.push(text);
}

function limitText(text: string, max: number, what: string, line: number, out: Collector): string {
  if (text.length <= max) return text;
  out.warn(`${what} on line ${line} is longer than ${max} characters and was shortened.`);
  return truncate(text, max);
}

function countContentLine(section: SectionDraft, text: string) {
  section.contentLines++;
  if (looksLikeScoreLine(text)) section.scoreLikeLines++;
}

/** "0 — limited evidence", "1 – some", "2: strong", "1.5 = mixed". */
function looksLikeScoreLine(text: string): boolean {
  let i = 0;
  while (text[i] === "*" || text[i] === "_" || text[i] === "`") i++;
  const start = i;
  while (isAsciiDigit(text[i]) && i - start < 2) i++;
  if (i === start) return false;
  if (text[i] === "." && isAsciiDigit(text[i + 1])) i += 2;
  while (text[i] === "*" || text[i] === "_" || text[i] === "`" || text[i] === " ") i++;
  const c = text[i];
  return c === "—" || c === "–" || c === "-" || c === ":" || c === "=";
}

// Levelset export detail ---------------------------------------------------------------

function labelled(text: string, labels: string[]): string | null {
  const lower = text.toLowerCase();
  for (const label of labels) {
    if (lower.startsWith(label)) return text.slice(label.length).trim();
  }
  return null;
}

const SENIOR_LABELS = ["senior signal:", "senior:"];
const STAFF_LABELS = ["staff signal:", "staff:"];

function addSignalLine(
  section: SectionDraft,
  target: "senior" | "staff" | null,
  text: string,
  line: number,
  out: Collector,
): "senior" | "staff" | null {
  if (text === "") return target;
  const senior = labelled(text, SENIOR_LABELS);
  if (senior !== null) {
    section.seniorSignal = limitText(senior, FRAMEWORK_LIMITS.signalMax, "The Senior signal", line, out);
    return "senior";
  }
  const staff = labelled(text, STAFF_LABELS);
  if (staff !== null) {
    section.staffSignal = limitText(staff, FRAMEWORK_LIMITS.signalMax, "The Staff signal", line, out);
    return "staff";
  }
  if (target === null) {
    out.putAside(line, text, TEXT_SET_ASIDE_REASONS.levelsetDetail);
    return null;
  }
  const key = target === "senior" ? "seniorSignal" : "staffSignal";
  section[key] = truncate(`${section[key]} ${text}`.trim(), FRAMEWORK_LIMITS.signalMax);
  return target;
}

function addQuestion(section: SectionDraft, head: string, children: string[], line: number, out: Collector) {
  const question: ProbingQuestionContent = { prompt: head, seniorSignal: "", staffSignal: "" };
  for (const child of children) {
    const senior = labelled(child, SENIOR_LABELS);
    const staff = senior === null ? labelled(child, STAFF_LABELS) : null;
    if (senior !== null) question.seniorSignal = truncate(senior, FRAMEWORK_LIMITS.signalMax);
    else if (staff !== null) question.staffSignal = truncate(staff, FRAMEWORK_LIMITS.signalMax);
    else question.prompt = `${question.prompt} ${child}`.trim();
  }
  if (question.prompt === "") return;
  if (section.questions.length >= FRAMEWORK_LIMITS.questionsPerSectionMax) {
    out.warn(`"${section.name}" has more than ${FRAMEWORK_LIMITS.questionsPerSectionMax} probing questions; the one on line ${line} was left out.`);
    return;
  }
  question.prompt = limitText(question.prompt, FRAMEWORK_LIMITS.questionPromptMax, "The question", line, out);
  section.questions.push(question);
}

const SEVERITY_SUFFIXES: [string, RedFlagSeverity][] = [
  ["(note)", "note"],
  ["(caps at senior)", "caps-at-senior"],
  ["(blocks hire)", "blocks-hire"],
];

/** Written by the export as "Title (blocks hire)" with the description nested below. */
export const SEVERITY_LABELS: Record<RedFlagSeverity, string> = {
  note: "note",
  "caps-at-senior": "caps at Senior",
  "blocks-hire": "blocks hire",
};

function addRedFlag(section: SectionDraft, head: string, children: string[], line: number, out: Collector) {
  let title = head;
  let severity: RedFlagSeverity = "note";
  const lower = head.toLowerCase();
  for (const [suffix, value] of SEVERITY_SUFFIXES) {
    if (lower.endsWith(suffix)) {
      title = head.slice(0, -suffix.length).trim();
      severity = value;
      break;
    }
  }
  if (title === "") return;
  if (section.redFlags.length >= FRAMEWORK_LIMITS.redFlagsPerSectionMax) {
    out.warn(`"${section.name}" has more than ${FRAMEWORK_LIMITS.redFlagsPerSectionMax} red flags; the one on line ${line} was left out.`);
    return;
  }
  section.redFlags.push({
    title: limitText(title, FRAMEWORK_LIMITS.redFlagTitleMax, "The red flag title", line, out),
    description: truncate(children.join(" "), FRAMEWORK_LIMITS.redFlagDescriptionMax),
    severity,
  });
}

// ---------------------------------------------------------------------------------------
// Pass 3: merge duplicates, judge what looks like a competency, assign keys

function finishSections(doc: BuiltDocument, title: string | undefined, out: Collector): ParsedChecklistSection[] {
  let drafts = mergeDuplicates(doc.drafts, out);

  if (drafts.length === 0 && doc.looseItems.length > 0) {
    const name = truncate(title ?? "Checklist", FRAMEWORK_LIMITS.sectionNameMax);
    const draft = emptyDraft(doc.looseItems[0]?.line ?? 1, name, false);
    for (const loose of doc.looseItems) addItem(draft, loose.text, loose.line, out);
    drafts = [draft];
    out.warn(
      `The document has no ## headings, so its list became one section, "${draft.name}". Add a ## heading above each group of items to split it into sections.`,
    );
  } else {
    for (const loose of doc.looseItems) out.putAside(loose.line, loose.text, TEXT_SET_ASIDE_REASONS.beforeFirstSection);
  }

  if (drafts.length === 0) {
    out.warn("No sections found. Levelset reads each `## Heading` as a section and the bullets or task-list items under it as checklist items.");
  }

  const usedKeys = new Set<string>();
  return drafts.map((draft) => {
    if (draft.itemsDropped > 0) {
      out.warn(
        `"${draft.name}" has more than ${FRAMEWORK_LIMITS.itemsPerSectionMax} items, the most a section can hold; ${draft.itemsDropped} after that were left out.`,
      );
    }
    const reason = setAsideReason(draft);
    return {
      key: uniqueKey(draft.key ?? slugify(draft.name), usedKeys),
      name: draft.name,
      description: draft.description ?? "",
      items: draft.items,
      seniorSignal: draft.seniorSignal,
      staffSignal: draft.staffSignal,
      questions: draft.questions,
      redFlags: draft.redFlags,
      staffCriticalByDefault: draft.staffCritical,
      line: draft.line,
      include: reason === null,
      setAsideReason: reason,
    };
  });
}

function mergeDuplicates(drafts: SectionDraft[], out: Collector): SectionDraft[] {
  const byName = new Map<string, SectionDraft>();
  const kept: SectionDraft[] = [];
  for (const draft of drafts) {
    const identity = draft.name.toLowerCase();
    const first = byName.get(identity);
    if (first === undefined) {
      byName.set(identity, draft);
      kept.push(draft);
      continue;
    }
    const known = new Set(first.items.map((i) => i.toLowerCase()));
    let added = 0;
    for (const text of draft.items) {
      if (known.has(text.toLowerCase())) continue;
      known.add(text.toLowerCase());
      pushItem(first, text);
      added++;
    }
    first.itemsDropped += draft.itemsDropped;
    first.description ??= draft.description;
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

function setAsideReason(draft: SectionDraft): string | null {
  // Probing questions or level signals only belong to a competency, whatever its name says.
  const hasDetail = draft.questions.length > 0 || draft.seniorSignal !== "" || draft.staffSignal !== "";
  if (hasDetail) return null;
  const named = nonCompetencyReason(draft.name);
  if (named !== null) return named;
  // Most lines read "0 — limited evidence", "1 — some": a legend under another name.
  if (draft.scoreLikeLines >= 2 && draft.scoreLikeLines >= draft.contentLines - 1) return SECTION_SET_ASIDE_REASONS.ratingScale;
  if (draft.items.length === 0) return SECTION_SET_ASIDE_REASONS.noItems;
  return null;
}

/** ASCII lowercase words joined by hyphens; accents are dropped, other scripts give "section". */
export function slugify(name: string): string {
  const ascii = name.normalize("NFKD").toLowerCase().split("c++").join("cpp").split("c#").join("csharp");
  let slug = "";
  let pendingHyphen = false;
  for (const c of ascii) {
    if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9")) {
      if (pendingHyphen && slug !== "") slug += "-";
      slug += c;
      pendingHyphen = false;
    } else if (c < "\u0300" || c > "\u036f") {
      pendingHyphen = true; // combining accents vanish; everything else separates words
    }
  }
  slug = slug.slice(0, FRAMEWORK_LIMITS.sectionKeyMax - 4);
  while (slug.endsWith("-")) slug = slug.slice(0, -1);
  return slug === "" ? "section" : slug;
}

function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  used.add(key);
  return key;
}

// ---------------------------------------------------------------------------------------
// Inline Markdown → plain text, in one linear scan

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

const ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

type Piece = { text: string; char?: string; canOpen?: boolean; canClose?: boolean };

/**
 * `[text](url)` → text, `**x**`/`_x_`/`~~x~~` → x, `` `x` `` → x, tags dropped, escapes and
 * entities decoded, whitespace collapsed. Searches that fail are remembered, so the scan stays
 * linear on hostile input (a megabyte of `[` or backticks).
 */
export function stripInlineMarkdown(source: string): string {
  const pieces: Piece[] = [];
  const openers: Record<string, number[]> = { "*": [], _: [], "~": [] };
  const failedTickRuns = new Set<number>();
  // The first "]" after a "[" and what follows it, reused by every "[" before that "]".
  let bracket: { close: number; end: number; lastOpen: number } | null = null;
  let noCloseBracket = false;
  let noCloseParen = false;
  let literal = "";
  const flush = () => {
    if (literal !== "") pieces.push({ text: literal });
    literal = "";
  };

  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i] ?? "";

    if (c === "\\" && i + 1 < n && ASCII_PUNCTUATION.includes(source[i + 1] ?? "")) {
      literal += source[i + 1];
      i += 2;
      continue;
    }

    if (c === "`") {
      const run = runLength(source, i, "`");
      const close = failedTickRuns.has(run) ? -1 : findTickRun(source, i + run, run);
      if (close < 0) {
        failedTickRuns.add(run);
        literal += "`".repeat(run);
        i += run;
      } else {
        literal += source.slice(i + run, close);
        i = close + run;
      }
      continue;
    }

    if (c === "[" || (c === "!" && source[i + 1] === "[")) {
      const textStart = c === "!" ? i + 2 : i + 1;
      if (!noCloseBracket && (bracket === null || bracket.close < textStart)) {
        const close = findUnescaped(source, "]", textStart);
        if (close < 0) noCloseBracket = true;
        else bracket = { close, end: linkEnd(source, close, noCloseParen), lastOpen: source.lastIndexOf("[", close) };
        if (bracket?.end === -2) noCloseParen = true;
      }
      // In "[a [b](c)" only the inner "[" opens the link.
      const innermost = bracket !== null && bracket.lastOpen === textStart - 1;
      if (!noCloseBracket && bracket !== null && bracket.end >= 0 && innermost) {
        flush();
        pieces.push({ text: stripInlineMarkdown(source.slice(textStart, bracket.close)) });
        i = bracket.end + 1;
        continue;
      }
      literal += c;
      i++;
      continue;
    }

    if (c === "<") {
      // Bounded look-ahead: a megabyte of "<" must not rescan the rest of the line each time.
      const end = source.slice(i + 1, i + 301).indexOf(">");
      if (end >= 0) {
        const inner = source.slice(i + 1, i + 1 + end);
        if (isAutolink(inner)) {
          literal += inner;
          i += end + 2;
          continue;
        }
        if (isHtmlTag(inner)) {
          literal += " ";
          i += end + 2;
          continue;
        }
      }
      literal += c;
      i++;
      continue;
    }

    if (c === "&") {
      const end = source.slice(i + 1, i + 11).indexOf(";");
      if (end > 0) {
        const decoded = decodeEntity(source.slice(i + 1, i + 1 + end));
        if (decoded !== null) {
          literal += decoded;
          i += end + 2;
          continue;
        }
      }
      literal += c;
      i++;
      continue;
    }

    if (c === "*" || c === "_" || c === "~") {
      const run = runLength(source, i, c);
      const before = codePointBefore(source, i);
      const after = codePointAt(source, i + run);
      const spaceBefore = before === undefined || isSpace(before);
      const spaceAfter = after === undefined || isSpace(after);
      // Intraword underscores (snake_case) are text; intraword asterisks are emphasis.
      const canOpen = !spaceAfter && (c !== "_" || !isWordChar(before)) && (c !== "~" || run >= 2);
      const canClose = !spaceBefore && (c !== "_" || !isWordChar(after)) && (c !== "~" || run >= 2);
      flush();
      const stack = openers[c] ?? [];
      const opener = canClose ? stack.pop() : undefined;
      if (opener !== undefined) {
        const open = pieces[opener];
        if (open) open.text = "";
      } else {
        pieces.push({ text: c.repeat(run), char: c, canOpen, canClose });
        if (canOpen) stack.push(pieces.length - 1);
      }
      i += run;
      continue;
    }

    literal += c;
    i++;
  }
  flush();
  return collapseWhitespace(pieces.map((p) => p.text).join(""));
}

function findTickRun(source: string, from: number, run: number): number {
  const ticks = "`".repeat(run);
  let at = source.indexOf(ticks, from);
  while (at >= 0) {
    const length = runLength(source, at, "`");
    if (length === run) return at;
    at = source.indexOf(ticks, at + length);
  }
  return -1;
}

/** Index of the ")" or "]" closing `[text](url)` / `[text][ref]`; -1 when not a link, -2 when no ")" is left. */
function linkEnd(source: string, close: number, noCloseParen: boolean): number {
  const after = source[close + 1];
  if (after === "(") {
    if (noCloseParen) return -1;
    const end = source.indexOf(")", close + 2);
    return end < 0 ? -2 : end;
  }
  if (after === "[") return findUnescaped(source, "]", close + 2);
  return -1;
}

function findUnescaped(source: string, char: string, from: number): number {
  let at = source.indexOf(char, from);
  while (at > 0 && source[at - 1] === "\\") at = source.indexOf(char, at + 1);
  return at;
}

function isAutolink(inner: string): boolean {
  if (inner.includes(" ")) return false;
  return inner.startsWith("http://") || inner.startsWith("https://") || inner.startsWith("mailto:");
}

function isHtmlTag(inner: string): boolean {
  let body = inner.startsWith("/") ? inner.slice(1) : inner;
  if (body.endsWith("/")) body = body.slice(0, -1);
  const first = body[0];
  if (first === undefined || !((first >= "a" && first <= "z") || (first >= "A" && first <= "Z"))) return false;
  return !body.includes("<");
}

function decodeEntity(name: string): string | null {
  if (name.startsWith("#")) {
    const hex = name[1] === "x" || name[1] === "X";
    const digits = name.slice(hex ? 2 : 1);
    if (digits === "" || !/^[0-9a-fA-F]+$/.test(digits)) return null;
    const code = Number.parseInt(digits, hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[name] ?? null;
}

/** Whole characters, so an astral letter next to "_" counts as a letter. */
function codePointBefore(source: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = source.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return String.fromCodePoint(source.codePointAt(start) ?? 0);
}

function codePointAt(source: string, i: number): string | undefined {
  const code = source.codePointAt(i);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\u00a0";
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
