// @ts-nocheck
import { format, STRINGS, translator } from "../../src/taskpane/strings";
import { LANGS } from "../../src/domain/messages/Lang";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("string tables", () => {
  const viKeys = Object.keys(STRINGS.vi).sort();

  test.each(LANGS)("%s has every key, each non-empty", (lang) => {
    expect(Object.keys(STRINGS[lang]).sort()).toEqual(viKeys);
    for (const key of viKeys) expect([key, STRINGS[lang][key as keyof typeof STRINGS.vi].trim().length > 0]).toEqual([key, true]);
  });

  test("both languages take the same parameters for every key", () => {
    for (const key of viKeys) {
      const k = key as keyof typeof STRINGS.vi;
      expect([key, placeholders(STRINGS.en[k])]).toEqual([key, placeholders(STRINGS.vi[k])]);
    }
  });

  test("Vietnamese is written in Vietnamese, precomposed (NFC)", () => {
    expect(STRINGS.vi.checkButton).toBe("Kiểm tra");
    expect(STRINGS.vi.clearMarksButton).toBe("Xóa đánh dấu");
    expect(STRINGS.vi.recheckButton).toBe("Kiểm tra lại");
    expect(STRINGS.vi.insertSummaryButton).toBe("Chèn bảng tổng hợp");
    for (const value of Object.values(STRINGS.vi)) expect(value).toBe(value.normalize("NFC"));
  });
});

describe("format", () => {
  test("fills parameters and leaves unknown ones visible", () => {
    expect(format(STRINGS.vi.resultHeadline, { achieved: 11, total: 19 })).toBe("Đạt 11/19 tiêu chí");
    expect(format(STRINGS.en.resultHeadline, { achieved: 11, total: 19 })).toBe("11/19 criteria achieved");
    expect(format("{a} và {b}", { a: "Lạng Sơn" })).toBe("Lạng Sơn và {b}");
  });

  test("translator words templates in its language", () => {
    expect(translator("vi")("summaryInserted", { name: "Tổng hợp NTM" })).toBe("Đã chèn trang “Tổng hợp NTM”.");
    expect(translator("en")("marksApplied", { count: 3 })).toBe("Marked 3 cells.");
  });
});
