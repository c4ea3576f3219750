import { buildDefinitionsLayout } from "../../../src/domain/definitions/definitionsLayout";
import { DEFINITIONS_SHEET_NAME } from "../../../src/domain/definitions/definitionsSheet";
import type { CommuneResult, IndicatorResult } from "../../../src/domain/evaluation/CommuneResult";
import type { AppliedThreshold } from "../../../src/domain/evaluation/AppliedThreshold";

const DECISION = "Quyết định 318/QĐ-TTg";
function ind(code: string, name: string, threshold: AppliedThreshold, definedBy?: "sheet"): IndicatorResult {
  return { code, name, threshold, ...(definedBy ? { definedBy } : {}) } as IndicatorResult;
}
const result = {
  criteria: [
    {
      no: 4,
      name: "Điện",
      indicators: [
        ind("4.1", "Hệ thống điện đạt chuẩn", { rule: { kind: "yes" }, origin: "catalogue", source: DECISION, region: null }),
        ind("4.2", "Tỷ lệ hộ sử dụng điện", { rule: { kind: "atLeast", value: 98, unit: "%" }, origin: "definitions", source: "Bảng định nghĩa, ô 'Định nghĩa NTM'!F7", region: null }),
        ind("4.3", "Chỉ tiêu riêng của biểu", { rule: null, origin: "none", source: null, region: null }, "sheet"),
        ind("4.4", "Số trạm", { rule: { kind: "atLeast", value: 2, unit: "" }, origin: "sheet", source: null, region: null }),
      ],
    },
  ],
} as unknown as CommuneResult;

