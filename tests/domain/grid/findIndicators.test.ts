import { findIndicators, applyEdits } from "../../../src/domain/grid/findIndicators";
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
