/**
 * HTML inside Markdown (a `<table>` of levels, a `<picture>`, a `<style>` block), read with parse5:
 * tables, lists and paragraphs become blocks; styles, scripts, images and media never become text.
 */
import { parseFragment } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { collapseWhitespace, type Block, type GridCell, type ListEntry } from "./blocks";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

const SKIPPED = new Set([
  "style",
  "script",
  "noscript",
  "template",
  "picture",
  "img",
  "source",
  "svg",
  "iframe",
  "video",
  "audio",
  "object",
  "embed",
  "head",
  "title",
  "meta",
  "link",
  "nav",
  "button",
  "form",
  "input",
  "select",
  "textarea",
  "canvas",
  "map",
]);
const BLOCK_CONTAINERS = new Set([
  "div",
  "section",
  "article",
  "main",
  "aside",
  "header",
  "footer",
  "details",
  "figure",
  "blockquote",
  "body",
  "html",
  "center",
]);
const MAX_DEPTH = 60;
const MAX_GRID_CELLS = 20_000;

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function lineOf(node: Node, baseLine: number): number {
  const loc = node.sourceCodeLocation;
  return loc ? baseLine + loc.startLine - 1 : baseLine;
}

/** Inline text of an element: links keep their URL, line breaks are spaces, skipped elements vanish. */
export function inlineText(nodes: Node[], depth = 0): string {
  let out = "";
  for (const node of nodes) {
    if (node.nodeName === "#text" && "value" in node) out += node.value;
    else if (isElement(node)) {
      if (SKIPPED.has(node.tagName) || depth > MAX_DEPTH) continue;
      if (node.tagName === "br") {
        out += " ";
        continue;
      }
      const inner = inlineText(node.childNodes, depth + 1);
      const href = node.tagName === "a" ? attr(node, "href") : undefined;
      out += href !== undefined && href !== "" && !href.startsWith("#") && collapseWhitespace(inner) !== href ? `${inner} (${href})` : inner;
      if (/^(?:p|div|li|tr|td|th|h[1-6])$/.test(node.tagName)) out += " ";
    }
  }
  return out;
}

/** Reads an HTML fragment that starts on `baseLine` of the document into blocks. */
export function htmlBlocks(html: string, baseLine: number): Block[] {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const blocks: Block[] = [];
  walk(fragment.childNodes, baseLine, blocks, 0);
  return blocks;
}

function walk(nodes: Node[], baseLine: number, blocks: Block[], depth: number) {
  let inline: Node[] = [];
  const flushInline = () => {
    const text = collapseWhitespace(inlineText(inline));
    const first = inline[0];
    if (text !== "" && first !== undefined) blocks.push({ kind: "paragraph", text, line: lineOf(first, baseLine), emphasisOnly: false });
    inline = [];
  };
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.nodeName === "#text") inline.push(node);
      continue;
    }
    const tag = node.tagName;
    if (SKIPPED.has(tag)) continue;
    if (tag === "table") {
      flushInline();
      blocks.push(readTable(node, baseLine));
    } else if (tag === "ul" || tag === "ol") {
      flushInline();
      const items = listItems(node, baseLine, depth);
      if (items.length > 0) blocks.push({ kind: "list", items, line: lineOf(node, baseLine) });
    } else if (/^h[1-6]$/.test(tag)) {
      flushInline();
      const text = collapseWhitespace(inlineText(node.childNodes));
      if (text !== "") blocks.push({ kind: "heading", depth: Number(tag.slice(1)), text, line: lineOf(node, baseLine) });
    } else if (tag === "p") {
      flushInline();
      const text = collapseWhitespace(inlineText(node.childNodes));
      if (text !== "") blocks.push({ kind: "paragraph", text, line: lineOf(node, baseLine), emphasisOnly: false });
    } else if (tag === "pre") {
      flushInline();
      blocks.push({ kind: "code", text: inlineText(node.childNodes), line: lineOf(node, baseLine) });
    } else if (BLOCK_CONTAINERS.has(tag) && depth < MAX_DEPTH) {
      flushInline();
      walk(node.childNodes, baseLine, blocks, depth + 1);
    } else inline.push(node);
  }
  flushInline();
}

