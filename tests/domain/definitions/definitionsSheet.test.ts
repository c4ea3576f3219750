import { COL, DEFINITIONS_SHEET_NAME, HEADER_ROW, isDefinitionsSheet, readDefinitionsSheet, ruleEntry } from "../../../src/domain/definitions/definitionsSheet";
import { sheet } from "../../fixtures/grid";

const HEAD = ["Mã", "Chỉ tiêu", "Loại", "Mức chuẩn gốc", "Nguồn", "Mức chuẩn áp dụng", "Ghi chú"];
function defsSheet(rows: Parameters<typeof sheet>[1]) {
  return sheet(DEFINITIONS_SHEET_NAME, [["ĐỊNH NGHĨA"], ["Bộ tiêu chí"], ["Sửa cột F"], HEAD, ...rows]);
}

describe("readDefinitionsSheet: thresholds the user wrote in the definitions sheet", () => {
  it("a changed 'Mức chuẩn áp dụng' judges the indicator and cites its cell; unchanged rows and criterion rows do not", () => {
    const s = defsSheet([
      ["4", "Điện", null, null, null, null, null],
      ["4.1", "Hệ thống điện", "Có/Không", "Đạt", "Quyết định 318/QĐ-TTg", "Đạt", null],
      ["4.2", "Tỷ lệ hộ dùng điện", "Tỷ lệ", "≥ 95%", "Quyết định 318/QĐ-TTg", "≥ 98%", null],
      ["15.3", "Tỷ lệ hộ nghèo", "Tỷ lệ", "≤ 13%", null, "Tối đa 10%", null],
      ["10.1", "Thu nhập", "Số tiền", "≥ 45 triệu đồng", null, "≥ 50 triệu đồng/người/năm", null],
      ["3.1", "Thủy lợi", "Số", "≥ 2", null, "≥ 3", null],
      ["8.1", "Có điểm phục vụ bưu chính", "Có/Không", "Chưa có", null, "Không", null],
      ["8.2", "Dịch vụ viễn thông", "Có/Không", "Chưa có", null, "Có", null],
      ["Ghi chú", "x", null, null, null, "≥ 1", null],
      ["4.3", "Chỉ tiêu", null, "≥ 90%", null, "  ≥ 90%  ", null],
    ]);
    const got = readDefinitionsSheet(s, "xa-ntm-2021-2025");
    expect(got.problems).toEqual([]);
    expect(got.overlay).toEqual({
      id: "bang-dinh-nghia",
      extends: "xa-ntm-2021-2025",
      name: DEFINITIONS_SHEET_NAME,
      source: `Bảng định nghĩa, ô ${DEFINITIONS_SHEET_NAME}`,
      thresholds: {
        "4.2": { atLeast: 98, unit: "%", source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F7`, quote: "≥ 98%" },
        "15.3": { atMost: 10, unit: "%", source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F8`, quote: "Tối đa 10%" },
        "10.1": { atLeast: 50_000_000, unit: "đồng", source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F9`, quote: "≥ 50 triệu đồng/người/năm" },
        "3.1": { atLeast: 3, source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F10`, quote: "≥ 3" },
        "8.1": { none: true, source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F11`, quote: "Không" },
        "8.2": { yes: true, source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F12`, quote: "Có" },
      },
    });
    expect(got.originals["4.2"]).toEqual({ original: "≥ 95%", source: "Quyết định 318/QĐ-TTg" });
    expect(got.originals["15.3"]).toEqual({ original: "≤ 13%", source: null });
    expect(got.originals["4"]).toEqual({ original: null, source: null });
    expect(got.originals["Ghi chú"]).toBeUndefined();
  });

  it("an entry that is no threshold is reported with its cell, the others still apply", () => {
    const s = defsSheet([
      ["4.2", "Tỷ lệ hộ dùng điện", "Tỷ lệ", "≥ 95%", null, "khoảng 90", null],
      ["12.1", "Lao động", "Tỷ lệ", "≥ 70%", null, "≥ 75%", null],
    ]);
    const got = readDefinitionsSheet(s, "xa-ntm-2021-2025");
    expect(got.problems).toEqual([{ code: "definitions/sheet-entry", params: { indicator: "4.2", text: "khoảng 90" }, at: { cell: { sheet: DEFINITIONS_SHEET_NAME, row: HEADER_ROW + 1, col: COL.applied } } }]);
    expect(Object.keys(got.overlay!.thresholds)).toEqual(["12.1"]);
  });

  it("nothing changed: no definitions, the originals kept; rows above the header are never read", () => {
    const s = sheet(DEFINITIONS_SHEET_NAME, [["4.2", "x", null, "≥ 95%", null, "≥ 99%"], [], [], HEAD, ["4.2", "Tỷ lệ", "Tỷ lệ", "≥ 95%", null, null, null]]);
    expect(readDefinitionsSheet(s, "xa-ntm-2021-2025")).toEqual({ overlay: null, problems: [], originals: { "4.2": { original: "≥ 95%", source: null } } });
    const offset = sheet(DEFINITIONS_SHEET_NAME, [["4.2", "Tỷ lệ", "Tỷ lệ", "≥ 95%", null, "≥ 96%", null]], { originRow: 2 });
    expect(readDefinitionsSheet(offset, "s").overlay).toBeNull();
    const below = sheet(DEFINITIONS_SHEET_NAME, [["4.2", "Tỷ lệ", "Tỷ lệ", "≥ 95%", null, "≥ 96%", null]], { originRow: HEADER_ROW + 1 });
    expect(readDefinitionsSheet(below, "s").overlay?.thresholds).toEqual({ "4.2": { atLeast: 96, unit: "%", source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F5`, quote: "≥ 96%" } });
  });
});

describe("readDefinitionsSheet: which rows are indicators, and cells as Excel stores them", () => {
  it("codes of one or two numbers of up to two digits; anything else is not an indicator row", () => {
    const s = defsSheet([
      ["17.12", "Tỷ lệ chất thải rắn được xử lý", "Tỷ lệ", "≥ 90%", null, "≥ 95%", null],
      ["123", "Số", null, "≥ 1", null, "≥ 2", null],
      ["4.123", "Số", null, "≥ 1", null, "≥ 2", null],
      ["4.2a", "Số", null, "≥ 1", null, "≥ 2", null],
      ["x4.2", "Số", null, "≥ 1", null, "≥ 2", null],
      ["4.2.1", "Số", null, "≥ 1", null, "≥ 2", null],
    ]);
    const got = readDefinitionsSheet(s, "xa-ntm-2021-2025");
    expect(Object.keys(got.originals)).toEqual(["17.12"]);
    expect(Object.keys(got.overlay!.thresholds)).toEqual(["17.12"]);
  });

  it("a number typed in the applied column is a threshold in the indicator's own unit; a percent cell as Excel shows it", () => {
    const s = defsSheet([
      ["4.2", "Tỷ lệ hộ dùng điện", "Tỷ lệ", "≥ 95%", null, 98, null],
      ["12.1", "Lao động qua đào tạo", "Tỷ lệ", "≥ 70%", null, { value: 0.75, numberFormat: "0%", text: "75%" }, null],
    ]);
    expect(readDefinitionsSheet(s, "xa-ntm-2021-2025").overlay?.thresholds).toEqual({
      "4.2": { atLeast: 98, source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F5`, quote: "98" },
      "12.1": { atLeast: 75, unit: "%", source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F6`, quote: "75%" },
    });
  });

  it("criterion 10 (income) is its own indicator; a row the host left out of the grid is skipped", () => {
    const s = defsSheet([
      ["10", "Thu nhập bình quân đầu người", "Số tiền", "Chưa có", null, "≥ 45 triệu đồng/người/năm", null],
      ["4.1", "Hệ thống điện", "Có/Không", "Đạt", null, "Đạt", null],
      ["4.2", "Tỷ lệ hộ dùng điện", "Tỷ lệ", "≥ 95%", null, "≥ 97%", null],
    ]);
    delete s.rows[HEADER_ROW + 2]; // the 4.1 row: a hole between two blocks the host read
    const got = readDefinitionsSheet(s, "xa-ntm-2021-2025");
    expect(Object.keys(got.originals)).toEqual(["10", "4.2"]);
    expect(got.overlay?.thresholds).toEqual({
      "10": { atLeast: 45_000_000, unit: "đồng", source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F5`, quote: "≥ 45 triệu đồng/người/năm" },
      "4.2": { atLeast: 97, unit: "%", source: `Bảng định nghĩa, ô '${DEFINITIONS_SHEET_NAME}'!F7`, quote: "≥ 97%" },
    });
  });

  it("a renamed sheet cites its own name", () => {
    const s = sheet("Mức chuẩn xã", [[], [], [], HEAD, ["4.2", "Tỷ lệ", "Tỷ lệ", "≥ 95%", null, "≥ 97%", null]]);
    expect(readDefinitionsSheet(s, "xa-ntm-2021-2025").overlay).toMatchObject({
      source: "Bảng định nghĩa, ô Mức chuẩn xã",
      thresholds: { "4.2": { source: "Bảng định nghĩa, ô 'Mức chuẩn xã'!F5" } },
    });
  });
});

