import { groupFromText, regionAbbreviation, regionFromText } from "../../../src/domain/grid/regions";

describe("regionFromText: the region a form's header or --region names", () => {
  it.each([
    ["TDMNPB", "tdmn-phia-bac"],
    ["ĐBSH", "dong-bang-song-hong"],
    ["BTB", "bac-trung-bo"],
    ["DHNTB", "duyen-hai-nam-trung-bo"],
    ["TN", "tay-nguyen"],
    ["ĐNB", "dong-nam-bo"],
    ["ĐBSCL", "dong-bang-song-cuu-long"],
    ["(ĐBSCL)", "dong-bang-song-cuu-long"],
    ["vùng Tây Nguyên", "tay-nguyen"],
    ["Vùng  Đồng bằng sông Hồng.", "dong-bang-song-hong"],
    ["Trung du và miền núi phía Bắc", "tdmn-phia-bac"],
    ["Trung du, miền núi phía Bắc", "tdmn-phia-bac"],
    ["Miền núi phía Bắc", "tdmn-phia-bac"],
    ["Nam Trung Bộ", "duyen-hai-nam-trung-bo"],
    ["Bắc Trung Bộ", "bac-trung-bo"],
    ["Đông Nam Bộ", "dong-nam-bo"],
    ["(TN)", "tay-nguyen"],
    ["vùng TN", "tay-nguyen"],
    ["Vùng:TDMNPB", "tdmn-phia-bac"],
  ])("%j → %s", (text, id) => {
    expect(regionFromText(text)).toBe(id);
  });

  it.each([
    ["Chỉ tiêu đạt chuẩn (vùng TDMNPB)", "tdmn-phia-bac"],
    ["Chỉ tiêu theo vùng ĐBSCL", "dong-bang-song-cuu-long"],
    ["Mức đạt chuẩn: vùng đồng bằng sông Cửu Long", "dong-bang-song-cuu-long"],
    ["Xã thuộc vùng Tây Nguyên", "tay-nguyen"],
    ["Xã vùng miền núi phía Bắc", "tdmn-phia-bac"],
  ])("inside a longer header: %j → %s", (text, id) => {
    expect(regionFromText(text)).toBe(id);
  });

  it("a two-letter abbreviation inside a longer text is not a region (\"TN\" is too short to trust)", () => {
    expect(regionFromText("Chỉ tiêu TN")).toBeNull();
    expect(regionFromText("Tên xã")).toBeNull();
    // …but a longer abbreviation must stand as a word.
    expect(regionFromText("xBTBx")).toBeNull();
    expect(regionFromText("ghi chú BTB")).toBe("bac-trung-bo");
  });

  it.each(["", "   ", "Chỉ tiêu chung", "Hiện trạng", "Đánh giá", "(.,:;)"])("%j names no region", (text) => {
    expect(regionFromText(text)).toBeNull();
  });
});

describe("regionAbbreviation: what the reading map shows", () => {
  it("region ids give the form's abbreviation, group ids 'Nhóm n', anything else itself", () => {
    expect(regionAbbreviation("tdmn-phia-bac")).toBe("TDMNPB");
    expect(regionAbbreviation("dong-bang-song-cuu-long")).toBe("ĐBSCL");
    expect(regionAbbreviation("dong-nam-bo")).toBe("ĐNB");
    expect(regionAbbreviation("nhom-2")).toBe("Nhóm 2");
    expect(regionAbbreviation("nhom-12")).toBe("nhom-12");
    expect(regionAbbreviation("xnhom-2")).toBe("xnhom-2");
    expect(regionAbbreviation("mien-trung")).toBe("mien-trung");
  });
});

describe("groupFromText: the commune group of the 2026–2030 set", () => {
  it.each([
    ["Nhóm 1", "nhom-1"],
    ["Xã nhóm 2", "nhom-2"],
    ["nhóm III", "nhom-3"],
    ["Nhóm II", "nhom-2"],
    ["NHÓM I", "nhom-1"],
    ["Chỉ tiêu nhóm 3", "nhom-3"],
    ["Mức chuẩn xã nhóm 1", "nhom-1"],
    ["Ngưỡng nhóm 2", "nhom-2"],
    ["(Nhóm 2)", "nhom-2"],
    ["Nhóm:2", "nhom-2"],
  ])("header %j → %s", (text, id) => {
    expect(groupFromText(text)).toBe(id);
  });

  it.each(["Nhóm 4", "Nhóm 2 và 3", "Theo nhóm 2", "Nhóm", "Ghi chú nhóm 1", ""])("header %j is no group", (text) => {
    expect(groupFromText(text)).toBeNull();
  });

  it("inside a title only when asked", () => {
    const title = "Biểu tự đánh giá (xã nhóm 2), năm 2026";
    expect(groupFromText(title)).toBeNull();
    expect(groupFromText(title, true)).toBe("nhom-2");
    expect(groupFromText("Xã Liên Sơn thuộc nhóm III", true)).toBe("nhom-3");
    expect(groupFromText("nhóm 23", true)).toBeNull();
  });
});
