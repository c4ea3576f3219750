import { findIndicators } from "../../../src/domain/grid/findIndicators";
import type { TableReading } from "../../../src/domain/grid/ReadingMap";
import { DETECT, sheet } from "../../fixtures/grid";

/** Which column of a table is read as what: the figure, threshold, self-assessment, code and wording columns. */

function only(d: ReturnType<typeof findIndicators>): TableReading {
  const tables = d.map.sheets.flatMap((s) => s.tables);
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe("an indicator's wording holds only its name cells", () => {
  it("plan, note, an earlier self-assessment and another period's figures before the figure column are not part of it", () => {
    const plan = findIndicators(
      { sheets: [sheet("S", [["TT", "Nội dung", "Kế hoạch năm 2024", "Ghi chú", "Kết quả thực hiện", "Tự đánh giá"], ["4.2", "Tỷ lệ hộ sử dụng điện", "Đạt", "theo số liệu của Điện lực", "99,8%", "Đạt"]])] },
      DETECT,
    );
    expect(plan.indicators.map((i) => [i.code, i.label, i.figure?.value])).toEqual([["4.2", "Tỷ lệ hộ sử dụng điện", "99,8%"]]);

    const earlier = findIndicators(
      { sheets: [sheet("S", [["TT", "Nội dung", "Tự đánh giá năm 2023", "Kết quả thực hiện", "Tự đánh giá"], ["9.2", "Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố", "Chưa đạt", "146/185 hộ đạt 78,91%", "Đạt"]])] },
      DETECT,
    );
    expect(earlier.indicators.map((i) => [i.label, i.self?.value])).toEqual([["Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố", "Đạt"]]);

    const periods = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "6 tháng đầu năm 2024", null, "Cả năm 2024", null],
            [null, null, null, "Kết quả", "Đánh giá", "Kết quả", "Đánh giá"],
            ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "93%", "Chưa đạt", "99,8%", "Đạt"],
          ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 4 }, { r1: 0, c1: 5, r2: 0, c2: 6 }] }),
        ],
      },
      DETECT,
    );
    expect(periods.indicators.map((i) => [i.label, i.figure?.value])).toEqual([["Tỷ lệ hộ sử dụng điện", "99,8%"]]);
  });

  it("a threshold and a general-threshold column before the figure are not part of it", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu chung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"],
            ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => i.label)).toEqual(["Hệ thống điện đạt chuẩn"]);
  });
});

describe("the period judged, among several side by side", () => {
  // Periods out of order: the latest (9 months of 2024) is in the middle.
  const grid = () => ({
    sheets: [
      sheet("S", [
        ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "6 tháng đầu năm 2024", null, "9 tháng năm 2024", null, "Cả năm 2023", null],
        [null, null, null, "Kết quả", "Đánh giá", "Kết quả", "Đánh giá", "Kết quả", "Đánh giá"],
        ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "93%", "Chưa đạt", "96%", "Đạt", "90%", "Chưa đạt"],
      ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 4 }, { r1: 0, c1: 5, r2: 0, c2: 6 }, { r1: 0, c1: 7, r2: 0, c2: 8 }] }),
    ],
  });

  it("the latest period whatever its column, with that period's self-assessment", () => {
    const d = findIndicators(grid(), DETECT);
    expect(d.indicators.map((i) => [i.figure?.value, i.figureRef?.col, i.self?.value, i.selfRef?.col, i.period])).toEqual([["96%", 5, "Đạt", 6, "9 tháng năm 2024"]]);
    expect(only(d)).toMatchObject({ period: "9 tháng năm 2024", periodBy: "latest", periods: ["6 tháng đầu năm 2024", "9 tháng năm 2024", "Cả năm 2023"] });
  });

  it("the period the user names, even an earlier one", () => {
    const d = findIndicators(grid(), { ...DETECT, columns: { period: "cả năm 2023" } });
    expect(d.indicators.map((i) => [i.figure?.value, i.self?.value, i.period])).toEqual([["90%", "Chưa đạt", "Cả năm 2023"]]);
    expect(only(d).periodBy).toBe("user");
    expect(d.issues).toEqual([]);
  });

  it("counts per period: the named period's 'Số đạt | Tổng số' stand in for its blank rate", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Năm 2023", null, null, "Năm 2024", null, null],
            [null, null, null, "Số đạt", "Tổng số", "Tỷ lệ (%)", "Số đạt", "Tổng số", "Tỷ lệ (%)"],
            ["9.2", "Tỷ lệ hộ có nhà ở kiên cố", "≥ 75%", 140, 185, null, 146, 185, null],
          ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 5 }, { r1: 0, c1: 6, r2: 0, c2: 8 }] }),
        ],
      },
      { ...DETECT, columns: { period: "2023" } },
    );
    expect(d.indicators.map((i) => [i.figure?.value, i.period])).toEqual([["140/185", "Năm 2023"]]);
  });
});

