import { isVietnameseSyllable } from "../../../src/domain/figures/vietnameseSyllable";

describe("isVietnameseSyllable: tells Unicode Vietnamese from legacy-encoded bytes", () => {
  it.each([
    "đạt", "Chưa", "kết", "quả", "nghèo", "người", "khuyến", "trường", "hộ", "thôn", "Điện", "xã", "giá", "quy", "yêu", "oai",
    "ích", "ấp", "tích", "học", "nhà", "chiều", "a", "uyên", "NGHIÊNG", "huyện", "lúc", "cấp", "hợp",
  ])("%j is one", (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });

  it.each([
    "KÕt", "qu¶", "Ch­a", "®¹t", "Keát", "quaû", "Ñaït", // legacy bytes
    "đàt", "hàp", "lùc", "cảp", "hoãc", "tịch".replace("ị", "ì"), // p/t/c/ch with a tone other than sắc or nặng
    "đat", "hop", "cach", // p/t/c/ch without a tone
    "ạá", "hello", "street", "xyz", "tt", "",
    "đ\u0301\u0323at", // two tone marks
  ])("%j is not", (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});

describe("isVietnameseSyllable: every vowel cluster and initial of the language", () => {
  it.each([
    "tiêu", "yêu", "khoai", "xoay", "ngoáo", "khoèo", "khuây", "muối", "người", "rượu", "khuya", "chuyện", "khuỷu",
    "hai", "cao", "sau", "tay", "đâu", "mây", "kéo", "kêu", "kia", "tiền", "dịu", "hoa", "hoặc", "khỏe", "nói", "tôi",
    "mới", "mua", "xuân", "huế", "vui", "muốn", "thuở", "tuy", "chưa", "ngửi", "được", "hưu", "yên",
    "ba", "ăn", "ấp", "xe", "về", "đi", "to", "cô", "cơ", "thu", "tư", "ý",
    "nghề", "ngày", "nhà", "chợ", "ghế", "giá", "không", "phố", "quê", "thôn", "trường", "bà", "cá", "dân", "gà", "kê",
    "làng", "mẹ", "nước", "pin", "rau", "sông", "vùng", "xã", "sách", "anh", "em", "ơn", "ích",
  ])("%j", (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });

  it.each(["ng", "nh", "ch", "b", "qu", "đ"])("a consonant alone (%j) is no syllable", (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});

