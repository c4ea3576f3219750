import { a1, cellAddress, columnIndex, columnLetters, parseCellAddress, quoteSheet } from "../../../src/domain/grid/address";

describe("cell addresses as Excel writes them", () => {
  it.each([
    [0, "A"], [1, "B"], [25, "Z"], [26, "AA"], [27, "AB"], [51, "AZ"], [52, "BA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"],
  ])("column %i is %s, and back", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(columnIndex(letters)).toBe(col);
    expect(columnIndex(letters.toLowerCase())).toBe(col);
  });

  it("a1 and full references", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1(6, 4)).toBe("E7");
    expect(quoteSheet("Biểu 1")).toBe("'Biểu 1'");
    expect(quoteSheet("Xã Sơn's")).toBe("'Xã Sơn''s'");
    expect(cellAddress({ sheet: "TH", row: 9, col: 27 })).toBe("'TH'!AB10");
  });

  it("parses quoted and bare references, with $ signs", () => {
    expect(parseCellAddress("'Biểu 1'!E7")).toEqual({ sheet: "Biểu 1", row: 6, col: 4 });
    expect(parseCellAddress("'Xã Sơn''s'!$AB$10")).toEqual({ sheet: "Xã Sơn's", row: 9, col: 27 });
    expect(parseCellAddress("Sheet1!e7")).toEqual({ sheet: "Sheet1", row: 6, col: 4 });
    expect(parseCellAddress(cellAddress({ sheet: "a'b", row: 0, col: 16383 }))).toEqual({ sheet: "a'b", row: 0, col: 16383 });
  });

  it.each(["E7", "Sheet1!", "Sheet1!7", "Sheet1!E", "Sheet1!ABCD1", "'Sheet1!E7", "x'y!E7", "Sheet1!E7 ", "Sheet1!E7x"])("%j is malformed", (s) => {
    expect(parseCellAddress(s)).toBeNull();
  });
});