describe("the self-assessment column", () => {
  it("the one after the figure, not last year's evaluation before it; else the only one", () => {
    const two = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Kết quả đánh giá năm 2023", "Kết quả thực hiện năm 2024", "Tự đánh giá"],
            ["9.2", "Tỷ lệ hộ có nhà ở kiên cố", "Chưa đạt", "146/185 hộ đạt 78,91%", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(two.indicators.map((i) => [i.self?.value, i.selfRef?.col])).toEqual([["Đạt", 4]]);
    const before = findIndicators({ sheets: [sheet("S", [["TT", "Nội dung", "Tự đánh giá", "Kết quả thực hiện"], ["4.2", "Tỷ lệ hộ sử dụng điện", "Đạt", "99%"]])] }, DETECT);
    expect(before.indicators.map((i) => [i.self?.value, i.selfRef?.col, i.figure?.value])).toEqual([["Đạt", 2, "99%"]]);
  });
});

describe("the threshold column", () => {
  it("one region's column alone is the threshold, for any commune, and says its region", () => {
    const d = findIndicators(
      { sheets: [sheet("S", [["TT", "Nội dung", "TDMNPB", "Kết quả thực hiện"], ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99%"]])] },
      { ...DETECT, region: "dong-bang-song-hong" },
    );
    expect(d.indicators.map((i) => [i.threshold?.value, i.thresholdRef?.col, i.thresholdRegion, i.thresholdNeeds ?? null])).toEqual([["≥ 95%", 2, "tdmn-phia-bac", null]]);
    expect(only(d).columns).toMatchObject({ threshold: { col: 2, header: "TDMNPB", by: "header", region: "tdmn-phia-bac" }, regionColumns: [], generalThreshold: null });
  });

  it("'Chỉ tiêu chung' alone is the threshold", () => {
    const d = findIndicators({ sheets: [sheet("S", [["TT", "Nội dung", "Chỉ tiêu chung", "Kết quả thực hiện"], ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99%"]])] }, DETECT);
    expect(d.indicators.map((i) => [i.threshold?.value, i.thresholdRef?.col])).toEqual([["≥ 95%", 2]]);
    expect(only(d).columns).toMatchObject({ threshold: null, generalThreshold: { col: 2, header: "Chỉ tiêu chung" } });
  });

  it("'Chỉ tiêu chung' beside one threshold column: the threshold column", () => {
    const d = findIndicators(
      { sheets: [sheet("S", [["TT", "Nội dung", "Chỉ tiêu chung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"], ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 90%", "≥ 95%", "99%"]])] },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.threshold?.value, i.thresholdRef?.col])).toEqual([["≥ 95%", 3]]);
    expect(only(d).columns.generalThreshold).toBeNull();
  });
});

describe("the user's column mapping", () => {
  it("figure and threshold columns of a sheet without a header: every row from the first is read", () => {
    const d = findIndicators(
      { sheets: [sheet("S", [["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99%"], ["12.1", "Tỷ lệ lao động có việc làm", "≥ 70%", "84,06%"]])] },
      { ...DETECT, columns: { figure: 3, threshold: 2 } },
    );
    expect(d.indicators.map((i) => [i.code, i.row, i.figure?.value, i.threshold?.value])).toEqual([
      ["4.2", 0, "99%", "≥ 95%"],
      ["12.1", 1, "84,06%", "≥ 70%"],
    ]);
    expect(only(d)).toMatchObject({ header: null, columns: { figure: { col: 3, header: "", by: "user" }, threshold: { col: 2, header: "", by: "user", region: null } } });
  });

  it("a mapping for one sheet leaves the other sheets to their headers", () => {
    const a = sheet("A", [["", "Mục", "Mức", "Số"], [null, "4.2", "≥ 95%", "99,8%"]]);
    const b = sheet("B", [["TT", "Nội dung", "Kết quả thực hiện", "Chỉ tiêu đạt chuẩn"], ["12.1", "Tỷ lệ lao động có việc làm", "84,06%", "≥ 70%"]]);
    const d = findIndicators({ sheets: [a, b] }, { ...DETECT, columns: { sheet: "A", code: 1, figure: 3, threshold: 2 } });
    expect(d.indicators.map((i) => [i.sheet, i.code, i.figure?.value, i.threshold?.value])).toEqual([
      ["A", "4.2", "99,8%", "≥ 95%"],
      ["B", "12.1", "84,06%", "≥ 70%"],
    ]);
    expect(d.map.sheets[1].tables[0].columns.figure).toEqual({ col: 2, header: "Kết quả thực hiện", by: "header" });
  });

  it("a threshold column named by the user replaces the region sub-columns, and keeps its header", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu chung", "TDMNPB", "ĐBSH", "Kết quả thực hiện", "Tự đánh giá"],
            ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "≥ 98%", "≥ 99%", "99%", "Đạt"],
          ]),
        ],
      },
      { ...DETECT, region: "tdmn-phia-bac", columns: { threshold: 2 } },
    );
    expect(d.indicators.map((i) => [i.threshold?.value, i.thresholdRegion ?? null, i.figure?.value, i.self?.value])).toEqual([["≥ 95%", null, "99%", "Đạt"]]);
    expect(only(d).columns).toMatchObject({ threshold: { col: 2, header: "Chỉ tiêu chung", by: "user" }, regionColumns: [], generalThreshold: null });
  });

  it("name and self-assessment columns named by the user", () => {
    const d = findIndicators(
      { sheets: [sheet("S", [["TT", "Nội dung", "Kết quả thực hiện", "Xã đánh giá", "Huyện thẩm định"], ["4.2", "Tỷ lệ hộ sử dụng điện", "99%", "Đạt", "Chưa đạt"]])] },
      { ...DETECT, columns: { self: 4, name: 1 } },
    );
    expect(d.indicators.map((i) => [i.self?.value, i.selfRef?.col])).toEqual([["Chưa đạt", 4]]);
    expect(only(d).columns).toMatchObject({ self: { col: 4, header: "Huyện thẩm định", by: "user" }, name: { col: 1, header: "Nội dung", by: "user" } });
  });

  it("a code column after the figure", () => {
    const d = findIndicators(
      { sheets: [sheet("S", [["TT", "Nội dung", "Kết quả thực hiện", "Tự đánh giá", "Mã"], [1, "Tỷ lệ hộ sử dụng điện", "99%", "Đạt", "4.2"], [2, "Tỷ lệ lao động có việc làm", "84,06%", "Đạt", "12.1"]])] },
      { ...DETECT, columns: { code: 4 } },
    );
    expect(d.indicators.map((i) => [i.code, i.codeRef.col, i.figure?.value, i.label])).toEqual([
      ["4.2", 4, "99%", "Tỷ lệ hộ sử dụng điện"],
      ["12.1", 4, "84,06%", "Tỷ lệ lao động có việc làm"],
    ]);
  });
});

describe("where the reader looks", () => {
  it("two tables on one sheet: each read with its own header", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"],
            ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99%"],
            [],
            ["TT", "Nội dung", "Kết quả", "Tự đánh giá"],
            ["12.1", "Tỷ lệ lao động có việc làm", "84,06%", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.figureRef?.col, i.threshold?.value ?? null, i.self?.value ?? null])).toEqual([
      ["4.2", 3, "≥ 95%", null],
      ["12.1", 2, null, "Đạt"],
    ]);
    expect(d.map.sheets[0].tables.map((t) => [t.header?.row, t.rows.map((r) => r.row)])).toEqual([
      [0, [1]],
      [3, [4]],
    ]);
  });

  it("the title block is read in the first 40 rows above the table", () => {
    const at = (row: number) => {
      const rows: (string | null)[][] = [];
      for (let k = 0; k < row; k++) rows.push([null]);
      return sheet("S", [...rows, ["UBND XÃ LIÊN SƠN"], ["TT", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"], ["4.2", "Tỷ lệ hộ sử dụng điện", "99%", "Đạt"]]);
    };
    expect(findIndicators({ sheets: [at(39)] }, DETECT).commune).toBe("Liên Sơn");
    expect(findIndicators({ sheets: [at(40)] }, DETECT).commune).toBeNull();
    const offset = sheet("S", [...Array.from({ length: 36 }, () => [null]), ["UBND XÃ LIÊN SƠN"], ["TT", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"], ["4.2", "Tỷ lệ hộ sử dụng điện", "99%", "Đạt"]], { originRow: 5 });
    expect(findIndicators({ sheets: [offset] }, DETECT).commune).toBe("Liên Sơn");
    const below = sheet("S", [["TT", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"], ["4.2", "Tỷ lệ hộ sử dụng điện", "99%", "Đạt"], ["UBND XÃ LIÊN SƠN"]]);
    expect(findIndicators({ sheets: [below] }, DETECT).commune).toBeNull();
  });

  it("codes in the first six columns of the used range, wherever it starts", () => {
    const header = ["Mã", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"];
    const row = ["4.2", "Tỷ lệ hộ sử dụng điện", "99%", "Đạt"];
    const blank = (n: number) => Array<null>(n).fill(null);
    const sixth = sheet("S", [[...blank(5), ...header], [...blank(5), ...row]]);
    expect(findIndicators({ sheets: [sixth] }, DETECT).indicators.map((i) => [i.code, i.codeRef.col])).toEqual([["4.2", 5]]);
    const seventh = sheet("S", [[...blank(6), ...header], [...blank(6), ...row]]);
    expect(findIndicators({ sheets: [seventh] }, DETECT).indicators).toEqual([]);
    const fromC = sheet("S", [[...blank(4), ...header], [...blank(4), ...row]], { originCol: 2 });
    expect(findIndicators({ sheets: [fromC] }, DETECT).indicators.map((i) => [i.code, i.codeRef.col, i.label])).toEqual([["4.2", 6, "Tỷ lệ hộ sử dụng điện"]]);
  });
});

describe("the code, ordinal and criterion columns", () => {
  it("an unlabelled 1, 2, 3 column before 'Mã chỉ tiêu' is an ordinal, not criterion numbers", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["", "Mã chỉ tiêu", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"],
            [1, "1.1", "Có quy hoạch chung xây dựng xã được phê duyệt", "Đạt", "Đạt"],
            [2, "4.2", "Tỷ lệ hộ sử dụng điện", "99,8%", "Đạt"],
            [3, "12.2", "Tỷ lệ lao động có bằng cấp, chứng chỉ", "15%", "Chưa đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.codeRef.col])).toEqual([
      ["1.1", 1],
      ["4.2", 1],
      ["12.2", 1],
    ]);
    expect(d.criteria).toEqual([]);
    expect(only(d).columns).toMatchObject({ code: { col: 1, header: "Mã chỉ tiêu", by: "header" }, ordinal: { col: 0, header: "", by: "content" }, criterion: null });
  });

  it("whole numbers under 'Mã' beside 'STT': the code column by its header, each number a single-indicator criterion", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["STT", "Mã", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"],
            [1, 5, "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "0/2 trường", "Chưa đạt"],
            [2, 7, "Xã có chợ nông thôn", "Đạt", "Đạt"],
            [3, 10, "Thu nhập bình quân đầu người", "36,84 triệu đồng/người/năm", "Chưa đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.codeRef.col, i.self?.value])).toEqual([
      ["5", 1, "Chưa đạt"],
      ["7", 1, "Đạt"],
      ["10", 1, "Chưa đạt"],
    ]);
    expect(only(d).columns).toMatchObject({ code: { col: 1, header: "Mã", by: "header" }, ordinal: { col: 0, header: "STT", by: "header" }, name: { col: 2, header: "Nội dung", by: "header" } });
  });
});

describe("periods side by side under one 'Kết quả thực hiện', one 'Tự đánh giá' after them", () => {
  it("the latest period's figure and the table's only self-assessment", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", null, "Tự đánh giá"],
            [null, null, null, "6 tháng đầu năm 2024", "Cả năm 2024", null],
            ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "93%", "99,8%", "Đạt"],
          ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 4 }] }),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.figure?.value, i.period, i.self?.value, i.selfRef?.col])).toEqual([["99,8%", "Cả năm 2024", "Đạt", 5]]);
    expect(only(d).periods).toEqual(["6 tháng đầu năm 2024", "Cả năm 2024"]);
  });

  it("another period's self-assessment is never taken for the judged one", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "6 tháng đầu năm 2024", null, "Cả năm 2024"],
            [null, null, null, "Kết quả", "Đánh giá", "Kết quả"],
            ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "93%", "Chưa đạt", "99,8%"],
          ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 4 }] }),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.figure?.value, i.self, i.selfRef])).toEqual([["99,8%", null, null]]);
  });
});

