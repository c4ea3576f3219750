import { findIndicators, applyEdits, periodsOf } from "../../../src/domain/grid/findIndicators";
import { communeFromText } from "../../../src/domain/grid/titleBlock";
import { DETECT, sheet } from "../../fixtures/grid";

const HEADER = ["TT", "Nội dung chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"];

describe("findIndicators: header variants", () => {
  it.each([
    ["Kết quả thực hiện", "Chỉ tiêu đạt chuẩn", "Tự đánh giá"],
    ["Hiện trạng", "Chỉ tiêu theo vùng", "Đánh giá"],
    ["Kết quả", "Yêu cầu", "Kết quả đánh giá"],
    ["Thực hiện", "Chỉ tiêu đạt chuẩn", "Tự đánh giá"],
    ["Số liệu", "Yêu cầu", "Đánh giá"],
    ["KẾT QUẢ THỰC HIỆN", "CHỈ TIÊU ĐẠT CHUẨN", "TỰ ĐÁNH GIÁ"],
  ])("figure %s / threshold %s / self %s", (fig, thr, self) => {
    const grid = { sheets: [sheet("S", [["TT", "Nội dung", thr, fig, self], ["4.2", "Tỷ lệ hộ dùng điện", "≥ 95%", "99,8%", "Đạt"]])] };
    const d = findIndicators(grid, DETECT);
    expect(d.indicators).toHaveLength(1);
    const [i] = d.indicators;
    expect(i.code).toBe("4.2");
    expect(i.figure?.value).toBe("99,8%");
    expect(i.threshold?.value).toBe("≥ 95%");
    expect(i.self?.value).toBe("Đạt");
    expect(i.figureRef).toEqual({ sheet: "S", row: 1, col: 3 });
  });
});

