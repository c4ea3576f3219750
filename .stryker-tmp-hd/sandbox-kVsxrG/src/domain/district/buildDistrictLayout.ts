// @ts-nocheck
import { VERDICT_COLOURS } from "../evaluation/verdictColours";
import type { Lang } from "../messages/Lang";
import type { Verdict } from "../evaluation/Verdict";
import type { Merge } from "../grid/Grid";
import { fitRowHeights } from "../summary/fitRows";
import type { CellStyle, LayoutCell, SheetLayout } from "../summary/SheetLayout";
import { verdictLabel } from "../messages";
import type { DistrictFigures } from "./consolidate";
import { bandLabel, buildDistrictParagraph, criterionName, excludedText, formatAverage, nearlyThereText } from "./districtText";
import { criteriaLists, nearlyThere, notAchievedBy } from "./plan";

export const DISTRICT_SHEET_NAME = "Tổng hợp các xã";
export const DISTRICT_SHEET_NAME_EN = "Communes summary";

/** What the district sheet says besides the figures. */
export interface DistrictMeta {
  /** Criteria set name, for the subtitle. */
  setName: string;
  /** Province display name, when chosen. */
  province?: string | null;
  lang: Lang;
}

const FONT = { name: "Times New Roman", size: 12 } as const;
const FILL = (v: Verdict): string => `#${VERDICT_COLOURS[v].fill}`;
const s = (font: Partial<NonNullable<CellStyle["font"]>>, rest: Omit<CellStyle, "font"> = {}): CellStyle => ({ font: { ...FONT, ...font }, ...rest });
const cellBox = { vertical: "middle", wrap: true, border: true } as const;

const STYLES: Record<string, CellStyle> = {
  title: s({ bold: true, size: 13 }, { horizontal: "center", vertical: "middle", wrap: true }),
  subtitle: s({ italic: true }, { horizontal: "center", vertical: "middle", wrap: true }),
  th: s({ bold: true }, { horizontal: "center", ...cellBox, fill: "#D9E1F2" }),
  tt: s({}, { horizontal: "center", ...cellBox, numberFormat: "0" }),
  name: s({}, { horizontal: "left", ...cellBox }),
  file: s({ italic: true, size: 10 }, { horizontal: "left", ...cellBox }),
  count: s({ bold: true }, { horizontal: "center", ...cellBox, numberFormat: "0" }),
  centre: s({}, { horizontal: "center", ...cellBox }),
  achieved: s({}, { horizontal: "center", ...cellBox, fill: FILL("achieved") }),
  not_achieved: s({}, { horizontal: "center", ...cellBox, fill: FILL("not_achieved") }),
  not_assessed: s({ size: 10 }, { horizontal: "center", ...cellBox, fill: FILL("not_assessed") }),
  totalLabel: s({ bold: true }, { horizontal: "left", ...cellBox, fill: "#F2F2F2" }),
  totalCount: s({ bold: true }, { horizontal: "center", ...cellBox, fill: "#F2F2F2", numberFormat: "0" }),
  section: s({ bold: true }, { horizontal: "left", vertical: "middle" }),
  label: s({}, { horizontal: "left", ...cellBox }),
  list: s({}, { horizontal: "left", ...cellBox }),
  average: s({ bold: true }, { horizontal: "center", ...cellBox }),
  paragraph: s({}, { horizontal: "left", vertical: "top", wrap: true }),
  note: s({ italic: true }, { horizontal: "left", vertical: "top", wrap: true }),
};

/** Titles are upper case, the consolidating body's name too ("TỈNH LẠNG SƠN"). */
const upper = (text: string) => text.toLocaleUpperCase("vi");