function listItems(list: Element, baseLine: number, depth: number): ListEntry[] {
  const items: ListEntry[] = [];
  for (const child of list.childNodes) {
    if (!isElement(child) || child.tagName !== "li") continue;
    const own = child.childNodes.filter((n) => !(isElement(n) && (n.tagName === "ul" || n.tagName === "ol")));
    const nested = child.childNodes.filter((n): n is Element => isElement(n) && (n.tagName === "ul" || n.tagName === "ol"));
    const children = depth < MAX_DEPTH ? nested.flatMap((n) => listItems(n, baseLine, depth + 1)) : [];
    const text = collapseWhitespace(inlineText(own));
    const meaningful = own.filter((n) => !(n.nodeName === "#text" && "value" in n && n.value.trim() === ""));
    const linkOnly = meaningful.length === 1 && meaningful[0] !== undefined && isElement(meaningful[0]) && meaningful[0].tagName === "a";
    if (text !== "" || children.length > 0) items.push({ text, children, line: lineOf(child, baseLine), ...(linkOnly ? { linkOnly } : {}) });
  }
  return items;
}

/** The texts of one cell: each list item and paragraph separately, or the cell's text as one. */
function cellTexts(cell: Element): string[] {
  const blocks: Block[] = [];
  walk(cell.childNodes, 1, blocks, 1);
  const texts: string[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph" || block.kind === "heading") texts.push(block.text);
    else if (block.kind === "list") for (const item of block.items) texts.push(foldEntry(item));
  }
  return texts.filter((t) => t !== "");
}

export function foldEntry(entry: ListEntry): string {
  if (entry.children.length === 0) return entry.text;
  const children = entry.children.map(foldEntry).join("; ");
  if (entry.text === "") return children;
  const head = entry.text.endsWith(":") ? entry.text.slice(0, -1).trimEnd() : entry.text;
  return `${head}: ${children}`;
}

function rowsOf(table: Element): { rows: Element[]; headerRows: number } {
  const rows: Element[] = [];
  let headerRows = 0;
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === "tr") rows.push(child);
    else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") {
      const inner = child.childNodes.filter((n): n is Element => isElement(n) && n.tagName === "tr");
      if (child.tagName === "thead") headerRows += inner.length;
      rows.push(...inner);
    }
  }
  return { rows, headerRows };
}

/** A dense grid: rowspan and colspan are resolved, spanned positions share the cell. */
function readTable(table: Element, baseLine: number): Block {
  const { rows, headerRows } = rowsOf(table);
  const grid: GridCell[][] = [];
  let id = 0;
  let cells = 0;
  rows.forEach((row, r) => {
    const line: GridCell[] = (grid[r] ??= []);
    let c = 0;
    for (const cell of row.childNodes) {
      if (!isElement(cell) || (cell.tagName !== "td" && cell.tagName !== "th")) continue;
      while (line[c] !== undefined) c++;
      const rowspan = Math.min(Math.max(Number(attr(cell, "rowspan") ?? 1) || 1, 1), 100);
      const colspan = Math.min(Math.max(Number(attr(cell, "colspan") ?? 1) || 1, 1), 100);
      const value: GridCell = { id: id++, texts: cellTexts(cell), header: cell.tagName === "th", colspan, line: lineOf(cell, baseLine) };
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) {
          if (cells++ > MAX_GRID_CELLS) return;
          target[c + dc] = value;
        }
      }
      c += colspan;
    }
  });
  return {
    kind: "table",
    rows: grid.map((r) => Array.from(r, (cell) => cell ?? { id: -1, texts: [], header: false, colspan: 1, line: 0 })),
    line: lineOf(table, baseLine),
    headerRows,
  };
}
