import { communeFromText, placeAfter, readTitleRow, type TitleBlock } from "../../../src/domain/grid/titleBlock";

describe("communeFromText: the commune a title block names", () => {
  it.each([
    ["UBND XÃ LIÊN SƠN", "Liên Sơn"],
    ["Ủy ban nhân dân xã Liên Sơn", "Liên Sơn"],
    ["ĐẢNG ỦY XÃ TÂN THÀNH", "Tân Thành"],
    ["Xã: Hòa Bình", "Hòa Bình"],
    ["xã Liên Sơn, huyện Chi Lăng", "Liên Sơn"],
    ["xã Liên Sơn; huyện Chi Lăng", "Liên Sơn"],
    ["xã Liên Sơn. Năm 2024", "Liên Sơn"],
    ["xã Liên Sơn - huyện Chi Lăng", "Liên Sơn"],
    ["xã Liên Sơn (đạt chuẩn 2020)", "Liên Sơn"],
    ["xã Liên Sơn huyện Chi Lăng", "Liên Sơn"],
    ["xã Liên Sơn tỉnh Lạng Sơn", "Liên Sơn"],
    ["Biểu tự đánh giá xã Liên Sơn năm 2024", "Liên Sơn"],
    ["Kết quả thực hiện xã Quang Minh giai đoạn 2021-2025", "Quang Minh"],
    ["BAN CHỈ ĐẠO XÃ  ĐỒNG   TÂM", "Đồng Tâm"],
    ["Xã:Liên Sơn", "Liên Sơn"],
    ["xã Tân Hội", "Tân Hội"],
    // The name is cut from the text at the commune's place, not where its letters first occur.
    ["Lien Son, UBND xã Liên Sơn", "Liên Sơn"],
  ])("%j → %s", (text, name) => {
    expect(communeFromText(text)).toBe(name);
  });

  it("keeps NFD text's letters (decomposed marks) and returns NFC", () => {
    expect(communeFromText("UBND XÃ LIÊN SƠN".normalize("NFD"))).toBe("Liên Sơn");
  });

  it.each([
    "Tiêu chí số 4: Điện", // no "xã"
    "xã 123", // a number
    "xã nông thôn mới", // a phrase, not a name
    "xã đạt chuẩn nông thôn mới",
    "xã NTM",
    "xã đạt",
    "xã chưa đạt",
    "xã có",
    "xã không",
    "xã tự đánh giá",
    "xã thực hiện",
    "xã hội hóa", // "xã hội" is society
    "xã " + "Rất Dài ".repeat(8), // longer than a name
    "xã",
    "xã ,",
  ])("%j names no commune", (text) => {
    expect(communeFromText(text)).toBeNull();
  });

  it("a name of 40 characters is kept, 41 is not a name", () => {
    const forty = "Sơn ".repeat(9) + "Sơnn";
    expect(forty).toHaveLength(40);
    expect(communeFromText(`xã ${forty}`)).toBe(forty);
    expect(communeFromText(`xã ${forty}n`)).toBeNull();
  });

  it("a word that merely starts like a stop word is a name", () => {
    expect(communeFromText("xã Cốc Pài")).toBe("Cốc Pài");
    expect(communeFromText("xã Đạtx")).toBe("Đạtx");
  });
});

describe("placeAfter: the province or district a title names", () => {
  it.each([
    ["huyện Chi Lăng, tỉnh Lạng Sơn", "tinh", "Lạng Sơn"],
    ["huyện Chi Lăng, tỉnh Lạng Sơn", "huyen", "Chi Lăng"],
    ["TỈNH LẠNG SƠN", "tinh", "Lạng Sơn"],
    ["Tỉnh: Bắc Giang", "tinh", "Bắc Giang"],
    ["huyện Chi Lăng tỉnh Lạng Sơn", "huyen", "Chi Lăng"],
    ["tỉnh Lạng Sơn huyện Chi Lăng", "tinh", "Lạng Sơn"],
    ["huyện Chi Lăng xã Liên Sơn", "huyen", "Chi Lăng"],
    ["(huyện Chi Lăng)", "huyen", "Chi Lăng"],
    ["tỉnh Lạng Sơn; năm 2024", "tinh", "Lạng Sơn"],
    ["tỉnh Lạng Sơn. Năm 2024", "tinh", "Lạng Sơn"],
    ["tỉnh Lạng Sơn - 2024", "tinh", "Lạng Sơn"],
    ["tỉnh Lạng Sơn (cũ)", "tinh", "Lạng Sơn"],
    ["tỉnh Bắc Sơn Rất Dài Tên Quá Mức Ba", "tinh", "Bắc Sơn Rất Dài Tên Quá Mức Ba"], // 30 characters
  ] as const)("%j, %s → %s", (text, word, name) => {
    expect(placeAfter(text, word)).toBe(name);
  });

  it.each([
    ["theo hướng dẫn do tỉnh ban hành", "tinh"], // lower case: not a name
    ["tỉnh", "tinh"],
    ["tỉnh " + "Lạng Sơn Rất Dài Tên Quá Mức Ba Mươi", "tinh"],
    ["xã Liên Sơn", "tinh"],
    ["theo tỉnh hướng dẫn Sơn", "tinh"], // a lower-case first letter: not a name, whatever follows
    ["tỉnh " + "Bắc Sơn Rất Dài Tên Quá Mức Baa", "tinh"], // 31 characters
    ["bình tỉnh Lạng Sơn", "huyen"],
  ] as const)("%j, %s → null", (text, word) => {
    expect(placeAfter(text, word)).toBeNull();
  });
});

describe("readTitleRow", () => {
  it("takes the first commune, district and province named, from text cells only", () => {
    const into: TitleBlock = { commune: null, province: null, district: null };
    readTitleRow([null, { value: 2024 }, { value: "UBND XÃ LIÊN SƠN" }, { value: "huyện Chi Lăng, tỉnh Lạng Sơn" }], into);
    expect(into).toEqual({ commune: "Liên Sơn", province: "Lạng Sơn", district: "Chi Lăng" });
    readTitleRow([{ value: "UBND XÃ TÂN THÀNH, huyện Hữu Lũng, tỉnh Bắc Giang" }], into);
    expect(into).toEqual({ commune: "Liên Sơn", province: "Lạng Sơn", district: "Chi Lăng" });
  });

  it("a cell without the word 'xã' does not set the commune", () => {
    const into: TitleBlock = { commune: null, province: null, district: null };
    readTitleRow([{ value: "Xãx Hòa" }, { value: "tỉnh Lạng Sơn" }], into);
    expect(into).toEqual({ commune: null, province: "Lạng Sơn", district: null });
  });
});
