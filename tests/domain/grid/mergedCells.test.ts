import { cellText, hasValue, mergedLookup } from "../../../src/domain/grid/mergedCells";
import { sheet } from "../../fixtures/grid";

describe("mergedLookup: values seen through merged cells", () => {
  // Origin C3 (row 2, col 2): a criterion name merged across C3:E3 and a code merged down C4:C6.
  const s = sheet(
    "Biểu",
    [
      ["Tiêu chí số 4: Điện", null, null],
      ["4.1", "Hệ thống điện", "Đạt"],
      [null, "", null],
      [null, "x", null],
    ],
    { originRow: 2, originCol: 2, merges: [{ r1: 2, c1: 2, r2: 2, c2: 4 }, { r1: 3, c1: 2, r2: 5, c2: 2 }, { r1: 0, c1: 0, r2: 40, c2: 40 }] },
  );
  const at = mergedLookup(s);

  it("own cells, with the origin offset", () => {
    expect(at(3, 3)).toEqual({ value: "Hệ thống điện" });
    expect(at(3, 4)).toEqual({ value: "Đạt" });
    expect(at(2, 2)).toEqual({ value: "Tiêu chí số 4: Điện" });
  });

  it("a merged area's other cells read as its top-left cell", () => {
    expect(at(2, 3)).toEqual({ value: "Tiêu chí số 4: Điện" });
    expect(at(2, 4)).toEqual({ value: "Tiêu chí số 4: Điện" });
    expect(at(4, 2)).toEqual({ value: "4.1" });
    expect(at(5, 2)).toEqual({ value: "4.1" });
  });

  it("sameRowOnly sees through horizontal merges, not down", () => {
    expect(at(2, 4, true)).toEqual({ value: "Tiêu chí số 4: Điện" });
    expect(at(4, 2, true)).toBeNull();
  });

  it("an empty string inside a merge reads as the merge; cells outside merges and the sheet are null; huge merges are ignored", () => {
    expect(at(4, 3)).toEqual({ value: "" });
    expect(at(6, 2)).toBeNull();
    expect(at(1, 1)).toBeNull();
    expect(at(3, 5)).toBeNull();
    expect(at(-1, 2)).toBeNull();
  });
});

describe("mergedLookup: which merges count", () => {
  it("a merge of up to 400 cells is seen through, a larger one is not; a cell's own value wins inside a merge", () => {
    const rows = Array.from({ length: 60 }, () => Array.from({ length: 60 }, () => null as string | null));
    rows[10][10] = "400 ô";
    rows[40][10] = "420 ô";
    rows[0][0] = "A1";
    rows[0][1] = "B1";
    const s = sheet("S", rows, { merges: [{ r1: 10, c1: 10, r2: 29, c2: 29 }, { r1: 40, c1: 10, r2: 59, c2: 30 }, { r1: 0, c1: 0, r2: 0, c2: 1 }] });
    const at = mergedLookup(s);
    expect(at(29, 29)).toEqual({ value: "400 ô" });
    expect(at(59, 30)).toBeNull();
    expect(at(41, 11)).toBeNull();
    expect(at(0, 1)).toEqual({ value: "B1" });
  });
});

describe("hasValue and cellText", () => {
  it("empty is null, missing, or an empty string", () => {
    expect(hasValue(null)).toBe(false);
    expect(hasValue({ value: null })).toBe(false);
    expect(hasValue({ value: "" })).toBe(false);
    expect(hasValue({ value: undefined as unknown as null })).toBe(false);
    expect(hasValue({ value: 0 })).toBe(true);
    expect(hasValue({ value: false })).toBe(true);
    expect(hasValue({ value: " " })).toBe(true);
  });

  it("the text shown wins, normalised; else the value", () => {
    expect(cellText({ value: 0.998, text: "99,8 %" })).toBe("99,8 %");
    expect(cellText({ value: 0.998, text: "" })).toBe("0.998");
    expect(cellText({ value: "  Chưa\u00A0đạt  " })).toBe("Chưa đạt");
    expect(cellText({ value: true })).toBe("true");
    expect(cellText({ value: "", text: "x" })).toBe("");
    expect(cellText(null)).toBe("");
  });
});
