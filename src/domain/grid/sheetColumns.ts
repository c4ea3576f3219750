import type { GridCell, SheetGrid, WorkbookGrid } from "./Grid";
import type { ReadingMap } from "./ReadingMap";
import { ownCell } from "./mergedCells";

/** A used column of a sheet and the header text over it ("" when none). */
export interface ColumnLabel {
  col: number;
  label: string;
}

/** A sheet's used columns, for the pane's column picker. */
export interface SheetColumns {
  sheet: string;
  columns: ColumnLabel[];
}

/** At most this many columns are offered per sheet (the forms use fewer than 20). */
const MAX_COLUMNS = 52;
const MAX_LABEL = 40;
/** Rows searched for a header-like row when no table was found. */
const SEARCH_ROWS = 30;

function cellText(cell: GridCell): string {
  if (!cell || typeof cell.value !== "string") return "";
  return cell.value.replace(/\s+/g, " ").trim();
}

/**
 * The used columns of every sheet read (not the tool's own sheets), each labelled with its header
 * text: the header rows of the sheet's first table, else the row with the most text near the top.
 */
export function sheetColumns(grid: WorkbookGrid, map: ReadingMap): SheetColumns[] {
  const out: SheetColumns[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.generated) continue;
    const width = Math.min(MAX_COLUMNS, sheet.rows.reduce((w, r) => Math.max(w, r.length), 0));
    if (width === 0) continue;
    const header = map.sheets.find((s) => s.sheet === sheet.name)?.tables.find((t) => t.header)?.header;
    const rows = header ? range(header.first, header.last) : [headerLike(sheet, width)];
    const columns: ColumnLabel[] = [];
    for (let j = 0; j < width; j++) {
      const col = sheet.originCol + j;
      const texts = [...new Set(rows.map((r) => cellText(cellAt(sheet, r, col))).filter((t) => t !== ""))];
      const label = texts.join(" / ");
      columns.push({ col, label: label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label });
    }
    out.push({ sheet: sheet.name, columns });
  }
  return out;
}

function range(first: number, last: number): number[] {
  const rows: number[] = [];
  for (let r = first; r <= last; r++) rows.push(r);
  return rows;
}

/** The cell at an absolute position; a merged area's cells read as its top-left cell. */
function cellAt(sheet: SheetGrid, row: number, col: number): GridCell {
  const m = sheet.merges?.find((g) => row >= g.r1 && row <= g.r2 && col >= g.c1 && col <= g.c2);
  const r = m ? m.r1 : row;
  const c = m ? m.c1 : col;
  return ownCell(sheet, r, c);
}

/** The row near the top with the most text cells (absolute index). */
function headerLike(sheet: SheetGrid, width: number): number {
  let best = sheet.originRow;
  let most = 0;
  for (let i = 0; i < Math.min(SEARCH_ROWS, sheet.rows.length); i++) {
    let n = 0;
    for (let j = 0; j < width; j++) if (cellText(sheet.rows[i][j] ?? null) !== "") n++;
    if (n > most) {
      most = n;
      best = sheet.originRow + i;
    }
  }
  return best;
}
