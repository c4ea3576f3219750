/**
 * A sheet of the preview as plain data, from its grid and (for a generated sheet) its layout:
 * which rows show, merged areas' spans, column widths, styles, keyboard moves, and each cell's look.
 * Pure: no React, no DOM; SheetView renders from it.
 */
// @ts-nocheck

import type { CSSProperties } from "react";
import type { CellStyle, SheetLayout } from "../domain/summary/SheetLayout";
import type { SheetGrid } from "../domain/grid/Grid";

export interface Pos {
  row: number;
  col: number;
}

export interface SheetModel {
  firstRow: number;
  lastRow: number;
  lastCol: number;
  columns: number[];
  visibleRows: number[];
  /** Merged areas: the top-left cell's span; null for the cells it covers. */
  spans: Map<string, { rows: number; cols: number } | null>;
  widths: Record<number, string>;
  spanAt(row: number, col: number): { rows: number; cols: number };
  anchor(pos: Pos): Pos;
  prevVisible(row: number): number;
  nextVisible(row: number): number;
  styleAt(row: number, col: number): CellStyle | undefined;
}

export function sheetModel(sheet: SheetGrid, layout: SheetLayout | undefined): SheetModel {
  const width = sheet.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const lastRow = Math.max(0, sheet.originRow + sheet.rows.length - 1);
  const lastCol = Math.max(0, sheet.originCol + width - 1, ...(sheet.merges ?? []).map((m) => m.c2));
  const hidden = new Set(sheet.hiddenRows ?? []);
  const visibleRows: number[] = [];
  for (let r = 0; r <= lastRow; r++) if (!hidden.has(r)) visibleRows.push(r);
  const spans = new Map<string, { rows: number; cols: number } | null>();
  const anchors = new Map<string, Pos>();
  for (const m of sheet.merges ?? []) {
    let rows = 0;
    for (let r = m.r1; r <= m.r2; r++) if (!hidden.has(r)) rows++;
    for (let r = m.r1; r <= m.r2; r++) {
      for (let c = m.c1; c <= m.c2; c++) {
        if (r === m.r1 && c === m.c1) continue;
        spans.set(key(r, c), null);
        anchors.set(key(r, c), { row: m.r1, col: m.c1 });
      }
    }
    spans.set(key(m.r1, m.c1), { rows: Math.max(rows, 1), cols: m.c2 - m.c1 + 1 });
  }
  const styles = new Map<string, CellStyle>();
  if (layout) for (const c of layout.cells) if (c.style && layout.styles[c.style]) styles.set(key(c.row, c.col), layout.styles[c.style]);
  const widths: Record<number, string> = {};
  layout?.columnWidths.forEach((w, i) => (widths[i] = `${Math.round(w * 7 + 5)}px`));
  const firstRow = visibleRows[0] ?? 0;
  return {
    firstRow,
    lastRow,
    lastCol,
    columns: Array.from({ length: lastCol + 1 }, (_, i) => i),
    visibleRows,
    spans,
    widths,
    spanAt: (row, col) => spans.get(key(row, col)) ?? { rows: 1, cols: 1 },
    anchor: (pos) => anchors.get(key(pos.row, pos.col)) ?? pos,
    prevVisible: (row) => [...visibleRows].reverse().find((r) => r < row) ?? row,
    nextVisible: (row) => visibleRows.find((r) => r > row) ?? row,
    styleAt: (row, col) => styles.get(key(row, col)),
  };
}

export function clamp(pos: Pos, model: SheetModel): Pos {
  return {
    row: Math.min(Math.max(pos.row, model.firstRow), model.lastRow),
    col: Math.min(Math.max(pos.col, 0), model.lastCol),
  };
}

export function firstCell(sheet: SheetGrid | undefined): Pos {
  return sheet ? { row: sheet.originRow, col: sheet.originCol } : { row: 0, col: 0 };
}

export function key(row: number, col: number): string {
  return `${row},${col}`;
}

/**
 * The cell's look: a generated sheet's own style, then our highlight. Borders are drawn right and
 * bottom (the grid's borders are separate, for the sticky headers); top and left only where the
 * neighbour above / to the left has no border of its own, so lines stay 1px.
 */
export function cellStyle(
  style: CellStyle | undefined,
  mark: { fill: string; font: string } | undefined,
  bordered: { top: boolean; left: boolean },
): CSSProperties | undefined {
  if (!style && !mark) return undefined;
  const css: CSSProperties = {};
  if (style?.font?.bold) css.fontWeight = 600;
  if (style?.font?.italic) css.fontStyle = "italic";
  if (style?.font?.color) css.color = style.font.color;
  if (style?.fill) css.backgroundColor = style.fill;
  if (style?.horizontal) css.textAlign = style.horizontal;
  if (style?.vertical) css.verticalAlign = style.vertical;
  if (style?.border) {
    css.borderRight = css.borderBottom = "1px solid #000";
    const inset = [bordered.top ? null : "inset 0 1px 0 #000", bordered.left ? null : "inset 1px 0 0 #000"].filter(Boolean);
    if (inset.length > 0) css.boxShadow = inset.join(", ");
  }
  // Our highlight wins over the cell's own colours, as Excel's conditional formats do.
  if (mark) {
    css.backgroundColor = `#${mark.fill}`;
    css.color = `#${mark.font}`;
  }
  return css;
}
