import { limitText } from "../../../src/domain/messages/fileLimits";

describe("limitText: why a workbook was refused before it was opened", () => {
  it("the whole file, in both languages, with sizes in MB the way each writes them", () => {
    expect(limitText({ kind: "file", actual: 123_456_789, limit: 50_000_000 }, "vi", "xa.xlsx", true)).toBe(
      "Tệp quá lớn hoặc bất thường “xa.xlsx”: tệp nặng 123 MB, quá giới hạn 50 MB. Nếu tệp đúng là của bạn, dùng --max-size <MB> để nâng giới hạn.",
    );
    expect(limitText({ kind: "file", actual: 123_456_789, limit: 50_000_000 }, "en", "xa.xlsx", true)).toBe(
      "File too large or abnormal “xa.xlsx”: the file is 123 MB, over the 50 MB limit. If the file is genuinely yours, use --max-size <MB> to raise the limit.",
    );
    expect(limitText({ kind: "file", actual: 5_250_000, limit: 500_000 }, "vi")).toBe("Tệp quá lớn hoặc bất thường: tệp nặng 5,3 MB, quá giới hạn 0,50 MB.");
    expect(limitText({ kind: "file", actual: 5_250_000, limit: 500_000 }, "en")).toBe("File too large or abnormal: the file is 5.3 MB, over the 0.50 MB limit.");
    expect(limitText({ kind: "file", actual: 10_000_000, limit: 1_000_000 }, "en")).toBe("File too large or abnormal: the file is 10 MB, over the 1.0 MB limit.");
  });

  it("inflated sizes, parts and ratios name the part", () => {
    expect(limitText({ kind: "total", actual: 600_000_000, limit: 500_000_000 }, "vi")).toBe("Tệp quá lớn hoặc bất thường: giải nén ra 600 MB, quá giới hạn 500 MB cho cả tệp.");
    expect(limitText({ kind: "total", actual: 600_000_000, limit: 500_000_000 }, "en")).toBe("File too large or abnormal: it inflates to 600 MB, over the 500 MB limit for the whole file.");
    const part = "xl/worksheets/sheet1.xml";
    expect(limitText({ kind: "part", part, actual: 300_000_000, limit: 200_000_000 }, "vi", "a.xlsx")).toBe(
      "Tệp quá lớn hoặc bất thường “a.xlsx”: phần “xl/worksheets/sheet1.xml” giải nén ra 300 MB, quá giới hạn 200 MB cho một phần.",
    );
    expect(limitText({ kind: "part", part, actual: 300_000_000, limit: 200_000_000 }, "en")).toBe(
      "File too large or abnormal: part “xl/worksheets/sheet1.xml” inflates to 300 MB, over the 200 MB limit per part.",
    );
    expect(limitText({ kind: "ratio", part, actual: 1234.6, limit: 200 }, "vi")).toBe(
      "Tệp quá lớn hoặc bất thường: phần “xl/worksheets/sheet1.xml” nén 1235 lần, quá giới hạn 200 lần (bảng tính thật không nén được như vậy).",
    );
    expect(limitText({ kind: "ratio", part, actual: 1234.4, limit: 200 }, "en")).toBe(
      "File too large or abnormal: part “xl/worksheets/sheet1.xml” is compressed 1234:1, over the 200:1 limit (real spreadsheets do not compress like that).",
    );
    expect(limitText({ kind: "entries", actual: 20001, limit: 10000 }, "vi")).toBe("Tệp quá lớn hoặc bất thường: có 20001 phần, quá giới hạn 10000 phần.");
    expect(limitText({ kind: "entries", actual: 20001, limit: 10000 }, "en", undefined, true)).toBe(
      "File too large or abnormal: it has 20001 parts, over the 10000 limit. If the file is genuinely yours, use --max-size <MB> to raise the limit.",
    );
  });

  it("a lying or hostile part: no hint to raise a limit", () => {
    const part = "xl/sharedStrings.xml";
    expect(limitText({ kind: "inflate", part, actual: 0, limit: 2_000_000 }, "vi", "b.xlsx", true)).toBe(
      "Tệp quá lớn hoặc bất thường “b.xlsx”: phần “xl/sharedStrings.xml” giải nén ra nhiều hơn kích thước ghi trong tệp (2,0 MB).",
    );
    expect(limitText({ kind: "inflate", part, actual: 0, limit: 2_000_000 }, "en", "b.xlsx", true)).toBe(
      "File too large or abnormal “b.xlsx”: part “xl/sharedStrings.xml” inflates to more than the size the file declares (2.0 MB).",
    );
    expect(limitText({ kind: "doctype", part, actual: 0, limit: 0 }, "vi", undefined, true)).toBe(
      "Tệp quá lớn hoặc bất thường: phần “xl/sharedStrings.xml” có khai báo DOCTYPE/ENTITY, điều tệp Excel thật không bao giờ có.",
    );
    expect(limitText({ kind: "doctype", part, actual: 0, limit: 0 }, "en", undefined, true)).toBe(
      "File too large or abnormal: part “xl/sharedStrings.xml” declares a DOCTYPE/ENTITY, which a real Excel file never does.",
    );
  });
});
