import { ruleKind } from "../../../src/domain/definitions/ruleKind";

describe("ruleKind: the kind of indicator a threshold judges", () => {
  it.each([
    [{ kind: "yes" }, { kind: "yesNo" }],
    [{ kind: "none" }, { kind: "none" }],
    [{ kind: "atLeast", value: 95, unit: "%" }, { kind: "percent" }],
    [{ kind: "atMost", value: 5, unit: "%" }, { kind: "percent" }],
    [{ kind: "atLeast", value: 39, unit: "triệu đồng/người/năm" }, { kind: "amount", unit: "đồng" }],
    [{ kind: "atLeast", value: 1.5, unit: "Ha" }, { kind: "amount", unit: "ha" }],
    [{ kind: "atLeast", value: 2, unit: "" }, { kind: "count" }],
  ] as const)("%j → %j", (rule, want) => {
    expect(ruleKind(rule)).toEqual(want);
  });
});
