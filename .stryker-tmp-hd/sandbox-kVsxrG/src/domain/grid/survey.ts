// @ts-nocheck
import { decodeLegacy, detectLegacyEncoding } from "../figures/legacyEncoding";
import { normalizeText } from "../figures/normalizeText";
import type { CellRef, WorkbookGrid } from "./Grid";
import { readHeaderBand } from "./headers";
import { mergedLookup } from "./mergedCells";

/** A title line above a table ("BIỂU TỰ ĐÁNH GIÁ … GIAI ĐOẠN 2026 - 2030 (xã nhóm 2)"), or a sheet's name. */
export interface TitleLine {
  text: string;
  /** The cell, or null for a sheet name. */
  ref: CellRef | null;
}

const MAX_TITLE_ROWS = 25;
const MAX_LINES = 60;

/**
 * The title lines of every sheet the tool did not write: the text cells above each sheet's first
 * table header (at most 25 rows), then the sheet names. What a title names (a period, "nâng cao",
 * a report year, "xã nhóm 2") chooses the criteria set before the tables are read. Cheap: no table is read.
 */
export function surveyTitles(grid: WorkbookGrid, skipSheets?: ReadonlySet<string>): TitleLine[] {
  const lines: TitleLine[] = [];
  const names: TitleLine[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.generated || skipSheets?.has(sheet.name)) continue;
    names.push({ text: sheet.name, ref: null });
    const at = mergedLookup(sheet);
    const end = Math.min(sheet.originRow + sheet.rows.length, sheet.originRow + MAX_TITLE_ROWS);
    for (let r = sheet.originRow; r < end && lines.length < MAX_LINES; r++) {
      if (readHeaderBand(sheet, r, at)) break;
      const cells = sheet.rows[r - sheet.originRow] ?? [];
      cells.forEach((cell, j) => {
        if (!cell || typeof cell.value !== "string" || cell.value.length > 400) return;
        const legacy = detectLegacyEncoding(cell.value);
        const text = normalizeText(legacy ? decodeLegacy(cell.value, legacy) : cell.value).trim();
        if (text.length >= 4 && lines.length < MAX_LINES) lines.push({ text, ref: { sheet: sheet.name, row: r, col: sheet.originCol + j } });
      });
    }
  }
  return [...lines, ...names];
}
