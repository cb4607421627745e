/**
 * A grid of competencies × levels (a pipe table or an HTML <table>, either orientation) → one level
 * section per level whose expectations carry the competency as their label; the pivoted reading
 * then gives one section per competency with per-level text. A cell spanning every competency
 * column is the level's summary: set aside with its text, not lost.
 */
import type { Block, GridCell } from "./blocks";
import type { DocBuilder, SectionDraft } from "./builder";
import { isLevelName } from "./level-names";

export const GRID_SET_ASIDE_REASONS = {
  levelSummary: "Level summary spanning every column of the table",
  emptyHeader: "Table cell under a column without a heading",
} as const;

type TableBlock = Extract<Block, { kind: "table" }>;

function cellText(cell: GridCell | undefined): string {
  return (cell?.texts ?? []).join(" ").trim();
}

function majorityLevels(names: string[]): boolean {
  const present = names.filter((n) => n !== "");
  if (present.length === 0) return false;
  const levels = present.filter(isLevelName).length;
  return levels >= 2 && levels * 2 > present.length;
}

/** Which axis holds the levels, or null when the table is not such a grid. */
export function gridOrientation(table: TableBlock): "rows-are-levels" | "columns-are-levels" | null {
  const header = table.rows[0] ?? [];
  const columnNames = header.slice(1).map(cellText);
  const rowNames = table.rows.slice(Math.max(table.headerRows, 1)).map((r) => cellText(r[0]));
  if (majorityLevels(columnNames)) return "columns-are-levels";
  if (majorityLevels(rowNames)) return "rows-are-levels";
  return null;
}

/**
 * Reads the table as a grid into level sections, after `container` (the heading it sits under,
 * dropped when the grid is all it held). Returns false when it is not a grid.
 */
export function readGrid(table: TableBlock, out: DocBuilder, container: SectionDraft | null, axis?: "columns" | "rows"): boolean {
  // A table inside a competency that already has items is that competency's aside, not the ladder's grid.
  if (container !== null && !container.isLevel && (container.baseItems.length > 0 || container.levelTexts.size > 0)) return false;
  let orientation = gridOrientation(table);
  if (orientation === null) return false;
  if (axis === "rows") orientation = "columns-are-levels";
  if (axis === "columns") orientation = "rows-are-levels";
  out.noteGrid(orientation === "rows-are-levels" ? "columns" : "rows");

  const rows = table.rows;
  const width = Math.max(0, ...rows.map((r) => r.length));
  // Transpose so that rows are levels and columns are competencies.
  const grid: (GridCell | undefined)[][] = orientation === "rows-are-levels" ? rows : Array.from({ length: width }, (_, c) => rows.map((r) => r[c]));
  const competencies = (grid[0] ?? []).map(cellText);
  const competencyColumns = competencies.length - 1;

  if (container !== null && container.baseItems.length === 0 && container.entries.length === 0 && container.levelTexts.size === 0) {
    out.dropSection(container);
  }
  const byLevel = new Map<string, SectionDraft>();
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const levelCell = row[0];
    const levelName = cellText(levelCell);
    if (levelName === "") continue;
    let section = byLevel.get(levelName.toLowerCase());
    if (section === undefined) {
      const started = out.startSection(levelCell?.line ?? table.line, levelName, { isLevel: true });
      if (started === null) return true;
      section = started;
      byLevel.set(levelName.toLowerCase(), section);
    }
    const seen = new Set<number>([levelCell?.id ?? -1]);
    for (let c = 1; c < row.length; c++) {
      const cell = row[c];
      if (cell === undefined || cell.id < 0 || seen.has(cell.id)) continue;
      seen.add(cell.id);
      if (competencyColumns > 1 && cell.colspan >= competencyColumns) {
        out.putAside(cell.line, cell.texts.join("\n"), `${GRID_SET_ASIDE_REASONS.levelSummary} (${levelName})`);
        continue;
      }
      const label = competencies[c] ?? "";
      for (const text of cell.texts) {
        if (label === "") out.putAside(cell.line, text, GRID_SET_ASIDE_REASONS.emptyHeader);
        else out.addEntry(section, { label, text, line: cell.line });
      }
    }
  }
  return true;
}
