import { findIndicators } from "../../../src/domain/grid/findIndicators";
import { isIndicatorCode, matchPeriod, romanNumber } from "../../../src/domain/grid/readSheet";
import type { RowReading, TableReading } from "../../../src/domain/grid/ReadingMap";
import { DETECT, sheet } from "../../fixtures/grid";

/** Which rows of a table are indicators, criteria or skipped, and what the reading map says of each. */

const HEADER = ["TT", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"];

function only(d: ReturnType<typeof findIndicators>): TableReading {
  const tables = d.map.sheets.flatMap((s) => s.tables);
  expect(tables).toHaveLength(1);
  return tables[0];
}

const why = (r: RowReading): string => (r.as === "skipped" ? r.why : r.as);

describe("codes with a report's section number ('1.4.2' for indicator 4.2)", () => {
  it("'1.5' and '1.7' under '1.4.1', '1.4.2' are the single indicators 5 and 7", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            HEADER,
            ["1.4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt"],
            ["1.4.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "99,8%", "Đạt"],
            ["1.5", "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "0/2 trường", "Chưa đạt"],
            ["1.7", "Xã có chợ nông thôn", "Đạt", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.figure?.value])).toEqual([
      ["4.1", "Đạt"],
      ["4.2", "99,8%"],
      ["5", "0/2 trường"],
      ["7", "Đạt"],
    ]);
    expect(only(d).codePrefix).toBe("1");
  });

  it("the section most codes carry: '2.1.1' rows of another part do not make '1.5' a code of section 2", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            HEADER,
            ["2.1.1", "Có quy hoạch chung xây dựng xã", "Đạt", "Đạt"],
            ["1.4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt"],
            ["1.4.2", "Tỷ lệ hộ sử dụng điện", "99,8%", "Đạt"],
            ["1.6.1", "Xã có nhà văn hóa", "Đạt", "Đạt"],
            ["1.5", "Tỷ lệ trường học các cấp đạt chuẩn", "0/2 trường", "Chưa đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => i.code)).toEqual(["1.1", "4.1", "4.2", "6.1", "5"]);
    expect(only(d).codePrefix).toBe("1");
  });

  it("without three-part codes for at least half the rows, '1.5' is indicator 1.5 … and '1.2' indicator 1.2", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            HEADER,
            ["1.4.2", "Tỷ lệ hộ sử dụng điện", "99,8%", "Đạt"],
            ["1.1", "Có quy hoạch chung xây dựng xã", "Đạt", "Đạt"],
            ["1.2", "Ban hành quy định quản lý quy hoạch", "Đạt", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => i.code)).toEqual(["4.2", "1.1", "1.2"]);
    expect(only(d).codePrefix).toBeNull();
  });
});