const W = {
  vi: {
    title: (unit: string | null) => `BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI CỦA CÁC XÃ${unit ? ` TRÊN ĐỊA BÀN ${upper(unit)}` : ""}`,
    subtitle: (set: string, province?: string | null) => (set ? `(Theo ${set}${province ? `; tỉnh ${province}` : ""})` : province ? `(Tỉnh ${province})` : ""),
    tt: "TT",
    commune: "Tên xã",
    criteria: "Kết quả thực hiện các tiêu chí",
    criterion: (no: number) => `TC ${no}`,
    achieved: "Số tiêu chí đạt",
    band: "Nhóm",
    file: "Tệp",
    perCriterion: "Số xã đạt tiêu chí",
    figures: (unit: string | null) => (unit ? `SỐ LIỆU TỔNG HỢP CỦA ${upper(unit)}` : "SỐ LIỆU TỔNG HỢP"),
    count: "Số xã",
    names: "Tên các xã",
    average: "Bình quân tiêu chí đạt/xã",
    paragraph: "ĐOẠN VĂN ĐỂ DÁN VÀO BÁO CÁO",
    missing: "Tiêu chí chưa đạt",
    nearly: (max: number) => `XÃ GẦN ĐẠT CHUẨN (CÒN THIẾU KHÔNG QUÁ ${max} TIÊU CHÍ)`,
    nearlyNone: "Không có xã nào.",
    byCriterion: "CÁC XÃ CHƯA ĐẠT THEO TỪNG TIÊU CHÍ",
    criterionCol: "Tiêu chí",
    notAchievedCount: "Số xã chưa đạt",
    excluded: "CÁC TỆP KHÔNG ĐƯỢC TỔNG HỢP",
    bandShort: (min: number, max: number, total: number) => (min === total ? `${total}` : min === 0 ? `< ${max + 1}` : `${min}-${max}`),
  },
  en: {
    title: (unit: string | null) => `SUMMARY OF COMMUNES' RESULTS AGAINST THE NEW RURAL COMMUNE CRITERIA${unit ? `: ${upper(unit)}` : ""}`,
    subtitle: (set: string, province?: string | null) => (set ? `(Under ${set}${province ? `; ${province} province` : ""})` : province ? `(${province} province)` : ""),
    tt: "No.",
    commune: "Commune",
    criteria: "Criteria",
    criterion: (no: number) => `C${no}`,
    achieved: "Criteria achieved",
    band: "Band",
    file: "File",
    perCriterion: "Communes achieving it",
    figures: (unit: string | null) => (unit ? `CONSOLIDATED FIGURES: ${upper(unit)}` : "CONSOLIDATED FIGURES"),
    count: "Communes",
    names: "Names",
    average: "Average criteria per commune",
    paragraph: "TEXT FOR THE REPORT",
    missing: "Criteria not achieved",
    nearly: (max: number) => `COMMUNES CLOSE TO THE STANDARD (AT MOST ${max} CRITERIA MISSING)`,
    nearlyNone: "None.",
    byCriterion: "COMMUNES NOT ACHIEVING EACH CRITERION",
    criterionCol: "Criterion",
    notAchievedCount: "Communes not achieving it",
    excluded: "FILES NOT CONSOLIDATED",
    bandShort: (min: number, max: number, total: number) => (min === total ? `${total}` : min === 0 ? `< ${max + 1}` : `${min}-${max}`),
  },
};

/**
 * The district sheet: one row per commune (TT, name, one coloured column per criterion, criteria
 * achieved, band, file), a row counting communes per criterion, then the band counts with names,
 * the average, the report paragraph and the files left out. Values only, never formulas.
 */
