import { majorOf, readCode, readCodeText } from "../../../src/domain/grid/codes";

describe("readCode: the code a row starts with, as the forms write it", () => {
  it.each([
    ["4.2", { kind: "dotted", parts: [4, 2], said: false, numeric: false, rest: "" }],
    ["4.2.", { kind: "dotted", parts: [4, 2], said: false, numeric: false, rest: "" }],
    ["1.4.2", { kind: "dotted", parts: [1, 4, 2], said: false, numeric: false, rest: "" }],
    ["4 . 2", { kind: "dotted", parts: [4, 2], said: false, numeric: false, rest: "" }],
    ["Chỉ tiêu 4.2", { kind: "dotted", parts: [4, 2], said: true, numeric: false, rest: "" }],
    ["CT 4.2", { kind: "dotted", parts: [4, 2], said: true, numeric: false, rest: "" }],
    ["Chỉ tiêu số 17.10", { kind: "dotted", parts: [17, 10], said: true, numeric: false, rest: "" }],
    ["1.2. Ban hành quy hoạch chung", { kind: "dotted", parts: [1, 2], said: false, numeric: false, rest: "ban hanh quy hoach chung" }],
    ["4.2: Tỷ lệ hộ dùng điện", { kind: "dotted", parts: [4, 2], said: false, numeric: false, rest: "ty le ho dung dien" }],
    ["4.2 - Tỷ lệ", { kind: "dotted", parts: [4, 2], said: false, numeric: false, rest: "ty le" }],
    ["4.2) Tỷ lệ", { kind: "dotted", parts: [4, 2], said: false, numeric: false, rest: "ty le" }],
    ["4", { kind: "whole", no: 4, said: false, numeric: false, rest: "" }],
    ["4.", { kind: "whole", no: 4, said: false, numeric: false, rest: "" }],
    ["5 Trường học", { kind: "whole", no: 5, said: false, numeric: false, rest: "truong hoc" }],
    ["Chỉ tiêu 5", { kind: "whole", no: 5, said: true, numeric: false, rest: "" }],
    ["19", { kind: "whole", no: 19, said: false, numeric: false, rest: "" }],
  ])("%j", (text, want) => {
    expect(readCode({ value: text })).toEqual(want);
  });

  it.each([
    ["Tiêu chí số 4: Điện", { kind: "criterion", no: 4, rest: ": dien" }],
    ["TIÊU CHÍ 4 - ĐIỆN", { kind: "criterion", no: 4, rest: "- dien" }],
    ["TC 17 Môi trường", { kind: "criterion", no: 17, rest: "moi truong" }],
    ["1.4. Tiêu chí số 4 về Điện", { kind: "criterion", no: 4, rest: "ve dien" }],
    ["4. Tiêu chí số 4", { kind: "criterion", no: 4, rest: "" }],
    ["12.4. Tiêu chí số 12 về Lao động", { kind: "criterion", no: 12, rest: "ve lao dong" }],
    ["1 . 4 . Tiêu chí số 4", { kind: "criterion", no: 4, rest: "" }],
    ["1.4 . Tiêu chí số 4", { kind: "criterion", no: 4, rest: "" }],
    ["1.4 Tiêu chí số 4", { kind: "criterion", no: 4, rest: "" }],
    ["1.4.Tiêu chí số 4", { kind: "criterion", no: 4, rest: "" }],
  ])("criterion heading %j", (text, want) => {
    expect(readCode({ value: text })).toEqual(want);
  });

  it.each([
    "Tỷ lệ hộ dùng điện", // no code
    "123", // three digits: a figure, not a code
    "4.2.3.4", // four parts
  ])("%j is no code", (text) => {
    expect(readCode({ value: text })).toBeNull();
  });

  it("a letter straight after the code still reads (\"4.2a\"); a digit run does not", () => {
    expect(readCode({ value: "4.2a" })).toEqual({ kind: "dotted", parts: [4, 2], said: false, numeric: false, rest: "a" });
    expect(readCode({ value: "4.234" })).toBeNull();
    expect(readCode({ value: "4/2" })).toBeNull();
  });

  it("numbers stored as numbers: whole numbers are criteria, one decimal part an indicator", () => {
    expect(readCode({ value: 4 })).toEqual({ kind: "whole", no: 4, said: false, numeric: true, rest: "" });
    expect(readCode({ value: 4.2 })).toEqual({ kind: "dotted", parts: [4, 2], said: false, numeric: true, rest: "" });
    expect(readCode({ value: 17.1 })).toEqual({ kind: "dotted", parts: [17, 1], said: false, numeric: true, rest: "" });
    expect(readCode({ value: 99 })).toEqual({ kind: "whole", no: 99, said: false, numeric: true, rest: "" });
  });

  it("the text Excel shows wins over the stored number (17.10 shown, 17.1 stored)", () => {
    expect(readCode({ value: 17.1, text: "17.10" })).toEqual({ kind: "dotted", parts: [17, 10], said: false, numeric: true, rest: "" });
    expect(readCode({ value: 17.1, text: " 17.10 " })).toEqual({ kind: "dotted", parts: [17, 10], said: false, numeric: true, rest: "" });
    // A shown text that is not a plain number (a percent, a comma) is ignored.
    expect(readCode({ value: 4.2, text: "4,2" })).toEqual({ kind: "dotted", parts: [4, 2], said: false, numeric: true, rest: "" });
    expect(readCode({ value: 4, text: "4.0x" })).toEqual({ kind: "whole", no: 4, said: false, numeric: true, rest: "" });
  });

  it.each([
    [0], [-4], [100], [250], [100.1], [Infinity], [NaN],
  ])("the number %p is no code", (v) => {
    expect(readCode({ value: v })).toBeNull();
  });

  it("numbers: up to two decimals read as a code; three decimals or a zero part are none", () => {
    expect(readCode({ value: 0.5 })).toEqual({ kind: "dotted", parts: [0, 5], said: false, numeric: true, rest: "" });
    expect(readCode({ value: 4.25 })).toEqual({ kind: "dotted", parts: [4, 25], said: false, numeric: true, rest: "" });
    expect(readCode({ value: 4.125 })).toBeNull();
    expect(readCode({ value: 4, text: "4.0" })).toBeNull();
    expect(readCode({ value: 99.5 })).toEqual({ kind: "dotted", parts: [99, 5], said: false, numeric: true, rest: "" });
    expect(readCode({ value: 1e-7 })).toBeNull();
    expect(readCode({ value: 4.2, text: "4.2.1" })).toEqual({ kind: "dotted", parts: [4, 2], said: false, numeric: true, rest: "" });
  });

  it("empty, boolean and missing cells are no code", () => {
    expect(readCode(null)).toBeNull();
    expect(readCode({ value: null })).toBeNull();
    expect(readCode({ value: true })).toBeNull();
    expect(readCode({ value: "" })).toBeNull();
  });
});

