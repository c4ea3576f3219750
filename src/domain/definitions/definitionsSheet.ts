/**
 * The definitions sheet ("Định nghĩa NTM"): every indicator of the set with the threshold that
 * judges it and where that came from, written into the workbook so that the user can see and edit
 * thresholds there. Column F ("Mức chuẩn áp dụng") is the user's: a value there that differs from
 * the original (column D) judges the indicator in later checks, and the verdict cites that cell.
 */
import { parseThreshold } from "../figures/parseThreshold";
import { cellAddress } from "../grid/address";
import type { CellRef, SheetGrid } from "../grid/Grid";
import { cellText, hasValue, ownCell } from "../grid/mergedCells";
import { problem, type ProblemOf } from "../problems/Problem";
import { DEFINITIONS_WORDS } from "../messages/definitionsSheetWords";
import type { Overlay, OverlayRule, Rule } from "./schema";

export const DEFINITIONS_SHEET_NAME = "Định nghĩa NTM";

/** Columns: A code, B name, C kind, D original threshold, E its source, F threshold applied (the user's), G note. */
export const COL = { code: 0, name: 1, kind: 2, original: 3, source: 4, applied: 5, note: 6 } as const;
export const HEADER_ROW = 3;


export type DefinitionsSheetProblem = ProblemOf<"definitions/sheet-entry">;

/**
 * The thresholds the user wrote in the definitions sheet: each row whose "Mức chuẩn áp dụng"
 * differs from its original, as a definitions file whose every entry cites its cell. An entry
 * that is no threshold ("khoảng 90") is reported with its cell; the others still apply.
 */
export interface DefinitionsSheetReading {
  overlay: Overlay | null;
  problems: DefinitionsSheetProblem[];
  /** Each row's original threshold and source as written, by code (kept when the sheet is written again). */
  originals: Record<string, { original: string | null; source: string | null }>;
}

/**
 * A definitions sheet: by its name, or, renamed by the user ("Định nghĩa", "Mức chuẩn xã"), by its
 * header row (the code and "Mức chuẩn áp dụng (sửa ở đây)" columns, in either language).
 */
export function isDefinitionsSheet(sheet: SheetGrid): boolean {
  if (sheet.name === DEFINITIONS_SHEET_NAME) return true;
  const at = (c: number) => cellText(ownCell(sheet, HEADER_ROW, c));
  return Object.values(DEFINITIONS_WORDS).some((w) => at(COL.code) === w.header[COL.code] && at(COL.applied) === w.header[COL.applied]);
}

export function readDefinitionsSheet(sheet: SheetGrid, setId: string): DefinitionsSheetReading {
  const problems: DefinitionsSheetProblem[] = [];
  const originals: DefinitionsSheetReading["originals"] = {};
  const thresholds: Overlay["thresholds"] = {};
  const at = (r: number, c: number) => ownCell(sheet, r, c);
  const end = sheet.originRow + sheet.rows.length;
  for (let r = Math.max(sheet.originRow, HEADER_ROW + 1); r < end; r++) {
    const code = cellText(at(r, COL.code));
    if (!/^\d{1,2}\.\d{1,2}$|^\d{1,2}$/.test(code)) continue;
    originals[code] = { original: cellText(at(r, COL.original)) || null, source: cellText(at(r, COL.source)) || null };
    const applied = at(r, COL.applied);
    if (!hasValue(applied)) continue;
    const text = cellText(applied);
    const original = cellText(at(r, COL.original));
    if (text === original) continue;
    const ref: CellRef = { sheet: sheet.name, row: r, col: COL.applied };
    const rule = parseThreshold(text);
    if (!rule) {
      problems.push(problem("definitions/sheet-entry", { indicator: code, text }, { cell: ref }));
      continue;
    }
    thresholds[code] = { ...ruleEntry(rule), source: `${DEFINITIONS_WORDS.vi.sourcePrefix} ${cellAddress(ref)}`, quote: text };
  }
  if (Object.keys(thresholds).length === 0) return { overlay: null, problems, originals };
  return {
    originals,
    overlay: { id: "bang-dinh-nghia", extends: setId, name: DEFINITIONS_SHEET_NAME, source: `${DEFINITIONS_WORDS.vi.sourcePrefix} ${sheet.name}`, thresholds },
    problems,
  };
}

/** A rule as a definitions file writes it. */
export function ruleEntry(rule: Rule): OverlayRule {
  switch (rule.kind) {
    case "yes":
      return { yes: true };
    case "none":
      return { none: true };
    case "atLeast":
      return { atLeast: rule.value, ...(rule.unit ? { unit: rule.unit } : {}) };
    case "atMost":
      return { atMost: rule.value, ...(rule.unit ? { unit: rule.unit } : {}) };
  }
}
