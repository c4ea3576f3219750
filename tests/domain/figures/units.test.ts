import { foldUnitText, readUnit } from "../../../src/domain/figures/units";

describe("readUnit: units as officials write them", () => {
  it.each([
    ["triệu đồng/người/năm", { unit: "đồng", scale: 1e6, money: true }],
    ["triệu đồng", { unit: "đồng", scale: 1e6, money: true }],
    ["triệu", { unit: "đồng", scale: 1e6, money: true }],
    ["tr", { unit: "đồng", scale: 1e6, money: true }],
    ["trđ/người", { unit: "đồng", scale: 1e6, money: true }],
    ["nghìn đồng", { unit: "đồng", scale: 1e3, money: true }],
    ["ngàn đ", { unit: "đồng", scale: 1e3, money: true }],
    ["tỷ đồng", { unit: "đồng", scale: 1e9, money: true }],
    ["tỉ", { unit: "đồng", scale: 1e9, money: true }],
    ["đồng", { unit: "đồng", scale: 1, money: true }],
    ["VNĐ", { unit: "đồng", scale: 1, money: true }],
    ["VND/hộ/tháng", { unit: "đồng", scale: 1, money: true }],
    ["đồng / nhân khẩu / năm", { unit: "đồng", scale: 1, money: true }],
    ["đ/lao động", { unit: "đồng", scale: 1, money: true }],
    ["đồng/ha", { unit: "đồng", scale: 1, money: true }],
    ["%", { unit: "%", scale: 1, money: false }],
    [" % ", { unit: "%", scale: 1, money: false }],
    ["", { unit: "", scale: 1, money: false }],
    ["   ", { unit: "", scale: 1, money: false }],
    ["Ha", { unit: "ha", scale: 1, money: false }],
    ["m2", { unit: "m²", scale: 1, money: false }],
    ["M3", { unit: "m³", scale: 1, money: false }],
    ["m²", { unit: "m²", scale: 1, money: false }],
    ["hộ gia đình", { unit: "hộ", scale: 1, money: false }],
    ["Tấn", { unit: "tấn", scale: 1, money: false }],
    ["HTX", { unit: "HTX", scale: 1, money: false }],
    ["khu dân cư", { unit: "khu dân cư", scale: 1, money: false }],
  ])("%j", (written, want) => {
    expect(readUnit(written)).toEqual(want);
  });

  it("what is not money nor a known unit keeps its spelling, lower case, scale 1", () => {
    expect(readUnit("triệu đồng/xã")).toEqual({ unit: "triệu đồng/xã", scale: 1, money: false });
    expect(readUnit("đồng chí")).toEqual({ unit: "đồng chí", scale: 1, money: false });
    expect(readUnit("triệu USD")).toEqual({ unit: "triệu usd", scale: 1, money: false });
    expect(readUnit("ha/người")).toEqual({ unit: "ha/người", scale: 1, money: false });
    expect(readUnit("Con  Bò")).toEqual({ unit: "con bò", scale: 1, money: false });
    expect(readUnit("đồng đồng")).toEqual({ unit: "đồng đồng", scale: 1, money: false });
    expect(readUnit("/người")).toEqual({ unit: "/người", scale: 1, money: false });
  });
});

describe("foldUnitText", () => {
  it("m2/m3 as m²/m³ only as a unit, not inside a word or a number", () => {
    expect(foldUnitText("m2")).toBe("m²");
    expect(foldUnitText("25 m3/người")).toBe("25 m³/nguoi");
    expect(foldUnitText("(m2)")).toBe("(m²)");
    expect(foldUnitText("cm2")).toBe("cm2");
    expect(foldUnitText("m25")).toBe("m25");
    expect(foldUnitText("m2a")).toBe("m2a");
    expect(foldUnitText("m4")).toBe("m4");
    expect(foldUnitText("M2 Đất")).toBe("m² dat");
  });
});

describe("readUnit: every unit word, typed with or without its marks", () => {
  it.each([
    ["HA", "ha"], ["Ha", "ha"], ["KM", "km"], ["M", "m"], ["m3", "m³"], ["M2", "m²"], ["tấn", "tấn"], ["tan", "tấn"], ["KG", "kg"], ["lít", "lít"], ["lit", "lít"],
    ["hộ", "hộ"], ["ho", "hộ"], ["Hộ gia đình", "hộ"], ["người", "người"], ["nguoi", "người"], ["thon", "thôn"], ["ban", "bản"], ["ap", "ấp"],
    ["Khu dan cu", "khu dân cư"], ["co so", "cơ sở"], ["diem", "điểm"], ["nha", "nhà"], ["xa", "xã"], ["Em", "em"], ["hoc sinh", "học sinh"],
    ["lao dong", "lao động"], ["can bo", "cán bộ"], ["truong", "trường"], ["thua", "thửa"], ["cong trinh", "công trình"], ["san pham", "sản phẩm"],
    ["htx", "HTX"], ["hop tac xa", "hợp tác xã"], ["tieu chi", "tiêu chí"], ["dong chi", "đồng chí"],
  ])("%j → %j", (written, unit) => {
    expect(readUnit(written)).toEqual({ unit, scale: 1, money: false });
  });

  it.each([
    ["triệu", 1e6], ["trieu", 1e6], ["tr", 1e6], ["trđ", 1e6], ["nghìn", 1e3], ["ngàn", 1e3], ["tỷ", 1e9], ["tỉ", 1e9], ["ty", 1e9],
  ])("money scale %j", (word, scale) => {
    expect(readUnit(word)).toEqual({ unit: "đồng", scale, money: true });
    expect(readUnit(`${word} đồng`)).toEqual({ unit: "đồng", scale, money: true });
  });

  it.each(["đồng", "dong", "đ", "VNĐ", "vnd"])("currency %j", (word) => {
    expect(readUnit(word)).toEqual({ unit: "đồng", scale: 1, money: true });
  });

  it.each(["người", "hộ", "năm", "tháng", "ngày", "khẩu", "nhân khẩu", "lao động", "ha"])("money per %j", (per) => {
    expect(readUnit(`triệu đồng/${per}`)).toEqual({ unit: "đồng", scale: 1e6, money: true });
  });
});

