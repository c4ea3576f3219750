// @ts-nocheck
import { shortfallText, verdictLabel } from "../messages";
import { VERDICT_COLOURS } from "../evaluation/verdictColours";
import type { CommuneResult } from "../evaluation/CommuneResult";
import type { Verdict } from "../evaluation/Verdict";
import type { Merge } from "../grid/Grid";
import type { CellStyle, LayoutCell, SheetLayout } from "./SheetLayout";
import { fitRowHeights, LINE_HEIGHT } from "./fitRows";
import { SUMMARY_WORDS } from "../messages/summaryWords";
import { buildReportParagraph } from "./reportParagraph";
import { indicatorShortfall } from "../evaluation/shortfall";
import {
  bareName,
  COMMUNE_PREFIXES,
  criterionLabel,
  DISTRICT_PREFIXES,
  indicatorNote,
  shortReason,
  thresholdText,
  type SummaryMeta,
} from "./summaryText";


export const SUMMARY_SHEET_NAME = "Tổng hợp NTM";
export const SUMMARY_SHEET_NAME_EN = "NTM summary";

/**
 * A: TT, B: Tên tiêu chí, C: Đánh giá tiêu chí, D: Nội dung chỉ tiêu, E: Chỉ tiêu đạt chuẩn,
 * F: Kết quả thực hiện, G: Đánh giá, H: Còn thiếu, I: Tự đánh giá, J: Ghi chú.
 */
const COLUMN_WIDTHS = [5, 18, 13, 80, 12, 20, 13, 18, 10, 20];
const LAST_COL = COLUMN_WIDTHS.length - 1;
/** Left header block (issuing body) over A–D, right block (national motto, date) over F–J. */
const LEFT: [number, number] = [0, 3];
const RIGHT: [number, number] = [5, LAST_COL];
const COL = { tt: 0, criterion: 1, criterionVerdict: 2, indicator: 3, threshold: 4, figure: 5, verdict: 6, shortfall: 7, self: 8, note: 9 } as const;

const FONT = { name: "Times New Roman", size: 13 } as const;
/** The table is set smaller than the document's 13 pt so that 19 criteria print on a few pages. */
const TABLE = { size: 11 } as const;
const FILL = (v: Verdict): string => `#${VERDICT_COLOURS[v].fill}`;

function style(font: Partial<NonNullable<CellStyle["font"]>>, rest: Omit<CellStyle, "font"> = {}): CellStyle {
  return { font: { ...FONT, ...font }, ...rest };
}

const STYLES: Record<string, CellStyle> = {
  orgParent: style({}, { horizontal: "center", vertical: "middle" }),
  org: style({ bold: true }, { horizontal: "center", vertical: "middle" }),
  nation: style({ bold: true }, { horizontal: "center", vertical: "middle" }),
  motto: style({ bold: true, underline: true }, { horizontal: "center", vertical: "middle" }),
  placeDate: style({ italic: true }, { horizontal: "center", vertical: "middle" }),
  title: style({ bold: true }, { horizontal: "center", vertical: "middle", wrap: true }),
  place: style({}, { horizontal: "center", vertical: "middle", wrap: true }),
  subtitle: style({ italic: true }, { horizontal: "center", vertical: "middle", wrap: true }),
  th: style({ bold: true, ...TABLE }, { horizontal: "center", vertical: "middle", wrap: true, border: true }),
  tt: style({ bold: true, ...TABLE }, { horizontal: "center", vertical: "top", border: true, numberFormat: "0" }),
  criterion: style({ bold: true, ...TABLE }, { horizontal: "left", vertical: "top", wrap: true, border: true }),
  cell: style({ ...TABLE }, { border: true }),
  text: style({ ...TABLE }, { horizontal: "left", vertical: "middle", wrap: true, border: true }),
  centre: style({ ...TABLE }, { horizontal: "center", vertical: "middle", wrap: true, border: true }),
  achieved: style({ ...TABLE }, { horizontal: "center", vertical: "middle", wrap: true, border: true, fill: FILL("achieved") }),
  not_achieved: style({ ...TABLE }, { horizontal: "center", vertical: "middle", wrap: true, border: true, fill: FILL("not_achieved") }),
  not_assessed: style({ ...TABLE }, { horizontal: "center", vertical: "middle", wrap: true, border: true, fill: FILL("not_assessed") }),
  achievedBold: style({ bold: true, ...TABLE }, { horizontal: "center", vertical: "top", wrap: true, border: true, fill: FILL("achieved") }),
  not_achievedBold: style({ bold: true, ...TABLE }, { horizontal: "center", vertical: "top", wrap: true, border: true, fill: FILL("not_achieved") }),
  not_assessedBold: style({ bold: true, ...TABLE }, { horizontal: "center", vertical: "top", wrap: true, border: true, fill: FILL("not_assessed") }),
  total: style({ bold: true }, { horizontal: "left", vertical: "middle", wrap: true }),
  planTitle: style({ bold: true }, { horizontal: "left", vertical: "middle", wrap: true }),
  planCriterion: style({ bold: true, ...TABLE }, { horizontal: "left", vertical: "top", wrap: true }),
  planItem: style({ ...TABLE }, { horizontal: "left", vertical: "top", wrap: true }),
  list: style({ ...TABLE }, { horizontal: "left", vertical: "top", wrap: true }),
  paragraph: style({}, { horizontal: "left", vertical: "top", wrap: true }),
  sign: style({ bold: true }, { horizontal: "center", vertical: "middle" }),
  signNote: style({ italic: true }, { horizontal: "center", vertical: "middle" }),
};

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}


