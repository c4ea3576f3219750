// @ts-nocheck
import { foldText, normalizeText } from "../../../src/domain/figures/normalizeText";
import { formatNumberVi } from "../../../src/domain/figures/formatNumber";
import { parseViNumber } from "../../../src/domain/figures/parseNumber";

describe("normalizeText", () => {
  it.each([
    ["  Kết quả   thực hiện ", "Kết quả thực hiện"],
    ["Chưa\u00A0đạt", "Chưa đạt"],
    ["Chưa\u202F\u200Bđạt", "Chưa đạt"],
    ["Đạt\n(100%)\t", "Đạt (100%)"],
    ["Đạt".normalize("NFD"), "Đạt"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    const out = normalizeText(input);
    expect(out).toBe(expected);
    expect(out.normalize("NFC")).toBe(out);
  });
});

describe("foldText", () => {
  it.each([
    ["Chưa đạt", "chua dat"],
    ["ĐẠT", "dat"],
    ["Kết quả thực hiện", "ket qua thuc hien"],
    ["Tiêu chí số 4: Điện", "tieu chi so 4: dien"],
    ["Chưa đánh giá".normalize("NFD"), "chua danh gia"],
    ["  Hiện\u00A0trạng ", "hien trang"],
  ])("%j → %j", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe("parseViNumber", () => {
  it.each<[string, number | null]>([
    ["99,8", 99.8],
    ["1.234,56", 1234.56],
    ["23.500", 23500],
    ["23.500.000", 23_500_000],
    ["2.875.423.646", 2_875_423_646],
    ["1147,7", 1147.7],
    ["0,03", 0.03],
    ["04", 4],
    ["99.8", 99.8],
    ["84.06", 84.06],
    ["1,234", 1.234],
    ["1,234,567", 1_234_567],
    ["1,234.5", 1234.5],
    ["-5", -5],
    ["1.23.4", null],
    ["1.2345", null],
    ["12.34.567", null],
    ["1.234,5,6", null],
    ["abc", null],
    ["", null],
  ])("%j → %p", (input, expected) => {
    expect(parseViNumber(input)).toBe(expected);
  });
});

describe("formatNumberVi", () => {
  it.each<[number, number | undefined, string]>([
    [99.8, undefined, "99,8"],
    [1234.56, undefined, "1.234,56"],
    [14.2857, 2, "14,29"],
    [0.998 * 100, undefined, "99,8"],
    [2875423646, undefined, "2.875.423.646"],
    [100, 2, "100"],
    [1.005, 2, "1,01"],
    [-1234.5, undefined, "-1.234,5"],
    [0, undefined, "0"],
    [721 / 722 * 100, 2, "99,86"],
    [999.999, 2, "1.000"],
    [Number.NaN, undefined, "—"],
  ])("%p (%p) → %j", (n, decimals, expected) => {
    expect(formatNumberVi(n, decimals)).toBe(expected);
  });
});
