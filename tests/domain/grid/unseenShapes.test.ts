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
