import { clean, parseNumberCell } from "../../../src/domain/figures/numberCell";

describe("parseNumberCell: a number stored as a number, read with its format", () => {
  it("a % format makes a percent, in percent units, without binary noise", () => {
    expect(parseNumberCell(0.998, "0.0%", "99.8%")).toEqual({ kind: "percent", value: 99.8, raw: "99.8%" });
    expect(parseNumberCell(0.998, "0.0%", undefined)).toEqual({ kind: "percent", value: 99.8, raw: "99,8%" });
    expect(parseNumberCell(1, "0%;[Red]-0%", undefined)).toEqual({ kind: "percent", value: 100, raw: "100%" });
  });

  it("a % only in quoted text, an escape or a [..] block, or in another section, is no percent", () => {
    expect(parseNumberCell(5, '0" %"', undefined)).toEqual({ kind: "number", value: 5, raw: "5" });
    expect(parseNumberCell(5, "0\\%", undefined)).toEqual({ kind: "number", value: 5, raw: "5" });
    expect(parseNumberCell(5, "[%]0", undefined)).toEqual({ kind: "number", value: 5, raw: "5" });
    expect(parseNumberCell(5, "0;0%", undefined)).toEqual({ kind: "number", value: 5, raw: "5" });
    expect(parseNumberCell(5, "[$%]0", undefined)).toEqual({ kind: "number", value: 5, raw: "5" });
  });

  it("a unit in the format makes an amount: money scaled to đồng, measures kept", () => {
    expect(parseNumberCell(45.5, '#,##0.0" triệu đồng"', undefined)).toEqual({ kind: "amount", value: 45500000, unit: "đồng", raw: "45,5 triệu đồng" });
    expect(parseNumberCell(45.5, '#,##0.0" triệu đồng"', "45,5 triệu đồng")).toEqual({ kind: "amount", value: 45500000, unit: "đồng", raw: "45,5 triệu đồng" });
    expect(parseNumberCell(23500000, '#,##0 [$₫-42A]', undefined)).toEqual({ kind: "amount", value: 23500000, unit: "đồng", raw: "23.500.000 đồng" });
    expect(parseNumberCell(1147.7, '0.0" ha"', undefined)).toEqual({ kind: "amount", value: 1147.7, unit: "ha", raw: "1.147,7 ha" });
    expect(parseNumberCell(12, '0" hộ";0', undefined)).toEqual({ kind: "amount", value: 12, unit: "hộ", raw: "12 hộ" });
    expect(parseNumberCell(45.5, '#,##0.0" triệu"[$₫-42A]', undefined)).toEqual({ kind: "amount", value: 45500000, unit: "đồng", raw: "45,5 triệu đồng" });
    expect(parseNumberCell(3, '[$VND]0', undefined)).toEqual({ kind: "amount", value: 3, unit: "đồng", raw: "3 VND" });
  });

  it("a format text that is no unit leaves a plain number; so does a unit only in the negative section", () => {
    expect(parseNumberCell(7, '0" (ước)"', undefined)).toEqual({ kind: "number", value: 7, raw: "7" });
    expect(parseNumberCell(7, '0;0" ha"', "7")).toEqual({ kind: "number", value: 7, raw: "7" });
    expect(parseNumberCell(1234.5, "General", undefined)).toEqual({ kind: "number", value: 1234.5, raw: "1.234,5" });
    expect(parseNumberCell(1234.5, undefined, "1234.5")).toEqual({ kind: "number", value: 1234.5, raw: "1234.5" });
  });

  it("a number that is not finite is unreadable", () => {
    expect(parseNumberCell(Infinity, undefined, undefined)).toEqual({ kind: "unreadable", raw: "Infinity", reason: "unparsed" });
    expect(parseNumberCell(NaN, "0%", "#NUM!")).toEqual({ kind: "unreadable", raw: "#NUM!", reason: "unparsed" });
  });
});

describe("clean", () => {
  it("removes binary noise, keeps real digits (15 significant)", () => {
    expect(clean(0.998 * 100)).toBe(99.8);
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(12345678.1234567)).toBe(12345678.1234567);
    expect(clean(1234567890.1234567)).toBe(1234567890.12346);
  });
});
