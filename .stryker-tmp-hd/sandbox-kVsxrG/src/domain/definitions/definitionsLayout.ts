/** The definitions sheet drawn from a check's result (loaded when the user inserts it). */
// @ts-nocheck

import type { CommuneResult } from "../evaluation/CommuneResult";
import { formatRule } from "../messages/formatRule";
import type { Lang } from "../messages/Lang";
import { DEFINITIONS_WORDS } from "../messages/definitionsSheetWords";
import type { CellStyle, LayoutCell, SheetLayout } from "../summary/SheetLayout";
import { COL, DEFINITIONS_SHEET_NAME, HEADER_ROW, type DefinitionsSheetReading } from "./definitionsSheet";
import { ruleKind } from "./ruleKind";
import type { Rule, ValueKind } from "./schema";

const WIDTHS = [8, 60, 12, 18, 40, 20, 30];
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

function kindOf(rule: Rule | null): ValueKind | "unknown" {
  return rule ? ruleKind(rule).kind : "unknown";
}