describe("ruleEntry", () => {
  it("a rule as a definitions file writes it", () => {
    expect(ruleEntry({ kind: "yes" })).toEqual({ yes: true });
    expect(ruleEntry({ kind: "none" })).toEqual({ none: true });
    expect(ruleEntry({ kind: "atLeast", value: 95, unit: "%" })).toEqual({ atLeast: 95, unit: "%" });
    expect(ruleEntry({ kind: "atMost", value: 2, unit: "" })).toEqual({ atMost: 2 });
    expect(ruleEntry({ kind: "atLeast", value: 2, unit: "" })).toEqual({ atLeast: 2 });
    expect(ruleEntry({ kind: "atMost", value: 1.5, unit: "ha" })).toEqual({ atMost: 1.5, unit: "ha" });
  });
});

describe("isDefinitionsSheet: found by its name, or renamed, by its header row", () => {
  const VI = ["Mã", "Tên chỉ tiêu", "Loại", "Mức chuẩn gốc", "Nguồn của mức chuẩn gốc", "Mức chuẩn áp dụng (sửa ở đây)", "Ghi chú"];
  const EN = ["Code", "Indicator", "Kind", "Original threshold", "Source of the original", "Threshold applied (edit here)", "Note"];
  const titled = (name: string, header: (string | null)[], extra = {}) => sheet(name, [["ĐỊNH NGHĨA"], [], [], header], extra);

  it("by name, whatever it holds", () => {
    expect(isDefinitionsSheet(sheet(DEFINITIONS_SHEET_NAME, []))).toBe(true);
  });

  it("renamed: the code and the applied columns of the header, in either language", () => {
    expect(isDefinitionsSheet(titled("Mức chuẩn xã", VI))).toBe(true);
    expect(isDefinitionsSheet(titled("Thresholds", EN))).toBe(true);
    // Only those two cells matter.
    expect(isDefinitionsSheet(titled("Định nghĩa", ["Mã", null, null, null, null, "Mức chuẩn áp dụng (sửa ở đây)"]))).toBe(true);
  });

  it("not a definitions sheet: one of the two cells missing, mixed languages, or the header on another row", () => {
    expect(isDefinitionsSheet(titled("Biểu", ["Mã", "Tên chỉ tiêu", "Loại", "Mức chuẩn gốc", "Nguồn", "Kết quả", "Ghi chú"]))).toBe(false);
    expect(isDefinitionsSheet(titled("Biểu", ["TT", ...VI.slice(1)]))).toBe(false);
    expect(isDefinitionsSheet(titled("Biểu", ["Mã", ...EN.slice(1)]))).toBe(false);
    expect(isDefinitionsSheet(sheet("Biểu", [["ĐỊNH NGHĨA"], [], VI]))).toBe(false);
    expect(isDefinitionsSheet(sheet("Biểu", []))).toBe(false);
  });

  it("a sheet whose used range starts below A1 or right of A is read at its real rows and columns", () => {
    // The used range starts at row 2: the header (row 4) is its third row.
    expect(isDefinitionsSheet(sheet("Định nghĩa", [[], [], VI], { originRow: 1 }))).toBe(true);
    expect(isDefinitionsSheet(sheet("Định nghĩa", [[], VI], { originRow: 1 }))).toBe(false);
    // Starting at column B, "Mã" in the range's second column is in column C, not A.
    expect(isDefinitionsSheet(sheet("Định nghĩa", [[], [], [], [null, "Mã", null, null, null, null, VI[5]]], { originCol: 1 }))).toBe(false);
    expect(isDefinitionsSheet(sheet("Định nghĩa", [[], [], [], VI.slice(1)], { originCol: 1 }))).toBe(false);
  });
});
