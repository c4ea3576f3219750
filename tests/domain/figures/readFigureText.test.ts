import { readText } from "../../../src/domain/figures/readFigureText";
import { phraseLookup } from "../../../src/domain/figures/figureWords";

const U = { kind: "unreadable", reason: "unparsed" };

describe("readText: what a figure written as text says", () => {
  it.each([
    ["99,8%", { kind: "percent", value: 99.8 }],
    ["100 %", { kind: "percent", value: 100 }],
    ["-56%", { kind: "percent", value: -56 }],
    ["−5%", { kind: "percent", value: -5 }],
    ["trên 95%", { kind: "percent", value: 95 }],
    ["≈ 95%", { kind: "percent", value: 95 }],
    ["Đạt (100%)", { kind: "percent", value: 100 }],
    ["721/722 hộ (99,8%)", { kind: "percent", value: 99.8, numerator: 721, denominator: 722 }],
    ["1739/2133 = 84,06%", { kind: "percent", value: 84.06, numerator: 1739, denominator: 2133 }],
    ["570/722 hộ đạt 78,9%", { kind: "percent", value: 78.9, numerator: 570, denominator: 722 }],
    ["99,8% (99,8%)", { kind: "percent", value: 99.8 }],
    ["16/16", { kind: "percent", value: 100, numerator: 16, denominator: 16 }],
    ["1/4 thôn", { kind: "percent", value: 25, numerator: 1, denominator: 4 }],
    ["3/4 khu dân cư", { kind: "percent", value: 75, numerator: 3, denominator: 4 }],
    ["16/16 đạt 100%", { kind: "percent", value: 100, numerator: 16, denominator: 16 }],
    ["23.500.000", { kind: "number", value: 23500000 }],
    ["5 - 3", U],
    ["5-3", U],
    ["a-5", U],
    ["-5", { kind: "number", value: -5 }],
    ["- 5", { kind: "number", value: 5 }],
    ["28 triệu/người/năm", { kind: "amount", value: 28000000, unit: "đồng" }],
    ["45,5 triệu đồng/người/năm", { kind: "amount", value: 45500000, unit: "đồng" }],
    ["23.500.000 đồng", { kind: "amount", value: 23500000, unit: "đồng" }],
    ["23.500.000 đ/người", { kind: "amount", value: 23500000, unit: "đồng" }],
    ["2 tỷ", { kind: "amount", value: 2e9, unit: "đồng" }],
    ["500 nghìn đồng / hộ / tháng", { kind: "amount", value: 500000, unit: "đồng" }],
    ["40 triệu/nhân khẩu", { kind: "amount", value: 40e6, unit: "đồng" }],
    ["40 triệu/lao động/năm", { kind: "amount", value: 40e6, unit: "đồng" }],
    ["1147,7 ha", { kind: "amount", value: 1147.7, unit: "ha" }],
    ["25 m2", { kind: "amount", value: 25, unit: "m²" }],
    ["3 hộ gia đình", { kind: "amount", value: 3, unit: "hộ" }],
    ["12 km", { kind: "amount", value: 12, unit: "km" }],
    ["5 kg", { kind: "amount", value: 5, unit: "kg" }],
    ["30 em", { kind: "amount", value: 30, unit: "em" }],
    ["200 m", { kind: "amount", value: 200, unit: "m" }],
    ["2 tấn", { kind: "amount", value: 2, unit: "tấn" }],
    ["3 HTX", { kind: "amount", value: 3, unit: "HTX" }],
    ["8/10 hộ gia đình", { kind: "percent", value: 80, numerator: 8, denominator: 10 }],
    ["khoảng 12 km", { kind: "amount", value: 12, unit: "km" }],
    ["Đạt", { kind: "verdict", value: "achieved" }],
    ["dat", { kind: "verdict", value: "achieved" }],
    ["ĐẠT CHUẨN", { kind: "verdict", value: "achieved" }],
    ["Chưa đạt", { kind: "verdict", value: "not_achieved" }],
    ["chua dat yeu cau", { kind: "verdict", value: "not_achieved" }],
    ["Không đạt", { kind: "verdict", value: "not_achieved" }],
    ["Chưa đánh giá", { kind: "verdict", value: "not_assessed" }],
    ["Đạt, đạt", { kind: "verdict", value: "achieved" }],
    ["(Đạt) không có cơ sở trên địa bàn", { kind: "verdict", value: "achieved" }],
    ["(Chưa đạt) - còn 2 thôn", U],
    ["(chưa đạt): thiếu nhà văn hóa", { kind: "verdict", value: "not_achieved" }],
    ["(Không đạt) thiếu", { kind: "verdict", value: "not_achieved" }],
    ["Có", { kind: "yesNo", value: true }],
    ["x", { kind: "yesNo", value: true }],
    ["✓", { kind: "yesNo", value: true }],
    ["Không", { kind: "yesNo", value: false }],
    ["Không có", { kind: "yesNo", value: false, nothing: true }],
    ["Không phát sinh", { kind: "yesNo", value: false, nothing: true }],
    ["khong co lang nghe", { kind: "yesNo", value: false, nothing: true }],
    ["Không có.", { kind: "yesNo", value: false, nothing: true }],
    ["Không cóx", U],
    ["", { kind: "empty" }],
    ["-", { kind: "empty" }],
    ["— …", { kind: "empty" }],
    ["Đạt Có", U],
    ["Đạt Chưa đạt", U],
    ["Có Không", U],
    ["5 10", U],
    ["50% 60%", U],
    ["50% 1/2 3/4", U],
    ["50% 3 ha", U],
    ["50% 20 triệu", U],
    ["50% 7", U],
    ["1/0", U],
    ["3 ha 4 km", U],
    ["dưới 5%", U],
    ["< 5%", U],
    ["1.23.4%", U],
    ["1/1.23.4", U],
    ["Chua đạt", U],
    ["hello", U],
    ["100%✓", { kind: "percent", value: 100 }],
    ["Đạt ✓", U],
  ])("%j", (text, want) => {
    expect(readText(text)).toEqual(want);
  });

  it("close-but-equal percents agree; different ones do not", () => {
    expect(readText("84,06% = 84,06%")).toEqual({ kind: "percent", value: 84.06 });
    expect(readText("84,06% = 84,07%")).toEqual(U);
  });
});