describe("rows that are not indicators", () => {
  it("a note is listed with its cells joined and cut at 120 characters; an unknown whole number is skipped, not reported", () => {
    const note = "Ghi chú: " + "số liệu ".repeat(20);
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            HEADER,
            ["4.2", "Tỷ lệ hộ sử dụng điện", "99,8%", "Đạt"],
            [note, "theo báo cáo", null, null],
            ["20", "Tiêu chí khác", "Đạt", null],
            ["12.1", "Tỷ lệ lao động có việc làm", "84,06%", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    const rows = only(d).rows;
    expect(rows.map(why)).toEqual(["indicator", "no-code", "unknown-code", "indicator"]);
    expect(rows[1]).toEqual({ row: 2, as: "skipped", why: "no-code", text: `${note.trim()} | theo báo cáo`.slice(0, 120) });
    expect((rows[1] as { text: string }).text).toHaveLength(120);
    expect(rows[2]).toEqual({ row: 3, as: "skipped", why: "unknown-code", text: "20 | Tiêu chí khác | Đạt", code: "20" });
    expect(d.issues).toEqual([]);
  });

  it("an empty row is not listed; a row of numbers (1) (2) (3) under the header is the numbering", () => {
    const d = findIndicators(
      { sheets: [sheet("S", [HEADER, ["(1)", "(2)", "(3)", "(4)"], [null, "", null, null], ["4.2", "Tỷ lệ hộ sử dụng điện", "99,8%", "Đạt"]])] },
      DETECT,
    );
    expect(only(d).rows.map((r) => [r.row, why(r)])).toEqual([[3, "indicator"]]);
    const numbered = findIndicators({ sheets: [sheet("S", [HEADER, [null, null, null, null], [1, 2, 3, 4], ["4.2", "Tỷ lệ hộ sử dụng điện", "99,8%", "Đạt"]])] }, DETECT);
    expect(only(numbered).rows).toEqual([
      { row: 2, as: "skipped", why: "numbering", text: "1 | 2 | 3 | 4" },
      expect.objectContaining({ row: 3, as: "indicator", code: "4.2" }),
    ]);
  });
});

describe("hidden rows and sheets", () => {
  it("an indicator on a hidden row, or any row of a hidden sheet, is marked hidden", () => {
    const rows = [HEADER, ["4.2", "Tỷ lệ hộ sử dụng điện", "99,8%", "Đạt"], ["12.1", "Tỷ lệ lao động có việc làm", "84,06%", "Đạt"]];
    const d = findIndicators({ sheets: [sheet("S", rows, { hiddenRows: [2] })] }, DETECT);
    expect(d.indicators.map((i) => [i.code, i.hidden])).toEqual([
      ["4.2", false],
      ["12.1", true],
    ]);
    expect(only(d).rows.map((r) => (r.as === "indicator" ? r.hidden : null))).toEqual([false, true]);
    expect(d.map.sheets[0].hidden).toBe(false);
    const hiddenSheet = findIndicators({ sheets: [sheet("S", rows, { hidden: true })] }, DETECT);
    expect(hiddenSheet.indicators.map((i) => i.hidden)).toEqual([true, true]);
    expect(hiddenSheet.map.sheets[0].hidden).toBe(true);
  });
});

describe("romanNumber", () => {
  it.each([
    ["I", 1],
    ["II", 2],
    ["III", 3],
    ["IV", 4],
    ["V", 5],
    ["VI", 6],
    ["VIII", 8],
    ["IX", 9],
    ["X", 10],
    ["XI", 11],
    ["XIV", 14],
    ["XV", 15],
    ["XVII.", 17],
    ["xix", 19],
    [" IV . ", 4],
  ])("%s → %i", (text, no) => {
    expect(romanNumber(text)).toBe(no);
  });
  it.each(["XX", "IIII", "VV", "IIV", "4", "", "Điện", "IV Điện", "Phần IV", "VIIII", "XVV"])("%s → null", (text) => {
    expect(romanNumber(text)).toBeNull();
  });
});

describe("matchPeriod", () => {
  const periods = ["Năm 2024", "6 tháng đầu năm 2024", "Cả năm 2023"];
  it("the same text (without accents, case or extra spaces) before a period it is part of", () => {
    expect(matchPeriod("NAM 2024", periods)).toBe("Năm 2024");
    expect(matchPeriod("  6 tháng   đầu ", periods)).toBe("6 tháng đầu năm 2024");
    expect(matchPeriod("cả năm", periods)).toBe("Cả năm 2023");
  });
  it("nothing for an empty text, a text part of two periods, or of none", () => {
    expect(matchPeriod("  ", periods)).toBeNull();
    expect(matchPeriod("2024", periods)).toBeNull();
    expect(matchPeriod("quý III", periods)).toBeNull();
  });
});

describe("isIndicatorCode", () => {
  it("a listed code, or an 'N.x' code of a criterion that takes the sheet's own indicators", () => {
    const opts = { indicatorCodes: new Set(["4.2", "5"]), openCriteria: new Set([17]) };
    expect(isIndicatorCode(opts, "4.2")).toBe(true);
    expect(isIndicatorCode(opts, "5")).toBe(true);
    expect(isIndicatorCode(opts, "17.13")).toBe(true);
    expect(isIndicatorCode(opts, "4.9")).toBe(false);
    expect(isIndicatorCode(opts, "17")).toBe(false);
    expect(isIndicatorCode({ indicatorCodes: new Set(["4.2"]) }, "17.13")).toBe(false);
  });
});

describe("one sheet per criterion, titled above its table", () => {
  const H = ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"];
  const codes = (title: (string | null)[][], rows: (string | number | null)[][]) =>
    findIndicators({ sheets: [sheet("TC5", [...title, [], H, ...rows])] }, DETECT).indicators.map((i) => [i.code, i.figure?.value]);
  const school = ["Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "≥ 70%", "0/2 trường", "Chưa đạt"];

  it("the one row, not numbered or numbered with the criterion's own number, is the criterion's single indicator", () => {
    expect(codes([["TIÊU CHÍ SỐ 5: TRƯỜNG HỌC"]], [[null, ...school]])).toEqual([["5", "0/2 trường"]]);
    expect(codes([["TIÊU CHÍ SỐ 5: TRƯỜNG HỌC"]], [[5, ...school]])).toEqual([["5", "0/2 trường"]]);
    expect(codes([[null, null, "TIÊU CHÍ SỐ 5: TRƯỜNG HỌC"]], [[1, ...school]])).toEqual([["5", "0/2 trường"]]);
  });

  it("not when the row is numbered otherwise, nor when the title names two criteria", () => {
    expect(codes([["TIÊU CHÍ SỐ 5: TRƯỜNG HỌC"]], [[2, ...school]]).map((c) => c[0])).not.toContain("5");
    expect(codes([["TIÊU CHÍ SỐ 5: TRƯỜNG HỌC"], ["TIÊU CHÍ SỐ 7: CƠ SỞ HẠ TẦNG THƯƠNG MẠI"]], [[1, ...school]]).map((c) => c[0])).not.toContain("5");
  });

  it("not when another row of the table carries a number", () => {
    expect(codes([["TIÊU CHÍ SỐ 5: TRƯỜNG HỌC"]], [[1, ...school], [2, "Trường tiểu học", null, null, null]]).map((c) => c[0])).not.toContain("5");
  });
});

describe("a column of criterion numbers beside the code column", () => {
  const H2 = ["TT", "Mã", "Tên tiêu chí, chỉ tiêu", "Kết quả thực hiện", "Tự đánh giá"];

  it("criterion rows numbered in 'TT', indicators coded in 'Mã'; a criterion row with a figure is its single indicator", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            H2,
            [4, null, "Điện", null, "Chưa đạt"],
            [null, "4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt"],
            [null, "4.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "99%", "Đạt"],
            [5, null, "Trường học", null, "Chưa đạt"],
            [null, "5", "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "0/2 trường", "Chưa đạt"],
            [7, null, "Cơ sở hạ tầng thương mại nông thôn", "Đạt", "Đạt"],
            [8, null, "Thông tin và truyền thông", null, null],
            [null, "8.1", "Xã có điểm phục vụ bưu chính", "Có", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.row, i.codeRef.col, i.figure?.value, i.self?.value])).toEqual([
      ["4.1", 2, 1, "Đạt", "Đạt"],
      ["4.2", 3, 1, "99%", "Đạt"],
      ["5", 5, 1, "0/2 trường", "Chưa đạt"],
      ["7", 6, 0, "Đạt", "Đạt"],
      ["8.1", 8, 1, "Có", "Đạt"],
    ]);
    expect(d.criteria.map((c) => [c.no, c.row, c.self?.value ?? null, c.selfRef?.col ?? null])).toEqual([
      [4, 1, "Chưa đạt", 4],
      [5, 4, "Chưa đạt", 4],
      [7, 6, null, null],
      [8, 7, null, 4],
    ]);
    expect(only(d).columns).toMatchObject({ code: { col: 1, header: "Mã" }, criterion: { col: 0, header: "TT", by: "content" } });
  });

  it("criteria listed without indicators before the first that has some are still criteria, numbered in sequence", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            H2,
            [1, null, "Quy hoạch", null, "Chưa đánh giá"],
            [2, null, "Giao thông", null, "Chưa đánh giá"],
            [3, null, "Thủy lợi và phòng, chống thiên tai", null, "Đạt"],
            [null, "3.1", "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động", "85%", "Đạt"],
            [null, "3.2", "Đảm bảo yêu cầu chủ động về phòng chống thiên tai theo phương châm 4 tại chỗ", "Đạt", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.criteria.map((c) => [c.no, c.row, c.self?.value])).toEqual([
      [1, 1, "Chưa đánh giá"],
      [2, 2, "Chưa đánh giá"],
      [3, 3, "Đạt"],
    ]);
    expect(d.indicators.map((i) => i.code)).toEqual(["3.1", "3.2"]);
  });
});

