// @ts-nocheck
import type ExcelJS from "exceljs";
import type { CellStyle, SheetLayout } from "../../domain/summary/SheetLayout";

export { MAX_SHEET_NAME, cleanSheetName, pickSheetName } from "../../domain/summary/sheetName";

const argb = (hex: string) => "FF" + hex.replace(/^#/, "").toUpperCase();
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.font) {
    const f: Partial<ExcelJS.Font> = {};
    if (s.font.name) f.name = s.font.name;
    if (s.font.size) f.size = s.font.size;
    if (s.font.bold) f.bold = true;
    if (s.font.italic) f.italic = true;
    if (s.font.underline) f.underline = true;
    if (s.font.color) f.color = { argb: argb(s.font.color) };
    cell.font = f;
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) }, bgColor: { argb: argb(s.fill) } };
  if (s.horizontal || s.vertical || s.wrap) {
    const a: Partial<ExcelJS.Alignment> = {};
    if (s.horizontal) a.horizontal = s.horizontal;
    if (s.vertical) a.vertical = s.vertical;
    if (s.wrap) a.wrapText = true;
    cell.alignment = a;
  }
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.numberFormat) cell.numFmt = s.numberFormat;
}

/**
 * Adds `layout` to `workbook` as sheet `sheetName` (chosen with pickSheetName; a sheet of that name,
 * which must be one this tool made, is replaced). Strings are written as plain text values: a
 * string starting with "=", "+", "-" or "@" stays text, never a formula.
 */
export function drawLayout(workbook: ExcelJS.Workbook, layout: SheetLayout, sheetName: string): ExcelJS.Worksheet {
  const old = workbook.getWorksheet(sheetName);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(sheetName);

  layout.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [r, h] of Object.entries(layout.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = h;

  for (const c of layout.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    // exceljs writes a formula only for { formula } objects; a plain string is a shared string.
    // An empty string is left an empty cell rather than an empty shared string.
    if (c.value !== null && c.value !== "") cell.value = c.value;
    const style = c.style ? layout.styles[c.style] : undefined;
    if (c.style && !style) throw new Error(`drawLayout: unknown style "${c.style}"`);
    if (style) applyStyle(cell, style);
  }
  // After values and styles, so each cell of a merge keeps its own border.
  for (const m of layout.merges) ws.mergeCellsWithoutStyle(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);

  if (layout.print) {
    const p = layout.print;
    ws.pageSetup.paperSize = 9; // A4: the only paper SheetLayout knows
    ws.pageSetup.orientation = p.orientation;
    if (p.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
    }
    ws.pageSetup.horizontalCentered = true;
    // Decree 30/2020/NĐ-CP margins: top/bottom 2 cm, left 3 cm, right 1.5 cm (in inches).
    ws.pageSetup.margins = { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 };
    if (p.repeatRows) ws.pageSetup.printTitlesRow = `${p.repeatRows[0] + 1}:${p.repeatRows[1] + 1}`;
  }
  return ws;
}
