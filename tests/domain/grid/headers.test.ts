import { headerFold, isBareTarget, isNumberingRow, periodOf, readHeaderBand, roleOf } from "../../../src/domain/grid/headers";
import { mergedLookup } from "../../../src/domain/grid/mergedCells";
import { findIndicators } from "../../../src/domain/grid/findIndicators";
import { DETECT, sheet } from "../../fixtures/grid";

describe("roleOf: the role a header names", () => {
  it.each([
    ["tu danh gia", "self"],
    ["ket qua danh gia", "self"],
    ["danh gia", "self"],
    ["xa tu danh gia", "self"],
    ["danh gia thuc hien", "figure"],
    ["chi tieu chung", "generalThreshold"],
    ["chi tieu dat chuan", "threshold"],
    ["chi tieu theo vung", "threshold"],
    ["chi tieu theo nhom", "threshold"],
    ["theo nhom xa", "threshold"],
    ["yeu cau", "threshold"],
    ["muc chuan", "threshold"],
    ["nguong", "threshold"],
    ["dat chuan", "threshold"],
    ["chuan nong thon moi", "threshold"],
    ["tieu chuan", "threshold"],
    ["ke hoach nam 2024", "plan"],
    ["ty le", "rate"],
    ["ti le (%)", "rate"],
    ["so dat", "count"],
    ["so luong dat", "count"],
    ["so dat chuan", "count"],
    ["tong so", "total"],
    ["tong", "total"],
    ["ket qua thuc hien", "figure"],
    ["hien trang", "figure"],
    ["thuc trang", "figure"],
    ["ket qua", "figure"],
    ["thuc hien", "figure"],
    ["so lieu", "figure"],
    ["gia tri", "figure"],
    ["ghi chu", "note"],
    ["tt", "ordinal"],
    ["stt", "ordinal"],
    ["so tt", "ordinal"],
    ["so thu tu", "ordinal"],
    ["ma", "code"],
    ["ma chi tieu", "code"],
    ["ma so", "code"],
    ["ma tieu chi", "code"],
    ["noi dung", "name"],
    ["ten tieu chi", "name"],
    ["ten chi tieu", "name"],
    ["tieu chi", "name"],
    ["chi tieu", "name"],
  ])("%j → %s", (folded, role) => {
    expect(roleOf(folded)).toBe(role);
  });

  it("words that name a role only at the start of a header", () => {
    expect(roleOf("ket qua so dat")).toBe("figure");
    expect(roleOf("ket qua tong")).toBe("figure");
    expect(roleOf("bao cao ty le")).toBeNull();
    expect(roleOf("so ma")).toBeNull();
    expect(roleOf("ty le " + "x".repeat(14))).toBe("rate");
    expect(roleOf("ty le " + "x".repeat(15))).toBeNull();
  });

  it.each(["", "don vi tinh", "ty le ho dan dung nuoc sach hop ve sinh", "stt cu", "ma vach", "vi tri", "xtt"])("%j → null", (folded) => {
    expect(roleOf(folded)).toBeNull();
  });
});

describe("headerFold", () => {
  it("folds text, decodes TCVN3 and VNI, ignores long cells and non-text", () => {
    expect(headerFold("Kết quả thực hiện")).toBe("ket qua thuc hien");
    expect(headerFold("KÕt qu¶ thùc hiÖn")).toBe("ket qua thuc hien");
    expect(headerFold("Keát quaû thöïc hieän")).toBe("ket qua thuc hien");
    expect(headerFold("x".repeat(60))).toBe("x".repeat(60));
    expect(headerFold("x".repeat(61))).toBe("");
    expect(headerFold(95)).toBe("");
    expect(headerFold(null)).toBe("");
  });
});

