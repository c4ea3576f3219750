// @ts-nocheck
import type { Rule, ValueKind } from "../../../src/domain/definitions/schema";
import type { Figure } from "../../../src/domain/figures/Figure";
import { compareFigure, type Comparison } from "../../../src/domain/figures/compareFigure";
import { parseFigure } from "../../../src/domain/figures/parseFigure";
import { parseThreshold } from "../../../src/domain/figures/parseThreshold";

const fig = (value: string | number | boolean | null, numberFormat?: string): Figure => parseFigure({ value, numberFormat });
const yes: Rule = { kind: "yes" };
const none: Rule = { kind: "none" };
const atLeast95: Rule = { kind: "atLeast", value: 95, unit: "%" };
const atMost26_7: Rule = { kind: "atMost", value: 26.7, unit: "%" };
const income: Rule = { kind: "atLeast", value: 39, unit: "triệu đồng/người/năm" };

describe("compareFigure: yes rules", () => {
  it.each<[string | boolean, Comparison]>([
    ["Đạt", { outcome: "meets", value: true }],
    ["ĐẠT", { outcome: "meets", value: true }],
    ["§¹t", { outcome: "meets", value: true }],
    ["Có", { outcome: "meets", value: true }],
    ["x", { outcome: "meets", value: true }],
    [true, { outcome: "meets", value: true }],
    ["Chưa đạt", { outcome: "fails", value: false }],
    ["Không đạt", { outcome: "fails", value: false }],
    ["Không", { outcome: "fails", value: false }],
    [false, { outcome: "fails", value: false }],
    ["100%", { outcome: "kind-mismatch", value: 100 }],
    ["16/16", { outcome: "kind-mismatch", value: 100 }],
    ["3", { outcome: "kind-mismatch", value: 3 }],
    ["Chưa đánh giá", { outcome: "marked-not-assessed", value: null }],
    ["", { outcome: "no-figure", value: null }],
    ["#N/A", { outcome: "unreadable", value: null }],
    ["đang hoàn thiện hồ sơ", { outcome: "unreadable", value: null }],
  ])("%j", (value, expected) => {
    expect(compareFigure(fig(value), yes, "yesNo")).toEqual(expected);
  });
});

describe("compareFigure: none rules (e.g. 9.1 nhà tạm, nhà dột nát)", () => {
  it.each<[string | number, Comparison]>([
    ["Không", { outcome: "meets", value: false }],
    ["không có", { outcome: "meets", value: false }],
    ["0", { outcome: "meets", value: 0 }],
    [0, { outcome: "meets", value: 0 }],
    ["0 %", { outcome: "meets", value: 0 }],
    ["0 hộ", { outcome: "meets", value: 0 }],
    ["Có", { outcome: "fails", value: true }],
    ["3", { outcome: "fails", value: 3 }],
    ["2 hộ", { outcome: "fails", value: 2 }],
    ["1,5%", { outcome: "fails", value: 1.5 }],
    ["Đạt", { outcome: "kind-mismatch", value: null }],
    ["Chưa đánh giá", { outcome: "marked-not-assessed", value: null }],
    ["", { outcome: "no-figure", value: null }],
  ])("%j", (value, expected) => {
    expect(compareFigure(fig(value), none, "none")).toEqual(expected);
  });
});