describe("buildDefinitionsLayout: the definitions sheet of a checked workbook", () => {
  const layout = buildDefinitionsLayout(result, { setName: "Bộ tiêu chí 2021 - 2025", where: "vùng Trung du và miền núi phía Bắc", previous: { "4.2": { original: "≥ 95%", source: DECISION } } }, "vi");
  const row = (r: number) => layout.cells.filter((c) => c.row === r).map((c) => [c.col, c.value, c.style]);

  it("title, hint and header", () => {
    expect(row(0)).toEqual([[0, "BẢNG ĐỊNH NGHĨA TIÊU CHÍ, CHỈ TIÊU VÀ MỨC CHUẨN", "title"]]);
    expect(row(1)).toEqual([[0, "(theo Bộ tiêu chí 2021 - 2025; vùng Trung du và miền núi phía Bắc)", "hint"]]);
    expect(row(2)[0][2]).toBe("hint");
    expect(row(3).map((c) => c[1])).toEqual(["Mã", "Tên chỉ tiêu", "Loại", "Mức chuẩn gốc", "Nguồn của mức chuẩn gốc", "Mức chuẩn áp dụng (sửa ở đây)", "Ghi chú"]);
    expect(row(3).every((c) => c[2] === "th")).toBe(true);
  });

  it("a criterion row, then each indicator with its kind, original, source and the threshold applied", () => {
    expect(row(4)).toEqual([[0, "4", "criterion"], [1, "Điện", "criterion"], [2, null, "criterion"], [3, null, "criterion"], [4, null, "criterion"], [5, null, "criterion"], [6, null, "criterion"]]);
    expect(row(5)).toEqual([[0, "4.1", "centre"], [1, "Hệ thống điện đạt chuẩn", "text"], [2, "Đạt/Không", "centre"], [3, "Đạt", "centre"], [4, DECISION, "text"], [5, "Đạt", "editable"], [6, null, "text"]]);
    // Edited in this sheet: the original and its source are the replaced sheet's.
    expect(row(6)).toEqual([[0, "4.2", "centre"], [1, "Tỷ lệ hộ sử dụng điện", "text"], [2, "Tỷ lệ (%)", "centre"], [3, "≥ 95%", "centre"], [4, DECISION, "text"], [5, "≥ 98%", "editable"], [6, null, "text"]]);
    expect(row(7)).toEqual([[0, "4.3", "centre"], [1, "Chỉ tiêu riêng của biểu", "text"], [2, "Chưa rõ", "centre"], [3, "Chưa có", "centre"], [4, "Chưa có mức chuẩn", "text"], [5, null, "editable"], [6, "Chỉ tiêu do biểu xác định", "text"]]);
    expect(row(8)).toEqual([[0, "4.4", "centre"], [1, "Số trạm", "text"], [2, "Số lượng", "centre"], [3, "≥ 2", "centre"], [4, "Ghi trong biểu", "text"], [5, "≥ 2", "editable"], [6, null, "text"]]);
    expect(row(9)).toEqual([]);
    // Nothing else is drawn: 3 title lines, the header, the criterion row and 4 indicator rows of 7 cells.
    expect(layout.cells).toHaveLength(3 + 7 + 7 + 4 * 7);
  });

  it("an edited threshold without the replaced sheet's originals leaves them blank; English words", () => {
    const en = buildDefinitionsLayout(result, { setName: "Set", where: null }, "en");
    const r = (n: number) => en.cells.filter((c) => c.row === n).map((c) => c.value);
    expect(r(1)).toEqual(["(under Set)"]);
    expect(r(6)).toEqual(["4.2", "Tỷ lệ hộ sử dụng điện", "Share (%)", null, null, "≥ 98%", null]);
    expect(r(7)).toEqual(["4.3", "Chỉ tiêu riêng của biểu", "Not known", "None", "No threshold", null, "Defined by the form"]);
  });

  it("a threshold from a definitions file (not this sheet) shows its own rule and source; an unknown previous row leaves them blank", () => {
    const fromFile = {
      criteria: [
        {
          no: 4,
          name: "Điện",
          indicators: [
            ind("4.2", "Tỷ lệ hộ sử dụng điện", { rule: { kind: "atLeast", value: 97, unit: "%" }, origin: "definitions", source: "Công văn 12/UBND của UBND huyện", region: null }),
            ind("4.1", "Hệ thống điện", { rule: { kind: "yes" }, origin: "definitions", source: "Bảng định nghĩa, ô 'Định nghĩa NTM'!F6", region: null }),
          ],
        },
      ],
    } as unknown as CommuneResult;
    const l = buildDefinitionsLayout(fromFile, { setName: "Bộ", where: null, previous: { "4.2": { original: "≥ 95%", source: DECISION } } }, "vi");
    const r = (n: number) => l.cells.filter((c) => c.row === n).map((c) => c.value);
    expect(r(5)).toEqual(["4.2", "Tỷ lệ hộ sử dụng điện", "Tỷ lệ (%)", "≥ 97%", "Công văn 12/UBND của UBND huyện", "≥ 97%", null]);
    expect(r(6)).toEqual(["4.1", "Hệ thống điện", "Đạt/Không", null, null, "Đạt", null]);
  });

  it("each criterion's row comes before its indicators, criteria in order", () => {
    const two = {
      criteria: [
        { no: 4, name: "Điện", indicators: [ind("4.1", "Hệ thống điện", { rule: { kind: "yes" }, origin: "catalogue", source: DECISION, region: null })] },
        { no: 9, name: "Nhà ở dân cư", indicators: [ind("9.1", "Nhà tạm, dột nát", { rule: { kind: "none" }, origin: "catalogue", source: DECISION, region: null })] },
      ],
    } as unknown as CommuneResult;
    const l = buildDefinitionsLayout(two, { setName: "Bộ", where: null }, "en");
    const col = (c: number) => l.cells.filter((x) => x.col === c && x.row > 3).map((x) => x.value);
    expect(col(0)).toEqual(["4", "4.1", "9", "9.1"]);
    expect(col(2)).toEqual([null, "Yes/no", null, "None allowed"]);
    expect(l.cells.filter((x) => x.row === 6).map((x) => x.style)).toEqual(Array(7).fill("criterion"));
  });

  it("the sheet's frame", () => {
    expect(layout.name).toBe(DEFINITIONS_SHEET_NAME);
    expect(layout.columnWidths).toEqual([8, 60, 12, 18, 40, 20, 30]);
    expect(layout.merges).toEqual([0, 1, 2].map((r) => ({ r1: r, c1: 0, r2: r, c2: 6 })));
    expect(layout.rowHeights).toEqual({ 1: 30, 2: 45, 3: 32 });
    expect(layout.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: [3, 3] });
    expect(layout.styles.editable).toEqual({ font: { name: "Times New Roman", size: 11, bold: true }, horizontal: "center", vertical: "top", wrap: true, border: true, fill: "#FFF2CC" });
    expect(layout.styles.title).toEqual({ font: { name: "Times New Roman", size: 13, bold: true }, horizontal: "left" });
    expect(layout.styles.th.fill).toBe("#D9E1F2");
    expect(layout.styles.criterion.fill).toBe("#F2F2F2");
    // Every style the sheet uses, as Excel draws it: bold headers and criteria, wrapped bordered cells, the editable column shaded.
    const f = { name: "Times New Roman", size: 11 };
    expect(layout.styles).toEqual({
      title: { font: { ...f, size: 13, bold: true }, horizontal: "left" },
      hint: { font: { ...f, italic: true }, horizontal: "left", wrap: true },
      th: { font: { ...f, bold: true }, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "#D9E1F2" },
      criterion: { font: { ...f, bold: true }, horizontal: "left", vertical: "top", wrap: true, border: true, fill: "#F2F2F2" },
      text: { font: f, horizontal: "left", vertical: "top", wrap: true, border: true },
      centre: { font: f, horizontal: "center", vertical: "top", wrap: true, border: true },
      editable: { font: { ...f, bold: true }, horizontal: "center", vertical: "top", wrap: true, border: true, fill: "#FFF2CC" },
    });
    // Each layout has its own copy: changing one sheet's styles leaves the next one alone.
    buildDefinitionsLayout(result, { setName: "x", where: null }, "vi").styles.title.horizontal = "right";
    expect(buildDefinitionsLayout(result, { setName: "x", where: null }, "vi").styles.title.horizontal).toBe("left");
  });
});