describe("phraseLookup", () => {
  it("full diacritics, or none; never half", () => {
    expect(phraseLookup("chưa đạt")).toEqual({ type: "verdict", value: "not_achieved" });
    expect(phraseLookup("chua dat")).toEqual({ type: "verdict", value: "not_achieved" });
    expect(phraseLookup("chua đạt")).toBeUndefined();
    expect(phraseLookup("ước đạt")).toEqual({ type: "connector" });
    expect(phraseLookup("khong co")).toEqual({ type: "yesNo", value: false });
    expect(phraseLookup("đã đạt")).toEqual({ type: "verdict", value: "achieved" });
    expect(phraseLookup("chưa có đánh giá")).toEqual({ type: "verdict", value: "not_assessed" });
  });
});

describe("readText: the marks officials put around a figure", () => {
  it.each(["=", "(", ")", "[", "]", ":", ",", ";", ".", "-", "–", "—", "≈", "~", ">", "≥", "+", "*", '"', "'", "“", "”", "…"])("%j around a percent is dropped", (sym) => {
    expect(readText(`${sym} 95% ${sym}`)).toEqual({ kind: "percent", value: 95 });
  });

  it.each(["✓", "✔", "☑", "✅"])("the tick %j is a yes", (tick) => {
    expect(readText(tick)).toEqual({ kind: "yesNo", value: true });
  });

  it.each(["-", "–", "—", ".", "…", "- -", " — "])("%j alone is no figure", (text) => {
    expect(readText(text)).toEqual({ kind: "empty" });
  });

  it.each(["#", "@", "95% #", "& 95%", "?", "95% ≤"])("%j is not guessed", (text) => {
    expect(readText(text)).toEqual(U);
  });

  it("a minus sign right before a number, not after another number", () => {
    expect(readText("−5")).toEqual({ kind: "number", value: -5 });
    expect(readText("- 5%")).toEqual({ kind: "percent", value: 5 });
    expect(readText("5 -3")).toEqual(U);
    expect(readText("(-3%)")).toEqual({ kind: "percent", value: -3 });
  });

  it("'Không có' / 'Không phát sinh' as a whole cell, in every spelling", () => {
    for (const t of ["Không có", "không có", "KHÔNG CÓ", "Khong co", "không phát sinh", "Khong phat sinh", "Không có.", "Không có cơ sở chăn nuôi", "Không phát sinh trên địa bàn"])
      expect(readText(t)).toEqual({ kind: "yesNo", value: false, nothing: true });
    expect(readText("Không có 3")).not.toMatchObject({ nothing: true });
    expect(readText("Khôngcó")).toEqual(U);
  });

  it("a verdict in brackets before its reason", () => {
    expect(readText("(Đạt) - không có cơ sở")).toEqual({ kind: "verdict", value: "achieved" });
    expect(readText("( dat ): khong co")).toEqual({ kind: "verdict", value: "achieved" });
    expect(readText("(Chưa đạt), thiếu 2 thôn")).toEqual(U);
    expect(readText("(chua dat) thieu")).toEqual({ kind: "verdict", value: "not_achieved" });
    expect(readText("(khong dat) thieu")).toEqual({ kind: "verdict", value: "not_achieved" });
    expect(readText("(Đạt)")).toEqual({ kind: "verdict", value: "achieved" });
  });
});
