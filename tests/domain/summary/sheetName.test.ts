import { MAX_SHEET_NAME, cleanSheetName, pickSheetName } from "../../../src/domain/summary/sheetName";

describe("cleanSheetName: a name Excel accepts", () => {
  it.each([
    ["Tổng hợp NTM", "Tổng hợp NTM"],
    ["Tổng hợp [2024]: xã/huyện*?\\", "Tổng hợp -2024-- xã-huyện---"],
    ["  Tổng   hợp  ", "Tổng hợp"],
    ["'Tổng hợp'", "Tổng hợp"],
    ["'' x ''", "x"],
    ["Tổng hợp kết quả đánh giá nông thôn mới xã Liên Sơn", "Tổng hợp kết quả đánh giá nông"],
    ["", "Sheet"],
    ["''", "Sheet"],
    ["History", "Sheet"],
    ["history", "Sheet"],
    ["Tổng hợp".normalize("NFD"), "Tổng hợp"],
  ])("%j → %j", (name, want) => {
    expect(cleanSheetName(name)).toBe(want);
    expect([...cleanSheetName(name)].length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it("cuts at 31 characters, then trims", () => {
    expect(cleanSheetName("a".repeat(30) + " b")).toBe("a".repeat(30));
    expect(cleanSheetName("a".repeat(31))).toBe("a".repeat(31));
    expect(MAX_SHEET_NAME).toBe(31);
  });
});

describe("pickSheetName: never a user's sheet", () => {
  it("the preferred name when free", () => {
    expect(pickSheetName(["Biểu 01"], "Tổng hợp NTM", [])).toBe("Tổng hợp NTM");
  });

  it("a user's sheet of that name (any case) gets the next number", () => {
    expect(pickSheetName(["Tổng hợp NTM"], "Tổng hợp NTM", [])).toBe("Tổng hợp NTM (2)");
    expect(pickSheetName(["tổng hợp ntm", "TỔNG HỢP NTM (2)"], "Tổng hợp NTM", [])).toBe("Tổng hợp NTM (3)");
  });

  it("the tool's own sheet is reused, in the workbook's spelling; a recorded own sheet that is gone is not", () => {
    expect(pickSheetName(["Biểu", "tổng hợp ntm"], "Tổng hợp NTM", ["Tổng hợp NTM"])).toBe("tổng hợp ntm");
    expect(pickSheetName(["Tổng hợp NTM", "Tổng hợp NTM (2)"], "Tổng hợp NTM", ["Tổng hợp NTM (2)"])).toBe("Tổng hợp NTM (2)");
    expect(pickSheetName(["Tổng hợp NTM"], "Tổng hợp NTM", ["Tổng hợp NTM (2)"])).toBe("Tổng hợp NTM (2)");
  });

  it("a numbered name still fits in 31 characters", () => {
    const long = "Tổng hợp kết quả đánh giá nông thôn";
    const first = cleanSheetName(long);
    const got = pickSheetName([first], long, []);
    expect(got).toBe("Tổng hợp kết quả đánh giá n (2)");
    expect([...got].length).toBe(31);
  });
});
