/**
 * A seeded generator of indicator tables laid out the many ways commune offices lay them out.
 * Every workbook comes with what a right reading must recover: for each indicator written, its
 * code, figure cell, threshold and self-assessment. Features combine independently (see `Layout`).
 */
import type { CellInput } from "../../src/domain/figures/Figure";
import type { GridCell, Merge, SheetGrid, WorkbookGrid } from "../../src/domain/grid/Grid";
import type { Indicator } from "../../src/domain/definitions/schema";
import { SET } from "../fixtures/grid";

export interface Layout {
  titleBlock: boolean;
  stt: "none" | "restarting" | "continuous";
  codeStyle: "plain" | "dot" | "section" | "said" | "tc" | "number" | "prefix";
  criterionRows: "heading" | "numberName" | "decision" | "none";
  /** Single-indicator criteria as a criterion row followed by their content row (with numberName). */
  singlePairs: boolean;
  threshold: "none" | "single" | "regional";
  self: boolean;
  /** Note rows and a "Ghi chú" column, both with numbers in them. */
  notes: boolean;
  /** Hidden blank rows, and hidden copies of indicator rows with other figures. */
  hiddenRows: boolean;
  /** A hidden blank copy of the form before the filled sheets. */
  hiddenTemplate: boolean;
  /** The table split over this many sheets. */
  sheets: 1 | 2 | 3;
  /** Figures as formulas with their cached value (percent of a count). */
  formulas: boolean;
  /** Text in NFD (decomposed) form. */
  nfd: boolean;
  /** Figures as numbers (percent-formatted, money as a number) rather than text. */
  numbers: boolean;
  /** A "(1) (2) (3)" numbering row under the header. */
  numbering: boolean;
  /** An earlier period's figure and self-assessment columns before the latest ("6 tháng đầu năm 2024" | "Cả năm 2024"). */
  periods: boolean;
}

export interface ExpectedIndicator {
  code: string;
  figure: { sheet: string; row: number; col: number };
  threshold: string | number | null;
  self: string | null;
}

export interface Generated {
  seed: number;
  layout: Layout;
  grid: WorkbookGrid;
  region: string;
  expected: ExpectedIndicator[];
  /** Formula text for figure cells written as formulas, by "sheet!row!col" (for the .xlsx writer). */
  formulas: Map<string, string>;
}