describe("the reading map of an indicator row", () => {
  it("names the figure, threshold and self-assessment cells read, and the region of the threshold", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu chung", "TDMNPB", "ĐBSH", "Kết quả thực hiện", "Tự đánh giá"],
            ["2.2", "Tỷ lệ đường thôn được cứng hóa", null, "≥ 70%", "100%", "75%", "Đạt"],
            ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", null, null, "97%", "Đạt"],
            ["8.1", "Xã có điểm phục vụ bưu chính", null, null, null, "Có", null],
          ]),
        ],
      },
      { ...DETECT, region: "tdmn-phia-bac" },
    );
    const ref = (row: number, col: number) => ({ sheet: "S", row, col });
    expect(only(d).rows).toEqual([
      { row: 1, as: "indicator", code: "2.2", label: "Tỷ lệ đường thôn được cứng hóa", hidden: false, figure: ref(1, 5), threshold: ref(1, 3), self: ref(1, 6), thresholdRegion: "tdmn-phia-bac" },
      { row: 2, as: "indicator", code: "4.2", label: "Tỷ lệ hộ sử dụng điện", hidden: false, figure: ref(2, 5), threshold: ref(2, 2), self: ref(2, 6), thresholdRegion: null },
      { row: 3, as: "indicator", code: "8.1", label: "Xã có điểm phục vụ bưu chính", hidden: false, figure: ref(3, 5), threshold: null, self: ref(3, 6), thresholdRegion: null },
    ]);
    expect(only(d).columns.threshold).toEqual({ col: 3, header: "TDMNPB", by: "header", region: "tdmn-phia-bac" });
    expect(d.indicators.map((i) => [i.thresholdRef, i.thresholdRegion ?? null])).toEqual([
      [ref(1, 3), "tdmn-phia-bac"],
      [ref(2, 2), null],
      [null, null],
    ]);
  });

  it("a table without a self-assessment column: no self cell", () => {
    const d = findIndicators({ sheets: [sheet("S", [["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"], ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99%"]])] }, DETECT);
    expect(d.indicators.map((i) => [i.selfRef, i.self, i.thresholdRef])).toEqual([[null, null, { sheet: "S", row: 1, col: 2 }]]);
    expect(only(d).rows[0]).toMatchObject({ self: null, threshold: { sheet: "S", row: 1, col: 2 } });
  });
});

describe("codes typed as numbers", () => {
  it("18.1 after 17.9 stays 18.1 (only 17.1 after 17.9 is 17.10)", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            HEADER,
            [17.8, "Tỷ lệ hộ có nhà tiêu, nhà tắm hợp vệ sinh", "57,7%", "Chưa đạt"],
            [17.9, "Tỷ lệ cơ sở sản xuất kinh doanh đáp ứng quy định về bảo vệ môi trường", "100%", "Đạt"],
            [18.1, "Cán bộ, công chức xã đạt chuẩn", "Đạt", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => i.code)).toEqual(["17.8", "17.9", "18.1"]);
  });

  it("'17.1' written as text after '17.9' is 17.1 (no zero was lost)", () => {
    const d = findIndicators({ sheets: [sheet("S", [HEADER, ["17.9", "Tỷ lệ cơ sở sản xuất kinh doanh", "100%", "Đạt"], ["17.1", "Tỷ lệ hộ được sử dụng nước sạch", "95%", "Đạt"]])] }, DETECT);
    expect(d.indicators.map((i) => i.code)).toEqual(["17.9", "17.1"]);
  });
});

describe("the figure and threshold cells of a row", () => {
  it("'Số đạt | Tổng số' without a rate: a blank count leaves the figure blank, whatever the total", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", null, "Tự đánh giá"],
            [null, null, null, "Số đạt", "Tổng số", null],
            ["9.2", "Tỷ lệ hộ có nhà ở kiên cố", "≥ 75%", 146, 185, "Đạt"],
            ["16", "Tỷ lệ thôn đạt tiêu chuẩn văn hóa", "≥ 70%", null, 3, "Đạt"],
          ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 4 }] }),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.figure?.value ?? null, i.figureRef?.col])).toEqual([
      ["9.2", 146, 3],
      ["16", null, 3],
    ]);
  });

  it("two region columns that say the same: that is the threshold for any region", () => {
    const d = findIndicators(
      { sheets: [sheet("S", [["TT", "Nội dung", "TDMNPB", "ĐBSH", "Kết quả thực hiện"], ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"], ["8.1", "Xã có điểm phục vụ bưu chính", null, null, "Có"]])] },
      { ...DETECT, region: null },
    );
    expect(d.indicators.map((i) => [i.code, i.threshold?.value ?? null, i.thresholdRef?.col ?? null, i.thresholdNeeds ?? null])).toEqual([
      ["4.1", "Đạt", 2, null],
      ["8.1", null, null, null],
    ]);
  });

  it("the commune's region column left blank: no threshold, and the region is not asked for", () => {
    const d = findIndicators(
      { sheets: [sheet("S", [["TT", "Nội dung", "TDMNPB", "ĐBSH", "BTB", "Kết quả thực hiện"], ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", null, "≥ 98%", "99%"]])] },
      { ...DETECT, region: "dong-bang-song-hong" },
    );
    expect(d.indicators.map((i) => [i.threshold, i.thresholdRef, i.thresholdNeeds ?? null])).toEqual([[null, null, null]]);
  });
});

describe("Roman criteria whose rows also name the criterion", () => {
  it("“IV | Tiêu chí số 4: Điện” with 1, 2 under it: indicators 4.1 and 4.2, no duplicates", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung tiêu chí, chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"],
            ["IV", "Tiêu chí số 4: Điện", null, null, "Đạt"],
            [1, "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
            [2, "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "≥ 95%", "99%", "Đạt"],
            ["V", "Tiêu chí số 5: Trường học", null, null, "Chưa đạt"],
            [1, "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "≥ 70%", "0/2 trường", "Chưa đạt"],
            ["VI", "Tiêu chí số 6: Cơ sở vật chất văn hóa", null, null, "Đạt"],
            [1, "Xã có nhà văn hóa hoặc hội trường đa năng", "Đạt", "Đạt", "Đạt"],
            [2, "Xã có điểm vui chơi, giải trí cho trẻ em và người cao tuổi", "Đạt", "Đạt", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.row, i.figure?.value ?? null])).toEqual([
      ["4.1", 2, "Đạt"],
      ["4.2", 3, "99%"],
      ["5", 5, "0/2 trường"],
      ["6.1", 7, "Đạt"],
      ["6.2", 8, "Đạt"],
    ]);
    expect(d.issues.filter((p) => p.code === "indicator/duplicate")).toEqual([]);
    expect(d.criteria.map((c) => [c.no, c.self?.value ?? null])).toEqual([
      [4, "Đạt"],
      [5, "Chưa đạt"],
      [6, "Đạt"],
    ]);
  });

  it("a criterion named with another number than its Roman row is not read as Roman criteria", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Nội dung tiêu chí, chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"],
            ["I", "Tiêu chí số 4: Điện", null, null],
            [1, "Hệ thống điện đạt chuẩn", "Đạt", "Đạt"],
            ["II", "Tiêu chí số 5: Trường học", null, null],
            [1, "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "≥ 70%", "0/2 trường"],
            ["III", "Tiêu chí số 6: Cơ sở vật chất văn hóa", null, null],
            [1, "Xã có nhà văn hóa hoặc hội trường đa năng", "Đạt", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => i.code)).not.toContain("1.1");
    expect(d.indicators.map((i) => i.code)).not.toContain("2.1");
  });
});

describe("criteria numbered in Roman: when they are taken", () => {
  const H = ["TT", "Nội dung tiêu chí, chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"];
  const power: (string | number | null)[][] = [
    ["IV", "ĐIỆN", null, null, null],
    [1, "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
    [2, "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "≥ 95%", "99%", "Đạt"],
  ];
  const school: (string | number | null)[][] = [
    ["V", "TRƯỜNG HỌC", null, null, null],
    [1, "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "≥ 70%", "0/2 trường", "Chưa đạt"],
  ];

  it("numbers restarting under three of five criteria (60%) are enough; a single criterion's figure on its own row is its indicator", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            H,
            ...power,
            ...school,
            ["VI", "CƠ SỞ VẬT CHẤT VĂN HÓA", null, null, null],
            [1, "Xã có nhà văn hóa hoặc hội trường đa năng", "Đạt", "Đạt", "Đạt"],
            [2, "Xã có điểm vui chơi, giải trí cho trẻ em và người cao tuổi", "Đạt", "Chưa đạt", "Chưa đạt"],
            ["VII", "CƠ SỞ HẠ TẦNG THƯƠNG MẠI NÔNG THÔN", null, "Đạt", "Đạt"],
            ["VIII", "THÔNG TIN VÀ TRUYỀN THÔNG", null, null, "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.row])).toEqual([
      ["4.1", 2],
      ["4.2", 3],
      ["5", 5],
      ["6.1", 7],
      ["6.2", 8],
      ["7", 9],
    ]);
    expect(d.criteria.map((c) => [c.no, c.self?.value ?? null])).toEqual([
      [4, null],
      [5, null],
      [6, null],
      [7, null],
      [8, "Đạt"],
    ]);
  });

  it("not when fewer than 60% restart, nor when the numbers do not run on", () => {
    const few = findIndicators(
      { sheets: [sheet("S", [H, ...power, ...school, ["VI", "CƠ SỞ VẬT CHẤT VĂN HÓA", null, null, "Đạt"], ["VII", "CƠ SỞ HẠ TẦNG THƯƠNG MẠI", null, "Đạt", "Đạt"], ["VIII", "THÔNG TIN VÀ TRUYỀN THÔNG", null, null, "Đạt"]])] },
      DETECT,
    );
    expect(few.criteria.map((c) => c.no)).not.toContain(4);
    expect(few.indicators.map((i) => i.code)).not.toContain("4.2");
    const back = findIndicators(
      { sheets: [sheet("S", [H, ...power, ["VI", "CƠ SỞ VẬT CHẤT VĂN HÓA", null, null, null], [1, "Xã có nhà văn hóa", "Đạt", "Đạt", "Đạt"], ...school])] },
      DETECT,
    );
    expect(back.criteria.map((c) => c.no)).not.toContain(4);
    expect(back.indicators.map((i) => i.code)).not.toContain("4.2");
  });

  it("under a single-indicator criterion only the row numbered 1 is its indicator; under another, a number the set lacks is the sheet's own", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            H,
            ...power,
            [3, "Tỷ lệ hộ dùng điện từ nguồn năng lượng tái tạo", "≥ 10%", "12%", "Đạt"],
            ...school,
            [2, "Trường đạt chuẩn quốc gia", "Đạt", "Đạt", "Đạt"],
            ["VI", "CƠ SỞ VẬT CHẤT VĂN HÓA", null, null, null],
            [1, "Xã có nhà văn hóa hoặc hội trường đa năng", "Đạt", "Đạt", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.row])).toEqual([
      ["4.1", 2],
      ["4.2", 3],
      ["4.3", 4],
      ["5", 6],
      ["6.1", 9],
    ]);
    expect(only(d).rows.find((r) => r.row === 7)).toMatchObject({ as: "skipped", why: "no-code" });
  });
});

describe("a table of criteria only", () => {
  it("each criterion with a figure on its row is judged by it; one without a figure is only a criterion", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Tên tiêu chí", "Kết quả thực hiện", "Tự đánh giá"],
            [1, "Quy hoạch", "Đạt", "Đạt"],
            [2, "Giao thông", null, "Chưa đạt"],
            [4, "Điện", "Chưa đạt", "Chưa đạt"],
            [5, "Trường học", "0/2 trường", "Chưa đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.row, i.codeRef.col, i.figure?.value, i.self?.value])).toEqual([
      ["1", 1, 0, "Đạt", "Đạt"],
      ["4", 3, 0, "Chưa đạt", "Chưa đạt"],
      ["5", 4, 0, "0/2 trường", "Chưa đạt"],
    ]);
    expect(d.criteria.map((c) => [c.no, c.self?.value ?? null])).toEqual([
      [1, null],
      [2, "Chưa đạt"],
      [4, null],
      [5, null],
    ]);
  });

  it("a criterion row then a content row with the same number: the content row is the indicator", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Tên tiêu chí", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"],
            [4, "Điện", null, null, "Chưa đạt"],
            ["4", null, "Hệ thống điện và tỷ lệ hộ sử dụng điện", "Chưa đạt", "Chưa đạt"],
            [6, "Cơ sở vật chất văn hóa", null, null, null],
            ["6.1", null, "Xã có nhà văn hóa", "Đạt", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.row, i.figure?.value])).toEqual([
      ["4", 2, "Chưa đạt"],
      ["6.1", 4, "Đạt"],
    ]);
    expect(d.criteria.map((c) => [c.no, c.row, c.self?.value ?? null])).toEqual([
      [4, 1, "Chưa đạt"],
      [6, 3, null],
    ]);
  });
});

