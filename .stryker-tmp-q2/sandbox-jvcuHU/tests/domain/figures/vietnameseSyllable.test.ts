// @ts-nocheck
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
