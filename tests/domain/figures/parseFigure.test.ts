import type { CellInput, Figure } from "../../../src/domain/figures/Figure";
import { excelErrorOf, parseFigure, parseFigureText } from "../../../src/domain/figures/parseFigure";

const s = (value: string): CellInput => ({ value });

describe("parseFigure: strings as officials write them", () => {
  it.each<[string, Figure]>([
    ["99,8%", { kind: "percent", value: 99.8, raw: "99,8%" }],
    ["84,06%", { kind: "percent", value: 84.06, raw: "84,06%" }],
    ["100%", { kind: "percent", value: 100, raw: "100%" }],
    ["0 %", { kind: "percent", value: 0, raw: "0 %" }],
    ["95 %", { kind: "percent", value: 95, raw: "95 %" }],
    ["95,0%", { kind: "percent", value: 95, raw: "95,0%" }],
    ["≈ 95%", { kind: "percent", value: 95, raw: "≈ 95%" }],
    ["trên 95%", { kind: "percent", value: 95, raw: "trên 95%" }],
    ["99.8%", { kind: "percent", value: 99.8, raw: "99.8%" }],
    ["721/722 hộ (99,8%)", { kind: "percent", value: 99.8, numerator: 721, denominator: 722, raw: "721/722 hộ (99,8%)" }],
    ["1739/2133 = 84,06%", { kind: "percent", value: 84.06, numerator: 1739, denominator: 2133, raw: "1739/2133 = 84,06%" }],
    ["570/722 hộ đạt 78,9%", { kind: "percent", value: 78.9, numerator: 570, denominator: 722, raw: "570/722 hộ đạt 78,9%" }],
    ["146/185 hộ đạt 78,91%", { kind: "percent", value: 78.91, numerator: 146, denominator: 185, raw: "146/185 hộ đạt 78,91%" }],
    ["Đạt 146/185 hộ đạt 78,91%", { kind: "percent", value: 78.91, numerator: 146, denominator: 185, raw: "Đạt 146/185 hộ đạt 78,91%" }],
    ["16/16", { kind: "percent", value: 100, numerator: 16, denominator: 16, raw: "16/16" }],
    ["Đạt (100%)", { kind: "percent", value: 100, raw: "Đạt (100%)" }],
    ["23.500.000 đồng/người", { kind: "amount", value: 23_500_000, unit: "đồng", raw: "23.500.000 đồng/người" }],
    ["23,5 triệu", { kind: "amount", value: 23_500_000, unit: "đồng", raw: "23,5 triệu" }],
    ["28 triệu/người/năm", { kind: "amount", value: 28_000_000, unit: "đồng", raw: "28 triệu/người/năm" }],
    ["39 triệu đồng/người/năm", { kind: "amount", value: 39_000_000, unit: "đồng", raw: "39 triệu đồng/người/năm" }],
    ["2.875.423.646 đồng", { kind: "amount", value: 2_875_423_646, unit: "đồng", raw: "2.875.423.646 đồng" }],
    ["7.133.000đ", { kind: "amount", value: 7_133_000, unit: "đồng", raw: "7.133.000đ" }],
    ["1147,7 ha", { kind: "amount", value: 1147.7, unit: "ha", raw: "1147,7 ha" }],
    ["12 km", { kind: "amount", value: 12, unit: "km", raw: "12 km" }],
    ["1.000m3", { kind: "amount", value: 1000, unit: "m³", raw: "1.000m3" }],
    ["500 m²", { kind: "amount", value: 500, unit: "m²", raw: "500 m²" }],
    ["23/25 em", { kind: "percent", value: 92, numerator: 23, denominator: 25, raw: "23/25 em" }],
    ["1.234,56", { kind: "number", value: 1234.56, raw: "1.234,56" }],
    ["23.500", { kind: "number", value: 23500, raw: "23.500" }],
    ["0", { kind: "number", value: 0, raw: "0" }],
    ["Đạt", { kind: "verdict", value: "achieved", raw: "Đạt" }],
    ["đạt", { kind: "verdict", value: "achieved", raw: "đạt" }],
    ["ĐẠT", { kind: "verdict", value: "achieved", raw: "ĐẠT" }],
    ["(Đạt)", { kind: "verdict", value: "achieved", raw: "(Đạt)" }],
    ["Chưa đạt", { kind: "verdict", value: "not_achieved", raw: "Chưa đạt" }],
    ["Không đạt", { kind: "verdict", value: "not_achieved", raw: "Không đạt" }],
    ["Chưa đánh giá", { kind: "verdict", value: "not_assessed", raw: "Chưa đánh giá" }],
    ["Có", { kind: "yesNo", value: true, raw: "Có" }],
    ["Không", { kind: "yesNo", value: false, raw: "Không" }],
    ["không có", { kind: "yesNo", value: false, nothing: true, raw: "không có" }],
    ["Không phát sinh", { kind: "yesNo", value: false, nothing: true, raw: "Không phát sinh" }],
    ["Không có cơ sở chăn nuôi trên địa bàn", { kind: "yesNo", value: false, nothing: true, raw: "Không có cơ sở chăn nuôi trên địa bàn" }],
    ["(Đạt) không có cơ sở trên địa bàn", { kind: "verdict", value: "achieved", raw: "(Đạt) không có cơ sở trên địa bàn" }],
    ["(Chưa đạt) chưa có chợ", { kind: "verdict", value: "not_achieved", raw: "(Chưa đạt) chưa có chợ" }],
    ["16/16 đạt 100%", { kind: "percent", value: 100, numerator: 16, denominator: 16, raw: "16/16 đạt 100%" }],
    ["Không", { kind: "yesNo", value: false, raw: "Không" }],
    ["x", { kind: "yesNo", value: true, raw: "x" }],
    ["X", { kind: "yesNo", value: true, raw: "X" }],
    ["", { kind: "empty", raw: "" }],
    ["  \u00A0 ", { kind: "empty", raw: "  \u00A0 " }],
    ["-", { kind: "empty", raw: "-" }],
    ["#N/A", { kind: "unreadable", reason: "error-value", raw: "#N/A" }],
    ["#DIV/0!", { kind: "unreadable", reason: "error-value", raw: "#DIV/0!" }],
    ["#VALUE!", { kind: "unreadable", reason: "error-value", raw: "#VALUE!" }],
    ["đang hoàn thiện hồ sơ", { kind: "unreadable", reason: "unparsed", raw: "đang hoàn thiện hồ sơ" }],
  ])("%j", (input, expected) => {
    expect(parseFigure(s(input))).toEqual(expected);
  });

  it("reads a ratio alone as a percent computed from it, keeping numerator and denominator", () => {
    const f = parseFigure(s("721/722"));
    expect(f).toMatchObject({ kind: "percent", numerator: 721, denominator: 722, raw: "721/722" });
    expect(f.kind === "percent" && f.value).toBeCloseTo(99.8615, 4);
  });

  it("lets a written percent win over the ratio it follows", () => {
    const f = parseFigure(s("721/722 hộ (99,8%)"));
    expect(f.kind === "percent" && f.value).toBe(99.8);
  });

  it("reads decomposed (NFD) text like composed text and keeps it as written", () => {
    const nfd = "Đạt".normalize("NFD");
    expect(nfd).not.toBe("Đạt");
    expect(parseFigure(s(nfd))).toEqual({ kind: "verdict", value: "achieved", raw: nfd });
    const nfdNo = "Chưa đạt".normalize("NFD");
    expect(parseFigure(s(nfdNo))).toEqual({ kind: "verdict", value: "not_achieved", raw: nfdNo });
  });

  it("collapses NBSP inside figures", () => {
    expect(parseFigure(s("99,8\u00A0%"))).toEqual({ kind: "percent", value: 99.8, raw: "99,8\u00A0%" });
  });

  it.each<[string, Figure]>([
    ["§¹t", { kind: "verdict", value: "achieved", raw: "§¹t" }],
    ["Ch−a ®¹t", { kind: "verdict", value: "not_achieved", raw: "Ch−a ®¹t" }],
    ["Ch\u00ADa ®¸nh gi¸", { kind: "verdict", value: "not_assessed", raw: "Ch\u00ADa ®¸nh gi¸" }],
    ["721/722 hé ®¹t 99,8%", { kind: "percent", value: 99.8, numerator: 721, denominator: 722, raw: "721/722 hé ®¹t 99,8%" }],
    ["Ñaït", { kind: "verdict", value: "achieved", raw: "Ñaït" }],
    ["Chöa ñaït", { kind: "verdict", value: "not_achieved", raw: "Chöa ñaït" }],
    ["Chöa ñaùnh giaù", { kind: "verdict", value: "not_assessed", raw: "Chöa ñaùnh giaù" }],
  ])("decodes legacy-encoded %j, reads it and keeps the raw text", (input, expected) => {
    expect(parseFigure(s(input))).toEqual(expected);
  });

  it("says legacy-encoding when text looks legacy-encoded but reads as neither encoding", () => {
    expect(parseFigure(s("qu¶¶"))).toEqual({ kind: "unreadable", reason: "legacy-encoding", raw: "qu¶¶" });
  });

  it("decoded legacy prose that is not a figure is unparsed, raw kept", () => {
    expect(parseFigure(s("®ang hoµn thiÖn hå s¬"))).toEqual({ kind: "unreadable", reason: "unparsed", raw: "®ang hoµn thiÖn hå s¬" });
  });

  it.each([
    ["two different percents", "99,8% (100%)"],
    ["money and a percent", "2.875.423.646 đồng đạt 59,45%"],
    ["two bare numbers", "12 15"],
    ["an upper bound", "dưới 5%"],
    ["a zero denominator", "0/0"],
    ["bad grouping", "1.23.4"],
    ["prose after a percent", "đạt 85% diện tích"],
    ["English prose", "not yet reported"],
  ])("does not guess %s: %j → unparsed", (_label, input) => {
    expect(parseFigure(s(input))).toEqual({ kind: "unreadable", reason: "unparsed", raw: input });
  });
});

