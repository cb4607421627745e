/** The block shapes the Markdown and HTML readers produce and the section builder consumes. */

/** `label`: the item's leading bold text ("**Execution**: …"), when it has one; `linkOnly`: the item is one link and nothing else. */
export type ListEntry = { text: string; children: ListEntry[]; line: number; label?: string; linkOnly?: boolean };

/** One cell of a table after rowspan/colspan are resolved: spanned positions share the same id. */
export type GridCell = { id: number; texts: string[]; header: boolean; colspan: number; line: number };

export type Block =
  /** `section`: the name and ★ mark as a section heading, when the reader took them from the source (Markdown). */
  | { kind: "heading"; depth: number; text: string; line: number; section?: { name: string; staffCritical: boolean } }
  /** `lines`: the text of each source line, when the paragraph spans several. */
  | { kind: "paragraph"; text: string; line: number; emphasisOnly: boolean; lines?: string[] }
  | { kind: "list"; items: ListEntry[]; line: number }
  | { kind: "table"; rows: GridCell[][]; line: number; headerRows: number }
  | { kind: "code"; text: string; line: number }
  | { kind: "key"; key: string; line: number };

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
