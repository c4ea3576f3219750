/**
 * Seeds shaped like the communes' real NTM workbooks (figures and wording from the reports in
 * shared/domain, e.g. Liên Sơn and Bình Trung, Lạng Sơn), for the Office adapter's tests and bench.
 */
// @ts-nocheck

import { a1 } from "../../../src/domain/grid/address";
import type { WorkbookGrid } from "../../../src/domain/grid/Grid";
import type { SeedSheet, SeedWorkbook } from "./state";

const CRITERIA = [
  "Quy hoạch", "Giao thông", "Thủy lợi và phòng, chống thiên tai", "Điện", "Trường học",
  "Cơ sở vật chất văn hóa", "Cơ sở hạ tầng thương mại nông thôn", "Thông tin và Truyền thông",
  "Nhà ở dân cư", "Thu nhập", "Nghèo đa chiều", "Lao động", "Tổ chức sản xuất và phát triển kinh tế nông thôn",
  "Giáo dục và Đào tạo", "Y tế", "Văn hóa", "Môi trường và an toàn thực phẩm",
  "Hệ thống chính trị và tiếp cận pháp luật", "Quốc phòng và An ninh",
];

/** Real figure cells: [shown figure, value, number format]. */
const FIGURES: [string | number, string | null][] = [
  [0.92, "0%"],
  ["146/185 hộ đạt 78,91%", null],
  [28_000_000, '#,##0 "đồng"'],
  ["Đạt", null],
  [124.75, '0.00 "ha"'],
  [0.998, "0.0%"],
  ["Chưa đánh giá", null],
  ["721/722 hộ (99,8%)", null],
];

function indicatorRows(criterion: number, count: number): (string | number | null)[][] {
  return Array.from({ length: count }, (_, k) => {
    const [figure] = FIGURES[(criterion + k) % FIGURES.length];
    return [`${criterion}.${k + 1}`, `Chỉ tiêu ${criterion}.${k + 1} thuộc tiêu chí ${CRITERIA[criterion - 1]}`, figure, k % 3 === 2 ? "Chưa đạt" : "Đạt"];
  });
}

function indicatorFormats(criterion: number, count: number): (string | null)[][] {
  return Array.from({ length: count }, (_, k) => [null, null, FIGURES[(criterion + k) % FIGURES.length][1], null]);
}

/** One sheet per criterion ("TC1"…"TC19"), a title row merged over A1:D1, a header, 4 indicators each. */
export function nineteenSheetWorkbook(): SeedWorkbook {
  return {
    sheets: CRITERIA.map((title, i): SeedSheet => {
      const n = i + 1;
      return {
        name: `TC${n}`,
        values: [[`Tiêu chí số ${n} về ${title}`, null, null, null], ["TT", "Nội dung chỉ tiêu", "Kết quả thực hiện", "Tự đánh giá"], ...indicatorRows(n, 4)],
        numberFormats: [[null, null, null, null], [null, null, null, null], ...indicatorFormats(n, 4)],
        merges: ["A1:D1"],
      };
    }),
  };
}

/** One sheet "Biểu 01" with ~80 indicator rows of all 19 criteria under one header. */
export function oneSheetWorkbook(): SeedWorkbook {
  const rows: (string | number | null)[][] = [["TT", "Nội dung chỉ tiêu", "Kết quả thực hiện", "Tự đánh giá"]];
  const formats: (string | null)[][] = [[null, null, null, null]];
  CRITERIA.forEach((_, i) => {
    const per = i % 2 === 0 ? 5 : 4;
    rows.push(...indicatorRows(i + 1, per));
    formats.push(...indicatorFormats(i + 1, per));
  });
  return { sheets: [{ name: "Biểu 01", values: rows, numberFormats: formats }] };
}

/** A sheet of `rows` × 10 columns of figures (numbers and short texts), for the payload limit. */
export function bigSheetWorkbook(rows: number): SeedWorkbook {
  const values: (string | number | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push([
      `Thôn ${r + 1}`, r + 1, 1000 + (r % 97) * 13.25, 0.5 + (r % 50) / 100, "Đạt",
      (r * 7919) % 100_000, `${r % 722}/722 hộ`, 124.75 + r, r % 2 === 0 ? "Chưa đạt" : "Đạt", r / 3,
    ]);
    formats.push([null, null, "#,##0.00", "0.0%", null, "#,##0", null, '0.00 "ha"', null, "0.000"]);
  }
  return { sheets: [{ name: "Số liệu", values, numberFormats: formats }] };
}

/** A workbook read by the file adapter, as a fake Excel seed (values, number formats, merges, hidden rows). */
export function seedFromGrid(grid: WorkbookGrid): SeedWorkbook {
  return {
    sheets: grid.sheets.map((g): SeedSheet => {
      const width = Math.max(0, ...g.rows.map((r) => r?.length ?? 0));
      const values = g.rows.map((r) => Array.from({ length: width }, (_, j) => r?.[j]?.value ?? null));
      const numberFormats = g.rows.map((r) => Array.from({ length: width }, (_, j) => r?.[j]?.numberFormat ?? null));
      return {
        name: g.name,
        origin: a1(g.originRow, g.originCol),
        values,
        numberFormats,
        merges: (g.merges ?? []).map((m) => `${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`),
        hiddenRows: g.hiddenRows ?? [],
        visibility: g.hidden ? "Hidden" : "Visible",
      };
    }),
  };
}