describe("parseFigure: numbers and booleans stored as such", () => {
  it.each<[CellInput, Figure]>([
    [{ value: 99.8 }, { kind: "number", value: 99.8, raw: "99,8" }],
    [{ value: 99.8, numberFormat: "General", text: "99.8" }, { kind: "number", value: 99.8, raw: "99.8" }],
    [{ value: 0.998, numberFormat: "0.0%" }, { kind: "percent", value: 99.8, raw: "99,8%" }],
    [{ value: 0.998, numberFormat: "0%", text: "100%" }, { kind: "percent", value: 99.8, raw: "100%" }],
    [{ value: 0.8406, numberFormat: "0.00%" }, { kind: "percent", value: 84.06, raw: "84,06%" }],
    [{ value: 1234.56, numberFormat: "#,##0.00" }, { kind: "number", value: 1234.56, raw: "1.234,56" }],
    [{ value: 2875423646 }, { kind: "number", value: 2875423646, raw: "2.875.423.646" }],
    [{ value: 0 }, { kind: "number", value: 0, raw: "0" }],
    [{ value: 5, numberFormat: '0" ha"' }, { kind: "amount", value: 5, unit: "ha", raw: "5 ha" }],
    [{ value: 23500000, numberFormat: '#,##0 "đồng"' }, { kind: "amount", value: 23500000, unit: "đồng", raw: "23.500.000 đồng" }],
    [{ value: 39, numberFormat: '0 "triệu đồng"', text: "39 triệu đồng" }, { kind: "amount", value: 39000000, unit: "đồng", raw: "39 triệu đồng" }],
    [{ value: 5, numberFormat: '0 "ý kiến"' }, { kind: "number", value: 5, raw: "5" }],
    [{ value: "100% " , numberFormat: '"%"' }, { kind: "percent", value: 100, raw: "100% " }],
    [{ value: true }, { kind: "yesNo", value: true, raw: "TRUE" }],
    [{ value: false, text: "FALSE" }, { kind: "yesNo", value: false, raw: "FALSE" }],
    [{ value: null }, { kind: "empty", raw: "" }],
    [{ value: Number.NaN }, { kind: "unreadable", reason: "unparsed", raw: "NaN" }],
  ])("%j", (cell, expected) => {
    expect(parseFigure(cell)).toEqual(expected);
  });

  it("does not treat a quoted % in a number format as a percent format", () => {
    expect(parseFigure({ value: 5, numberFormat: '0" %"' })).toEqual({ kind: "number", value: 5, raw: "5" });
  });
});

