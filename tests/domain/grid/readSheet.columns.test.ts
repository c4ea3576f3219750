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
