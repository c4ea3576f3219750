/**
 * Drawing a generated sheet (summary, district table) with Office.js: values as values (never
 * parsed into formulas), styles per style over RangeAreas, merges, widths, heights, page layout.
 */
// @ts-nocheck

import { pickSheetName } from "../../domain/summary/sheetName";
import type { CellStyle, SheetLayout } from "../../domain/summary/SheetLayout";
import { areaAddress, chunkAddresses, coalesceCells, columnsAddress, rowsAddress, type CellArea, type ListSeparator } from "./areas";

/**
 * The sheet to write a generated layout into: the shared naming rule (domain/summary/sheetName)
 * over the sheets' names, with "ours" known by session sheet id (learned from our sheet-scoped name;
 * a user's later sheet of the same name is not ours).
 */
export function chooseSheet(
  existing: { id: string; name: string }[],
  owned: ReadonlySet<string>,
  preferred: string,
): { name: string; reuseId: string | null } {
  const name = pickSheetName(
    existing.map((e) => e.name),
    preferred,
    existing.filter((e) => owned.has(e.id)).map((e) => e.name),
  );
  const hit = existing.find((e) => e.name.toLowerCase() === name.toLowerCase());
  return hit ? { name: hit.name, reuseId: hit.id } : { name, reuseId: null };
}

/**
 * Strings Excel would not keep as typed text when written through Range.values: "=…", "+…",
 * "-…", "@…" become formulas, "12", "50%", "2024-01-05", "TRUE", "(5)", "#N/A" turn into numbers,
 * dates, booleans or errors, and a leading apostrophe is swallowed. Such strings get the
 * apostrophe prefix, which Excel reads as "text" and does not show or return in values.
 */
export function needsTextPrefix(s: string): boolean {
  if (s === "") return false;
  if (/^[=+\-@'#(]/.test(s)) return true;
  if (/^\s*[$]?\s*[\d.,]/.test(s)) return true;
  return /^\s*(true|false)\s*$/i.test(s);
}

/** Excel column width (characters of the default font) in points, as Range.format.columnWidth wants. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** Queues drawing a layout on a sheet (values, number formats, styles, merges, sizes, page setup). */
export function drawLayout(ws: Excel.Worksheet, layout: SheetLayout, sep: ListSeparator): void {
  let maxRow = -1;
  let maxCol = layout.columnWidths.length - 1;
  for (const c of layout.cells) {
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }
  if (maxRow >= 0 && maxCol >= 0) {
    const values: (string | number | null)[][] = Array.from({ length: maxRow + 1 }, () => new Array(maxCol + 1).fill(null));
    const formats: (string | null)[][] = Array.from({ length: maxRow + 1 }, () => new Array(maxCol + 1).fill(null));
    for (const c of layout.cells) {
      const nf = c.style ? layout.styles[c.style]?.numberFormat : undefined;
      if (nf) formats[c.row][c.col] = nf;
      values[c.row][c.col] = typeof c.value === "string" && nf !== "@" && needsTextPrefix(c.value) ? `'${c.value}` : c.value;
    }
    const range = ws.getRangeByIndexes(0, 0, maxRow + 1, maxCol + 1);
    // Number formats first: a Text ("@") cell then keeps what it is given.
    if (formats.some((r) => r.some((f) => f !== null))) range.numberFormat = formats as unknown as string[][];
    range.values = values as unknown as string[][];
  }

  // Styles: one RangeAreas per style (split when the address list is long); merged areas whole.
  const mergeAt = new Map(layout.merges.map((m) => [`${m.r1},${m.c1}`, m]));
  const byStyle = new Map<string, { row: number; col: number }[]>();
  for (const c of layout.cells) {
    if (!c.style || !layout.styles[c.style]) continue;
    const list = byStyle.get(c.style) ?? [];
    const m = mergeAt.get(`${c.row},${c.col}`);
    if (m) for (let r = m.r1; r <= m.r2; r++) for (let k = m.c1; k <= m.c2; k++) list.push({ row: r, col: k });
    else list.push({ row: c.row, col: c.col });
    byStyle.set(c.style, list);
  }
  for (const [key, cells] of byStyle) {
    const style = layout.styles[key];
    for (const chunk of chunkAddresses(coalesceCells(cells).map(areaAddress), 2000, sep)) applyStyle(ws.getRanges(chunk).format, style);
  }

  for (const m of layout.merges) ws.getRange(areaAddress(m as CellArea)).merge(false);

  // Column widths and row heights, grouped by value.
  const widths = new Map<number, number[]>();
  layout.columnWidths.forEach((w, col) => {
    if (!(w > 0)) return;
    const list = widths.get(w) ?? [];
    list.push(col);
    widths.set(w, list);
  });
  for (const [w, cols] of widths) {
    const addresses = cols.map((c) => columnsAddress(c, c));
    for (const chunk of chunkAddresses(addresses, 2000, sep)) ws.getRanges(chunk).format.columnWidth = columnWidthPoints(w);
  }
  const heights = new Map<number, number[]>();
  for (const [row, h] of Object.entries(layout.rowHeights ?? {})) {
    if (!(h > 0)) continue;
    const list = heights.get(h) ?? [];
    list.push(Number(row));
    heights.set(h, list);
  }
  for (const [h, rows] of heights) {
    for (const chunk of chunkAddresses(rows.map((r) => rowsAddress(r, r)), 2000, sep)) ws.getRanges(chunk).format.rowHeight = h;
  }

  if (layout.print) {
    const pl = ws.pageLayout;
    pl.orientation = layout.print.orientation === "landscape" ? "Landscape" : "Portrait";
    pl.paperSize = "A4";
    // "Fit all columns on one page", as Excel records it.
    if (layout.print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const rr = layout.print.repeatRows;
    if (rr) pl.setPrintTitleRows(`$${rr[0] + 1}:$${rr[1] + 1}`);
  }
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  const f = style.font;
  if (f) {
    if (f.name !== undefined) format.font.name = f.name;
    if (f.size !== undefined) format.font.size = f.size;
    if (f.bold !== undefined) format.font.bold = f.bold;
    if (f.italic !== undefined) format.font.italic = f.italic;
    if (f.underline !== undefined) format.font.underline = f.underline ? "Single" : "None";
    if (f.color !== undefined) format.font.color = f.color;
  }
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) format.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of EDGES) {
      const b = format.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
}