describe("periodOf: the reporting period a header names", () => {
  it.each([
    ["6 thang dau nam 2024", 20242],
    ["sau thang dau nam 2024", 20242],
    ["9 thang nam 2024", 20243],
    ["chin thang 2024", 20243],
    ["ca nam 2024", 20244],
    ["uoc ca nam 2024", 20244],
    ["uoc thuc hien ca nam 2024", 20244],
    ["quy i nam 2024", 20241],
    ["quy ii 2024", 20242],
    ["quy iii 2024", 20243],
    ["quy iv 2024", 20244],
    ["quy 1/2025", 20251],
    ["quy 3 nam 2025", 20253],
    ["2024", 20244],
    ["nam 2024", 20244],
    ["6 thang", 2],
    ["ca nam", 4],
  ])("%j → rank %i", (folded, rank) => {
    expect(periodOf(folded)).toEqual({ label: "", rank });
  });

  it.each(["2024 du kien", "", "ket qua thuc hien", "ke hoach 2024", "giai doan 2021 2025", "1990", "nam 20245"])("%j → null", (folded) => {
    expect(periodOf(folded)).toBeNull();
  });
});

describe("isNumberingRow", () => {
  it("'(1) | (2) | (3)' and '1 | 2 | 3 | 4' number a header's columns", () => {
    const s = sheet("S", [
      ["(1)", "( 2 )", "(3)"],
      [1, 2, 3, 4],
      ["1", "2", "3", "4", "5"],
      [1, 2, 3],
      [1, 2, 4, 5],
      ["(1)", "(2)"],
      ["(1)", "(2)", "3"],
      ["4.1", "Tỷ lệ", "95%", "96%"],
      [null, "", 5, 6, 7, 8],
    ], { originRow: 10 });
    expect([10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map((r) => isNumberingRow(s, r))).toEqual([true, true, true, false, false, false, false, false, true, false]);
  });
});

describe("readHeaderBand", () => {
  const band = (rows: (string | number | null)[][], row: number, extra = {}) => {
    const s = sheet("Biểu", rows, extra);
    return readHeaderBand(s, row, mergedLookup(s));
  };

  it("reads the roles of the standard self-assessment header", () => {
    expect(band([["TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Xã tự đánh giá", "Ghi chú", "Đơn vị"]], 0)).toEqual({
      first: 0,
      last: 0,
      row: 0,
      columns: [
        { col: 0, role: "ordinal", text: "TT", region: null, period: null },
        { col: 1, role: "name", text: "Tên tiêu chí", region: null, period: null },
        { col: 2, role: "name", text: "Nội dung tiêu chí", region: null, period: null },
        { col: 3, role: "threshold", text: "Chỉ tiêu đạt chuẩn", region: null, period: null },
        { col: 4, role: "figure", text: "Kết quả thực hiện", region: null, period: null },
        { col: 5, role: "self", text: "Xã tự đánh giá", region: null, period: null },
        { col: 6, role: "note", text: "Ghi chú", region: null, period: null },
      ],
    });
  });

  it("a row without a figure column, with one role only, with a number, a code or a verdict word is no header", () => {
    expect(band([["TT", "Nội dung", "Chỉ tiêu đạt chuẩn"]], 0)).toBeNull();
    expect(band([["Kết quả thực hiện"]], 0)).toBeNull();
    expect(band([["Nội dung", "Kết quả"]], 0)?.columns.map((c) => c.role)).toEqual(["name", "figure"]);
    expect(band([["Kết quả", "Ghi chú", 5]], 0)).toBeNull();
    expect(band([["4.1", "Kết quả", "Ghi chú"]], 0)).toBeNull();
    expect(band([["Nội dung", "Kết quả", "Chưa đạt"]], 0)).toBeNull();
    expect(band([["Nội dung", "Kết quả", "Đạt"]], 0)).toBeNull();
  });

  it("region sub-columns under 'Chỉ tiêu theo vùng', the general column beside them, numbering below", () => {
    const rows = [
      ["TT", "Nội dung", "Chỉ tiêu chung", "Chỉ tiêu theo vùng", null, null, "Kết quả", "Đánh giá"],
      [null, null, null, "TDMNPB", "ĐBSH", "Nhóm 2", null, null],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
      ["1", "Quy hoạch", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"],
    ];
    const got = band(rows, 0, { merges: [{ r1: 0, c1: 3, r2: 0, c2: 5 }] });
    expect(got).toEqual({
      first: 0,
      last: 2,
      row: 0,
      columns: [
        { col: 0, role: "ordinal", text: "TT", region: null, period: null },
        { col: 1, role: "name", text: "Nội dung", region: null, period: null },
        { col: 2, role: "generalThreshold", text: "Chỉ tiêu chung", region: null, period: null },
        { col: 3, role: "threshold", text: "Chỉ tiêu theo vùng", region: "tdmn-phia-bac", period: null },
        { col: 4, role: "threshold", text: "Chỉ tiêu theo vùng", region: "dong-bang-song-hong", period: null },
        { col: 5, role: "threshold", text: "Chỉ tiêu theo vùng", region: "nhom-2", period: null },
        { col: 6, role: "figure", text: "Kết quả", region: null, period: null },
        { col: 7, role: "self", text: "Đánh giá", region: null, period: null },
      ],
    });
  });

  it("two periods side by side: the period row above, 'Kết quả | Đánh giá' under each", () => {
    const rows = [
      ["UBND XÃ LIÊN SƠN"],
      [null, null, "6 tháng đầu năm 2024", null, "Cả năm 2024", null],
      ["Mã", "Nội dung", "Kết quả", "Đánh giá", "Kết quả", "Đánh giá"],
      ["1.1", "Quy hoạch", "Có", "Đạt", "Có", "Đạt"],
    ];
    const got = band(rows, 2, { merges: [{ r1: 1, c1: 2, r2: 1, c2: 3 }, { r1: 1, c1: 4, r2: 1, c2: 5 }] });
    expect(got).toEqual({
      first: 1,
      last: 2,
      row: 2,
      columns: [
        { col: 0, role: "code", text: "Mã", region: null, period: null },
        { col: 1, role: "name", text: "Nội dung", region: null, period: null },
        { col: 2, role: "figure", text: "Kết quả", region: null, period: { label: "6 tháng đầu năm 2024", rank: 20242 } },
        { col: 3, role: "self", text: "Đánh giá", region: null, period: { label: "6 tháng đầu năm 2024", rank: 20242 } },
        { col: 4, role: "figure", text: "Kết quả", region: null, period: { label: "Cả năm 2024", rank: 20244 } },
        { col: 5, role: "self", text: "Đánh giá", region: null, period: { label: "Cả năm 2024", rank: 20244 } },
      ],
    });
  });

  it("a period on the role row with the roles below it; 'Kết quả' over 'Số đạt | Tổng số | Tỷ lệ'", () => {
    const rows = [
      ["Mã", "Nội dung", "Ước thực hiện cả năm 2024", null, "Kết quả", null, null],
      [null, null, "Kết quả", "Đánh giá", "Số đạt", "Tổng số", "Tỷ lệ (%)"],
      ["4.1", "Điện", "Có", "Đạt", 16, 16, 100],
    ];
    const got = band(rows, 0, { merges: [{ r1: 0, c1: 2, r2: 0, c2: 3 }, { r1: 0, c1: 4, r2: 0, c2: 6 }] });
    expect(got?.first).toBe(0);
    expect(got?.last).toBe(1);
    expect(got?.columns.map((c) => [c.col, c.role, c.text, c.period?.rank ?? null])).toEqual([
      [0, "code", "Mã", null],
      [1, "name", "Nội dung", null],
      [2, "figure", "Kết quả", 20244],
      [3, "self", "Đánh giá", 20244],
      [4, "count", "Kết quả", null],
      [5, "total", "Kết quả", null],
      [6, "rate", "Kết quả", null],
    ]);
  });

  it("a sub-header stops at a data row, a number, or an unknown word", () => {
    const rows = [
      ["Mã", "Nội dung", "Kết quả", "Đánh giá"],
      ["4.1", "Điện", "Có", "Đạt"],
    ];
    expect(band(rows, 0)).toMatchObject({ first: 0, last: 0 });
    expect(band([["UBND XÃ LIÊN SƠN"], ["Mã", "Nội dung", "Kết quả"], [null, "Tên", 2024]], 1)).toMatchObject({ first: 1, last: 1 });
    expect(band([["Mã", "Nội dung", "Kết quả"], [null, "Chưa đạt", null]], 0)).toMatchObject({ first: 0, last: 0 });
    expect(band([["Mã", "Nội dung", "Kết quả"], [null, "", null]], 0)).toMatchObject({ first: 0, last: 0 });
    // Two rows of sub-headers below at most.
    const deep = band([["Mã", "Nội dung", "Kết quả"], ["(1)", "(2)", "(3)"], [null, "Ghi chú", null], [null, "Ghi chú", null]], 0);
    expect(deep).toMatchObject({ first: 0, last: 2 });
  });
});

describe("'Số đạt chuẩn' is a count column, not a threshold (found by mutation testing)", () => {
  it("Số đạt chuẩn | Tổng số | Tỷ lệ (%)", () => {
    const s = sheet("Biểu", [["Mã", "Nội dung", "Chỉ tiêu", "Số đạt chuẩn", "Tổng số", "Tỷ lệ (%)"], ["5.1", "Trường học", "≥ 70%", 2, 2, 100]]);
    expect(readHeaderBand(s, 0, mergedLookup(s))?.columns.map((c) => c.role)).toEqual(["code", "name", "name", "count", "total", "rate"]);
  });

  it("its count is the figure (1/2 schools), not a threshold of 1", () => {
    const s = sheet("Biểu", [["TT", "Nội dung", "Số đạt chuẩn", "Tổng số", "Kết quả"], ["5", "Tỷ lệ trường học các cấp đạt chuẩn", 1, 2, null]]);
    const [ind] = findIndicators({ sheets: [s] }, DETECT).indicators;
    expect(ind.code).toBe("5");
    expect(ind.threshold).toBeNull();
    expect(ind.figure).toEqual({ value: "1/2" });
    expect(ind.figureRef).toEqual({ sheet: "Biểu", row: 1, col: 4 });
  });
});

describe("readHeaderBand: sub-header rows", () => {
  const band = (rows: (string | number | null)[][]) => {
    const s = sheet("Biểu", rows);
    return readHeaderBand(s, 0, mergedLookup(s));
  };
  it("a region abbreviation alone under an empty header cell makes a threshold column", () => {
    expect(band([["Mã", "Nội dung", null, "Kết quả"], [null, null, "TDMNPB", null]])?.columns).toContainEqual({ col: 2, role: "threshold", text: "", region: "tdmn-phia-bac", period: null });
  });
  it("a row with a number or a long text below the header is data, not a sub-header", () => {
    expect(band([["Mã", "Nội dung", "Kết quả"], [null, null, 2024]])).toMatchObject({ first: 0, last: 0 });
    expect(band([["Mã", "Nội dung", "Kết quả"], [null, "Ghi chú: " + "x".repeat(60), null]])).toMatchObject({ first: 0, last: 0 });
  });
});

describe("isBareTarget", () => {
  it("“Chỉ tiêu” alone or with a year, in Unicode or TCVN3; not with other words", () => {
    expect(["Chỉ tiêu", "CHỈ TIÊU", " Chỉ  tiêu ", "Chỉ tiêu năm 2024", "ChØ tiªu"].map(isBareTarget)).toEqual([true, true, true, true, true]);
    expect(["Chỉ tiêu đạt chuẩn", "Tên chỉ tiêu", "Chỉ tiêu phấn đấu", "Chỉ tiêu năm"].map(isBareTarget)).toEqual([false, false, false, false]);
  });
});