describe("findIndicators: code spellings", () => {
  it.each([
    ["4.2", "4.2"],
    ["4.2.", "4.2"],
    ["1.4.2", "4.2"],
    ["1.4.2.", "4.2"],
    ["Chỉ tiêu 4.2", "4.2"],
    ["4.2. Tỷ lệ hộ sử dụng điện", "4.2"],
    ["17.10", "17.10"],
    ["1.17.10. Tỷ lệ hộ gia đình…", "17.10"],
    ["5", "5"],
    ["Chỉ tiêu 10", "10"],
  ])("%s → %s", (written, code) => {
    const grid = { sheets: [sheet("S", [HEADER, [written, "x", "", "12%", ""]])] };
    expect(findIndicators(grid, DETECT).indicators.map((i) => i.code)).toEqual([code]);
  });

  it("criterion rows: 'Tiêu chí số 4: Điện' and '4 | Điện'", () => {
    const grid = {
      sheets: [
        sheet("S", [
          HEADER,
          ["Tiêu chí số 4: Điện", null, null, null, "Chưa đạt"],
          ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
          ["2", "Giao thông", null, null, "Đạt"],
          ["1.3. Tiêu chí số 3 về Thủy lợi: Đạt", null, null, null, null],
        ]),
      ],
    };
    const d = findIndicators(grid, DETECT);
    expect(d.criteria.map((c) => c.no)).toEqual([4, 2, 3]);
    expect(d.criteria[0].self?.value).toBe("Chưa đạt");
    expect(d.indicators.map((i) => i.code)).toEqual(["4.1"]);
  });

  it("a number 17.1 after 17.9 is 17.10 (Excel dropped the zero)", () => {
    const rows = [HEADER, [17, "Môi trường", null, null, null]];
    for (let k = 1; k <= 12; k++) rows.push([Number(`17.${k === 10 ? 1 : k}`), `chỉ tiêu ${k}`, "", `${k}%`, ""]);
    const d = findIndicators({ sheets: [sheet("S", rows)] }, DETECT);
    expect(d.indicators.map((i) => i.code)).toEqual(["17.1", "17.2", "17.3", "17.4", "17.5", "17.6", "17.7", "17.8", "17.9", "17.10", "17.11", "17.12"]);
  });

  it("codes in merged cells and a table below a title block, with skipped rows, offset origin", () => {
    const s = sheet(
      "Biểu 01",
      [
        ["UBND XÃ LIÊN SƠN", null, null, null, null],
        [null, null, null, null, null],
        ["BIỂU ĐÁNH GIÁ", null, null, null, null],
        HEADER,
        [null, null, null, null, null],
        ["9.2", "Tỷ lệ hộ có nhà ở kiên cố", "", "146/185 hộ đạt 78,91%", "Đạt"],
      ],
      { originRow: 2, originCol: 1, merges: [{ r1: 7, c1: 1, r2: 8, c2: 1 }] },
    );
    // Row 8 (absolute) continues the merged 9.2 code cell of row 7: not a second indicator.
    s.rows.push([null, { value: "ghi chú thêm" }, null, null, null]);
    const d = findIndicators({ sheets: [s] }, DETECT);
    expect(d.commune).toBe("Liên Sơn");
    expect(d.indicators).toHaveLength(1);
    expect(d.indicators[0].figureRef).toEqual({ sheet: "Biểu 01", row: 7, col: 4 });
    expect(d.issues.filter((i) => i.code === "indicator/duplicate")).toEqual([]);
  });

  it("a code merged across columns is read from its top-left cell", () => {
    const s = sheet("S", [["TT", "", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"], ["8.1", null, "Điểm bưu chính", "Có", "Đạt"]], {
      merges: [{ r1: 1, c1: 0, r2: 1, c2: 1 }],
    });
    expect(findIndicators({ sheets: [s] }, DETECT).indicators.map((i) => i.code)).toEqual(["8.1"]);
  });
});

describe("findIndicators: several sheets, hidden rows, duplicates", () => {
  it("tables spanning sheets are merged; a visible row wins over a hidden one", () => {
    const a = sheet("A", [HEADER, ["4.2", "điện", "", "60%", ""], ["4.2", "điện", "", "99%", ""]], { hiddenRows: [1] });
    const b = sheet("B", [["STT", "Nội dung", "Hiện trạng"], ["12.1", "lao động", "70%"]]);
    const d = findIndicators({ sheets: [a, b] }, DETECT);
    expect(d.indicators.map((i) => [i.code, i.figure?.value])).toEqual([
      ["4.2", "99%"],
      ["12.1", "70%"],
    ]);
    expect(d.issues.filter((i) => i.code === "indicator/duplicate")).toEqual([]);
  });

  it("two visible rows for one code: the first is used and the second reported", () => {
    const a = sheet("A", [HEADER, ["4.2", "điện", "", "60%", ""], ["4.2", "điện", "", "99%", ""]]);
    const d = findIndicators({ sheets: [a] }, DETECT);
    expect(d.indicators[0].figure?.value).toBe("60%");
    expect(d.issues).toContainEqual({
      code: "indicator/duplicate",
      at: { cell: { sheet: "A", row: 2, col: 3 } },
      params: { indicator: "4.2", firstSheet: "A", firstRow: 2 },
    });
  });

  it("generated sheets and sheets without a table are skipped; an unknown code is reported", () => {
    const gen = sheet("Tổng hợp NTM", [HEADER, ["4.2", "x", "", "1%", ""]], { generated: true });
    const notes = sheet("Ghi chú", [["Số liệu theo báo cáo"]]);
    // 20.7: no criterion 20 in the set (a code under one of its criteria is an indicator the sheet defines).
    const data = sheet("D", [HEADER, ["20.7", "không có", "", "1%", ""], ["4.2", "x", "", "99%", ""]]);
    const d = findIndicators({ sheets: [gen, notes, data] }, DETECT);
    expect(d.indicators.map((i) => [i.sheet, i.figure?.value])).toEqual([["D", "99%"]]);
    expect(d.issues.map((i) => i.code)).toEqual(["indicator/unknown-code"]);
    expect(findIndicators({ sheets: [notes] }, DETECT).issues.map((i) => i.code)).toEqual(["table/not-found"]);
  });
});

describe("communeFromText", () => {
  it.each([
    ["UBND XÃ LIÊN SƠN", "Liên Sơn"],
    ["ỦY BAN NHÂN DÂN XÃ BÌNH TRUNG", "Bình Trung"],
    ["Xã Thọ Thanh, huyện Thường Xuân", "Thọ Thanh"],
    ["BAN QUẢN LÝ XÂY DỰNG NTM XÃ CHIẾN THẮNG", "Chiến Thắng"],
    ["Kết quả thực hiện trên địa bàn xã Liên Sơn", "Liên Sơn"],
    ["UBND XA\u0303 LIÊN SƠN", "Liên Sơn"],
  ])("%s → %s", (text, name) => {
    expect(communeFromText(text)).toBe(name);
  });
  it.each(["BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI", "Nhóm kinh tế - xã hội", "Tiêu chí 1"])("%s → null", (text) => {
    expect(communeFromText(text)).toBeNull();
  });
});

describe("applyEdits", () => {
  it("updates a detected figure and ignores other cells", () => {
    const d = findIndicators({ sheets: [sheet("S", [HEADER, ["4.2", "điện", "", "60%", ""]])] }, DETECT);
    expect(applyEdits(d, [{ ref: { sheet: "S", row: 5, col: 3 }, cell: { value: "1" } }])).toBe(false);
    expect(applyEdits(d, [{ ref: { sheet: "S", row: 1, col: 3 }, cell: { value: "99%" } }])).toBe(true);
    expect(d.indicators[0].figure?.value).toBe("99%");
  });
});

describe("commune name only from the title block", () => {
  it("an indicator's wording below the header is not a commune name", () => {
    const s = sheet("S", [HEADER, ["1.2", "Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch", "Đạt", "Đạt", "Đạt"]]);
    expect(findIndicators({ sheets: [s] }, DETECT).commune).toBeNull();
  });
});

describe("legacy-encoded workbooks", () => {
  it("finds a table whose headers and figures were typed in TCVN3", () => {
    // "TT | Néi dung | KÕt qu¶ thùc hiÖn | Tù ®¸nh gi¸" is TCVN3 for "TT | Nội dung | Kết quả thực hiện | Tự đánh giá".
    const s = sheet("S", [["TT", "Néi dung", "KÕt qu¶ thùc hiÖn", "Tù ®¸nh gi¸"], ["8.1", "§iÓm b−u chÝnh", "§¹t", "§¹t"]]);
    const d = findIndicators({ sheets: [s] }, DETECT);
    expect(d.indicators.map((i) => [i.code, i.figure?.value, i.self?.value])).toEqual([["8.1", "§¹t", "§¹t"]]);
  });
});

describe("findIndicators: the reading map of skipped sheets and rows, criteria and edits", () => {
  it("a generated or skipped sheet is listed as such; a hidden copy after the visible row is marked", () => {
    const gen = sheet("Tổng hợp NTM", [HEADER, ["4.2", "x", "", "1%", ""]], { generated: true, hidden: true });
    const data = sheet("D", [HEADER, ["4.2", "điện", "", "99%", ""], ["4.2", "điện", "", "60%", ""]], { hiddenRows: [2] });
    const d = findIndicators({ sheets: [gen, data, sheet("Bỏ", [["x"]])] }, { ...DETECT, skipSheets: new Set(["Bỏ"]) });
    expect(d.map.sheets[0]).toEqual({ sheet: "Tổng hợp NTM", hidden: true, skipped: "generated", tables: [], commune: null });
    expect(d.map.sheets[2]).toEqual({ sheet: "Bỏ", hidden: false, skipped: "generated", tables: [], commune: null });
    expect(d.indicators.map((i) => i.figure?.value)).toEqual(["99%"]);
    expect(d.map.sheets[1].tables[0].rows[1]).toEqual({ row: 2, as: "skipped", why: "hidden-copy", text: "điện", code: "4.2" });
    expect(d.issues).toEqual([]);
  });

  it("one criterion row per number: the one on the sheet its indicators were taken from", () => {
    const tmpl = sheet("Mẫu", [HEADER, ["Tiêu chí số 4: Điện", null, null, null, null], ["4.2", "điện", "", "", ""]], { hidden: true });
    const data = sheet("D", [HEADER, ["Tiêu chí số 4: Điện", null, null, null, "Đạt"], ["4.2", "điện", "", "99%", ""]]);
    const d = findIndicators({ sheets: [tmpl, data] }, DETECT);
    expect(d.criteria).toEqual([{ no: 4, label: expect.any(String), sheet: "D", row: 1, selfRef: { sheet: "D", row: 1, col: 4 }, self: { value: "Đạt" } }]);
  });

  it("an edit of a criterion's self-assessment cell updates it", () => {
    const data = sheet("D", [HEADER, ["Tiêu chí số 4: Điện", null, null, null, "Chưa đạt"], ["4.2", "điện", "", "99%", ""]]);
    const d = findIndicators({ sheets: [data] }, DETECT);
    expect(applyEdits(d, [{ ref: { sheet: "D", row: 1, col: 4 }, cell: { value: "Đạt" } }])).toBe(true);
    expect(d.criteria[0].self).toEqual({ value: "Đạt" });
    expect(applyEdits(d, [{ ref: { sheet: "D", row: 1, col: 3 }, cell: { value: "x" } }])).toBe(false);
    expect(d.criteria[0].self).toEqual({ value: "Đạt" });
  });
});

describe("findIndicators: the commune, province and district named", () => {
  const form = (title: string) => [[title], HEADER, ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99%", "Đạt"]];
  const cover = sheet("Bìa", [["UBND XÃ AN PHÚ, huyện Bắc Sơn, tỉnh Lạng Sơn"]]);
  const template = sheet("Mẫu", form("UBND XÃ BÌNH TRUNG, huyện Cao Lộc, tỉnh Cao Bằng"), { hidden: true });
  const filled = sheet("Biểu", form("UBND XÃ LIÊN SƠN, huyện Chi Lăng, tỉnh Bắc Giang"));

  it("by the visible sheet with a table, before a hidden template and a cover sheet", () => {
    const d = findIndicators({ sheets: [cover, template, filled] }, DETECT);
    expect([d.commune, d.district, d.provinceText]).toEqual(["Liên Sơn", "Chi Lăng", "Bắc Giang"]);
    expect([d.map.commune, d.map.district, d.map.provinceText]).toEqual(["Liên Sơn", "Chi Lăng", "Bắc Giang"]);
    expect(d.map.sheets.map((s) => s.commune)).toEqual(["An Phú", "Bình Trung", "Liên Sơn"]);
  });

  it("a hidden sheet with a table before a cover without one; a visible cover before a hidden one", () => {
    expect(findIndicators({ sheets: [cover, template] }, DETECT).commune).toBe("Bình Trung");
    const hiddenCover = sheet("Bìa cũ", [["UBND XÃ TÂN HỘI, huyện Đan Phượng, tỉnh Hà Tây"]], { hidden: true });
    const plain = sheet("Biểu", [HEADER, ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99%", "Đạt"]]);
    const d = findIndicators({ sheets: [hiddenCover, cover, plain] }, DETECT);
    expect([d.commune, d.district, d.provinceText]).toEqual(["An Phú", "Bắc Sơn", "Lạng Sơn"]);
  });

  it("each of the three from the first sheet, in that order, that names it", () => {
    const noProvince = sheet("Biểu 1", form("UBND XÃ LIÊN SƠN"));
    const withProvince = sheet("Biểu 2", form("Huyện Chi Lăng, tỉnh Lạng Sơn"));
    const d = findIndicators({ sheets: [noProvince, withProvince] }, DETECT);
    expect([d.commune, d.district, d.provinceText]).toEqual(["Liên Sơn", "Chi Lăng", "Lạng Sơn"]);
  });
});

describe("findIndicators: periods across sheets", () => {
  const twoPeriods = (name: string, first: string, second: string) =>
    sheet(name, [
      ["TT", "Nội dung", "Chỉ tiêu", first, null, second, null],
      [null, null, null, "Kết quả", "Đánh giá", "Kết quả", "Đánh giá"],
      ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "93%", "Chưa đạt", "99,8%", "Đạt"],
    ], { merges: [{ r1: 0, c1: 3, r2: 0, c2: 4 }, { r1: 0, c1: 5, r2: 0, c2: 6 }] });

  it("a period one sheet has is no finding, though another sheet lacks it", () => {
    const a = twoPeriods("A", "6 tháng đầu năm 2024", "Cả năm 2024");
    const b = sheet("B", [HEADER, ["12.1", "Tỷ lệ lao động có việc làm", "≥ 70%", "84,06%", "Đạt"]]);
    const d = findIndicators({ sheets: [b, a] }, { ...DETECT, columns: { period: "6 tháng" } });
    expect(d.indicators.map((i) => [i.code, i.figure?.value])).toEqual([
      ["12.1", "84,06%"],
      ["4.2", "93%"],
    ]);
    expect(d.issues).toEqual([]);
  });

  it("no period finding where no table was found at all", () => {
    const d = findIndicators({ sheets: [sheet("Ghi chú", [["Số liệu theo báo cáo"]])] }, { ...DETECT, columns: { period: "6 tháng" } });
    expect(d.issues.map((i) => i.code)).toEqual(["table/not-found"]);
  });

  it("a named period found in one table of a sheet is no finding, though the sheet's other table has no periods", () => {
    const first = twoPeriods("A", "6 tháng đầu năm 2024", "Cả năm 2024");
    const second = sheet("A", [[], HEADER, ["12.1", "Tỷ lệ lao động có việc làm", "≥ 70%", "84,06%", "Đạt"]]);
    const a = { ...first, rows: [...first.rows, ...second.rows] };
    const d = findIndicators({ sheets: [a] }, { ...DETECT, columns: { period: "6 tháng" } });
    expect(d.map.sheets[0].tables).toHaveLength(2);
    expect(d.indicators.map((i) => [i.code, i.figure?.value])).toEqual([
      ["4.2", "93%"],
      ["12.1", "84,06%"],
    ]);
    expect(d.issues).toEqual([]);
  });

  it("periodsOf: a table of one period lists none", () => {
    const one = sheet("S", [["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện 6 tháng đầu năm 2024", "Tự đánh giá"], ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "93%", "Chưa đạt"]]);
    const { map } = findIndicators({ sheets: [one] }, DETECT);
    expect(map.sheets[0].tables[0].periods).toEqual(["Kết quả thực hiện 6 tháng đầu năm 2024"]);
    expect(periodsOf(map, null)).toEqual([]);
  });

  it("periodsOf: one sheet's periods, or every sheet's once each", () => {
    const a = twoPeriods("A", "6 tháng đầu năm 2024", "Cả năm 2024");
    const b = twoPeriods("B", "Cả năm 2023", "Cả năm 2024");
    const c = sheet("C", [HEADER, ["12.1", "Tỷ lệ lao động có việc làm", "≥ 70%", "84,06%", "Đạt"]]);
    const { map } = findIndicators({ sheets: [a, b, c] }, DETECT);
    expect(periodsOf(map, "B")).toEqual(["Cả năm 2023", "Cả năm 2024"]);
    expect(periodsOf(map, "C")).toEqual([]);
    expect(periodsOf(map, null)).toEqual(["6 tháng đầu năm 2024", "Cả năm 2024", "Cả năm 2023"]);
  });
});

describe("findIndicators: duplicates", () => {
  it("two hidden rows for one code: the first is used, the second reported; a long wording is cut in the map", () => {
    const long = "Tỷ lệ hộ có đăng ký trực tiếp và sử dụng điện thường xuyên, an toàn từ các nguồn, theo số liệu của Điện lực huyện đến 30/6/2024";
    const a = sheet("A", [HEADER, ["4.2", long, "", "60%", ""], ["4.2", long, "", "99%", ""]], { hidden: true });
    const d = findIndicators({ sheets: [a] }, DETECT);
    expect(d.indicators.map((i) => i.figure?.value)).toEqual(["60%"]);
    expect(d.issues).toEqual([{ code: "indicator/duplicate", at: { cell: { sheet: "A", row: 2, col: 3 } }, params: { indicator: "4.2", firstSheet: "A", firstRow: 2 } }]);
    expect(d.map.sheets[0].tables[0].rows[1]).toEqual({ row: 2, as: "skipped", why: "duplicate", text: long.slice(0, 120), code: "4.2" });
  });

  it("the same code on two visible sheets: the second sheet's row is reported with the first sheet and row", () => {
    const a = sheet("Biểu 1", [HEADER, ["4.2", "điện", "", "60%", ""]]);
    const b = sheet("Biểu 2", [["UBND XÃ LIÊN SƠN"], HEADER, ["4.2", "điện", "", "99%", ""]]);
    const d = findIndicators({ sheets: [a, b] }, DETECT);
    expect(d.indicators.map((i) => [i.sheet, i.figure?.value])).toEqual([["Biểu 1", "60%"]]);
    expect(d.issues).toEqual([{ code: "indicator/duplicate", at: { cell: { sheet: "Biểu 2", row: 2, col: 3 } }, params: { indicator: "4.2", firstSheet: "Biểu 1", firstRow: 2 } }]);
  });
});

describe("findIndicators: criteria on several sheets", () => {
  it("two sheets with indicators: the first sheet's criterion row", () => {
    const a = sheet("A", [HEADER, ["Tiêu chí số 4: Điện", null, null, null, "Chưa đạt"], ["4.1", "Hệ thống điện", "Đạt", "Đạt", "Đạt"]]);
    const b = sheet("B", [HEADER, ["Tiêu chí số 4: Điện", null, null, null, "Đạt"], ["4.2", "điện", "", "99%", ""]]);
    const d = findIndicators({ sheets: [a, b] }, DETECT);
    expect(d.criteria.map((c) => [c.no, c.sheet, c.self?.value])).toEqual([[4, "A", "Chưa đạt"]]);
  });
});

describe("applyEdits: thresholds and self-assessments", () => {
  it("an edit of a row's threshold or self-assessment cell updates it", () => {
    const d = findIndicators({ sheets: [sheet("S", [HEADER, ["4.2", "điện", "≥ 95%", "99%", "Chưa đạt"]])] }, DETECT);
    expect(applyEdits(d, [{ ref: { sheet: "S", row: 1, col: 2 }, cell: { value: "≥ 98%" } }])).toBe(true);
    expect(d.indicators[0].threshold).toEqual({ value: "≥ 98%" });
    expect(applyEdits(d, [{ ref: { sheet: "S", row: 1, col: 4 }, cell: { value: "Đạt" } }])).toBe(true);
    expect(d.indicators[0].self).toEqual({ value: "Đạt" });
    expect(d.indicators[0].figure).toEqual({ value: "99%" });
    expect(applyEdits(d, [{ ref: { sheet: "Khác", row: 1, col: 4 }, cell: { value: "x" } }])).toBe(false);
    expect(d.indicators[0].self).toEqual({ value: "Đạt" });
  });
});

describe("findIndicators: a criterion heading that repeats its indicator's code", () => {
  const H = ["Mã", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"];
  const read = (rows: (string | number | null)[][]) => findIndicators({ sheets: [sheet("Biểu", [H, ...rows])] }, DETECT);

  it("“TC7 | Cơ sở hạ tầng thương mại nông thôn | | Đạt” over “TC7 | Xã có chợ… | Đạt | Đạt”: the second row is indicator 7, the first the criterion's", () => {
    const d = read([
      ["TC7", "Cơ sở hạ tầng thương mại nông thôn", null, "Đạt", "Đạt"],
      ["TC7", "Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa", "Đạt", "Chưa đạt", "Đạt"],
    ]);
    expect(d.indicators.map((i) => [i.code, i.label, i.row, i.figure?.value])).toEqual([["7", "Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa", 2, "Chưa đạt"]]);
    expect(d.criteria.map((c) => [c.no, c.row, c.self?.value])).toEqual([[7, 1, "Đạt"]]);
    expect(d.issues).toEqual([]);
    expect(d.map.sheets[0].tables[0].rows.map((r) => [r.row, r.as])).toEqual([
      [1, "criterion"],
      [2, "indicator"],
    ]);
  });

  it("a blank row between heading and indicator is still the heading; another sheet's row with the code is not", () => {
    const d = read([
      ["TC7", "Cơ sở hạ tầng thương mại nông thôn", null, "Đạt", "Đạt"],
      [null, null, null, null, null],
      ["TC7", "Xã có chợ nông thôn", "Đạt", "Chưa đạt", null],
    ]);
    expect(d.indicators.map((i) => [i.code, i.row])).toEqual([["7", 3]]);
    const two = findIndicators(
      {
        sheets: [
          sheet("TC 1-9", [H, ["TC7", "Cơ sở hạ tầng thương mại nông thôn", null, "Đạt", "Đạt"]]),
          sheet("TC 10-19", [H, ["TC7", "Xã có chợ nông thôn", "Đạt", "Chưa đạt", null]]),
        ],
      },
      DETECT,
    );
    expect(two.indicators.map((i) => [i.code, i.sheet])).toEqual([["7", "TC 1-9"]]);
    expect(two.issues.map((i) => i.code)).toEqual(["indicator/duplicate"]);
  });

  it("a heading with a figure over a row with neither figure nor threshold keeps the figure; an indicator row twice is a duplicate", () => {
    const kept = read([
      ["TC7", "Cơ sở hạ tầng thương mại nông thôn", null, "Đạt", null],
      ["TC7", "Xã có chợ nông thôn", null, null, null],
    ]);
    expect(kept.indicators.map((i) => [i.code, i.row, i.figure?.value])).toEqual([["7", 1, "Đạt"]]);
    const twice = read([
      ["4.2", "Điện", null, "90%", null],
      ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "97%", null],
    ]);
    expect(twice.indicators.map((i) => [i.code, i.row])).toEqual([["4.2", 1]]);
    expect(twice.issues.map((i) => i.code)).toEqual(["indicator/duplicate"]);
  });

  it("the same code twice with a threshold on both, the same words, or rows far apart: a duplicate, as before", () => {
    const dup = (rows: (string | number | null)[][]) => read(rows).issues.filter((i) => i.code === "indicator/duplicate").length;
    expect(dup([["TC7", "Chợ nông thôn", "Đạt", "Đạt", null], ["TC7", "Xã có chợ nông thôn", "Đạt", "Đạt", null]])).toBe(1);
    expect(dup([["TC7", "Cơ sở hạ tầng thương mại nông thôn", null, "Đạt", null], ["TC7", "Cơ sở hạ tầng thương mại nông thôn", "Đạt", "Đạt", null]])).toBe(1);
    expect(
      dup([
        ["TC7", "Cơ sở hạ tầng thương mại nông thôn", null, "Đạt", null],
        ["5", "Trường học", "≥ 70%", "80%", null],
        ["10", "Thu nhập", "≥ 39 triệu đồng", "40 triệu đồng", null],
        ["TC7", "Xã có chợ nông thôn", "Đạt", "Đạt", null],
      ]),
    ).toBe(1);
  });
});
