// @ts-nocheck
import { cellStyle, clamp, firstCell, sheetModel } from "../../src/preview/sheetModel";
import type { SheetGrid } from "../../src/domain/grid/Grid";
import type { SheetLayout } from "../../src/domain/summary/SheetLayout";

/** Liên Sơn's TC 10-19 shape: a title merged over A4:E4, a header, hidden row 9, a table from row 7. */
const sheet: SheetGrid = {
  name: "TC 10-19",
  originRow: 3,
  originCol: 0,
  rows: [
    [{ value: "BIỂU ĐÁNH GIÁ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI" }, null, null, null, null],
    [],
    [],
    [{ value: "TT" }, { value: "Nội dung tiêu chí, chỉ tiêu" }, { value: "Chỉ tiêu đạt chuẩn" }, { value: "Kết quả thực hiện" }, { value: "Tự đánh giá" }],
    [{ value: "10" }, { value: "Thu nhập bình quân đầu người" }, null, { value: "28 triệu/người/năm" }, { value: "Chưa đạt" }],
    [{ value: "11" }, { value: "Nghèo đa chiều" }, null, { value: "Chưa đánh giá" }, { value: "Chưa đánh giá" }],
    [{ value: "12.1" }, { value: "Tỷ lệ lao động qua đào tạo" }, { value: "đạt từ 70%" }, { value: 0.7, numberFormat: "0%" }, { value: "Đạt" }],
  ],
  merges: [{ r1: 3, c1: 0, r2: 3, c2: 4 }, { r1: 7, c1: 2, r2: 8, c2: 2 }],
  hiddenRows: [8],
};

describe("sheetModel", () => {
  const m = sheetModel(sheet, undefined);

  test("rows from the top of the sheet to the used range's end, hidden ones left out", () => {
    expect(m.lastRow).toBe(9);
    expect(m.lastCol).toBe(4);
    expect(m.visibleRows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9]);
    expect(m.columns).toEqual([0, 1, 2, 3, 4]);
    expect(m.firstRow).toBe(0);
  });

  test("a merged area spans from its top-left cell; covered cells are null; hidden rows do not count", () => {
    expect(m.spans.get("3,0")).toEqual({ rows: 1, cols: 5 });
    expect(m.spans.get("3,4")).toBeNull();
    // C8:C9 with row 9 hidden: one row shows.
    expect(m.spanAt(7, 2)).toEqual({ rows: 1, cols: 1 });
    expect(m.spanAt(6, 3)).toEqual({ rows: 1, cols: 1 });
    expect(m.anchor({ row: 3, col: 2 })).toEqual({ row: 3, col: 0 });
    expect(m.anchor({ row: 6, col: 3 })).toEqual({ row: 6, col: 3 });
  });

  test("keyboard moves skip hidden rows and stay on the sheet", () => {
    expect(m.nextVisible(7)).toBe(9);
    expect(m.prevVisible(9)).toBe(7);
    expect(m.nextVisible(9)).toBe(9);
    expect(clamp({ row: 40, col: -2 }, m)).toEqual({ row: 9, col: 0 });
    expect(firstCell(sheet)).toEqual({ row: 3, col: 0 });
  });

  test("a generated sheet's widths and styles come from its layout", () => {
    const layout: SheetLayout = {
      name: "Tổng hợp NTM",
      columnWidths: [6, 40],
      cells: [{ row: 0, col: 1, value: "Tên tiêu chí", style: "head" }],
      merges: [],
      styles: { head: { font: { bold: true }, fill: "#D9E1F2", border: true } },
    };
    const g = sheetModel({ name: "Tổng hợp NTM", originRow: 0, originCol: 0, rows: [[null, { value: "Tên tiêu chí" }]] }, layout);
    expect(g.widths).toEqual({ 0: "47px", 1: "285px" });
    expect(g.styleAt(0, 1)).toEqual(layout.styles.head);
    expect(g.styleAt(0, 0)).toBeUndefined();
  });
});

describe("cellStyle", () => {
  test("a cell's own style, borders kept 1px, and our mark over its colours", () => {
    const head = { font: { bold: true }, fill: "#D9E1F2", border: true, horizontal: "center" as const };
    expect(cellStyle(head, undefined, { top: true, left: false })).toEqual({
      fontWeight: 600,
      backgroundColor: "#D9E1F2",
      textAlign: "center",
      borderRight: "1px solid #000",
      borderBottom: "1px solid #000",
      boxShadow: "inset 1px 0 0 #000",
    });
    expect(cellStyle(head, { fill: "FFC7CE", font: "9C0006" }, { top: true, left: true })).toMatchObject({ backgroundColor: "#FFC7CE", color: "#9C0006" });
    expect(cellStyle(undefined, undefined, { top: false, left: false })).toBeUndefined();
  });
});