describe("periods: what counts as one", () => {
  it("a plan for the whole year beside the half-year's result is no second period", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện 6 tháng đầu năm 2024", "Kế hoạch cả năm 2024", "Tự đánh giá"],
            ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "93%", "96%", "Chưa đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.figure?.value, i.period ?? null, i.self?.value, i.label])).toEqual([["93%", null, "Chưa đạt", "Tỷ lệ hộ sử dụng điện"]]);
    expect(only(d)).toMatchObject({ period: null, periodBy: null, periods: ["Kết quả thực hiện 6 tháng đầu năm 2024"] });
  });

  it("last year's result without a period beside this year's two: the latest, or the one named", () => {
    const grid = () => ({
      sheets: [
        sheet("S", [
          ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Thực hiện năm 2023", "Kết quả thực hiện", null],
          [null, null, null, null, "6 tháng đầu năm 2024", "Cả năm 2024"],
          ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "90%", "93%", "99,8%"],
        ], { merges: [{ r1: 0, c1: 4, r2: 0, c2: 5 }] }),
      ],
    });
    expect(findIndicators(grid(), DETECT).indicators.map((i) => [i.figure?.value, i.period])).toEqual([["99,8%", "Cả năm 2024"]]);
    const named = findIndicators(grid(), { ...DETECT, columns: { period: "6 tháng" } });
    expect(named.indicators.map((i) => [i.figure?.value, i.period])).toEqual([["93%", "6 tháng đầu năm 2024"]]);
  });

  it("counts per period: the named period's own total", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Năm 2023", null, null, "Năm 2024", null, null],
            [null, null, null, "Số đạt", "Tổng số", "Tỷ lệ (%)", "Số đạt", "Tổng số", "Tỷ lệ (%)"],
            ["9.2", "Tỷ lệ hộ có nhà ở kiên cố", "≥ 75%", 140, 180, null, 146, 185, null],
          ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 5 }, { r1: 0, c1: 6, r2: 0, c2: 8 }] }),
        ],
      },
      { ...DETECT, columns: { period: "năm 2024" } },
    );
    expect(d.indicators.map((i) => [i.figure?.value, i.period])).toEqual([["146/185", "Năm 2024"]]);
  });

  it("a table of one period says no period", () => {
    const d = findIndicators({ sheets: [sheet("S", [["TT", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"], ["4.2", "Tỷ lệ hộ sử dụng điện", "99%", "Đạt"]])] }, DETECT);
    expect(only(d)).toMatchObject({ period: null, periodBy: null, periods: [] });
    expect(d.indicators[0].period).toBeNull();
  });
});

describe("two region sub-columns", () => {
  const rows = [
    ["TT", "Nội dung", "Chỉ tiêu chung", "TDMNPB", "ĐBSH", "Kết quả thực hiện"],
    ["2.2", "Tỷ lệ đường thôn được cứng hóa", null, "≥ 70%", "100%", "75%"],
    ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "≥ 98%", null, "97%"],
  ];
  it("the commune's region column, else 'Chỉ tiêu chung'", () => {
    const d = findIndicators({ sheets: [sheet("S", rows)] }, { ...DETECT, region: "dong-bang-song-hong" });
    expect(d.indicators.map((i) => [i.code, i.threshold?.value, i.thresholdRef?.col])).toEqual([
      ["2.2", "100%", 4],
      ["4.2", "≥ 95%", 2],
    ]);
    expect(only(d).columns).toMatchObject({
      threshold: { col: 4, header: "ĐBSH", by: "header", region: "dong-bang-song-hong" },
      generalThreshold: { col: 2, header: "Chỉ tiêu chung", by: "header" },
      regionColumns: [{ region: "tdmn-phia-bac", col: 3 }, { region: "dong-bang-song-hong", col: 4 }],
    });
  });
});

describe("the user's mapping, in part", () => {
  it("only the figure named: the threshold, code, name and self-assessment still come from the headers", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["Mã", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kế hoạch", "Ước thực hiện", "Tự đánh giá"],
            ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "96%", "99,8%", "Đạt"],
          ]),
        ],
      },
      { ...DETECT, columns: { figure: 4 } },
    );
    expect(d.indicators.map((i) => [i.code, i.label, i.figure?.value, i.threshold?.value, i.self?.value])).toEqual([["4.2", "Tỷ lệ hộ sử dụng điện", "99,8%", "≥ 95%", "Đạt"]]);
    expect(only(d).columns).toMatchObject({
      code: { col: 0, header: "Mã", by: "header" },
      name: { col: 1, header: "Nội dung", by: "header" },
      figure: { col: 4, header: "Ước thực hiện", by: "user" },
      threshold: { col: 2, header: "Chỉ tiêu đạt chuẩn", by: "header" },
    });
  });

  it("the user's code column wins over another column of codes", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["Mã (2016-2020)", "Mã (2021-2025)", "Nội dung", "Kết quả thực hiện"],
            ["4.1", "4.2", "Tỷ lệ hộ sử dụng điện", "99,8%"],
            ["12.2", "12.1", "Tỷ lệ lao động có việc làm", "84,06%"],
          ]),
        ],
      },
      { ...DETECT, columns: { code: 1, figure: 3 } },
    );
    expect(d.indicators.map((i) => [i.code, i.codeRef.col, i.figure?.value])).toEqual([
      ["4.2", 1, "99,8%"],
      ["12.1", 1, "84,06%"],
    ]);
  });
});

