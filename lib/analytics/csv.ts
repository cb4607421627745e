/**
 * CSV that is safe to open in a spreadsheet (RFC 4180 quoting, CRLF rows) and does not run formulas:
 * a text cell is prefixed with a single quote, as OWASP advises against CSV injection, when
 *  - it starts with a tab or a carriage return, or
 *  - its first character after any spaces, no-break spaces, tabs and line breaks is = + - @ or their
 *    fullwidth forms ＝ ＋ － ＠ (spreadsheets skip the blanks and some read fullwidth signs as operators), or
 *  - it holds ";=" or ",=" anywhere (a spreadsheet that splits on ; or , would start a formula there).
 * Pure.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^(?:[\t\r]|[\s\u00a0\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
const FORMULA_INSIDE = /[;,]\s*[=\uff1d]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: neutralised when it could start a formula, quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    // A negative number is data, not a formula; it is written as a number so spreadsheets can sum it.
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) || FORMULA_INSIDE.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",");
}

/** The whole file: header, rows, CRLF line ends and a final CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvRow).join("\r\n") + "\r\n";
}
