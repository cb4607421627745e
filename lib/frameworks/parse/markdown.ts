/**
 * Markdown (CommonMark with GFM tables; task-list boxes are read off each item) parsed with
 * markdown-it into blocks; HTML blocks in it go through parse5 (html.ts). Inline markup becomes
 * plain text, links keep their URL, images vanish.
 */
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { FRAMEWORK_LIMITS, SECTION_KEY_PATTERN } from "../framework-limits";
import { collapseWhitespace, type Block, type GridCell, type ListEntry } from "./blocks";
import { readStaffMark } from "./builder";
import { htmlBlocks } from "./html";

const MAX_DEPTH = 60;
/** "[ ] Writes design docs" / "[x] …": a task-list box, dropped from the item's text. */
const TASK_BOX = /^\[[ xX]\](?:\s|$)/;
// The commonmark preset bounds nesting (maxNesting 20): deeper lists or quotes are not expanded further.
const md = new MarkdownIt("commonmark", { html: true, linkify: false, typographer: false }).enable(["table", "strikethrough"]);

type State = { tooDeep: boolean; unclosedFence: UnclosedFence | null; source: string[]; tokens: Token[]; i: number };

/** A code fence with no closing line: CommonMark reads the rest of the document as code. */
export type UnclosedFence = { line: number; marker: string };

function lineOf(token: Token | undefined): number {
  return (token?.map?.[0] ?? 0) + 1;
}

/** Blocks of a Markdown document, in order. */
export function markdownBlocks(source: string): { blocks: Block[]; tooDeep: boolean; unclosedFence: UnclosedFence | null } {
  const tokens = md.parse(source, {});
  // Past markdown-it's nesting bound deeper lists are read as plain text: say so.
  const state: State = { tooDeep: tokens.some((t) => t.level >= 18), unclosedFence: null, source: source.split("\n"), tokens, i: 0 };
  const blocks: Block[] = [];
  readUntil(state, blocks, null, 0);
  return { blocks, tooDeep: state.tooDeep, unclosedFence: state.unclosedFence };
}

/** "## 3. System design" → "System design"; an escaped "3\." is part of the name. */
function withoutNumber(source: string): string {
  return source.replace(/^\d{1,9}[.)](?:\s+|$)/, "");
}

/**
 * A heading as a section name: a leading number goes, a ★ marks it Staff-critical. Both are read
 * from the source, so the escaped ★ (`&#9733;`) or number (`1\.`) the export writes for a name
 * that starts with one stays in the name.
 */
function sectionName(inline: Token | undefined): { name: string; staffCritical: boolean } {
  const source = inline?.content ?? "";
  const marked = readStaffMark(withoutNumber(source));
  const rest = withoutNumber(marked.name);
  const children = rest === source ? (inline?.children ?? []) : (md.parseInline(rest, {})[0]?.children ?? []);
  return { name: phrasing(children), staffCritical: marked.staffCritical };
}

/** The fence's last line does not close it: it ran to the end of the document (or of its container). */
function isUnclosed(token: Token, source: string[]): boolean {
  const [start, end] = token.map ?? [0, 0];
  // A fence in a quote or list closes on a line with the container's markers before it ("> ```").
  const last = (source[end - 1] ?? "").replace(/^[\s>]+/, "").trim();
  const char = token.markup[0] ?? "`";
  const closes = end - 1 > start && last.length >= token.markup.length && [...last].every((c) => c === char);
  return !closes;
}

/** "[Introduction](README.md)": one link, nothing else (a navigation list's item). */
function isLinkOnly(children: Token[]): boolean {
  const meaningful = children.filter((c) => !(c.type === "text" && c.content.trim() === ""));
  return meaningful[0]?.type === "link_open" && meaningful.findIndex((c) => c.type === "link_close") === meaningful.length - 1;
}

/** A paragraph's text line by line (soft and hard breaks split it). */
function phrasingLines(children: Token[]): string[] {
  const lines: Token[][] = [[]];
  for (const child of children) {
    if (child.type === "softbreak" || child.type === "hardbreak") lines.push([]);
    else lines[lines.length - 1]?.push(child);
  }
  return lines.map(phrasing).filter((l) => l !== "");
}

