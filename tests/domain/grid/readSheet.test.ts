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

describe("readSheet: the code cut from an indicator's wording, however it is written", () => {
  it.each([
    ["TC4.1", "4.1", ""],
    ["TC 4.2 Tỷ lệ hộ sử dụng điện", "4.2", "Tỷ lệ hộ sử dụng điện"],
    ["Chỉ tiêu số 4.2: Tỷ lệ hộ sử dụng điện", "4.2", "Tỷ lệ hộ sử dụng điện"],
    ["CT4.2: Tỷ lệ hộ sử dụng điện", "4.2", "Tỷ lệ hộ sử dụng điện"],
    ["1.4.2. Tỷ lệ hộ sử dụng điện", "4.2", "Tỷ lệ hộ sử dụng điện"],
    ["17.10. Tỷ lệ hộ có nhà tiêu hợp vệ sinh", "17.10", "Tỷ lệ hộ có nhà tiêu hợp vệ sinh"],
    ["12.1: Tỷ lệ lao động có việc làm", "12.1", "Tỷ lệ lao động có việc làm"],
    ["4 . 2 . Tỷ lệ hộ sử dụng điện", "4.2", "Tỷ lệ hộ sử dụng điện"],
    ["4.2) Tỷ lệ hộ sử dụng điện", "4.2", "Tỷ lệ hộ sử dụng điện"],
    ["4.2.Tỷ lệ hộ sử dụng điện", "4.2", "Tỷ lệ hộ sử dụng điện"],
    ["4.2 – Tỷ lệ hộ sử dụng điện", "4.2", "Tỷ lệ hộ sử dụng điện"],
    ["Chỉ tiêu 5: Tỷ lệ trường học đạt chuẩn", "5", "Tỷ lệ trường học đạt chuẩn"],
  ])("%s → %s, '%s'", (written, code, label) => {
    const s = sheet("Biểu", [["TT", "Nội dung", "Kết quả thực hiện"], [written, null, "99%"]]);
    expect(findIndicators({ sheets: [s] }, DETECT).indicators.map((i) => [i.code, i.label])).toEqual([[code, label]]);
  });

  it.each([
    ["Tiêu chí số 5 - Trường học", "Trường học"],
    ["Tiêu chí 5: Trường học", "Trường học"],
    ["TC5: Trường học", "Trường học"],
    ["TIÊU CHÍ SỐ 5: TRƯỜNG HỌC", "TRƯỜNG HỌC"],
  ])("criterion row %s → '%s'", (written, label) => {
    const s = sheet("Biểu", [["TT", "Nội dung", "Kết quả thực hiện"], [written, null, null], ["5", "Tỷ lệ trường học các cấp đạt chuẩn", "0/2 trường"]]);
    const d = findIndicators({ sheets: [s] }, DETECT);
    expect(d.criteria.map((c) => [c.no, c.label])).toEqual([[5, label]]);
    expect(d.indicators.map((i) => [i.code, i.label])).toEqual([["5", "Tỷ lệ trường học các cấp đạt chuẩn"]]);
  });
});

