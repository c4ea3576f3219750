// @ts-nocheck
import { findIndicators } from "../../../src/domain/grid/findIndicators";
import type { Merge } from "../../../src/domain/grid/Grid";
import type { TableReading } from "../../../src/domain/grid/ReadingMap";
import { DETECT, sheet } from "../../fixtures/grid";

/** Layouts commune and district offices keep (wording and figures from the Liên Sơn and Bình Trung reports). */

function only(d: ReturnType<typeof findIndicators>): TableReading {
  const tables = d.map.sheets.flatMap((s) => s.tables);
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe("single-indicator criteria", () => {
  it("criterion row '5 | Trường học' then its content row: the content row is the indicator", () => {
    const grid = {
      sheets: [
        sheet("S", [
          ["TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"],
          [5, "Trường học", null, null, null, null],
          ["5", null, "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất theo quy định", "≥ 70%", "0/2 trường", "Chưa đạt"],
          [6, "Cơ sở vật chất văn hóa", null, null, null, null],
          ["6.1", null, "Xã có nhà văn hóa hoặc hội trường đa năng", "Đạt", "Chưa đạt", "Chưa đạt"],
        ]),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => [i.code, i.row, i.figure?.value])).toEqual([
      ["5", 2, "0/2 trường"],
      ["6.1", 4, "Chưa đạt"],
    ]);
    expect(d.criteria.map((c) => [c.no, c.row])).toEqual([
      [5, 1],
      [6, 3],
    ]);
    expect(d.issues).toEqual([]);
    expect(only(d).rows.map((r) => r.as)).toEqual(["criterion", "indicator", "criterion", "indicator"]);
  });

  it("a criterion row carrying its single indicator's figure is both, its self cell the indicator's", () => {
    const grid = {
      sheets: [
        sheet("S", [
          ["TT", "Tên tiêu chí", "Kết quả thực hiện", "Tự đánh giá"],
          [7, "Cơ sở hạ tầng thương mại nông thôn", "Chưa đạt", "Đạt"],
          [8, "Thông tin và Truyền thông", null, null],
          ["8.1", "Xã có điểm phục vụ bưu chính", "Đạt", "Đạt"],
        ]),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => [i.code, i.row, i.self?.value])).toEqual([
      ["7", 1, "Đạt"],
      ["8.1", 3, "Đạt"],
    ]);
    expect(d.criteria.find((c) => c.no === 7)?.selfRef).toBeNull();
  });
});

describe("ordinal column before the code column", () => {
  it.each([
    ["restarting", [1, 2, 1, 1]],
    ["continuous", [1, 2, 3, 4]],
  ])("STT %s under each criterion, codes 'Chỉ tiêu 1.1' in column B", (_kind, ordinals) => {
    const grid = {
      sheets: [
        sheet("S", [
          ["STT", "Chỉ tiêu", "Nội dung", "Hiện trạng", "Đánh giá"],
          ["Tiêu chí số 1 - Quy hoạch", null, null, null, null],
          [ordinals[0], "Chỉ tiêu 1.1", "Có quy hoạch chung xây dựng xã được phê duyệt", "Chưa đạt", "Chưa đạt"],
          [ordinals[1], "Chỉ tiêu 1.2", "Ban hành quy định quản lý quy hoạch", "Chưa đạt", "Chưa đạt"],
          ["Tiêu chí số 3 - Thủy lợi", null, null, null, null],
          [ordinals[2], "Chỉ tiêu 3.1", "Tỷ lệ diện tích đất sản xuất được tưới", { value: 0.85, numberFormat: "0%", text: "85%" }, "Đạt"],
          ["Tiêu chí số 5 - Trường học", null, null, null, null],
          [ordinals[3], "Chỉ tiêu 5", "Tỷ lệ trường học các cấp đạt chuẩn", "Chưa đạt", "Chưa đạt"],
        ], { merges: [{ r1: 1, c1: 0, r2: 1, c2: 4 }, { r1: 4, c1: 0, r2: 4, c2: 4 }, { r1: 6, c1: 0, r2: 6, c2: 4 }] }),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => i.code)).toEqual(["1.1", "1.2", "3.1", "5"]);
    expect(d.criteria.map((c) => c.no)).toEqual([1, 3, 5]);
    const t = only(d);
    expect(t.columns.code?.col).toBe(1);
    expect(t.columns.ordinal?.col).toBe(0);
    expect(d.indicators[0].codeRef.col).toBe(1);
  });

  it("'Mã chỉ tiêu' beside a continuous TT column", () => {
    const grid = {
      sheets: [
        sheet("S", [
          ["TT", "Mã chỉ tiêu", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"],
          [1, "1.1", "Có quy hoạch chung", "Đạt", "Đạt", "Đạt"],
          [2, "4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99,8%", "Đạt"],
          [3, "7", "Xã có chợ nông thôn", "Đạt", "Chưa đạt", "Chưa đạt"],
          [4, "12.2", "Tỷ lệ lao động có bằng cấp", "≥ 20%", "15%", "Chưa đạt"],
        ]),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => i.code)).toEqual(["1.1", "4.2", "7", "12.2"]);
    expect(d.criteria).toEqual([]);
  });
});

describe("the decision's own layout", () => {
  it("TT and name merged down, the first indicator on the criterion's row, code as content prefix", () => {
    const merges: Merge[] = [
      { r1: 1, c1: 0, r2: 2, c2: 0 },
      { r1: 1, c1: 1, r2: 2, c2: 1 },
      { r1: 3, c1: 0, r2: 6, c2: 0 },
      { r1: 3, c1: 1, r2: 6, c2: 1 },
    ];
    const grid = {
      sheets: [
        sheet("S", [
          ["TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu chung", "Kết quả thực hiện"],
          [1, "Quy hoạch", "1.1. Có quy hoạch chung xây dựng xã được phê duyệt", "Đạt", "Đạt"],
          [null, null, "1.2. Ban hành quy định quản lý quy hoạch chung xây dựng xã", "Đạt", "Chưa đạt"],
          [2, "Giao thông", "2.1. Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa", "100%", "100%"],
          [null, null, "2.2. Tỷ lệ đường thôn và đường liên thôn được cứng hóa", "≥ 70%", "65%"],
          [null, null, "2.3. Tỷ lệ đường ngõ, xóm sạch", "100%", "100%"],
          [null, null, "2.4. Tỷ lệ đường trục chính nội đồng", "≥ 50%", "0%"],
          [5, "Trường học", "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất", "≥ 70%", "0/2 trường"],
          [6, "Cơ sở vật chất văn hóa", "6.1. Xã có nhà văn hóa", "Đạt", "Chưa đạt"],
        ], { merges }),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => [i.code, i.row])).toEqual([
      ["1.1", 1],
      ["1.2", 2],
      ["2.1", 3],
      ["2.2", 4],
      ["2.3", 5],
      ["2.4", 6],
      ["5", 7],
      ["6.1", 8],
    ]);
    expect(d.indicators[0].label).toBe("Quy hoạch Có quy hoạch chung xây dựng xã được phê duyệt");
    expect(d.criteria.map((c) => [c.no, c.row])).toEqual([
      [1, 1],
      [2, 3],
      [5, 7],
      [6, 8],
    ]);
    expect(only(d).columns.criterion?.col).toBe(0);
  });
});

describe("threshold sub-columns by region", () => {
  const REGIONS = ["TDMNPB", "ĐBSH", "BTB", "DHNTB", "TN", "ĐNB", "ĐBSCL"];
  const grid = {
    sheets: [
      sheet("S", [
        ["TT", "Nội dung", "Chỉ tiêu chung", "Chỉ tiêu theo vùng", null, null, null, null, null, null, "Kết quả thực hiện", "Tự đánh giá"],
        [null, null, null, ...REGIONS, null, null],
        ["2.2", "Tỷ lệ đường thôn được cứng hóa", null, "≥ 70%", "100%", "≥ 80%", "≥ 80%", "≥ 70%", "100%", "≥ 80%", "75%", "Đạt"],
        ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", null, "≥ 99%", null, null, null, null, null, "97%", "Đạt"],
      ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 9 }, { r1: 0, c1: 0, r2: 1, c2: 0 }, { r1: 0, c1: 2, r2: 1, c2: 2 }] }),
    ],
  };

  it.each([
    ["tdmn-phia-bac", "≥ 70%", "≥ 95%"],
    ["dong-bang-song-hong", "100%", "≥ 99%"],
    ["tay-nguyen", "≥ 70%", "≥ 95%"],
    ["dong-bang-song-cuu-long", "≥ 80%", "≥ 95%"],
  ])("region %s: its column, else 'Chỉ tiêu chung'", (region, t22, t42) => {
    const d = findIndicators(grid, { ...DETECT, region });
    expect(d.indicators.map((i) => [i.code, i.threshold?.value])).toEqual([
      ["2.2", t22],
      ["4.2", t42],
    ]);
    const t = only(d);
    expect(t.columns.regionColumns.map((c) => c.col)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(t.columns.generalThreshold?.col).toBe(2);
    expect(t.columns.figure?.col).toBe(10);
  });

  it("no region known: only 'Chỉ tiêu chung' is used", () => {
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => i.threshold?.value ?? null)).toEqual([null, "≥ 95%"]);
  });
});