/** Reads block tokens into `blocks` until the closing token `close` (or the end). */
function readUntil(state: State, blocks: Block[], close: string | null, depth: number) {
  const { tokens } = state;
  let html: Token[] = [];
  const flushHtml = () => {
    const first = html[0];
    const last = html[html.length - 1];
    html = [];
    if (first === undefined || last === undefined) return;
    const raw = state.source.slice(first.map?.[0] ?? 0, last.map?.[1] ?? 0).join("\n");
    const key = keyComment(raw);
    if (key !== null) blocks.push({ kind: "key", key, line: lineOf(first) });
    else blocks.push(...htmlBlocks(raw, lineOf(first)));
  };
  while (state.i < tokens.length) {
    const token = tokens[state.i]!;
    if (close !== null && token.type === close) {
      state.i++;
      break;
    }
    if (token.type === "html_block") {
      html.push(token);
      state.i++;
      continue;
    }
    flushHtml();
    switch (token.type) {
      case "heading_open": {
        const inline = tokens[state.i + 1];
        const heading = { depth: Number(token.tag.slice(1)), text: phrasing(inline?.children ?? []), line: lineOf(token) };
        blocks.push({ kind: "heading", ...heading, section: sectionName(inline) });
        state.i += 3;
        break;
      }
      case "paragraph_open": {
        const inline = tokens[state.i + 1];
        const children = inline?.children ?? [];
        const text = phrasing(children);
        const lines = phrasingLines(children);
        if (text !== "")
          blocks.push({ kind: "paragraph", text, line: lineOf(token), emphasisOnly: emphasisOnly(children), ...(lines.length > 1 ? { lines } : {}) });
        state.i += 3;
        break;
      }
      case "bullet_list_open":
      case "ordered_list_open": {
        const line = lineOf(token);
        state.i++;
        const items = readList(state, token.type.replace("_open", "_close"), depth + 1);
        if (items.length > 0) blocks.push({ kind: "list", items, line });
        break;
      }
      case "table_open":
        blocks.push(readTable(state));
        break;
      case "fence":
      case "code_block":
        if (token.type === "fence" && state.unclosedFence === null && isUnclosed(token, state.source)) {
          state.unclosedFence = { line: lineOf(token), marker: token.markup };
        }
        blocks.push({ kind: "code", text: token.content === "" ? "(empty)" : token.content.replace(/\n$/, ""), line: lineOf(token) });
        state.i++;
        break;
      case "blockquote_open":
        state.i++;
        if (depth >= MAX_DEPTH) state.tooDeep = true;
        readUntil(state, blocks, "blockquote_close", depth + 1);
        break;
      default:
        state.i++; // rules, stray closers: no text of their own
    }
  }
  flushHtml();
}

function readList(state: State, close: string, depth: number): ListEntry[] {
  const { tokens } = state;
  const items: ListEntry[] = [];
  while (state.i < tokens.length) {
    const token = tokens[state.i]!;
    state.i++;
    if (token.type === close) break;
    if (token.type !== "list_item_open") continue;
    const entry: ListEntry = { text: "", children: [], line: lineOf(token) };
    const parts: string[] = [];
    let first = true;
    let taskBox = false;
    while (state.i < tokens.length && tokens[state.i]!.type !== "list_item_close") {
      const inner = tokens[state.i]!;
      if (inner.type === "paragraph_open" || inner.type === "heading_open") {
        const children = tokens[state.i + 1]?.children ?? [];
        if (first) {
          const label = boldLabel(children);
          if (label !== null) entry.label = label;
          // From the source: an escaped "\[ \]" is text, not a box.
          taskBox = TASK_BOX.test(tokens[state.i + 1]?.content ?? "");
          if (isLinkOnly(children)) entry.linkOnly = true;
        }
        parts.push(phrasing(children));
        first = false;
        state.i += 3;
      } else if (inner.type === "bullet_list_open" || inner.type === "ordered_list_open") {
        state.i++;
        const nested = readList(state, inner.type.replace("_open", "_close"), depth + 1);
        if (depth >= MAX_DEPTH) state.tooDeep = true;
        else entry.children.push(...nested);
      } else if (inner.type === "html_block") {
        for (const b of htmlBlocks(inner.content, lineOf(inner))) if (b.kind === "paragraph") parts.push(b.text);
        state.i++;
      } else state.i++;
    }
    state.i++; // list_item_close
    const text = collapseWhitespace(parts.join(" "));
    entry.text = taskBox && TASK_BOX.test(text) ? text.slice(3).trimStart() : text;
    if (entry.text !== "" || entry.children.length > 0) items.push(entry);
  }
  return items;
}