describe("compareFigure: percent rules", () => {
  it.each<[string, Figure, Rule, Comparison["outcome"], number | boolean | null]>([
    ["≥ 95 with 95 % (boundary)", fig("95%"), atLeast95, "meets", 95],
    ["≥ 95 with 94,99 %", fig("94,99%"), atLeast95, "fails", 94.99],
    ["≥ 95 with 99,8 %", fig("99,8%"), atLeast95, "meets", 99.8],
    ["≥ 95 with a ratio 721/722", fig("721/722"), atLeast95, "meets", (721 * 100) / 722],
    ["≥ 95 with 570/722 hộ đạt 78,9%", fig("570/722 hộ đạt 78,9%"), atLeast95, "fails", 78.9],
    ["≥ 95 with a plain number 99.8 (percent units)", fig(99.8), atLeast95, "meets", 99.8],
    ["≥ 95 with a plain number 94", fig(94), atLeast95, "fails", 94],
    ["≥ 99,8 with 0.998 in a % format (float noise)", fig(0.998, "0.0%"), { kind: "atLeast", value: 99.8, unit: "%" }, "meets", 99.8],
    ["≤ 99,8 with 0.998 × 100", { kind: "number", value: 0.998 * 100, raw: "99,8" }, { kind: "atMost", value: 99.8, unit: "%" }, "meets", 0.998 * 100],
    ["≤ 26,7 with 26,7 % (boundary)", fig("26,7%"), atMost26_7, "meets", 26.7],
    ["≤ 26,7 with 26,71 %", fig("26,71%"), atMost26_7, "fails", 26.71],
    ["≤ 26,7 with 16 %", fig("16%"), atMost26_7, "meets", 16],
    ["≥ 70 from text 'Từ 70% trở lên' with 70 %", fig("70%"), parseThreshold("Từ 70% trở lên") as Rule, "meets", 70],
    ["≥ 95 with a bare-unit rule (sheet wrote '≥ 95')", fig("96%"), { kind: "atLeast", value: 95, unit: "" }, "meets", 96],
    ["≥ 95 with 'Đạt'", fig("Đạt"), atLeast95, "kind-mismatch", null],
    ["≥ 95 with 'Chưa đạt'", fig("Chưa đạt"), atLeast95, "kind-mismatch", null],
    ["≥ 95 with 'Có'", fig("Có"), atLeast95, "kind-mismatch", true],
    ["≥ 95 with 'Chưa đánh giá'", fig("Chưa đánh giá"), atLeast95, "marked-not-assessed", null],
    ["≥ 95 with money", fig("23,5 triệu"), atLeast95, "unit-mismatch", 23_500_000],
    ["≥ 95 with hectares", fig("1147,7 ha"), atLeast95, "unit-mismatch", 1147.7],
    ["≥ 95 with an empty cell", fig(null), atLeast95, "no-figure", null],
    ["≥ 95 with #DIV/0!", fig("#DIV/0!"), atLeast95, "unreadable", null],
  ])("%s", (_label, figure, rule, outcome, value) => {
    expect(compareFigure(figure, rule, "percent")).toEqual({ outcome, value });
  });
});

describe("compareFigure: amounts", () => {
  it.each<[string, Figure, Rule, Comparison["outcome"], number | boolean | null]>([
    ["39 triệu with the overlay rule in triệu (boundary)", fig("39 triệu đồng/người/năm"), income, "meets", 39_000_000],
    ["28 triệu/người/năm fails 39 triệu", fig("28 triệu/người/năm"), income, "fails", 28_000_000],
    ["23.500.000 đồng/người fails 39 triệu", fig("23.500.000 đồng/người"), income, "fails", 23_500_000],
    ["45 triệu meets a rule read from text", fig("45 triệu"), parseThreshold("≥ 39 triệu đồng/người/năm") as Rule, "meets", 45_000_000],
    ["bare 40 in the rule's unit (triệu)", fig(40), income, "meets", 40_000_000],
    ["bare 38,9 in the rule's unit (triệu)", fig("38,9"), income, "fails", 38_900_000],
    ["a percent for an income rule", fig("71,79%"), income, "unit-mismatch", 71.79],
    ["hectares for an income rule", fig("1147,7 ha"), income, "unit-mismatch", 1147.7],
    ["'Đạt' for an income rule", fig("Đạt"), income, "kind-mismatch", null],
    ["12 km with ≥ 10 km", fig("12 km"), { kind: "atLeast", value: 10, unit: "km" }, "meets", 12],
    ["12 km with ≥ 10 ha", fig("12 km"), { kind: "atLeast", value: 10, unit: "ha" }, "unit-mismatch", 12],
    ["1147,7 ha with ≤ 1147,7 Ha (boundary)", fig("1147,7 ha"), { kind: "atMost", value: 1147.7, unit: "Ha" }, "meets", 1147.7],
  ])("%s", (_label, figure, rule, outcome, value) => {
    expect(compareFigure(figure, rule, "amount")).toEqual({ outcome, value });
  });

  it("reads a bare number in the indicator's unit when given", () => {
    const rule = parseThreshold("≥ 39 triệu đồng/người/năm") as Rule;
    expect(compareFigure(fig(40), rule, "amount", { numberUnit: "triệu đồng/người/năm" })).toEqual({ outcome: "meets", value: 40_000_000 });
    expect(compareFigure(fig(40), rule, "amount")).toEqual({ outcome: "fails", value: 40 });
    expect(compareFigure(fig(40), rule, "amount", { numberUnit: "ha" })).toEqual({ outcome: "unit-mismatch", value: 40 });
  });
});

describe("compareFigure: counts", () => {
  const rule: Rule = { kind: "atLeast", value: 3, unit: "" };
  it.each<[string | number, Comparison]>([
    [3, { outcome: "meets", value: 3 }],
    ["2", { outcome: "fails", value: 2 }],
    ["3 thôn", { outcome: "meets", value: 3 }],
    ["5 triệu", { outcome: "unit-mismatch", value: 5_000_000 }],
    ["60%", { outcome: "unit-mismatch", value: 60 }],
    ["Đạt", { outcome: "kind-mismatch", value: null }],
  ])("%j with ≥ 3", (value, expected) => {
    expect(compareFigure(fig(value), rule, "count" as ValueKind)).toEqual(expected);
  });
});
