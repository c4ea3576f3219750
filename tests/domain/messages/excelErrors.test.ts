import { excelErrorText } from "../../../src/domain/messages/excelErrors";

const CODES = ["#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];

describe("excelErrorText: what a formula error in a figure's cell means", () => {
  it.each(CODES)("%s is explained in both languages, each its own words", (code) => {
    const vi = excelErrorText(code, "vi");
    const en = excelErrorText(code, "en");
    expect(vi).toMatch(new RegExp(`^${code.replace(/[/?!#]/g, "\\$&")} \\(.{10,}\\)$`));
    expect(en).toMatch(new RegExp(`^${code.replace(/[/?!#]/g, "\\$&")} \\(.{10,}\\)$`));
    expect(vi).not.toBe(en);
  });

  it("no two errors share an explanation", () => {
    for (const lang of ["vi", "en"] as const) {
      expect(new Set(CODES.map((c) => excelErrorText(c, lang))).size).toBe(CODES.length);
    }
  });

  it("the words a commune officer reads", () => {
    expect(excelErrorText("#DIV/0!", "vi")).toBe("#DIV/0! (chia cho 0: mẫu số trống hoặc bằng 0)");
    expect(excelErrorText("#REF!", "en")).toBe("#REF! (the formula refers to a cell or sheet that was deleted)");
  });

  it("an error without an explanation here is named as it is", () => {
    expect(excelErrorText("#GETTING_DATA", "vi")).toBe("#GETTING_DATA");
    expect(excelErrorText("#BLOCKED!", "en")).toBe("#BLOCKED!");
  });
});