describe("a criterion row followed by another criterion's indicators", () => {
  it("'7 | Chợ | Đạt' then '8.1' without a row for criterion 8: indicator 7 is the criterion's row", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Mã", "Tên tiêu chí, chỉ tiêu", "Kết quả thực hiện", "Tự đánh giá"],
            [7, null, "Cơ sở hạ tầng thương mại nông thôn", "Đạt", "Đạt"],
            [null, "8.1", "Xã có điểm phục vụ bưu chính", "Có", "Đạt"],
            [9, null, "Nhà ở dân cư", null, null],
            [null, "9.2", "Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố", "78,91%", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => [i.code, i.row, i.figure?.value])).toEqual([
      ["7", 1, "Đạt"],
      ["8.1", 2, "Có"],
      ["9.2", 4, "78,91%"],
    ]);
  });

  it("a criterion's row repeated without a figure (the table continued on a new page) is no indicator", () => {
    const d = findIndicators(
      {
        sheets: [
          sheet("S", [
            ["TT", "Tên tiêu chí", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"],
            [4, "Điện", null, null, "Chưa đạt"],
            ["4.1", null, "Hệ thống điện đạt chuẩn", "Đạt", "Đạt"],
            [4, "Điện (tiếp theo)", null, null, null],
            ["4.2", null, "Tỷ lệ hộ sử dụng điện", "99%", "Đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(d.indicators.map((i) => i.code)).toEqual(["4.1", "4.2"]);
    expect(d.criteria.map((c) => [c.no, c.row, c.self?.value])).toEqual([[4, 1, "Chưa đạt"]]);
  });

  it("a row holding only a note in the self-assessment column is not listed", () => {
    const d = findIndicators({ sheets: [sheet("S", [HEADER, ["4.2", "Tỷ lệ hộ sử dụng điện", "99%", "Đạt"], [null, null, null, "(xã tự chấm)"]])] }, DETECT);
    expect(only(d).rows.map((r) => r.row)).toEqual([1]);
  });

  it("an unknown code is reported at its cell", () => {
    const d = findIndicators({ sheets: [sheet("Biểu", [HEADER, ["4.2", "Tỷ lệ hộ sử dụng điện", "99%", "Đạt"], ["20.7", "Chỉ tiêu không có trong bộ", "5%", null]])] }, DETECT);
    expect(d.issues).toEqual([{ code: "indicator/unknown-code", at: { cell: { sheet: "Biểu", row: 2, col: 0 } }, params: { indicator: "20.7" } }]);
  });
});
