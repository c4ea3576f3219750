import { verdictLabel } from "../messages";
import { VERDICT_COLOURS } from "../evaluation/verdictColours";
import type { CommuneResult, CriterionResult } from "../evaluation/CommuneResult";
import type { Verdict } from "../evaluation/Verdict";
import type { Merge } from "../grid/Grid";
import type { CellStyle, LayoutCell, SheetLayout } from "./SheetLayout";
import { fitRowHeights, LINE_HEIGHT } from "./fitRows";
import { buildReportParagraph } from "./reportParagraph";
import {
  bareName,
  COMMUNE_PREFIXES,
  criterionLabel,
  DISTRICT_PREFIXES,
  indicatorNote,
  provinceWithLevel,
  selfNote,
  thresholdText,
  type SummaryMeta,
} from "./summaryText";


export const SUMMARY_SHEET_NAME = "Tổng hợp NTM";
export const SUMMARY_SHEET_NAME_EN = "NTM summary";

/** A: TT, B: Tên tiêu chí, C: Nội dung chỉ tiêu, D: Chỉ tiêu đạt chuẩn, E: Kết quả, F: Đánh giá, G: Tự đánh giá, H: Ghi chú. */
const COLUMN_WIDTHS = [6, 26, 44, 16, 24, 16, 15, 32];
const LAST_COL = COLUMN_WIDTHS.length - 1;
/** Left header block (issuing body) over A–C, right block (national motto, date) over E–H. */
const LEFT: [number, number] = [0, 2];
const RIGHT: [number, number] = [4, LAST_COL];

const FONT = { name: "Times New Roman", size: 13 } as const;
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
  th: style({ bold: true }, { horizontal: "center", vertical: "middle", wrap: true, border: true }),
  tt: style({ bold: true }, { horizontal: "center", vertical: "middle", border: true, numberFormat: "0" }),
  criterion: style({ bold: true }, { horizontal: "left", vertical: "middle", wrap: true, border: true }),
  criterionSummary: style({ bold: true, italic: true }, { horizontal: "left", vertical: "middle", wrap: true, border: true }),
  text: style({}, { horizontal: "left", vertical: "middle", wrap: true, border: true }),
  centre: style({}, { horizontal: "center", vertical: "middle", wrap: true, border: true }),
  achieved: style({}, { horizontal: "center", vertical: "middle", wrap: true, border: true, fill: FILL("achieved") }),
  not_achieved: style({}, { horizontal: "center", vertical: "middle", wrap: true, border: true, fill: FILL("not_achieved") }),
  not_assessed: style({}, { horizontal: "center", vertical: "middle", wrap: true, border: true, fill: FILL("not_assessed") }),
  achievedBold: style({ bold: true }, { horizontal: "center", vertical: "middle", wrap: true, border: true, fill: FILL("achieved") }),
  not_achievedBold: style({ bold: true }, { horizontal: "center", vertical: "middle", wrap: true, border: true, fill: FILL("not_achieved") }),
  not_assessedBold: style({ bold: true }, { horizontal: "center", vertical: "middle", wrap: true, border: true, fill: FILL("not_assessed") }),
  total: style({ bold: true }, { horizontal: "left", vertical: "middle", wrap: true }),
  list: style({}, { horizontal: "left", vertical: "top", wrap: true }),
  paragraph: style({}, { horizontal: "left", vertical: "top", wrap: true }),
  sign: style({ bold: true }, { horizontal: "center", vertical: "middle" }),
  signNote: style({ italic: true }, { horizontal: "center", vertical: "middle" }),
};

