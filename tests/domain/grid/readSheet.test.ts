import { findIndicators } from "../../../src/domain/grid/findIndicators";
import { columnName } from "../../../src/domain/grid/readSheet";
import { DETECT, sheet } from "../../fixtures/grid";

describe("readSheet: an indicator's wording, as the reading map and the messages show it", () => {
  it("the code is cut from the label however it is written; a name merged across columns appears once", () => {
    const s = sheet("Biểu", [
      ["Mã", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"],
      ["4.1. Hệ thống điện đạt chuẩn", null, "Đạt", "Đạt"],
      ["Chỉ tiêu 4.2: Tỷ lệ hộ sử dụng điện", "thường xuyên, an toàn", "≥ 95%", "99%"],
      ["5.1 - Trường mầm non", "Trường mầm non", "Đạt", "Đạt"],
      ["6.1", 12, "Đạt", "Đạt"],
    ]);
    const d = findIndicators({ sheets: [s] }, DETECT);
    expect(d.indicators.map((i) => [i.code, i.label])).toEqual([
      ["4.1", "Hệ thống điện đạt chuẩn"],
      ["4.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn"],
      ["5.1", "Trường mầm non"],
      ["6.1", ""],
    ]);
  });

  it("a label is cut at 300 characters", () => {
    const long = "Tỷ lệ ".repeat(80);
    const s = sheet("Biểu", [["Mã", "Nội dung", "Kết quả"], ["4.2", long, "99%"]]);
    expect(findIndicators({ sheets: [s] }, DETECT).indicators[0].label).toHaveLength(300);
  });
});

describe("readSheet: the threshold cell of each row, with region or group sub-columns", () => {
  const rows = [
    ["Mã", "Nội dung", "Chỉ tiêu chung", "Nhóm 1", "Nhóm 2", "Nhóm 3", "Kết quả"],
    ["4.1", "Điện", null, "Đạt", "Đạt", "Đạt", "Đạt"],
    ["4.2", "Tỷ lệ hộ dùng điện", null, "≥ 99%", "≥ 98%", null, "99%"],
    ["4.3", "Tỷ lệ khác", "≥ 90%", "≥ 95%", null, null, "96%"],
  ];
  it("the commune's group column; else the general column; the same text in every column needs no group", () => {
    const d = findIndicators({ sheets: [sheet("Biểu", rows)] }, { ...DETECT, region: "nhom-2" });
    expect(d.indicators.map((i) => [i.code, i.threshold?.value ?? null, i.thresholdRef?.col ?? null, i.thresholdRegion ?? null, i.thresholdNeeds ?? null])).toEqual([
      ["4.1", "Đạt", 4, "nhom-2", null],
      ["4.2", "≥ 98%", 4, "nhom-2", null],
      ["4.3", "≥ 90%", 2, null, null],
    ]);
    const unknown = findIndicators({ sheets: [sheet("Biểu", rows)] }, { ...DETECT, region: null });
    expect(unknown.indicators.map((i) => [i.code, i.threshold?.value ?? null, i.thresholdNeeds ?? null])).toEqual([
      ["4.1", "Đạt", null],
      ["4.2", null, "group"],
      ["4.3", "≥ 90%", null],
    ]);
  });

  it("region sub-columns without the commune's region: the row needs the region", () => {
    const r = [["Mã", "Nội dung", "TDMNPB", "ĐBSH", "Kết quả"], ["4.2", "Tỷ lệ", "≥ 95%", "≥ 98%", "99%"], ["4.3", "x", null, null, "1"]];
    const d = findIndicators({ sheets: [sheet("Biểu", r)] }, { ...DETECT, region: null });
    expect(d.indicators.map((i) => [i.code, i.thresholdNeeds ?? null])).toEqual([["4.2", "region"], ["4.3", null]]);
  });

  it("columnName", () => {
    expect(columnName(0)).toBe("A");
    expect(columnName(27)).toBe("AB");
  });
});
