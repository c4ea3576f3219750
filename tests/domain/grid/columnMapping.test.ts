import { parseColumnMapping } from "../../../src/domain/grid/columnMapping";

describe("a saved column mapping, read back from the workbook's settings", () => {
  it("keeps columns, the sheet and the period", () => {
    expect(parseColumnMapping({ sheet: "TC 1-9", code: 0, figure: 3, threshold: 2, self: 4 })).toEqual({ sheet: "TC 1-9", code: 0, figure: 3, threshold: 2, self: 4 });
    expect(parseColumnMapping({ period: "6 tháng đầu năm 2024" })).toEqual({ period: "6 tháng đầu năm 2024" });
    expect(parseColumnMapping({ figure: 16383, name: undefined })).toEqual({ figure: 16383 });
  });

  it("ignores a damaged or foreign value whole, never half used", () => {
    for (const raw of [null, 7, "B", [], {}, { sheet: "A" }, { figure: -1 }, { figure: 1.5 }, { figure: 16384 }, { figure: "3" }, { figure: 3, sheet: "" }, { figure: 3, period: " " }, { period: 2024 }, { figure: 3, colour: "red" }])
      expect(parseColumnMapping(raw)).toBeNull();
  });
});
