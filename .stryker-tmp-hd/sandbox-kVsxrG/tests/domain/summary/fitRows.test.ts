// @ts-nocheck
import { charsPerLine, fitRowHeights, wrappedLines } from "../../../src/domain/summary/fitRows";

describe("row fitting", () => {
  it("wraps words and keeps hard line breaks", () => {
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("Đạt", 10)).toBe(1);
    expect(wrappedLines("Chưa đánh giá được", 10)).toBe(2);
    expect(wrappedLines("a\nb", 10)).toBe(2);
    expect(wrappedLines("x".repeat(25), 10)).toBe(3);
  });

  it("grows a vertical merge's last row when its rows are too short", () => {
    const styles = { w: { wrap: true } };
    const width = [10];
    const text = "một hai ba bốn năm sáu bảy tám chín mười mười một mười hai";
    const lines = wrappedLines(text, charsPerLine(10, false));
    expect(lines).toBeGreaterThan(2);
    const h = fitRowHeights([{ row: 0, col: 0, value: text, style: "w" }], [{ r1: 0, c1: 0, r2: 1, c2: 0 }], styles, width);
    expect(h[0]).toBe(21);
    expect(h[0] + h[1]).toBe(lines * 17 + 4);
  });
});
