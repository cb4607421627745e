/** The block shapes the Markdown and HTML readers produce and the section builder consumes. */

/** `label`: the item's leading bold text ("**Execution**: …"), when it has one. */
export type ListEntry = { text: string; children: ListEntry[]; line: number; label?: string };

/** One cell of a table after rowspan/colspan are resolved: spanned positions share the same id. */
export type GridCell = { id: number; texts: string[]; header: boolean; colspan: number; line: number };

export type Block =
  | { kind: "heading"; depth: number; text: string; line: number }
  | { kind: "paragraph"; text: string; line: number; emphasisOnly: boolean }
  | { kind: "list"; items: ListEntry[]; line: number }
  | { kind: "table"; rows: GridCell[][]; line: number; headerRows: number }
  | { kind: "code"; text: string; line: number }
  | { kind: "key"; key: string; line: number };

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
