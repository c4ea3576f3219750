import { normalizeText } from "../figures/normalizeText";
import type { GridCell, SheetGrid } from "./Grid";

/**
 * Value at a position, seeing through merged cells (the top-left cell holds the value).
 * `sameRowOnly` sees through horizontal merges only: a code merged down over several rows
 * belongs to its first row, not to each row it covers.
 */
export type CellLookup = (row: number, col: number, sameRowOnly?: boolean) => GridCell;

export function mergedLookup(sheet: SheetGrid): CellLookup {
  const mergeOf = new Map<number, { r: number; c: number }>();
  const width = 1 << 14;
  for (const m of sheet.merges ?? []) {
    // Only small merges matter for codes and labels; skip huge areas to keep this cheap.
    if ((m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1) > 400) continue;
    for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) mergeOf.set(r * width + c, { r: m.r1, c: m.c1 });
  }
  const raw = (row: number, col: number): GridCell => ownCell(sheet, row, col);
  return (row, col, sameRowOnly = false) => {
    const own = raw(row, col);
    if (hasValue(own)) return own;
    const top = mergeOf.get(row * width + col);
    if (!top || (sameRowOnly && top.r !== row)) return own;
    return raw(top.r, top.c);
  };
}

/** The cell stored at an absolute position, merges aside; null outside the grid. */
export function ownCell(sheet: SheetGrid, row: number, col: number): GridCell {
  return sheet.rows[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
}

/** The cell holds something (not null, not an empty string). */
export function hasValue(cell: GridCell): cell is NonNullable<GridCell> {
  return !!cell && cell.value !== null && cell.value !== undefined && cell.value !== "";
}

/** The text a cell shows, normalised ("" when empty). */
export function cellText(cell: GridCell): string {
  if (!hasValue(cell)) return "";
  if (cell.text !== undefined && cell.text !== "") return normalizeText(cell.text);
  return normalizeText(String(cell.value));
}