describe("the code column by its content", () => {
  it("'Chỉ tiêu 5', 'Chỉ tiêu 7' beside an STT column: the codes, not the ordinals", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["STT", "Chỉ tiêu", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"],
            [1, "Chỉ tiêu 5", "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "0/2 trường", "Chưa đạt"],
            [2, "Chỉ tiêu 7", "Xã có chợ nông thôn", "Đạt", "Đạt"],
            [3, "Chỉ tiêu 10", "Thu nhập bình quân đầu người", "36,84 triệu đồng/người/năm", "Chưa đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.codeRef.col])).toEqual([
      ["5", 1],
      ["7", 1],
      ["10", 1],
    ]);
    expect(only(d).columns).toMatchObject({ code: { col: 1, header: "Chỉ tiêu", by: "content" }, ordinal: { col: 0, header: "STT" } });
  });

  it("criterion numbers in an unlabelled first column are read as the codes; 'TT' there is no ordinal then", () => {
    for (const first of ["", "TT"]) {
      const d = findIndicators(
        { sheets: [sheet("S", [[first, "Tên tiêu chí", "Kết quả thực hiện", "Tự đánh giá"], [1, "Quy hoạch", "Đạt", "Đạt"], [5, "Trường học", "0/2 trường", "Chưa đạt"]])] },
        DETECT,
      );
      expect(d.indicators.map((i) => [i.code, i.codeRef.col])).toEqual([
        ["1", 0],
        ["5", 0],
      ]);
      expect(only(d).columns).toMatchObject({ code: { col: 0, header: first }, ordinal: null });
    }
  });

  it("a mapping without a header row: the code column is found by content, with no header", () => {
    const d = findIndicators({ sheets: [sheet("S", [["4.2", "Tỷ lệ hộ sử dụng điện", "99%"]])] }, { ...DETECT, columns: { figure: 2 } });
    expect(only(d).columns.code).toEqual({ col: 0, header: "", by: "content" });
  });
});

describe("a rate column", () => {
  it("is the figure when there is no figure column, and is then not listed again as the rate", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Số đạt", "Tổng số", "Tỷ lệ (%)", "Tự đánh giá"],
            ["9.2", "Tỷ lệ hộ có nhà ở kiên cố", "≥ 75%", 146, 185, 78.91, "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.figure?.value, i.figureRef?.col])).toEqual([[78.91, 5]]);
    const t = only(d);
    expect(t.columns.figure).toMatchObject({ col: 5 });
    expect(t.columns.rate).toBeUndefined();
  });
});