const REGIONS = ["tdmn-phia-bac", "dong-bang-song-hong", "bac-trung-bo", "duyen-hai-nam-trung-bo", "tay-nguyen", "dong-nam-bo", "dong-bang-song-cuu-long"];
const REGION_HEADERS = ["TDMNPB", "ĐBSH", "BTB", "DHNTB", "TN", "ĐNB", "ĐBSCL"];
const COMMUNES = ["Liên Sơn", "Bình Trung", "Tân Hương", "Bắc Quỳnh", "Chiến Thắng", "Hồng Minh", "Nhất Hòa", "Vũ Lễ"];

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(seed: number): Generated {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number): boolean => r() < p;

  const criterionRows = pick(["heading", "numberName", "decision", "none"] as const);
  const layout: Layout = {
    titleBlock: chance(0.6),
    stt: criterionRows === "decision" ? "none" : pick(["none", "restarting", "continuous"] as const),
    codeStyle: criterionRows === "decision" ? "prefix" : pick(["plain", "dot", "section", "said", "tc", "number", "prefix"] as const),
    criterionRows,
    singlePairs: criterionRows === "numberName" && chance(0.6),
    threshold: pick(["none", "single", "regional"] as const),
    self: chance(0.7),
    notes: chance(0.5),
    hiddenRows: chance(0.4),
    hiddenTemplate: chance(0.25),
    sheets: pick([1, 1, 2, 3] as const),
    formulas: chance(0.3),
    nfd: chance(0.25),
    numbers: chance(0.5),
    numbering: chance(0.3),
    periods: false,
  };
  layout.periods = layout.threshold !== "regional" && chance(0.2);
  const text = (s: string): string => (layout.nfd ? s.normalize("NFD") : s);
  const region = pick(REGIONS);

  // Which criteria and indicators are written: most, in order; 17.10 as a number needs one of 17.2–17.9 before it.
  const chosen = SET.criteria
    .map((c) => ({ c, inds: c.indicators.filter(() => chance(0.85)) }))
    .filter((x) => x.inds.length > 0 && chance(0.9));
  if (chosen.length === 0) chosen.push({ c: SET.criteria[3], inds: SET.criteria[3].indicators });
  if (layout.codeStyle === "number") {
    const c17 = chosen.find((x) => x.c.no === 17);
    if (c17 && c17.inds.some((i) => i.code === "17.10") && !c17.inds.some((i) => /^17\.[2-9]$/.test(i.code))) {
      c17.inds = c17.c.indicators.filter((i) => c17.inds.includes(i) || i.code === "17.9");
    }
  }

  // Columns, left to right.
  let col = 0;
  const cols = {
    stt: layout.stt !== "none" ? col++ : -1,
    tt: layout.criterionRows === "decision" ? col++ : -1,
    code: layout.codeStyle === "prefix" ? -1 : col++,
    name: col++,
    general: layout.threshold === "regional" ? col++ : -1,
    regions: layout.threshold === "regional" ? REGIONS.map(() => col++) : [],
    threshold: layout.threshold === "single" ? col++ : -1,
    earlier: layout.periods ? col++ : -1,
    earlierSelf: layout.periods ? col++ : -1,
    figure: col++,
    self: layout.self ? col++ : -1,
    note: layout.notes ? col++ : -1,
  };
  const width = col;
  const codeCol = cols.code >= 0 ? cols.code : cols.name;

  const expected: ExpectedIndicator[] = [];
  const formulas = new Map<string, string>();
  const sheets: SheetGrid[] = [];
  const chunks: (typeof chosen)[] = [];
  const per = Math.ceil(chosen.length / layout.sheets);
  for (let k = 0; k < chosen.length; k += per) chunks.push(chosen.slice(k, k + per));

  const build = (name: string, part: typeof chosen, first: boolean, template: boolean): SheetGrid => {
    const rows: GridCell[][] = [];
    const merges: Merge[] = [];
    const hiddenRows: number[] = [];
    const blank = (): GridCell[] => Array.from({ length: width }, () => null);
    const put = (row: GridCell[], c: number, v: CellInput | string | number | null): void => {
      if (c < 0 || v === null) return;
      row[c] = typeof v === "object" ? v : { value: typeof v === "string" ? text(v) : v };
    };
    if (layout.titleBlock && first) {
      const commune = pick(COMMUNES);
      const t1 = blank();
      put(t1, 0, `UBND XÃ ${commune.toLocaleUpperCase("vi")}`);
      rows.push(t1);
      const t2 = blank();
      put(t2, 0, `BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI NĂM 2024`);
      rows.push(t2, blank());
    }
    if (layout.periods) {
      const p = blank();
      put(p, cols.earlier, "6 tháng đầu năm 2024");
      put(p, cols.figure, pick(["Cả năm 2024", "Ước thực hiện cả năm 2024"]));
      merges.push({ r1: rows.length, c1: cols.earlier, r2: rows.length, c2: cols.earlierSelf });
      if (cols.self >= 0) merges.push({ r1: rows.length, c1: cols.figure, r2: rows.length, c2: cols.self });
      for (const c of [cols.stt, cols.tt, cols.code, cols.name, cols.threshold, cols.note]) if (c >= 0) merges.push({ r1: rows.length, c1: c, r2: rows.length + 1, c2: c });
      rows.push(p);
    }
    // Header (two rows when regional).
    const h = blank();
    put(h, cols.stt, "STT");
    put(h, cols.tt, "TT");
    put(h, cols.code, cols.stt >= 0 ? pick(["Chỉ tiêu", "Mã chỉ tiêu"]) : pick(["TT", "Mã chỉ tiêu", "Mã số"]));
    put(h, cols.name, layout.criterionRows === "decision" ? "Nội dung tiêu chí" : pick(["Nội dung tiêu chí", "Nội dung", "Tên chỉ tiêu"]));
    if (layout.criterionRows === "decision") put(h, cols.tt + 0, "TT");
    // Some forms head the targets just "Chỉ tiêu" ("Nội dung | Chỉ tiêu | Kết quả"), even beside a code column of the same name.
    put(h, cols.threshold, pick(["Chỉ tiêu đạt chuẩn", "Yêu cầu", "Chỉ tiêu đạt chuẩn (vùng TDMNPB)", "Chỉ tiêu"]));
    put(h, cols.general, "Chỉ tiêu chung");
    if (cols.regions.length) put(h, cols.regions[0], "Chỉ tiêu theo vùng");
    put(h, cols.figure, pick(["Kết quả thực hiện", "Hiện trạng", "Kết quả", "Số liệu"]));
    put(h, cols.self, pick(["Tự đánh giá", "Đánh giá", "Kết quả đánh giá"]));
    put(h, cols.note, "Ghi chú");
    put(h, cols.earlier, "Kết quả");
    put(h, cols.earlierSelf, "Đánh giá");
    if (layout.periods) {
      put(h, cols.figure, "Kết quả");
      put(h, cols.self, "Đánh giá");
      // The role row's first columns are covered by the period row's vertical merges.
      for (const c of [cols.stt, cols.tt, cols.code, cols.name, cols.threshold, cols.note]) if (c >= 0) {
        rows[rows.length - 1][c] = h[c];
        h[c] = null;
      }
    }
    const headerRow = rows.length;
    rows.push(h);
    if (cols.regions.length) {
      const sub = blank();
      cols.regions.forEach((c, k) => put(sub, c, REGION_HEADERS[k]));
      merges.push({ r1: headerRow, c1: cols.regions[0], r2: headerRow, c2: cols.regions[cols.regions.length - 1] });
      for (const c of [cols.stt, cols.tt, cols.code, cols.name, cols.general, cols.figure, cols.self, cols.note]) if (c >= 0) merges.push({ r1: headerRow, c1: c, r2: headerRow + 1, c2: c });
      rows.push(sub);
    }
    if (layout.numbering) {
      const n = blank();
      for (let c = 0; c < width; c++) put(n, c, `(${c + 1})`);
      rows.push(n);
    }

    let ordinal = 0;
    for (const { c, inds } of part) {
      const single = c.indicators.length === 1;
      if (layout.stt === "restarting") ordinal = 0;
      const critRowIndex = rows.length;
      let pairRow = false;
      if (layout.criterionRows === "heading") {
        const row = blank();
        put(row, 0, pick([`Tiêu chí số ${c.no}: ${c.name}`, `Tiêu chí số ${c.no} - ${c.name}`, `TIÊU CHÍ SỐ ${c.no} - ${c.name.toLocaleUpperCase("vi")}`]));
        merges.push({ r1: rows.length, c1: 0, r2: rows.length, c2: width - 1 });
        rows.push(row);
      } else if (layout.criterionRows === "numberName" && (!single || layout.singlePairs)) {
        const row = blank();
        put(row, codeCol, layout.codeStyle === "number" || chance(0.5) ? c.no : String(c.no));
        put(row, codeCol === cols.name ? cols.name : cols.name, codeCol === cols.name ? `${c.no}. ${c.name}` : c.name);
        if (codeCol === cols.name) row[codeCol] = { value: text(`${c.no}. ${c.name}`) };
        // A single-indicator criterion's heading that carries the criterion's verdict in the result
        // column ("7 | Cơ sở hạ tầng thương mại nông thôn | | Đạt"), its indicator row next with a threshold.
        if (single && cols.threshold >= 0 && codeCol !== cols.name && chance(0.5)) {
          put(row, cols.figure, pick(["Đạt", "Chưa đạt"]));
          put(row, codeCol, layout.codeStyle === "tc" ? `TC${c.no}` : pick([`TC ${c.no}`, String(c.no)]));
        }
        rows.push(row);
        pairRow = single;
      }
      inds.forEach((ind, k) => {
        // A hidden copy with another figure just before the visible row, or a hidden blank row.
        if (layout.hiddenRows && layout.criterionRows !== "decision" && chance(0.15)) {
          const copy = indicatorRow(ind, c.no, single, k, ordinal, true);
          hiddenRows.push(rows.length);
          rows.push(copy.row);
        } else if (layout.hiddenRows && chance(0.1) && layout.criterionRows !== "decision") {
          hiddenRows.push(rows.length);
          rows.push(blank());
        }
        ordinal++;
        const { row, threshold, self } = indicatorRow(ind, c.no, single, k, ordinal, false);
        const at = rows.length;
        rows.push(row);
        if (!template) expected.push({ code: ind.code, figure: { sheet: name, row: at, col: cols.figure }, threshold, self });
        if (layout.notes && chance(0.15)) {
          const note = blank();
          put(note, cols.name, pick(["Trong đó: 2 thôn chưa đạt, 3 thôn đạt", "Ghi chú: số liệu đến 30/6/2024, 722 hộ", "(Số liệu năm 2023: 84,06%)"]));
          rows.push(note);
        }
      });
      if (layout.criterionRows === "decision") {
        const last = rows.length - 1;
        if (last > critRowIndex) {
          merges.push({ r1: critRowIndex, c1: cols.tt, r2: last, c2: cols.tt });
        }
      }
      void pairRow;
    }
    return { name, originRow: 0, originCol: 0, rows, merges, hiddenRows, hidden: template };

    function indicatorRow(ind: Indicator, no: number, single: boolean, k: number, ord: number, decoy: boolean): { row: GridCell[]; threshold: string | number | null; self: string | null } {
      const row = blank();
      put(row, cols.stt, ord);
      if (layout.criterionRows === "decision" && k === 0) {
        put(row, cols.tt, no);
      }
      const code = ind.code;
      const [major, minor] = code.split(".");
      const nameText = ind.name.slice(0, 80);
      if (layout.codeStyle === "prefix") {
        const content = single && layout.criterionRows === "decision" ? nameText : `${code}. ${nameText}`;
        put(row, cols.name, content);
      } else {
        let written: string | number;
        switch (layout.codeStyle) {
          case "plain":
            written = code;
            break;
          case "dot":
            written = `${code}.`;
            break;
          case "section":
            written = `1.${code}`;
            break;
          case "said":
            written = `Chỉ tiêu ${code}`;
            break;
          case "tc":
            written = `TC${code}`;
            break;
          default:
            written = minor === undefined ? Number(major) : Number(`${major}.${minor}`);
        }
        put(row, cols.code, written);
        put(row, cols.name, nameText);
      }
      // Threshold and figure by kind.
      let thresholdText: string | null = null;
      let figure: CellInput | null = null;
      const pct = Math.round(r() * 1000) / 10;
      switch (ind.kind) {
        case "percent":
          thresholdText = pick(["≥ 70%", "100%", "≥ 95%", "≤ 13%"]);
          if (layout.formulas && chance(0.5)) {
            const d = 100 + Math.floor(r() * 800);
            const n = Math.floor(r() * d);
            figure = { value: n / d, numberFormat: "0.00%", text: `${((n * 100) / d).toFixed(2).replace(".", ",")}%` };
            if (!decoy) formulas.set(`${name}!${rows.length}!${cols.figure}`, `${n}/${d}`);
          } else if (layout.numbers) figure = { value: pct / 100, numberFormat: "0.0%" };
          else figure = { value: text(pick([`${String(pct).replace(".", ",")}%`, `${Math.round(pct)}/100 hộ (${Math.round(pct)}%)`])) };
          break;
        case "amount":
          thresholdText = "≥ 39 triệu đồng/người/năm";
          figure = layout.numbers ? { value: 23500000, numberFormat: "#,##0" } : { value: text(`${20 + Math.floor(r() * 50)} triệu đồng/người/năm`) };
          break;
        case "none":
          thresholdText = "Không";
          figure = { value: text(pick(["Không", "12 nhà"])) };
          break;
        default:
          thresholdText = "Đạt";
          figure = { value: text(pick(["Đạt", "Chưa đạt"])) };
      }
      if (chance(0.05)) figure = null; // blank: no figure yet
      if (decoy) figure = { value: text("Chưa đạt") };
      put(row, cols.figure, figure);
      put(row, cols.earlier, pick(["50%", "Chưa đạt", "Đạt"]));
      put(row, cols.earlierSelf, pick(["Chưa đạt", "Đạt"]));
      let threshold: string | number | null = null;
      if (cols.threshold >= 0) {
        put(row, cols.threshold, thresholdText);
        threshold = text(thresholdText!);
      } else if (cols.regions.length) {
        const general = chance(0.7) ? thresholdText : null;
        put(row, cols.general, general);
        const mineIndex = REGIONS.indexOf(region);
        let mine: string | null = null;
        cols.regions.forEach((c, j) => {
          const v = chance(0.6) ? pick(["≥ 70%", "≥ 80%", "100%", "Đạt"]) : null;
          put(row, c, v);
          if (j === mineIndex) mine = v;
        });
        threshold = mine !== null ? text(mine) : general !== null ? text(general) : null;
      }
      let self: string | null = null;
      if (cols.self >= 0 && chance(0.9)) {
        self = text(pick(["Đạt", "Chưa đạt"]));
        row[cols.self] = { value: self };
      }
      if (cols.note >= 0 && chance(0.3)) put(row, cols.note, pick(["722 hộ", "Đạt 2/3 thôn", "Năm 2023: 85%"]));
      return { row, threshold, self };
    }
  };

  if (layout.hiddenTemplate) {
    const t = build("Mẫu", chosen, true, true);
    for (const row of t.rows) {
      if (cols.figure >= 0 && row[cols.figure]) row[cols.figure] = null;
      if (cols.self >= 0 && row[cols.self]) row[cols.self] = null;
    }
    sheets.push(t);
  }
  chunks.forEach((part, k) => sheets.push(build(layout.sheets === 1 ? "Biểu" : `TC phần ${k + 1}`, part, k === 0, false)));
  return { seed, layout, grid: { sheets }, region, expected, formulas };
}
