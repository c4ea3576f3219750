// @ts-nocheck
import { parseFigure } from "../../src/domain/figures/parseFigure";
import { editText, shownText, typedValue } from "../../src/preview/typedValue";

describe("typedValue: what Excel (vi-VN) stores for typed text", () => {
  test.each([
    ["", { value: null }],
    ["   ", { value: null }],
    ["95", { value: 95 }],
    ["1.234", { value: 1234 }],
    ["1.234,5", { value: 1234.5 }],
    ["-3,25", { value: -3.25 }],
    ["92%", { value: 0.92, numberFormat: "0%", text: "92%" }],
    ["17,72%", { value: 0.1772, numberFormat: "0.00%", text: "17,72%" }],
    ["28 triệu/người/năm", { value: "28 triệu/người/năm" }],
    ["Đạt", { value: "Đạt" }],
    ["146/185 hộ đạt 78,91%", { value: "146/185 hộ đạt 78,91%" }],
    ["12.5", { value: "12.5" }], // not a vi-VN number: stays text, as Excel vi-VN keeps it
  ])("%j", (typed, expected) => {
    const got = typedValue(typed);
    expect({ ...got, value: typeof got.value === "number" ? Number(got.value.toFixed(10)) : got.value }).toEqual(expected);
  });

  test("a typed percent is read by the engine as the percent the user meant", () => {
    const figure = parseFigure(typedValue("17,5%"));
    expect(figure).toMatchObject({ kind: "percent", value: 17.5 });
  });

  test("editText gives back what the user typed; shownText what the cell shows", () => {
    expect(editText(typedValue("92%"))).toBe("92%");
    expect(editText({ value: 0.1, numberFormat: "0%" })).toBe("10%");
    expect(editText({ value: 1234.5 })).toBe("1234,5");
    expect(editText(null)).toBe("");
    expect(shownText({ value: 0.92, numberFormat: "0%", text: "92%" })).toBe("92%");
    expect(shownText({ value: 3.5 })).toBe("3,5");
    expect(shownText({ value: "Đạt" })).toBe("Đạt");
    expect(shownText(null)).toBe("");
  });
});
