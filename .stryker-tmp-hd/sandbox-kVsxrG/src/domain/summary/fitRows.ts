// @ts-nocheck
import type { Merge } from "../grid/Grid";
import type { CellStyle, LayoutCell } from "./SheetLayout";

/**
 * Row heights for wrapped text. Excel does not grow rows for wrapped text in merged cells, nor
 * on opening a file, so the layout carries heights. Estimated for Times New Roman 13 pt: a column
 * of width w (Excel character units: 7 px each with the default Calibri 11) holds about
 * (7w - 3) / 8 characters of Vietnamese text per line, bold about 8 % fewer. Measured on
 * LibreOffice with Liberation Serif and Carlito (metric twins of Times New Roman and Calibri),
 * with a margin for Excel.
 */
export const LINE_HEIGHT = 17; // points per line of 13 pt text
const PADDING = 4;
const BASE_SIZE = 13;

/** Characters per line in a column; other font sizes scale from the 13 pt measurement. */
export function charsPerLine(widthUnits: number, bold: boolean, size = BASE_SIZE): number {
  const perLine = (widthUnits * 7 - 3) / ((bold ? 8.6 : 8) * (size / BASE_SIZE));
  return Math.max(1, Math.floor(perLine));
}

/** Points per line of text of `size` pt. */
export function lineHeight(size = BASE_SIZE): number {
  return Math.round(((LINE_HEIGHT * size) / BASE_SIZE) * 10) / 10;
}

/** Lines a text takes when word-wrapped at `perLine` characters (hard line breaks kept). */
export function wrappedLines(text: string, perLine: number): number {
  let total = 0;
  for (const para of text.split("\n")) {
    let lines = 1;
    let used = 0;
    for (const word of para.split(/\s+/).filter((w) => w !== "")) {
      const len = [...word].length;
      if (used === 0) {
        used = len;
      } else if (used + 1 + len <= perLine) {
        used += 1 + len;
      } else {
        lines += 1;
        used = len;
      }
      while (used > perLine) {
        lines += 1;
        used -= perLine;
      }
    }
    total += lines;
  }
  return total;
}

/**
 * Height for every row holding a cell: enough lines for each wrapped cell over the width of its
 * merge; vertical merges spread their need over their rows, the shortfall going to the last row.
 * `minHeights` sets floors (blank signature rows).
 */
export function fitRowHeights(
  cells: LayoutCell[],
  merges: Merge[],
  styles: Record<string, CellStyle>,
  columnWidths: number[],
  minHeights: Record<number, number> = {},
): Record<number, number> {
  const mergeAt = new Map<string, Merge>();
  for (const m of merges) mergeAt.set(`${m.r1}:${m.c1}`, m);
  const heights: Record<number, number> = { ...minHeights };
  const tall: { m: Merge; need: number }[] = [];
  for (const cell of cells) {
    const m = mergeAt.get(`${cell.row}:${cell.col}`) ?? { r1: cell.row, c1: cell.col, r2: cell.row, c2: cell.col };
    const style = cell.style ? styles[cell.style] : undefined;
    const text = cell.value == null ? "" : String(cell.value);
    let width = 0;
    for (let c = m.c1; c <= m.c2; c++) width += columnWidths[c] ?? 8.43;
    const size = style?.font?.size ?? BASE_SIZE;
    const lines = style?.wrap ? wrappedLines(text, charsPerLine(width, !!style.font?.bold, size)) : 1;
    const need = lines * lineHeight(size) + PADDING;
    const one = lineHeight(size) + PADDING;
    if (m.r2 > m.r1) {
      tall.push({ m, need });
      for (let r = m.r1; r <= m.r2; r++) heights[r] = Math.max(heights[r] ?? 0, one);
    } else {
      heights[m.r1] = Math.max(heights[m.r1] ?? 0, need);
    }
  }
  for (const { m, need } of tall) {
    let sum = 0;
    for (let r = m.r1; r <= m.r2; r++) sum += heights[r];
    if (sum < need) heights[m.r2] += need - sum;
  }
  return heights;
}
