/**
 * The definitions sheet ("Định nghĩa NTM"): every indicator of the set with the threshold that
 * judges it and where that came from, written into the workbook so that the user can see and edit
 * thresholds there. Column F ("Mức chuẩn áp dụng") is the user's: a value there that differs from
 * the original (column D) judges the indicator in later checks, and the verdict cites that cell.
 */
import type { CommuneResult } from "../evaluation/CommuneResult";
import { parseThreshold } from "../figures/parseThreshold";
import { cellAddress } from "../grid/address";
import type { CellRef, SheetGrid } from "../grid/Grid";
import { cellText, hasValue } from "../grid/mergedCells";
import { formatRule } from "../messages/formatRule";
import type { Lang } from "../messages/Lang";
import { problem, type ProblemOf } from "../problems/Problem";
import type { CellStyle, LayoutCell, SheetLayout } from "../summary/SheetLayout";
import { DEFINITIONS_WORDS } from "../messages/definitionsSheetWords";
import type { Overlay, OverlayRule, Rule, ValueKind } from "./schema";

export const DEFINITIONS_SHEET_NAME = "Định nghĩa NTM";

/** Columns: A code, B name, C kind, D original threshold, E its source, F threshold applied (the user's), G note. */
const COL = { code: 0, name: 1, kind: 2, original: 3, source: 4, applied: 5, note: 6 } as const;
const WIDTHS = [8, 60, 12, 18, 40, 20, 30];
const HEADER_ROW = 3;

const FONT = { name: "Times New Roman", size: 11 } as const;
const STYLES: Record<string, CellStyle> = {
  title: { font: { ...FONT, size: 13, bold: true }, horizontal: "left" },
  hint: { font: { ...FONT, italic: true }, horizontal: "left", wrap: true },
  th: { font: { ...FONT, bold: true }, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "#D9E1F2" },
  criterion: { font: { ...FONT, bold: true }, horizontal: "left", vertical: "top", wrap: true, border: true, fill: "#F2F2F2" },
  text: { font: FONT, horizontal: "left", vertical: "top", wrap: true, border: true },
  centre: { font: FONT, horizontal: "center", vertical: "top", wrap: true, border: true },
  editable: { font: { ...FONT, bold: true }, horizontal: "center", vertical: "top", wrap: true, border: true, fill: "#FFF2CC" },
};

/** The sheet for a checked workbook: each criterion, then each indicator with its thresholds. */
export function buildDefinitionsLayout(
  result: CommuneResult,
  meta: { setName: string; where: string | null; previous?: DefinitionsSheetReading["originals"] },
  lang: Lang,
): SheetLayout {
  const w = DEFINITIONS_WORDS[lang];
  const cells: LayoutCell[] = [];
  const put = (row: number, col: number, value: string | null, style: string) => cells.push({ row, col, value, style });
  put(0, 0, w.title, "title");
  put(1, 0, w.subtitle(meta.setName, meta.where), "hint");
  put(2, 0, w.howTo, "hint");
  w.header.forEach((h, c) => put(HEADER_ROW, c, h, "th"));
  let row = HEADER_ROW + 1;
  for (const c of result.criteria) {
    put(row, COL.code, String(c.no), "criterion");
    put(row, COL.name, c.name, "criterion");
    for (let k = 2; k < WIDTHS.length; k++) put(row, k, null, "criterion");
    row++;
    for (const i of c.indicators) {
      // A threshold the user edited in this sheet keeps the original it had (from the sheet being replaced).
      const edited = i.threshold.origin === "definitions" && !!i.threshold.source?.startsWith(w.sourcePrefix);
      const before = edited ? meta.previous?.[i.code] : undefined;
      const original = edited ? (before?.original ?? null) : i.threshold.rule ? formatRule(i.threshold.rule, lang) : w.unknown;
      put(row, COL.code, i.code, "centre");
      put(row, COL.name, i.name, "text");
      put(row, COL.kind, w.kind[kindOf(i.threshold.rule)], "centre");
      put(row, COL.original, original, "centre");
      put(row, COL.source, edited ? (before?.source ?? null) : (i.threshold.source ?? w.origin[i.threshold.origin]), "text");
      put(row, COL.applied, i.threshold.rule ? formatRule(i.threshold.rule, lang) : null, "editable");
      put(row, COL.note, i.definedBy === "sheet" ? w.definedBySheet : null, "text");
      row++;
    }
  }
  return {
    name: DEFINITIONS_SHEET_NAME,
    columnWidths: WIDTHS,
    cells,
    merges: [0, 1, 2].map((r) => ({ r1: r, c1: 0, r2: r, c2: WIDTHS.length - 1 })),
    rowHeights: { 1: 30, 2: 45, [HEADER_ROW]: 32 },
    styles: structuredClone(STYLES),
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: [HEADER_ROW, HEADER_ROW] },
  };
}

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

export function readDefinitionsSheet(sheet: SheetGrid, setId: string): DefinitionsSheetReading {
  const problems: DefinitionsSheetProblem[] = [];
  const originals: DefinitionsSheetReading["originals"] = {};
  const thresholds: Overlay["thresholds"] = {};
  const at = (r: number, c: number) => sheet.rows[r - sheet.originRow]?.[c - sheet.originCol] ?? null;
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
    thresholds[code] = { ...entryOf(rule), source: `${DEFINITIONS_WORDS.vi.sourcePrefix} ${cellAddress(ref)}`, quote: text };
  }
  if (Object.keys(thresholds).length === 0) return { overlay: null, problems, originals };
  return {
    originals,
    overlay: { id: "bang-dinh-nghia", extends: setId, name: DEFINITIONS_SHEET_NAME, source: `${DEFINITIONS_WORDS.vi.sourcePrefix} ${sheet.name}`, thresholds },
    problems,
  };
}

function entryOf(rule: Rule): OverlayRule {
  switch (rule.kind) {
    case "yes":
      return { yes: true };
    case "none":
      return { none: true };
    default:
      return { [rule.kind]: rule.value, ...(rule.unit ? { unit: rule.unit } : {}) } as OverlayRule;
  }
}

function kindOf(rule: Rule | null): ValueKind | "unknown" {
  if (!rule) return "unknown";
  if (rule.kind === "yes") return "yesNo";
  if (rule.kind === "none") return "none";
  if (rule.unit === "%") return "percent";
  return rule.unit ? "amount" : "count";
}
