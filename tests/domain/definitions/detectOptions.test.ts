import { detectOptionsFor } from "../../../src/domain/definitions/detectOptions";
import { SET } from "../../fixtures/grid";

describe("detectOptionsFor: what the reader looks for, from a set", () => {
  it("every indicator code and criterion number of the 2021–2025 set; every criterion open", () => {
    const o = detectOptionsFor(SET);
    expect([...o.criterionNos].sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect([...o.openCriteria!].sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(o.indicatorCodes.size).toBe(SET.criteria.reduce((n, c) => n + c.indicators.length, 0));
    expect(o.indicatorCodes.has("4.1")).toBe(true);
    expect(o.indicatorCodes.has("17.10")).toBe(true);
    expect(o.indicatorCodes.has("20.1")).toBe(false);
    expect(o.skipSheets).toBeUndefined();
    expect("skipSheets" in o).toBe(false);
  });

  it("sheets to skip, when given", () => {
    const skip = new Set(["Tổng hợp NTM"]);
    expect(detectOptionsFor(SET, skip).skipSheets).toBe(skip);
  });
});
