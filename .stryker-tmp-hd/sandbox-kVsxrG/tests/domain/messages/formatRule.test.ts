// @ts-nocheck
import { formatNumber, formatRule } from "../../../src/domain/messages/formatRule";

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