function readTable(state: State): Block {
  const { tokens } = state;
  const start = tokens[state.i]!;
  state.i++;
  const rows: GridCell[][] = [];
  let row: GridCell[] | null = null;
  let rowLine = 1;
  let id = 0;
  while (state.i < tokens.length) {
    const token = tokens[state.i]!;
    state.i++;
    if (token.type === "table_close") break;
    if (token.type === "tr_open") {
      row = [];
      rowLine = lineOf(token);
      rows.push(row);
    } else if ((token.type === "th_open" || token.type === "td_open") && row !== null) {
      const text = phrasing(tokens[state.i]?.children ?? []);
      row.push({ id: id++, texts: text === "" ? [] : [text], header: token.type === "th_open", colspan: 1, line: rowLine });
      state.i += 2;
    }
  }
  return { kind: "table", rows, line: lineOf(start), headerRows: 1 };
}

/** `<!-- key: system-design -->`, as the Levelset export writes under each heading. */
function keyComment(raw: string): string | null {
  const body = raw.trim();
  if (!body.startsWith("<!--") || !body.endsWith("-->") || body.indexOf("-->") !== body.length - 3) return null;
  const inner = body.slice(4, -3).trim();
  if (!inner.startsWith("key:")) return null;
  const key = inner.slice(4).trim();
  return key.length <= FRAMEWORK_LIMITS.sectionKeyMax && SECTION_KEY_PATTERN.test(key) ? key : null;
}

/** The whole paragraph is one emphasis ("_At this point, …_", "__Experience: …__"). */
function emphasisOnly(children: Token[]): boolean {
  const meaningful = children.filter((c) => !(c.type === "text" && c.content.trim() === "") && c.type !== "softbreak");
  const first = meaningful[0];
  const last = meaningful[meaningful.length - 1];
  if (first === undefined || last === undefined) return false;
  if (first.type !== "em_open" && first.type !== "strong_open") return false;
  let level = 0;
  for (let i = 0; i < meaningful.length; i++) {
    const t = meaningful[i]!;
    if (t.type === first.type) level++;
    else if (t.type === first.type.replace("_open", "_close")) level--;
    if (level === 0 && i < meaningful.length - 1) return false;
  }
  return true;
}

/** "**Execution**: ships…" → "Execution": a leading bold (or italic) run is the item's label. */
function boldLabel(children: Token[]): string | null {
  const first = children[0];
  if (first === undefined || (first.type !== "strong_open" && first.type !== "em_open")) return null;
  const closer = first.type.replace("_open", "_close");
  const end = children.findIndex((c) => c.type === closer);
  if (end < 0 || end === children.length - 1) return null;
  const label = phrasing(children.slice(1, end))
    .replace(/[:.\-—–]+$/, "")
    .trim();
  return label === "" || label.length > 80 ? null : label;
}

/** Inline tokens → plain text. */
export function phrasing(tokens: Token[]): string {
  let out = "";
  const links: { href: string; start: number }[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "text":
      case "code_inline":
        out += token.content;
        break;
      case "softbreak":
      case "hardbreak":
        out += " ";
        break;
      case "link_open":
        links.push({ href: token.attrGet("href") ?? "", start: out.length });
        break;
      case "link_close": {
        const link = links.pop();
        if (link === undefined) break;
        const text = collapseWhitespace(out.slice(link.start));
        const url = link.href;
        if (text === "") out += url;
        else if (url !== "" && !url.startsWith("#") && text !== url) out += ` (${url})`;
        break;
      }
      case "html_inline":
        if (/^<br\s*\/?>$/i.test(token.content)) out += " ";
        break;
      default:
        break; // emphasis markers, images: no text
    }
  }
  return collapseWhitespace(out);
}