interface Words {
  orgParent: (district: string) => string;
  org: (commune: string | null) => string;
  nation: string;
  motto: string;
  placeDate: (place: string | null, date: Date | undefined) => string;
  title: string;
  place: (commune: string | null, district: string | null, province: string | null) => string | null;
  subtitle: (period: string | undefined, setName: string, region: string | null) => string;
  header: string[];
  criterionSummary: (achieved: number, total: number) => string;
  totalAchieved: (a: number, t: number) => string;
  listAchieved: string;
  listNotAchieved: string;
  listNotAssessed: string;
  none: string;
  sign1: string;
  sign2: string;
  signNote: string;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const VI: Words = {
  orgParent: (d) => `UBND HUYỆN ${upper(d)}`,
  org: (c) => (c ? `UBND XÃ ${upper(c)}` : "UBND XÃ ……………"),
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  // Decree 30/2020/NĐ-CP: days below 10 and months 1–2 are written with a leading zero.
  placeDate: (p, d) =>
    `${p ?? "……………"}, ` +
    (d
      ? `ngày ${pad2(d.getDate())} tháng ${d.getMonth() < 2 ? pad2(d.getMonth() + 1) : d.getMonth() + 1} năm ${d.getFullYear()}`
      : "ngày …… tháng …… năm ……"),
  title: "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI",
  place: (c, d, p) => {
    const parts = [c && `Xã ${c}`, d && `huyện ${d}`, p && provinceWithLevel(p, "vi")].filter(Boolean) as string[];
    if (parts.length === 0) return null;
    const s = parts.join(", ");
    return s.charAt(0).toUpperCase() + s.slice(1);
  },
  subtitle: (period, set, region) =>
    "(" +
    [period, `theo ${set}`, region && (/^vùng /i.test(region) ? region : `vùng ${region}`)].filter(Boolean).join("; ") +
    ")",
  header: ["TT", "Tên tiêu chí", "Nội dung chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Đánh giá", "Tự đánh giá của xã", "Ghi chú"],
  criterionSummary: (a, t) => `Kết quả chung của tiêu chí (${a}/${t} chỉ tiêu đạt)`,
  totalAchieved: (a, t) => `Tổng số tiêu chí đạt: ${a}/${t}`,
  listAchieved: "Các tiêu chí đạt",
  listNotAchieved: "Các tiêu chí chưa đạt",
  listNotAssessed: "Các tiêu chí chưa đánh giá",
  none: "Không có",
  sign1: "TM. ỦY BAN NHÂN DÂN",
  sign2: "CHỦ TỊCH",
  signNote: "(Ký, ghi rõ họ tên, đóng dấu)",
};

const EN: Words = {
  orgParent: (d) => `PEOPLE'S COMMITTEE OF ${upper(d)} DISTRICT`,
  org: (c) => (c ? `PEOPLE'S COMMITTEE OF ${upper(c)} COMMUNE` : "COMMUNE PEOPLE'S COMMITTEE"),
  nation: "SOCIALIST REPUBLIC OF VIETNAM",
  motto: "Independence - Freedom - Happiness",
  placeDate: (p, d) =>
    `${p ?? "……………"}, ` + (d ? `${d.getDate()} ${EN_MONTHS[d.getMonth()]} ${d.getFullYear()}` : "…… / …… / ……"),
  title: "SUMMARY OF RESULTS AGAINST THE NATIONAL CRITERIA FOR NEW RURAL COMMUNES",
  place: (c, d, p) => {
    const parts = [c && `${c} commune`, d && `${d} district`, p && provinceWithLevel(p, "en")].filter(Boolean) as string[];
    return parts.length ? parts.join(", ") : null;
  },
  subtitle: (period, set, region) => "(" + [period, `under ${set}`, region && `region: ${region}`].filter(Boolean).join("; ") + ")",
  header: ["No.", "Criterion", "Indicator", "Threshold", "Current figure", "Verdict", "Commune's self-assessment", "Notes"],
  criterionSummary: (a, t) => `Criterion overall (${a}/${t} indicators achieved)`,
  totalAchieved: (a, t) => `Criteria achieved: ${a}/${t}`,
  listAchieved: "Criteria achieved",
  listNotAchieved: "Criteria not achieved",
  listNotAssessed: "Criteria not assessed",
  none: "None",
  sign1: "ON BEHALF OF THE PEOPLE'S COMMITTEE",
  sign2: "CHAIRPERSON",
  signNote: "(Signature, full name, seal)",
};

function upper(s: string): string {
  return s.normalize("NFC").toLocaleUpperCase("vi");
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
  const w = lang === "vi" ? VI : EN;
  const commune = bareName(meta.commune ?? result.commune, COMMUNE_PREFIXES);
  const district = bareName(meta.district, DISTRICT_PREFIXES);
  const province = bareName(meta.province ?? result.province, []);

  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const put = (row: number, col: number, value: string | number | null, st: string, toCol = col, toRow = row) => {
    cells.push({ row, col, value, style: st });
    if (toCol > col || toRow > row) merges.push({ r1: row, c1: col, r2: toRow, c2: toCol });
  };
  /** Border on every cell of a table merge, so the whole area is outlined when drawn. */
  const fillMerge = (r1: number, c1: number, r2: number, c2: number, st: string) => {
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) cells.push({ row: r, col: c, value: null, style: st });
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
  for (const cr of criteria) {
    const first = row;
    const last = row + cr.indicators.length;
    put(first, 0, cr.no, "tt", 0, last);
    fillMerge(first, 0, last, 0, "tt");
    put(first, 1, cr.name, "criterion", 1, last);
    fillMerge(first, 1, last, 1, "criterion");
    const achieved = cr.indicators.filter((i) => i.verdict === "achieved").length;
    put(first, 2, w.criterionSummary(achieved, cr.indicators.length), "criterionSummary", 4);
    fillMerge(first, 2, first, 4, "criterionSummary");
    put(first, 5, verdictLabel(cr.verdict, lang), `${cr.verdict}Bold`);
    put(first, 6, cr.selfAssessment, "centre");
    put(first, 7, selfNote(cr.selfVerdict, cr.selfAssessment, cr.verdict, lang) ?? "", "text");
    row++;
    for (const ind of cr.indicators) {
      put(row, 2, indicatorText(ind.code, ind.name), "text");
      put(row, 3, thresholdText(ind, lang), "centre");
      put(row, 4, ind.figureRaw ?? "", "centre");
      put(row, 5, verdictLabel(ind.verdict, lang), ind.verdict);
      put(row, 6, ind.selfAssessment ?? "", "centre");
      put(row, 7, indicatorNote(ind, lang), "text");
      row++;
    }
  }
  row++;

  // Totals.
  const listOf = (v: Verdict) => criteria.filter((c: CriterionResult) => c.verdict === v).map((c) => criterionLabel(c, lang));
  put(row++, 0, w.totalAchieved(result.criteriaAchieved, result.criteriaTotal), "total", LAST_COL);
  const achievedList = listOf("achieved");
  const notAchievedList = listOf("not_achieved");
  const notAssessedList = listOf("not_assessed");
  put(row++, 0, `${w.listAchieved}: ${achievedList.length ? achievedList.join("; ") : w.none}`, "list", LAST_COL);
  put(row++, 0, `${w.listNotAchieved}: ${notAchievedList.length ? notAchievedList.join("; ") : w.none}`, "list", LAST_COL);
  if (notAssessedList.length) put(row++, 0, `${w.listNotAssessed}: ${notAssessedList.join("; ")}`, "list", LAST_COL);
  row++;

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
