import { decodeLegacy, detectLegacyEncoding, looksLegacyEncoded } from "../../../src/domain/figures/legacyEncoding";
import { parseFigure } from "../../../src/domain/figures/parseFigure";

// Real words and phrases from shared/domain (Liên Sơn and Bình Trung reports), as TCVN3 (.VnTime)
// and VNI (VNI-Times) text reaches Excel.
const TCVN3: Array<[string, string]> = [
  ["KÕt qu¶", "Kết quả"],
  ["§¹t", "Đạt"],
  ["Ch−a ®¹t", "Chưa đạt"],
  ["Ch\u00ADa ®¹t", "Chưa đạt"],
  ["Ch−a ®¸nh gi¸", "Chưa đánh giá"],
  ["KÕt qu¶ thùc hiÖn", "Kết quả thực hiện"],
  ["Tiªu chÝ sè 4: §iÖn", "Tiêu chí số 4: Điện"],
  ["721/722 hé ®¹t 99,8%", "721/722 hộ đạt 99,8%"],
  ["Tû lÖ hé nghÌo ®a chiÒu", "Tỷ lệ hộ nghèo đa chiều"],
  ["Thu nhËp b×nh qu©n ®Çu ng−êi", "Thu nhập bình quân đầu người"],
];
const VNI: Array<[string, string]> = [
  ["Ñaït", "Đạt"],
  ["Chöa ñaït", "Chưa đạt"],
  ["Keát quaû", "Kết quả"],
  ["Chöa ñaùnh giaù", "Chưa đánh giá"],
  ["Keát quaû thöïc hieän", "Kết quả thực hiện"],
  ["Tieâu chí soá 4: Ñieän", "Tiêu chí số 4: Điện"],
  ["hoä", "hộ"],
  ["Thu nhaäp bình quaân ñaàu ngöôøi", "Thu nhập bình quân đầu người"],
  ["Tyû leä hoä ngheøo ña chieàu", "Tỷ lệ hộ nghèo đa chiều"],
  ["Nhaø taïm, nhaø doät naùt", "Nhà tạm, nhà dột nát"],
];

describe("decodeLegacy", () => {
  it.each(TCVN3)("TCVN3 %j → %j", (legacy, unicode) => {
    expect(decodeLegacy(legacy, "tcvn3")).toBe(unicode);
  });
  it.each(VNI)("VNI %j → %j", (legacy, unicode) => {
    expect(decodeLegacy(legacy, "vni")).toBe(unicode);
  });
  it("decodes the whole TCVN3 letter table", () => {
    const legacy = "µ¶·¸¹ ¨»¼½¾Æ ©ÇÈÉÊË ®ÌÎÏÐÑ ªÒÓÔÕÖ ×ØÜÝÞ ßáâãä «åæçèé ¬êëìíî ïñòóô \u00ADõö÷øù úûüýþ ¡¢£¤¥¦§";
    expect(decodeLegacy(legacy, "tcvn3")).toBe(
      "àảãáạ ăằẳẵắặ âầẩẫấậ đèẻẽéẹ êềểễếệ ìỉĩíị òỏõóọ ôồổỗốộ ơờởỡớợ ùủũúụ ưừửữứự ỳỷỹýỵ ĂÂÊÔƠƯĐ",
    );
  });
  it("decodes the VNI marks on every vowel, lower and upper case", () => {
    expect(decodeLegacy("aø aù aû aõ aï aâ aà aá aå aã aä aê aè aé aú aü aë", "vni")).toBe("à á ả ã ạ â ầ ấ ẩ ẫ ậ ă ằ ắ ẳ ẵ ặ");
    expect(decodeLegacy("eâ eá oâ oä ô ôù ö öø uõ yù î ì í æ ó ò ñ", "vni")).toBe("ê ế ô ộ ơ ớ ư ừ ũ ý ỵ ì í ỉ ĩ ị đ");
    expect(decodeLegacy("AØ AÙ EÂ EÁ OÂ Ô ÔØ Ö ÖÏ YÙ Î Ñ", "vni")).toBe("À Á Ê Ế Ô Ơ Ờ Ư Ự Ý Ỵ Đ");
  });
  it("leaves ASCII untouched", () => {
    expect(decodeLegacy("16/16 = 100%", "tcvn3")).toBe("16/16 = 100%");
    expect(decodeLegacy("16/16 = 100%", "vni")).toBe("16/16 = 100%");
  });
});

describe("detectLegacyEncoding", () => {
  it.each(TCVN3)("TCVN3 %j", (legacy) => {
    expect(detectLegacyEncoding(legacy)).toBe("tcvn3");
  });
  it.each(VNI)("VNI %j", (legacy) => {
    expect(detectLegacyEncoding(legacy)).toBe("vni");
  });
  it.each([
    "Đạt",
    "Chưa đạt",
    "Chưa đánh giá",
    "Kết quả thực hiện",
    "Tiêu chí số 4: Điện",
    "hộ",
    "Có",
    "Không",
    "không có",
    "Tiêu chí",
    "Công ty ©",
    "Đạt".normalize("NFD"),
    "Chưa đạt".normalize("NFD"),
    "Result achieved",
    "café crème",
    "naïve résumé",
    "Müller Straße",
    "Hôtel à Paris",
    "12 m² – ½ ha",
    "99,8%",
    "",
  ])("Unicode or plain text %j → null", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });
  it("leaves a single word that reads well both ways as Unicode (\"hé\" could be TCVN3 hộ)", () => {
    expect(detectLegacyEncoding("hé")).toBeNull();
  });
});

describe("looksLegacyEncoded", () => {
  it.each(["qu¶¶", "KÕt qu¶", "Ñaït"])("%j looks legacy", (t) => expect(looksLegacyEncoded(t)).toBe(true));
  it.each(["Đạt", "naïve résumé", "Công ty ©", "99,8%", "500 m²", "25 °C"])("%j does not", (t) => expect(looksLegacyEncoded(t)).toBe(false));
});

describe("VNI's single-byte letters ĩ ỉ ị ỵ, lower and upper case", () => {
  it.each([
    ["Chæ tieâu", "Chỉ tiêu"],
    ["Nghóa vuï", "Nghĩa vụ"],
    ["Hoäi nghò", "Hội nghị"],
    ["Kî luaät", "Kỵ luật"],
    ["CHÆ TIEÂU", "CHỈ TIÊU"],
    ["NGHÒ QUYEÁT", "NGHỊ QUYẾT"],
    ["NGHÓA", "NGHĨA"],
    ["KÎ", "KỴ"],
  ])("%j → %j", (legacy, unicode) => {
    expect(decodeLegacy(legacy, "vni")).toBe(unicode);
  });
});

describe("Unicode words of Latin-1 letters only are not legacy text", () => {
  // "à", "ò", "á" are Latin-1 letters, and also VNI's tone bytes: words that read as Vietnamese
  // as they stand must not be told to be converted from TCVN3/VNI.
  it.each(["Hoàn thành", "ngoài 95%", "Toàn xã", "Hòa Bình", "Ðang hoàn thiện"])("%j", (t) => {
    expect(looksLegacyEncoded(t)).toBe(false);
  });

  it("an unreadable Unicode figure says it is unreadable, not encoded", () => {
    expect(parseFigure({ value: "Hoàn thành" })).toEqual({ kind: "unreadable", reason: "unparsed", raw: "Hoàn thành" });
  });
});
