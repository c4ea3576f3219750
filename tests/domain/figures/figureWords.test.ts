import { parseFigure } from "../../../src/domain/figures/parseFigure";
import { phraseLookup } from "../../../src/domain/figures/figureWords";

const read = (value: string) => parseFigure({ value });

describe("the words officials write in a figure cell", () => {
  it.each([
    ["Đạt", "achieved"],
    ["Đạt chuẩn", "achieved"],
    ["Đã đạt", "achieved"],
    ["Đạt yêu cầu", "achieved"],
    ["Chưa đạt", "not_achieved"],
    ["Không đạt", "not_achieved"],
    ["Chưa đạt chuẩn", "not_achieved"],
    ["Không đạt chuẩn", "not_achieved"],
    ["Chưa đạt yêu cầu", "not_achieved"],
    ["Chưa đánh giá", "not_assessed"],
    ["Chưa có đánh giá", "not_assessed"],
  ])("%j is a verdict (%s), also typed without accents", (text, value) => {
    expect(read(text)).toEqual({ kind: "verdict", value, raw: text });
    const bare = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    expect(read(bare)).toEqual({ kind: "verdict", value, raw: bare });
    expect(read(text.toUpperCase())).toMatchObject({ kind: "verdict", value });
  });

  it.each([
    ["Có", true],
    ["x", true],
    ["X", true],
    ["Không", false],
    ["Không có", false],
  ])("%j is yes/no (%s)", (text, value) => {
    expect(read(text)).toMatchObject({ kind: "yesNo", value });
  });

  it.each(["trên", "hơn", "khoảng", "gần", "xấp xỉ", "ước", "ước đạt", "tỷ lệ", "tỉ lệ", "chiếm", "bằng", "là", "được"])(
    "%j before a figure is read past: “%s 95%”",
    (word) => {
      expect(read(`${word} 95%`)).toEqual({ kind: "percent", value: 95, raw: `${word} 95%` });
      const bare = word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
      expect(read(`${bare} 95%`)).toMatchObject({ kind: "percent", value: 95 });
    },
  );

  it("a word that is none of these leaves the figure unread rather than guessed", () => {
    expect(read("tăng 95%")).toMatchObject({ kind: "unreadable", reason: "unparsed" });
    expect(read("xyz 95%")).toMatchObject({ kind: "unreadable", reason: "unparsed" });
  });

  it("the self-assessment column's Đ / CĐ, only as written with đ", () => {
    expect(read("Đ")).toMatchObject({ kind: "verdict", value: "achieved" });
    expect(read("CĐ")).toMatchObject({ kind: "verdict", value: "not_achieved" });
    expect(read("cđ")).toMatchObject({ kind: "verdict", value: "not_achieved" });
    expect(read("d")).toMatchObject({ kind: "unreadable" });
    expect(read("cd")).toMatchObject({ kind: "unreadable" });
    expect(phraseLookup("cd")).toBeUndefined();
  });

  it("accents typed half-way are not guessed", () => {
    expect(phraseLookup("chua đạt")).toBeUndefined();
    expect(phraseLookup("chua dat")).toEqual({ type: "verdict", value: "not_achieved" });
  });
});