describe("readSheet: a column headed just “Chỉ tiêu”", () => {
  const read = (rows: (string | number | null)[][]) =>
    findIndicators({ sheets: [sheet("Biểu", rows)] }, DETECT).indicators.map((i) => [i.code, i.label, i.threshold?.value ?? null, i.figure?.value ?? null]);

  it("beside “Nội dung”, over “≥ 95%”: the targets, not part of the wording", () => {
    expect(
      read([
        ["TT", "Nội dung tiêu chí", "Chỉ tiêu", "Kết quả thực hiện", "Tự đánh giá"],
        ["Tiêu chí số 4 - Điện", null, null, null, null],
        ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
        ["4.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "≥ 95%", "97%", "Đạt"],
      ]),
    ).toEqual([
      ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt"],
      ["4.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "≥ 95%", "97%"],
    ]);
  });

  it("over the codes, beside an STT column: the code column", () => {
    expect(
      read([
        ["STT", "Chỉ tiêu", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"],
        [1, "4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt"],
        [2, "4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "97%"],
      ]),
    ).toEqual([
      ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt"],
      ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "97%"],
    ]);
  });

  it("the only column naming the indicator: its wording", () => {
    expect(read([["TT", "Chỉ tiêu", "Kết quả thực hiện"], ["4.2", "Tỷ lệ hộ sử dụng điện", "97%"]])).toEqual([["4.2", "Tỷ lệ hộ sử dụng điện", null, "97%"]]);
  });

  it("“Chỉ tiêu năm 2024” is such a header too", () => {
    expect(read([["TT", "Nội dung", "Chỉ tiêu năm 2024", "Kết quả thực hiện"], ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "97%"]])).toEqual([
      ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "97%"],
    ]);
  });

  it("beside “Chỉ tiêu đạt chuẩn” or “Chỉ tiêu chung”, or as the only column naming the indicator: never the threshold", () => {
    const threshold = (rows: (string | number | null)[][]) => read(rows).map(([code, , t, figure]) => [code, t, figure]);
    expect(threshold([["TT", "Nội dung", "Chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"], ["4.2", "Điện", "≥ 90%", "≥ 95%", "97%"]])).toEqual([["4.2", "≥ 95%", "97%"]]);
    expect(threshold([["TT", "Nội dung", "Chỉ tiêu", "Chỉ tiêu chung", "Kết quả thực hiện"], ["4.2", "Điện", "≥ 90%", "≥ 95%", "97%"]])).toEqual([["4.2", "≥ 95%", "97%"]]);
    expect(read([["TT", "Chỉ tiêu", "Kết quả thực hiện"], ["4.1", "Đạt", "Đạt"]])).toEqual([["4.1", "Đạt", null, "Đạt"]]);
  });

  it("beside a threshold column of its own, or over words that are no threshold: wording, as before", () => {
    expect(
      read([
        ["TT", "Nội dung", "Chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"],
        ["4.2", "Điện", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "97%"],
      ]),
    ).toEqual([["4.2", "Điện Tỷ lệ hộ sử dụng điện", "≥ 95%", "97%"]]);
    expect(read([["TT", "Nội dung", "Chỉ tiêu", "Kết quả thực hiện"], ["4.2", "Điện", "Tỷ lệ hộ sử dụng điện", "97%"]])).toEqual([
      ["4.2", "Điện Tỷ lệ hộ sử dụng điện", null, "97%"],
    ]);
  });
});

describe("readSheet: a criterion heading merged across the row", () => {
  it("fills no figure, threshold or self-assessment: “TIÊU CHÍ SỐ 5 - TRƯỜNG HỌC” over every column, then “TC5 | … | ≥ 70% | 80%”", () => {
    const s = sheet(
      "Biểu",
      [
        ["Mã", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"],
        ["TIÊU CHÍ SỐ 5 - TRƯỜNG HỌC", null, null, null, null],
        ["TC5", "Tỷ lệ trường học các cấp có cơ sở vật chất đạt chuẩn", "≥ 70%", "80%", "Đạt"],
      ],
      { merges: [{ r1: 1, c1: 0, r2: 1, c2: 4 }] },
    );
    const d = findIndicators({ sheets: [s] }, DETECT);
    expect(d.indicators.map((i) => [i.code, i.row, i.label, i.threshold?.value, i.figure?.value, i.self?.value])).toEqual([
      ["5", 2, "Tỷ lệ trường học các cấp có cơ sở vật chất đạt chuẩn", "≥ 70%", "80%", "Đạt"],
    ]);
    expect(d.criteria.map((c) => [c.no, c.row, c.self?.value ?? null])).toEqual([[5, 1, null]]);
    expect(d.issues).toEqual([]);
  });

  it("a figure merged down two rows still fills both (a merge within the data columns)", () => {
    const s = sheet(
      "Biểu",
      [
        ["Mã", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"],
        ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt"],
        ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", null],
      ],
      { merges: [{ r1: 1, c1: 3, r2: 2, c2: 3 }] },
    );
    expect(findIndicators({ sheets: [s] }, DETECT).indicators.map((i) => i.figure?.value)).toEqual(["Đạt", "Đạt"]);
  });
});