describe("two periods side by side", () => {
  it("judges the latest period and says which", () => {
    const grid = {
      sheets: [
        sheet("S", [
          ["TT", "Nội dung", "Chỉ tiêu", "6 tháng đầu năm 2024", null, "Cả năm 2024", null],
          [null, null, null, "Kết quả", "Đánh giá", "Kết quả", "Đánh giá"],
          ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "93%", "Chưa đạt", "99,8%", "Đạt"],
        ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 4 }, { r1: 0, c1: 5, r2: 0, c2: 6 }, { r1: 0, c1: 0, r2: 1, c2: 0 }, { r1: 0, c1: 1, r2: 1, c2: 1 }] }),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => [i.figure?.value, i.self?.value, i.period])).toEqual([["99,8%", "Đạt", "Cả năm 2024"]]);
    const t = only(d);
    expect(t.period).toBe("Cả năm 2024");
    expect(t.periods).toEqual(["6 tháng đầu năm 2024", "Cả năm 2024"]);
  });
});

describe("counts in their own columns", () => {
  it("Số đạt | Tổng số | Tỷ lệ (%): the rate is the figure; the counts stand in where it is blank", () => {
    const grid = {
      sheets: [
        sheet("S", [
          ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", null, null, "Tự đánh giá"],
          [null, null, null, "Số đạt", "Tổng số", "Tỷ lệ (%)", null],
          ["9.2", "Tỷ lệ hộ có nhà ở kiên cố", "≥ 75%", 146, 185, 78.91, "Đạt"],
          ["16", "Tỷ lệ thôn đạt tiêu chuẩn văn hóa", "≥ 70%", 3, 3, null, "Đạt"],
        ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 5 }] }),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => [i.code, i.figure?.value, i.figureRef?.col])).toEqual([
      ["9.2", 78.91, 5],
      ["16", "3/3", 5],
    ]);
    const t = only(d);
    expect([t.columns.count?.col, t.columns.total?.col]).toEqual([3, 4]);
  });
});

