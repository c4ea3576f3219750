import { MAPPING_KEYS, parseColumnMapping } from "../../../src/domain/grid/columnMapping";

describe("parseColumnMapping: a saved column mapping is used whole or not at all", () => {
  it("keeps a good mapping as it is", () => {
    expect(parseColumnMapping({ sheet: "Biểu 01", code: 1, name: 2, figure: 3, threshold: 4, self: 5 })).toEqual({ sheet: "Biểu 01", code: 1, name: 2, figure: 3, threshold: 4, self: 5 });
    expect(parseColumnMapping({ figure: 0 })).toEqual({ figure: 0 });
    expect(parseColumnMapping({ code: 16383 })).toEqual({ code: 16383 });
    expect(parseColumnMapping({ code: 2, self: undefined })).toEqual({ code: 2 });
    expect(MAPPING_KEYS).toEqual(["code", "name", "figure", "threshold", "self"]);
  });

  it.each([
    ["not an object", "B"],
    ["null", null],
    ["an array", [1, 2]],
    ["neither figure nor code", { name: 2, threshold: 3 }],
    ["an empty object", {}],
    ["an empty sheet name", { sheet: "", figure: 3 }],
    ["a sheet that is not text", { sheet: 5, figure: 3 }],
    ["a negative column", { figure: -1 }],
    ["a column past XFD", { figure: 16384 }],
    ["a fractional column", { figure: 2.5 }],
    ["a column as text", { figure: "D" }],
    ["an unknown key", { figure: 3, colour: 1 }],
    ["a bad column beside good ones", { code: 1, figure: 3, self: -2 }],
  ])("%s is refused", (_why, raw) => {
    expect(parseColumnMapping(raw)).toBeNull();
  });
});

describe("parseColumnMapping: the period judged", () => {
  it("keeps the period named, alone or with columns", () => {
    expect(parseColumnMapping({ period: "6 tháng đầu năm 2024" })).toEqual({ period: "6 tháng đầu năm 2024" });
    expect(parseColumnMapping({ sheet: "Biểu", figure: 3, period: "Cả năm" })).toEqual({ sheet: "Biểu", figure: 3, period: "Cả năm" });
  });

  it.each([
    ["a blank period", { figure: 3, period: " " }],
    ["a period that is not text", { period: 2024 }],
  ])("%s is refused", (_why, raw) => {
    expect(parseColumnMapping(raw)).toBeNull();
  });
});
