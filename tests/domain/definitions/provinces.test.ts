import { findProvince, overlayForProvince, provinceKey, regionForProvince } from "../../../src/domain/definitions/provinces";
import { listProvinces } from "../../../src/domain/definitions/builtIn";

const provinces = listProvinces();
const REGIONS = [
  "tdmn-phia-bac", "dong-bang-song-hong", "bac-trung-bo", "duyen-hai-nam-trung-bo",
  "tay-nguyen", "dong-nam-bo", "dong-bang-song-cuu-long",
];

describe("provinces", () => {
  test("63 before the 2025 merger and 34 after, counting unchanged ones in both", () => {
    const before = provinces.filter((p) => p.era === "before-2025" || p.era === "both");
    const after = provinces.filter((p) => p.era === "after-2025" || p.era === "both");
    expect(before).toHaveLength(63);
    expect(after).toHaveLength(34);
    expect(provinces.filter((p) => p.era === "both").map((p) => p.id).sort()).toEqual(
      ["cao-bang", "dien-bien", "ha-noi", "ha-tinh", "hue", "lai-chau", "lang-son", "nghe-an", "quang-ninh", "son-la", "thanh-hoa"],
    );
  });

  test("ids are ASCII kebab-case and unique", () => {
    for (const p of provinces) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(provinces.map((p) => p.id)).size).toBe(provinces.length);
  });

  test("before-2025 regions: 14 / 11 / 6 / 8 / 5 / 6 / 13", () => {
    const before = provinces.filter((p) => p.era !== "after-2025");
    expect(REGIONS.map((r) => before.filter((p) => p.region === r).length)).toEqual([14, 11, 6, 8, 5, 6, 13]);
    expect(findProvince("bac-giang")?.region).toBe("tdmn-phia-bac");
    expect(findProvince("quang-ninh")?.region).toBe("dong-bang-song-hong");
  });

  test("each merged province lists pre-2025 provinces, and every old province is merged at most once", () => {
    const merged = provinces.filter((p) => p.era === "after-2025");
    expect(merged).toHaveLength(23);
    const parts = merged.flatMap((p) => p.mergedFrom ?? []);
    expect(new Set(parts).size).toBe(parts.length);
    for (const id of parts) expect(findProvince(id)?.era).toBe("before-2025");
    // Every pre-2025-only province went into exactly one merged province.
    const oldOnly = provinces.filter((p) => p.era === "before-2025").map((p) => p.id).sort();
    expect([...parts].sort()).toEqual(oldOnly);
  });

  test("a merged province spanning two regions has spans, not a region", () => {
    expect(regionForProvince("tay-ninh-2025")).toEqual({ spans: ["dong-nam-bo", "dong-bang-song-cuu-long"] });
    expect(findProvince("tay-ninh-2025")?.mergedFrom).toEqual(["tay-ninh", "long-an"]);
    expect(regionForProvince("can-tho-2025")).toEqual({ region: "dong-bang-song-cuu-long" });
    expect(regionForProvince("lang-son")).toEqual({ region: "tdmn-phia-bac" });
    expect(() => regionForProvince("atlantis")).toThrow(/unknown province/);
  });

  test("findProvince matches names, aliases and ids, ignoring case, diacritics and prefixes", () => {
    for (const name of ["Lạng Sơn", "lang son", "Lang Son", "LẠNG SƠN", "Tỉnh Lạng Sơn", "tinh lang son", "lang-son", "  Lạng  Sơn "])
      expect([name, findProvince(name)?.id]).toEqual([name, "lang-son"]);
    // Decomposed Unicode (NFD) as some workbooks store it.
    expect(findProvince("Lạng Sơn".normalize("NFD"))?.id).toBe("lang-son");
    expect(findProvince("TP.HCM")?.id).toBe("tp-ho-chi-minh");
    expect(findProvince("Thành phố Hà Nội")?.id).toBe("ha-noi");
    expect(findProvince("Thừa Thiên Huế")?.id).toBe("hue");
    expect(findProvince("Bà Rịa–Vũng Tàu")?.id).toBe("ba-ria-vung-tau");
    expect(findProvince("Atlantis")).toBeNull();
    expect(findProvince("")).toBeNull();
  });

  test("a name shared before and after the merger: the old province unless asked for after-2025", () => {
    expect(findProvince("Tuyên Quang")?.id).toBe("tuyen-quang");
    expect(findProvince("Tuyên Quang", { era: "after-2025" })?.id).toBe("tuyen-quang-2025");
    expect(findProvince("Lạng Sơn", { era: "after-2025" })?.id).toBe("lang-son");
  });

  test("provinceKey folds what workbooks vary", () => {
    expect(provinceKey("Tỉnh Đắk Lắk")).toBe("dak lak");
    expect(provinceKey("TP. Hồ Chí Minh")).toBe("ho chi minh");
    // Every dash, underscore, dot, comma and bracket is a space; runs of spaces are one.
    expect(provinceKey("Bà Rịa-Vũng Tàu")).toBe("ba ria vung tau");
    expect(provinceKey("Bà Rịa – Vũng Tàu")).toBe("ba ria vung tau");
    expect(provinceKey("Bà Rịa—Vũng Tàu")).toBe("ba ria vung tau");
    expect(provinceKey("Bà_Rịa_Vũng_Tàu")).toBe("ba ria vung tau");
    expect(provinceKey("Bà Rịa, Vũng Tàu.")).toBe("ba ria vung tau");
    expect(provinceKey("Tuyên Quang (mới)")).toBe("tuyen quang moi");
    // Upper-case Đ and decomposed marks (NFD).
    expect(provinceKey("ĐỒNG THÁP")).toBe("dong thap");
    expect(provinceKey("Điện Biên".normalize("NFD"))).toBe("dien bien");
    // Only a leading "Tỉnh" / "Thành phố" / "TP" is dropped, also after spaces; a word inside stays.
    expect(provinceKey("  Tỉnh  Lạng Sơn ")).toBe("lang son");
    expect(provinceKey("Thành phố Cần Thơ")).toBe("can tho");
    expect(provinceKey("tp Hải Phòng")).toBe("hai phong");
    expect(provinceKey("UBND tỉnh Lạng Sơn")).toBe("ubnd tinh lang son");
    expect(provinceKey("Tỉnh")).toBe("tinh");
  });

  test("spellings workbooks use find their province", () => {
    expect(findProvince("Bà Rịa_Vũng Tàu")?.id).toBe("ba-ria-vung-tau");
    expect(findProvince("ĐIỆN BIÊN")?.id).toBe("dien-bien");
    expect(findProvince(" lang-son ")?.id).toBe("lang-son");
    expect(findProvince("tinh")).toBeNull();
    expect(findProvince(" - ")).toBeNull();
  });

  test("a name only the merged province has finds it without asking for after-2025", () => {
    expect(findProvince("Tuyên Quang sau sáp nhập")?.id).toBe("tuyen-quang-2025");
    expect(findProvince("Tuyên Quang (mới)", { era: "before-2025" })?.id).toBe("tuyen-quang-2025");
    expect(findProvince("Tuyên Quang", { era: "before-2025" })?.id).toBe("tuyen-quang");
    // An id is never ambiguous, whatever the era.
    expect(findProvince("tuyen-quang", { era: "after-2025" })?.id).toBe("tuyen-quang");
    expect(findProvince(" tuyen-quang ", { era: "after-2025" })?.id).toBe("tuyen-quang");
    expect(findProvince("tuyen-quang-2025")?.id).toBe("tuyen-quang-2025");
    // An id written as words finds its province too.
    expect(findProvince("Tuyên Quang 2025")?.id).toBe("tuyen-quang-2025");
    expect(findProvince("lang son")?.id).toBe("lang-son");
  });

  test("regionForProvince by name; the spans are a copy the caller may change", () => {
    expect(regionForProvince("Tỉnh Lạng Sơn")).toEqual({ region: "tdmn-phia-bac" });
    const spans = regionForProvince("tay-ninh-2025") as { spans: string[] };
    spans.spans.push("tay-nguyen");
    expect(regionForProvince("tay-ninh-2025")).toEqual({ spans: ["dong-nam-bo", "dong-bang-song-cuu-long"] });
    expect(() => regionForProvince("Atlantis")).toThrow('regionForProvince: unknown province "Atlantis"');
  });

  test("overlayForProvince: only a province the overlay lists", () => {
    expect(overlayForProvince("Lạng Sơn")?.id).toBe("lang-son");
    expect(overlayForProvince("Cao Bằng")).toBeNull();
    expect(overlayForProvince("")).toBeNull();
  });
});