describe("hidden template and many sheets", () => {
  const rows = (fig: string | null) => [
    ["TT", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"],
    ["4.1", "Hệ thống điện đạt chuẩn", fig, fig],
    ["4.2", "Tỷ lệ hộ sử dụng điện", fig === null ? null : "99,8%", fig],
  ];

  it("a hidden blank copy of the form before the filled sheet: the visible sheet is read", () => {
    const grid = {
      sheets: [
        sheet("Mẫu", [["UBND XÃ ………"], [], ...rows(null)], { hidden: true }),
        sheet("Biểu", [["UBND XÃ BÌNH TRUNG"], [], ...rows("Đạt")]),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators.map((i) => [i.sheet, i.figure?.value])).toEqual([
      ["Biểu", "Đạt"],
      ["Biểu", "99,8%"],
    ]);
    expect(d.issues).toEqual([]);
    expect(d.commune).toBe("Bình Trung");
    expect(d.map.sheets[0].tables[0].rows.map((r) => (r.as === "skipped" ? r.why : r.as))).toEqual(["hidden-copy", "hidden-copy"]);
  });
});

describe("rows skipped, and why", () => {
  it("numbering row, notes with numbers and unknown codes are listed with their reason", () => {
    const grid = {
      sheets: [
        sheet("S", [
          ["TT", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"],
          [1, 2, 3, 4],
          ["4.2", "Tỷ lệ hộ sử dụng điện", "99,8%", "Đạt"],
          ["Ghi chú: số liệu đến 30/6/2024, 722 hộ", null, null, null],
          ["20.7", "Chỉ tiêu không có trong bộ", "5%", null],
        ]),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(only(d).rows.map((r) => (r.as === "skipped" ? r.why : r.as))).toEqual(["numbering", "indicator", "no-code", "unknown-code"]);
    expect(d.issues.map((i) => i.code)).toEqual(["indicator/unknown-code"]);
  });

  it("a workbook without an indicator table: every sheet is reported as having none", () => {
    const grid = { sheets: [sheet("Danh sách", [["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"]])] };
    const d = findIndicators(grid, DETECT);
    expect(d.map.sheets.map((s) => s.skipped)).toEqual(["no-table"]);
    expect(d.issues.map((i) => i.code)).toEqual(["table/not-found"]);
  });
});

describe("the user's column mapping", () => {
  it("--columns code=B,figure=D,threshold=C,self=E reads a table whose headers say nothing known", () => {
    const grid = {
      sheets: [
        sheet("S", [
          ["", "Mục", "Mức", "Số", "Nhận xét"],
          [null, "4.2", "≥ 95%", "99,8%", "Đạt"],
          [null, "12.1", "≥ 70%", "84,06%", "Đạt"],
        ]),
      ],
    };
    expect(findIndicators(grid, DETECT).indicators).toEqual([]);
    const d = findIndicators(grid, { ...DETECT, columns: { code: 1, figure: 3, threshold: 2, self: 4 } });
    expect(d.indicators.map((i) => [i.code, i.figure?.value, i.threshold?.value, i.self?.value])).toEqual([
      ["4.2", "99,8%", "≥ 95%", "Đạt"],
      ["12.1", "84,06%", "≥ 70%", "Đạt"],
    ]);
    expect(only(d).columns.figure?.by).toBe("user");
  });
});