/** "4.1. Hệ thống điện đạt chuẩn"; a criterion's only indicator (code "5") goes without number. */
function indicatorText(code: string, name: string): string {
  return code.includes(".") ? `${code}. ${name}` : name;
}

/**
 * The summary sheet ("Tổng hợp NTM") in the layout of Vietnamese administrative documents
 * (Decree 30/2020/NĐ-CP): issuing body top left, national motto top right, place and date, title,
 * then the table and totals, the report paragraph and the signature block.
 *
 * Table: one row per indicator under its criterion. Each criterion opens with a row that gives its
 * verdict (as reports head each criterion: "Tiêu chí số 4 về Điện: Chưa đạt"); the criterion's TT
 * and name are merged down over that row and its indicator rows.
 */
export function buildSummaryLayout(result: CommuneResult, meta: SummaryMeta): SheetLayout {
  const lang = meta.lang;
  const w = SUMMARY_WORDS[lang];
  const commune = bareName(meta.commune ?? result.commune, COMMUNE_PREFIXES);
  const district = bareName(meta.district, DISTRICT_PREFIXES);
  const province = bareName(meta.province ?? result.province, []);

  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const put = (row: number, col: number, value: string | number | null, st: string, toCol = col, toRow = row) => {
    cells.push({ row, col, value, style: st });
    if (toCol > col || toRow > row) merges.push({ r1: row, c1: col, r2: toRow, c2: toCol });
  };
  // Header block.
  let row = 0;
  if (district) {
    put(row, LEFT[0], w.orgParent(district), "orgParent", LEFT[1]);
    put(row + 1, LEFT[0], w.org(commune), "org", LEFT[1]);
  } else {
    put(row, LEFT[0], w.org(commune), "org", LEFT[1]);
  }
  put(row, RIGHT[0], w.nation, "nation", RIGHT[1]);
  put(row + 1, RIGHT[0], w.motto, "motto", RIGHT[1]);
  put(row + 3, RIGHT[0], w.placeDate(commune, meta.date), "placeDate", RIGHT[1]);
  row += 5;

  put(row++, 0, w.title, "title", LAST_COL);
  const place = w.place(commune, district, province);
  if (place) put(row++, 0, place, "place", LAST_COL);
  put(row++, 0, w.subtitle(meta.period, meta.setName, meta.regionName), "subtitle", LAST_COL);
  row++;

  // Table.
  const headerRow = row;
  w.header.forEach((h, c) => put(headerRow, c, h, "th"));
  row++;
  const criteria = [...result.criteria].sort((a, b) => a.no - b.no);
  // One row per indicator; the criterion's number, name and verdict once, at its first row (no
  // vertical merge, so a criterion split by a page break is not clipped).
  for (const cr of criteria) {
    cr.indicators.forEach((ind, k) => {
      const first = k === 0;
      put(row, COL.tt, first ? cr.no : null, "tt");
      put(row, COL.criterion, first ? cr.name : null, "criterion");
      put(row, COL.criterionVerdict, first ? verdictLabel(cr.verdict, lang) : null, first ? `${cr.verdict}Bold` : "cell");
      put(row, COL.indicator, indicatorText(ind.code, ind.name), "text");
      put(row, COL.threshold, thresholdText(ind, lang), "centre");
      put(row, COL.figure, ind.figureRaw ?? "", "centre");
      put(row, COL.verdict, verdictLabel(ind.verdict, lang), ind.verdict);
      const gap = indicatorShortfall(ind);
      put(row, COL.shortfall, gap ? capitalise(shortfallText(gap, lang)) : "", "centre");
      // The commune's own verdict for the criterion where the sheet gives one, else the indicator's.
      put(row, COL.self, (first && cr.selfAssessment) || ind.selfAssessment || "", "centre");
      put(row, COL.note, indicatorNote(ind, lang), "text");
      row++;
    });
  }
  row++;

  // Totals (the paragraph below lists the criteria achieved, not achieved and not assessed).
  put(row++, 0, w.totalAchieved(result.criteriaAchieved, result.criteriaTotal), "total", LAST_COL);

  // What remains to be done: each criterion not yet achieved, its indicators not achieved with
  // their shortfalls, then those not assessed with what is missing, as a plan lists them.
  const open = criteria.filter((c) => c.verdict !== "achieved");
  if (open.length) {
    put(row++, 0, w.planTitle, "planTitle", LAST_COL);
    for (const cr of open) {
      const achieved = cr.indicators.filter((i) => i.verdict === "achieved").length;
      const head = w.planCriterion(criterionLabel(cr, lang), verdictLabel(cr.verdict, lang), achieved, cr.indicators.length);
      const failing = cr.indicators.filter((i) => i.verdict === "not_achieved");
      if (failing.length) put(row++, 0, head, "planCriterion", LAST_COL);
      for (const ind of failing) {
        const gap = indicatorShortfall(ind);
        const what = gap ? shortfallText(gap, lang) : (shortReason(ind, lang) ?? verdictLabel(ind.verdict, lang)).toLocaleLowerCase(lang);
        put(row++, 0, w.planItem(indicatorText(ind.code, ind.name), ind.figureRaw, thresholdText(ind, lang), what), "planItem", LAST_COL);
      }
      // Not assessed: one line, codes grouped by what is missing (no figure, no threshold, unreadable…).
      const missing = new Map<string, string[]>();
      for (const ind of cr.indicators.filter((i) => i.verdict === "not_assessed")) {
        const what = (shortReason(ind, lang) ?? verdictLabel(ind.verdict, lang)).toLocaleLowerCase(lang);
        missing.set(what, [...(missing.get(what) ?? []), ind.code]);
      }
      const groups = [...missing].map(([what, codes]) => ({ what, codes }));
      // A criterion with nothing but unassessed indicators takes one line: its heading and what is missing.
      if (groups.length) put(row++, 0, failing.length ? `- ${capitalise(w.planMissing(groups))}` : `${head} ${w.planMissing(groups)}`, failing.length ? "planItem" : "planCriterion", LAST_COL);
    }
    row++;
  }

  put(row++, 0, buildReportParagraph(result, { commune, lang }), "paragraph", LAST_COL);
  row++;

  // Signature block.
  put(row++, RIGHT[0], w.sign1, "sign", RIGHT[1]);
  put(row++, RIGHT[0], w.sign2, "sign", RIGHT[1]);
  put(row++, RIGHT[0], w.signNote, "signNote", RIGHT[1]);
  const signSpace: Record<number, number> = {};
  for (let i = 0; i < 4; i++) signSpace[row + i] = LINE_HEIGHT + 4;
  row += 4;

  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  merges.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  return {
    name: lang === "vi" ? SUMMARY_SHEET_NAME : SUMMARY_SHEET_NAME_EN,
    columnWidths: [...COLUMN_WIDTHS],
    rowHeights: fitRowHeights(cells, merges, STYLES, COLUMN_WIDTHS, signSpace),
    cells,
    merges,
    styles: structuredClone(STYLES),
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: [headerRow, headerRow] },
  };
}
