import { formatAmount, formatNumber, formatRule } from "../../../src/domain/messages/formatRule";

describe("formatRule", () => {
  test.each([
    [{ kind: "atLeast", value: 95, unit: "%" }, "≥ 95%", "≥ 95%"],
    [{ kind: "atMost", value: 26.7, unit: "%" }, "≤ 26,7%", "≤ 26.7%"],
    [{ kind: "atLeast", value: 39, unit: "triệu đồng/người/năm" }, "≥ 39 triệu đồng/người/năm", "≥ 39 million VND/person/year"],
    [{ kind: "atLeast", value: 1147.7, unit: "ha" }, "≥ 1.147,7 ha", "≥ 1,147.7 ha"],
    [{ kind: "yes" }, "Đạt", "Achieved"],
    [{ kind: "none" }, "Không có", "None"],
    [null, "Chưa có ngưỡng", "No threshold"],
  ] as const)("%j → %s / %s", (rule, vi, en) => {
    expect(formatRule(rule, "vi")).toBe(vi);
    expect(formatRule(rule, "en")).toBe(en);
  });

  test("numbers: floating noise rounded, negatives, thousands", () => {
    expect(formatNumber(0.1 + 0.2, "vi")).toBe("0,3");
    expect(formatNumber(-2.5, "vi")).toBe("-2,5");
    expect(formatNumber(23500000, "vi")).toBe("23.500.000");
    expect(formatNumber(99.8, "en")).toBe("99.8");
  });
});

describe("money as reports write it", () => {
  it("a million đồng or more reads in triệu; less in đồng; English says VND", () => {
    expect(formatRule({ kind: "atLeast", value: 65_000_000, unit: "đồng" }, "vi")).toBe("≥ 65 triệu đồng");
    expect(formatRule({ kind: "atLeast", value: 65_000_000, unit: "đồng" }, "en")).toBe("≥ 65 million VND");
    expect(formatRule({ kind: "atLeast", value: 4_500_000, unit: "đồng" }, "vi")).toBe("≥ 4,5 triệu đồng");
    expect(formatRule({ kind: "atMost", value: 500_000, unit: "đồng" }, "vi")).toBe("≤ 500.000 đồng");
    expect(formatRule({ kind: "atMost", value: 500_000, unit: "đồng" }, "en")).toBe("≤ 500,000 VND");
    expect(formatAmount(3_000_000, "đồng", "vi")).toBe("3 triệu đồng");
    expect(formatAmount(2, "hộ", "vi")).toBe("2 hộ");
    expect(formatAmount(26.7, "%", "vi")).toBe("26,7%");
  });
});

describe("edges a report would show wrongly", () => {
  it("zero and a figure rounding to zero have no minus sign", () => {
    expect(formatNumber(0, "vi")).toBe("0");
    expect(formatNumber(-0.00001, "vi")).toBe("0");
    expect(formatNumber(-0.5, "en")).toBe("-0.5");
  });

  it("exactly a million đồng is 1 triệu; large amounts of other units stay as they are", () => {
    expect(formatAmount(1_000_000, "đồng", "vi")).toBe("1 triệu đồng");
    expect(formatAmount(999_999, "đồng", "vi")).toBe("999.999 đồng");
    expect(formatAmount(1_250_000, "người", "vi")).toBe("1.250.000 người");
    expect(formatAmount(-2_000_000, "đồng", "en")).toBe("-2 million VND");
  });

  it("a figure without a unit has no trailing space", () => {
    expect(formatAmount(2, "", "vi")).toBe("2");
    expect(formatRule({ kind: "atLeast", value: 3, unit: "" }, "en")).toBe("≥ 3");
  });
});