export function buildDistrictLayout(figures: DistrictFigures, meta: DistrictMeta): SheetLayout {
  const lang = meta.lang;
  const w = W[lang];
  const nos = figures.criterionNos;
  const cAchieved = 2 + nos.length;
  const cBand = cAchieved + 1;
  const cMissing = cBand + 1;
  const cFile = cMissing + 1;
  const last = cFile;
  const widths = [5, 18, ...nos.map(() => 8.5), 9, 8, 16, 24];

  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const put = (row: number, col: number, value: string | number | null, style: string, toCol = col, toRow = row) => {
    cells.push({ row, col, value, style });
    if (toCol > col || toRow > row) merges.push({ r1: row, c1: col, r2: toRow, c2: toCol });
    // Border every cell of a bordered merge so the whole area is outlined.
    if (STYLES[style]?.border) for (let r = row; r <= toRow; r++) for (let c = col; c <= toCol; c++) if (r !== row || c !== col) cells.push({ row: r, col: c, value: null, style });
  };

  let row = 0;
  put(row++, 0, w.title(figures.unit), "title", last);
  put(row++, 0, w.subtitle(meta.setName, meta.province), "subtitle", last);
  row++;

  // Commune table: two header rows, criteria grouped under one heading.
  const h1 = row;
  put(h1, 0, w.tt, "th", 0, h1 + 1);
  put(h1, 1, w.commune, "th", 1, h1 + 1);
  put(h1, 2, w.criteria, "th", 1 + nos.length);
  nos.forEach((no, i) => put(h1 + 1, 2 + i, w.criterion(no), "th"));
  put(h1, cAchieved, w.achieved, "th", cAchieved, h1 + 1);
  put(h1, cBand, w.band, "th", cBand, h1 + 1);
  put(h1, cMissing, w.missing, "th", cMissing, h1 + 1);
  put(h1, cFile, w.file, "th", cFile, h1 + 1);
  row = h1 + 2;

  const total = figures.criteriaTotal;
  figures.communes.forEach((e, i) => {
    put(row, 0, i + 1, "tt");
    put(row, 1, e.commune, "name");
    nos.forEach((no, j) => {
      const v = e.criteria[String(no)] ?? "not_assessed";
      put(row, 2 + j, verdictLabel(v, lang), v);
    });
    put(row, cAchieved, e.criteriaAchieved, "count");
    const band = figures.bands.find((b) => e.criteriaAchieved >= b.min && e.criteriaAchieved <= b.max);
    put(row, cBand, band ? w.bandShort(band.min, band.max, total) : "", "centre");
    put(row, cMissing, criteriaLists(e, nos).notAchieved.join(", "), "centre");
    put(row, cFile, e.file.split(/[\\/]/).pop() ?? e.file, "file");
    row++;
  });
  put(row, 0, w.perCriterion, "totalLabel", 1);
  nos.forEach((no, j) => put(row, 2 + j, figures.perCriterion[String(no)] ?? 0, "totalCount"));
  put(row, cAchieved, figures.average === null ? "" : formatAverage(figures.average, lang), "totalCount");
  put(row, cBand, "", "totalCount", cFile);
  row += 2;

  // District figures: bands with names, then the average.
  put(row++, 0, w.figures(figures.unit), "section", last);
  const namesTo = last;
  const split = Math.min(cAchieved - 1, 7);
  put(row, 0, null, "th", split - 1);
  put(row, split, w.count, "th");
  put(row, split + 1, w.names, "th", namesTo);
  row++;
  for (const b of figures.bands) {
    put(row, 0, bandLabel(b, lang), "label", split - 1);
    put(row, split, b.communes.length, "count");
    put(row, split + 1, b.communes.join(", "), "list", namesTo);
    row++;
  }
  put(row, 0, w.average, "label", split - 1);
  put(row, split, figures.average === null ? "" : formatAverage(figures.average, lang), "average");
  put(row, split + 1, "", "list", namesTo);
  row += 2;

  // Communes nearly there, with what they miss.
  put(row++, 0, w.nearly(figures.nearlyThereMax), "section", last);
  const near = nearlyThere(figures.communes, nos, figures.nearlyThereMax);
  if (near.length === 0) put(row++, 0, w.nearlyNone, "note", last);
  near.forEach((n, i) => {
    put(row, 0, i + 1, "tt");
    put(row, 1, nearlyThereText(figures, n, lang), "list", last);
    row++;
  });
  row++;

  // For each criterion, the communes not achieving it: how the work is handed to departments.
  put(row++, 0, w.byCriterion, "section", last);
  put(row, 0, w.criterionCol, "th", split - 1);
  put(row, split, w.notAchievedCount, "th");
  put(row, split + 1, w.names, "th", namesTo);
  row++;
  const by = notAchievedBy(figures.communes, nos);
  for (const no of nos) {
    put(row, 0, criterionName(figures, no, lang), "label", split - 1);
    put(row, split, by[String(no)].length, "count");
    put(row, split + 1, by[String(no)].join(", "), "list", namesTo);
    row++;
  }
  row++;

  put(row++, 0, w.paragraph, "section", last);
  put(row++, 0, buildDistrictParagraph(figures, lang), "paragraph", last);

  if (figures.excluded.length > 0) {
    row++;
    put(row++, 0, w.excluded, "section", last);
    for (const x of figures.excluded) put(row++, 0, `${x.file}: ${excludedText(x, lang)}`, "note", last);
  }

  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  merges.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  return {
    name: lang === "vi" ? DISTRICT_SHEET_NAME : DISTRICT_SHEET_NAME_EN,
    columnWidths: widths,
    rowHeights: fitRowHeights(cells, merges, STYLES, widths),
    cells,
    merges,
    styles: structuredClone(STYLES),
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: [h1, h1 + 1] },
  };
}