describe("parseFigure: counted nouns and 'không có …'", () => {
  it.each([
    ["3/3 khu dân cư (100%)", { kind: "percent", value: 100, numerator: 3, denominator: 3 }],
    ["2/3 bản", { kind: "percent", numerator: 2, denominator: 3 }],
    ["Không có cơ sở chăn nuôi", { kind: "yesNo", value: false }],
    ["Không có cơ sở", { kind: "yesNo", value: false }],
    ["không có điểm vui chơi", { kind: "yesNo", value: false }],
  ])("%s", (text, expected) => {
    expect(parseFigureText(text)).toMatchObject(expected);
  });
});

describe("parseFigure: what hosts and hostile files hand over", () => {
  it("a cell without a value is empty, with its shown text", () => {
    expect(parseFigure({ value: undefined as unknown as null, text: "" })).toEqual({ kind: "empty", raw: "" });
    expect(parseFigure({ value: null })).toEqual({ kind: "empty", raw: "" });
  });

  it("TRUE/FALSE cells are yes/no, shown as Excel shows them", () => {
    expect(parseFigure({ value: false })).toEqual({ kind: "yesNo", value: false, raw: "FALSE" });
    expect(parseFigure({ value: true })).toEqual({ kind: "yesNo", value: true, raw: "TRUE" });
    expect(parseFigure({ value: false, text: "SAI" })).toEqual({ kind: "yesNo", value: false, raw: "SAI" });
  });

  it("a number that overflows as a percent is not a figure", () => {
    expect(parseFigure({ value: 1.7e308, numberFormat: "0%" })).toEqual({ kind: "unreadable", reason: "unparsed", raw: "1.7e+308" });
    expect(parseFigure({ value: 1.7e308, numberFormat: "0%", text: "###" })).toEqual({ kind: "unreadable", reason: "unparsed", raw: "###" });
    expect(parseFigure({ value: 1.7e308 })).toMatchObject({ kind: "number", value: 1.7e308 });
  });

  it("a value of another type (a broken file) is unreadable, never a crash", () => {
    expect(parseFigure({ value: [95] as unknown as string })).toEqual({ kind: "unreadable", reason: "unparsed", raw: "95" });
  });

  it("a formula error is the whole cell, not a word inside a sentence", () => {
    expect(parseFigure({ value: "#N/A" })).toMatchObject({ kind: "unreadable", reason: "error-value" });
    expect(parseFigure({ value: "Xem #N/A" })).toMatchObject({ kind: "unreadable", reason: "unparsed" });
    expect(parseFigure({ value: "#REF! ở biểu 2" })).toMatchObject({ kind: "unreadable", reason: "unparsed" });
    expect(excelErrorOf(" #div/0! ")).toBe("#DIV/0!");
    expect(excelErrorOf("#Value!")).toBe("#VALUE!");
    expect(excelErrorOf("95%")).toBeNull();
  });
});
