import { definitionsFromForm } from "../../../src/domain/definitions/exportDefinitions";
import type { CommuneResult } from "../../../src/domain/evaluation/CommuneResult";
import { findIndicators } from "../../../src/domain/grid/findIndicators";
import { DETECT, sheet } from "../../fixtures/grid";

const META = { file: "minh-hoa.xlsx", id: "minh-hoa" };
function resultOf(setId: string, inds: { code: string; name: string; rule?: object | null; origin?: string; source?: string | null; definedBy?: "sheet" }[]): CommuneResult {
  return {
    setId,
    criteria: [{ no: 4, name: "Điện", indicators: inds.map((i) => ({ code: i.code, name: i.name, threshold: { rule: i.rule ?? null, origin: i.origin ?? "sheet", source: i.source ?? null, region: null }, ...(i.definedBy ? { definedBy: i.definedBy } : {}) })) }],
  } as unknown as CommuneResult;
}

describe("definitionsFromForm: a definitions file from a form's own thresholds", () => {
  it("one threshold column: each threshold cites the workbook and its cell; kinds except bare counts", () => {
    const grid = {
      sheets: [
        sheet("Biểu", [
          ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Đánh giá"],
          ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
          ["4.2", "Tỷ lệ hộ dùng điện", "≥ 98%", "99%", "Đạt"],
          ["4.3", "Số trạm biến áp", "≥ 2", "3", "Đạt"],
          ["4.4", "Chỉ tiêu không mức", "", "3", "Đạt"],
          ["4.5", "", "khoảng 5", "3", "Đạt"],
        ]),
      ],
    };
    const detection = findIndicators(grid, DETECT);
    const result = resultOf("xa-ntm-2021-2025", [
      { code: "4.1", name: "Hệ thống điện", rule: { kind: "yes" } },
      { code: "4.2", name: "Tỷ lệ", rule: { kind: "atLeast", value: 98, unit: "%" } },
      { code: "4.3", name: "Trạm", rule: { kind: "atLeast", value: 2, unit: "" } },
      { code: "4.5", name: "Riêng", definedBy: "sheet" },
    ]);
    expect(definitionsFromForm(grid, detection, result, META)).toEqual({
      id: "minh-hoa",
      extends: "xa-ntm-2021-2025",
      name: "Mức chuẩn theo biểu minh-hoa.xlsx",
      source: "minh-hoa.xlsx",
      indicators: {
        "4.1": { name: "Hệ thống điện đạt chuẩn", kind: "yesNo" },
        "4.2": { name: "Tỷ lệ hộ dùng điện", kind: "percent" },
        "4.3": { name: "Số trạm biến áp" },
        "4.5": { name: "4.5" },
      },
      thresholds: {
        "4.1": { yes: true, source: "minh-hoa.xlsx, 'Biểu'!C2", quote: "Đạt" },
        "4.2": { atLeast: 98, unit: "%", source: "minh-hoa.xlsx, 'Biểu'!C3", quote: "≥ 98%" },
        "4.3": { atLeast: 2, source: "minh-hoa.xlsx, 'Biểu'!C4", quote: "≥ 2" },
      },
    });
  });

  it("group sub-columns give byRegion; a threshold set in the definitions sheet wins; a sheet-defined set carries its criteria", () => {
    const grid = {
      sheets: [
        sheet("Biểu", [
          ["TT", "Nội dung", "Chỉ tiêu theo nhóm", null, null, "Kết quả", "Đánh giá"],
          [null, null, "Nhóm 1", "Nhóm 2", "Nhóm 3", null, null],
          ["4.2", "Tỷ lệ hộ dùng điện", "≥ 99%", "≥ 98%", "", "99%", "Đạt"],
          ["4.3", "Số trạm", "", "", "", "3", "Đạt"],
        ], { merges: [{ r1: 0, c1: 2, r2: 0, c2: 4 }] }),
      ],
    };
    const detection = findIndicators(grid, { ...DETECT, region: "nhom-2" });
    const result = resultOf("sheet-defined", [
      { code: "4.2", name: "Tỷ lệ", rule: { kind: "atLeast", value: 98, unit: "%" } },
      { code: "4.7", name: "Sửa trong bảng", rule: { kind: "atMost", value: 3, unit: "%" }, origin: "definitions", source: "Bảng định nghĩa, ô 'Định nghĩa NTM'!F9" },
      { code: "4.8", name: "Từ tệp", rule: { kind: "atMost", value: 3, unit: "%" }, origin: "definitions", source: "lang-son.json" },
    ]);
    expect(definitionsFromForm(grid, detection, result, META)).toEqual({
      id: "minh-hoa",
      extends: "sheet-defined",
      name: "Mức chuẩn theo biểu minh-hoa.xlsx",
      source: "minh-hoa.xlsx",
      criteria: [{ no: 4, name: "Điện" }],
      indicators: { "4.2": { name: "Tỷ lệ hộ dùng điện", kind: "percent" }, "4.7": { name: "Sửa trong bảng" } },
      thresholds: {
        "4.2": { byRegion: { "nhom-1": { atLeast: 99, unit: "%" }, "nhom-2": { atLeast: 98, unit: "%" } }, source: "minh-hoa.xlsx, 'Biểu'!C3, 'Biểu'!D3" },
        "4.7": { atMost: 3, unit: "%", source: "minh-hoa.xlsx, Bảng định nghĩa, ô 'Định nghĩa NTM'!F9" },
      },
    });
  });

  it("every sheet's table; a repeated row is not a second threshold; the definitions sheet's entry replaces the form's, keeping its name", () => {
    const HEAD = ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Đánh giá"];
    const grid = {
      sheets: [
        sheet("Biểu", [HEAD, ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"], ["4.2", "Tỷ lệ hộ dùng điện", "≥ 98%", "99%", "Đạt"], ["4.2", "Tỷ lệ hộ dùng điện (nhắc lại)", "≥ 90%", "99%", "Đạt"]]),
        sheet("Phụ lục", [HEAD, ["12.1", "Tỷ lệ lao động qua đào tạo", "≥ 70%", "72%", "Đạt"]]),
      ],
    };
    const result = resultOf("xa-ntm-2021-2025", [
      { code: "4.1", name: "Hệ thống điện", rule: null, origin: "definitions", source: "Bảng định nghĩa, ô 'Định nghĩa NTM'!F6" },
      { code: "4.2", name: "Tỷ lệ", rule: { kind: "atLeast", value: 96, unit: "%" }, origin: "definitions", source: "Bảng định nghĩa, ô 'Định nghĩa NTM'!F7" },
      { code: "12.1", name: "Lao động", rule: { kind: "atLeast", value: 70, unit: "%" }, origin: "catalogue", source: "Bảng định nghĩa, ô x" },
    ]);
    const file = definitionsFromForm(grid, findIndicators(grid, DETECT), result, META);
    expect(file.thresholds).toEqual({
      "4.1": { yes: true, source: "minh-hoa.xlsx, 'Biểu'!C2", quote: "Đạt" },
      "4.2": { atLeast: 96, unit: "%", source: "minh-hoa.xlsx, Bảng định nghĩa, ô 'Định nghĩa NTM'!F7" },
      "12.1": { atLeast: 70, unit: "%", source: "minh-hoa.xlsx, 'Phụ lục'!C2", quote: "≥ 70%" },
    });
    expect(file.indicators).toEqual({ "4.1": { name: "Hệ thống điện đạt chuẩn" }, "4.2": { name: "Tỷ lệ hộ dùng điện", kind: "percent" }, "12.1": { name: "Tỷ lệ lao động qua đào tạo", kind: "percent" } });
  });

  it("two group sub-columns are already a threshold per group", () => {
    const grid = {
      sheets: [
        sheet("Biểu", [
          ["TT", "Nội dung", "Chỉ tiêu theo nhóm", null, "Kết quả", "Đánh giá"],
          [null, null, "Nhóm 1", "Nhóm 2", null, null],
          ["4.2", "Tỷ lệ hộ dùng điện", "≥ 99%", "≥ 98%", "99%", "Đạt"],
        ], { merges: [{ r1: 0, c1: 2, r2: 0, c2: 3 }] }),
      ],
    };
    const file = definitionsFromForm(grid, findIndicators(grid, { ...DETECT, region: "nhom-2" }), resultOf("sheet-defined", []), META);
    expect(file.thresholds).toEqual({ "4.2": { byRegion: { "nhom-1": { atLeast: 99, unit: "%" }, "nhom-2": { atLeast: 98, unit: "%" } }, source: "minh-hoa.xlsx, 'Biểu'!C3, 'Biểu'!D3" } });
  });

  it("a form without thresholds gives a file without indicators; group cells that are no threshold give none", () => {
    const none = { sheets: [sheet("Biểu", [["TT", "Nội dung", "Kết quả thực hiện", "Đánh giá"], ["4.2", "Tỷ lệ hộ dùng điện", "99%", "Đạt"]])] };
    const r = resultOf("xa-ntm-2021-2025", [{ code: "4.2", name: "Tỷ lệ", rule: { kind: "atLeast", value: 95, unit: "%" }, origin: "catalogue" }]);
    expect(definitionsFromForm(none, findIndicators(none, DETECT), r, META)).toEqual({ id: "minh-hoa", extends: "xa-ntm-2021-2025", name: "Mức chuẩn theo biểu minh-hoa.xlsx", source: "minh-hoa.xlsx", thresholds: {} });
    const groups = {
      sheets: [
        sheet("Biểu", [
          ["TT", "Nội dung", "Chỉ tiêu theo nhóm", null, null, "Kết quả", "Đánh giá"],
          [null, null, "Nhóm 1", "Nhóm 2", "Nhóm 3", null, null],
          ["4.2", "Tỷ lệ hộ dùng điện", "khoảng 99", "", "x", "99%", "Đạt"],
          ["4.3", "Tỷ lệ hộ có điện", "", "", "≥ 90%", "99%", "Đạt"],
        ], { merges: [{ r1: 0, c1: 2, r2: 0, c2: 4 }] }),
      ],
    };
    const file = definitionsFromForm(groups, findIndicators(groups, { ...DETECT, region: "nhom-3" }), resultOf("sheet-defined", []), META);
    expect(file.thresholds).toEqual({ "4.3": { byRegion: { "nhom-3": { atLeast: 90, unit: "%" } }, source: "minh-hoa.xlsx, 'Biểu'!E4" } });
    expect(file.indicators).toEqual({ "4.3": { name: "Tỷ lệ hộ có điện" } });
  });
});
