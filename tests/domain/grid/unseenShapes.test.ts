import { findIndicators } from "../../../src/domain/grid/findIndicators";
import { readCodeText } from "../../../src/domain/grid/codes";
import { readText } from "../../../src/domain/figures/readFigureText";
import { DETECT, sheet } from "../../fixtures/grid";

/** Shapes found by reading workbooks the project had not seen (tests/fixtures/unseen). */

describe("codes written 'TC4.2'", () => {
  it("'TC4.2' is indicator 4.2 and 'TC4' / 'TC 4' the criterion", () => {
    expect(readCodeText("tc4.2")).toMatchObject({ kind: "dotted", parts: [4, 2] });
    expect(readCodeText("tc 17.10")).toMatchObject({ kind: "dotted", parts: [17, 10] });
    expect(readCodeText("tc4")).toMatchObject({ kind: "criterion", no: 4 });
    expect(readCodeText("tc 4: dien")).toMatchObject({ kind: "criterion", no: 4 });
    expect(readCodeText("tieu chi so 4")).toMatchObject({ kind: "criterion", no: 4 });
  });

  it("a table coded 'TC4 | Điện', 'TC4.1', 'TC4.2' and 'TC5' twice (criterion row, content row)", () => {
    const grid = {
      sheets: [
        sheet("Tu danh gia", [
          ["TT", "Nội dung tiêu chí, chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"],
          ["TC4", "Điện", null, null, null],
          ["TC4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
          ["TC4.2", "Tỷ lệ hộ có đăng ký trực tiếp và sử dụng điện thường xuyên, an toàn từ các nguồn", "≥ 95%", "721/722 hộ (99,8%)", "Đạt"],
          ["TC5", "Trường học", null, null, null],
          ["TC5", "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất theo quy định", "≥ 70%", "0/2 trường", "Chưa đạt"],
          ["TC6", "Cơ sở vật chất văn hóa", null, null, null],
        ]),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => [i.code, i.row, i.figure?.value])).toEqual([
      ["4.1", 2, "Đạt"],
      ["4.2", 3, "721/722 hộ (99,8%)"],
      ["5", 5, "0/2 trường"],
    ]);
    expect(d.criteria.map((c) => [c.no, c.row])).toEqual([
      [4, 1],
      [5, 4],
      [6, 6],
    ]);
  });
});

describe("'Kết quả thực hiện' merged over 'Số lượng | Tỷ lệ'", () => {
  it("the percentage is read from 'Tỷ lệ' where 'Số lượng' is empty, the count where it is written", () => {
    const grid = {
      sheets: [
        sheet(
          "Biểu 01",
          [
            ["TT", "Nội dung tiêu chí", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", null, "Tự đánh giá"],
            [null, null, null, "Số lượng", "Tỷ lệ", null],
            ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", null, "Đạt"],
            ["4.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "≥ 95%", null, "99,8%", "Đạt"],
            ["17.8", "Tỷ lệ hộ có nhà tiêu, nhà tắm hợp vệ sinh", "≥ 70%", "721/1.250", "57,7%", "Chưa đạt"],
          ],
          {
            merges: [
              { r1: 0, c1: 3, r2: 0, c2: 4 },
              { r1: 0, c1: 0, r2: 1, c2: 0 },
              { r1: 0, c1: 1, r2: 1, c2: 1 },
              { r1: 0, c1: 2, r2: 1, c2: 2 },
              { r1: 0, c1: 5, r2: 1, c2: 5 },
            ],
          },
        ),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => [i.code, i.figure?.value, i.figureRef?.col])).toEqual([
      ["4.1", "Đạt", 3],
      ["4.2", "99,8%", 4],
      ["17.8", "721/1.250", 3],
    ]);
  });
});

describe("figures with a unit on both sides of the slash", () => {
  it("'13,3 km/26,5 km = 50,2%' is 50,2% of the roads; '12 km/20 km' is 60%", () => {
    expect(readText("13,3 km/26,5 km = 50,2%")).toEqual({ kind: "percent", value: 50.2, numerator: 13.3, denominator: 26.5 });
    expect(readText("12 km/20 km")).toEqual({ kind: "percent", value: 60, numerator: 12, denominator: 20 });
  });
  it("two different units over a slash stay unreadable", () => {
    expect(readText("3 km/5 ha")).toMatchObject({ kind: "unreadable" });
  });
  it("'2,5 m²/người' (17.4, public green land) is 2,5 m², '/người' being the wording", () => {
    expect(readText("2,5 m²/người")).toEqual({ kind: "amount", value: 2.5, unit: "m²" });
    expect(readText("2,5 m2/người")).toEqual({ kind: "amount", value: 2.5, unit: "m²" });
  });
});

describe("criteria numbered in Roman, indicators 1, 2 … under each", () => {
  const rows = (): (string | number | null)[][] => [
    ["TT", "Nội dung tiêu chí, chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"],
    ["IV", "ĐIỆN", null, null, null],
    [1, "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
    [2, "Tỷ lệ hộ có đăng ký trực tiếp và sử dụng điện thường xuyên, an toàn từ các nguồn", "≥ 95%", "721/722 hộ (99,8%)", "Đạt"],
    ["V", "TRƯỜNG HỌC", null, null, null],
    [1, "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất theo quy định", "≥ 70%", "0/2 trường", "Chưa đạt"],
    ["VI", "CƠ SỞ VẬT CHẤT VĂN HÓA", null, null, null],
    [1, "Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao", "Đạt", "Đạt", "Đạt"],
    [2, "Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi", "Đạt", "Chưa đạt", "Chưa đạt"],
    [3, "Tỷ lệ thôn, bản có nhà văn hóa hoặc nơi sinh hoạt văn hóa", "100%", "8/8 thôn", "Đạt"],
  ];

  it("'IV | Điện' then '1', '2' are indicators 4.1 and 4.2; '1' under 'V | Trường học' is indicator 5", () => {
    const d = findIndicators({ sheets: [sheet("Biểu", rows())] }, DETECT);
    expect(d.indicators.map((i) => [i.code, i.row, i.figure?.value])).toEqual([
      ["4.1", 2, "Đạt"],
      ["4.2", 3, "721/722 hộ (99,8%)"],
      ["5", 5, "0/2 trường"],
      ["6.1", 7, "Đạt"],
      ["6.2", 8, "Chưa đạt"],
      ["6.3", 9, "8/8 thôn"],
    ]);
    expect(d.criteria.map((c) => [c.no, c.row, c.label])).toEqual([
      [4, 1, "ĐIỆN"],
      [5, 4, "TRƯỜNG HỌC"],
      [6, 6, "CƠ SỞ VẬT CHẤT VĂN HÓA"],
    ]);
  });

  it("Roman sections over criteria numbered on ('II | Hạ tầng kinh tế - xã hội', '2 | Giao thông' … '5 | Trường học') are not criteria", () => {
    const grid = {
      sheets: [
        sheet("Biểu", [
          ["TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"],
          ["I", "QUY HOẠCH", null, null, null, null],
          [1, "Quy hoạch", null, null, null, null],
          ["1.1", null, "Có quy hoạch chung xây dựng xã được phê duyệt", "Đạt", "Đạt", "Đạt"],
          ["II", "HẠ TẦNG KINH TẾ - XÃ HỘI", null, null, null, null],
          [4, "Điện", null, null, null, null],
          ["4.1", null, "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
          [5, "Trường học", null, null, null, null],
          ["5", null, "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "≥ 70%", "0/2 trường", "Chưa đạt"],
          ["III", "KINH TẾ VÀ TỔ CHỨC SẢN XUẤT", null, null, null, null],
          [10, "Thu nhập", null, null, null, null],
          ["10", null, "Thu nhập bình quân đầu người", "≥ 46 triệu đồng/người/năm", "36,84 triệu đồng/người/năm", "Chưa đạt"],
        ]),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => [i.code, i.row])).toEqual([
      ["1.1", 3],
      ["4.1", 6],
      ["5", 8],
      ["10", 11],
    ]);
    expect(d.criteria.map((c) => c.no)).toEqual([1, 4, 5, 10]);
  });
});

describe("one sheet per criterion, titled 'TIÊU CHÍ SỐ 5: TRƯỜNG HỌC'", () => {
  const table = (title: string, rows: (string | number | null)[][]) =>
    sheet("TC5", [[title], [], ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"], ...rows]);

  it("the single row numbered 1 is indicator 5", () => {
    const d = findIndicators({ sheets: [table("TIÊU CHÍ SỐ 5: TRƯỜNG HỌC", [[1, "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "≥ 70%", "0/2 trường", "Chưa đạt"]])] }, DETECT);
    expect(d.indicators.map((i) => [i.code, i.row, i.figure?.value])).toEqual([["5", 3, "0/2 trường"]]);
  });

  it("not when the title names a criterion with several indicators, nor when two rows have figures", () => {
    const four = findIndicators({ sheets: [table("TIÊU CHÍ SỐ 4: ĐIỆN", [[1, "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"]])] }, DETECT);
    expect(four.indicators.map((i) => i.code)).not.toContain("4");
    const two = findIndicators(
      {
        sheets: [
          table("TIÊU CHÍ SỐ 5: TRƯỜNG HỌC", [
            [1, "Trường mầm non", "Đạt", "Đạt", "Đạt"],
            [2, "Trường tiểu học", "Đạt", "Chưa đạt", "Chưa đạt"],
          ]),
        ],
      },
      DETECT,
    );
    expect(two.indicators.map((i) => i.code)).not.toContain("5");
  });
});

describe("self-assessment written 'Đ' / 'CĐ'", () => {
  it("'Đ' is Đạt and 'CĐ' Chưa đạt; bare 'd' / 'cd' are not verdicts", () => {
    expect(readText("Đ")).toEqual({ kind: "verdict", value: "achieved" });
    expect(readText("CĐ")).toEqual({ kind: "verdict", value: "not_achieved" });
    expect(readText("cđ")).toEqual({ kind: "verdict", value: "not_achieved" });
    expect(readText("d")).toMatchObject({ kind: "unreadable" });
    expect(readText("cd")).toMatchObject({ kind: "unreadable" });
  });
});