describe("readCodeText and majorOf", () => {
  it("reads folded text directly", () => {
    expect(readCodeText("chi tieu 4.2 ty le")).toEqual({ kind: "dotted", parts: [4, 2], said: true, numeric: false, rest: "ty le" });
    expect(readCodeText("ctso 3")).toEqual({ kind: "whole", no: 3, said: true, numeric: false, rest: "" });
    expect(readCodeText("tieu chi so 12")).toEqual({ kind: "criterion", no: 12, rest: "" });
    expect(readCodeText("tieu chi12")).toEqual({ kind: "criterion", no: 12, rest: "" });
    expect(readCodeText("tieu chi so 123")).toBeNull();
    expect(readCodeText("chi tieu so4")).toEqual({ kind: "whole", no: 4, said: true, numeric: false, rest: "" });
    // "tiêu chí" inside a sentence is not a heading.
    expect(readCodeText("xem tieu chi so 4")).toBeNull();
  });

  it("the criterion of a code", () => {
    expect(majorOf(readCodeText("17.10")!)).toBe(17);
    expect(majorOf(readCodeText("1.4.2")!)).toBe(1);
    expect(majorOf(readCodeText("5")!)).toBe(5);
    expect(majorOf(readCodeText("tieu chi so 9")!)).toBe(9);
  });
});
