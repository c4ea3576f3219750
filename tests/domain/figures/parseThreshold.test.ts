import type { Rule } from "../../../src/domain/definitions/schema";
import { RuleSchema } from "../../../src/domain/definitions/schema";
import { normalizeRuleUnit, parseThreshold } from "../../../src/domain/figures/parseThreshold";

describe("parseThreshold", () => {
  it.each<[string, Rule]>([
    ["≥ 95%", { kind: "atLeast", value: 95, unit: "%" }],
    [">= 95%", { kind: "atLeast", value: 95, unit: "%" }],
    ["≥95%", { kind: "atLeast", value: 95, unit: "%" }],
    ["≥ 20%", { kind: "atLeast", value: 20, unit: "%" }],
    ["≤26,7%", { kind: "atMost", value: 26.7, unit: "%" }],
    ["<= 26,7 %", { kind: "atMost", value: 26.7, unit: "%" }],
    ["Từ 70% trở lên", { kind: "atLeast", value: 70, unit: "%" }],
    ["đạt từ 70%", { kind: "atLeast", value: 70, unit: "%" }],
    ["đạt từ 20% trở lên", { kind: "atLeast", value: 20, unit: "%" }],
    ["Tối thiểu 50%", { kind: "atLeast", value: 50, unit: "%" }],
    ["Tối đa 24%", { kind: "atMost", value: 24, unit: "%" }],
    ["Không quá 26,7%", { kind: "atMost", value: 26.7, unit: "%" }],
    ["Dưới 26,7%", { kind: "atMost", value: 26.7, unit: "%" }],
    ["26,7% trở xuống", { kind: "atMost", value: 26.7, unit: "%" }],
    ["trên 95%", { kind: "atLeast", value: 95, unit: "%" }],
    ["100%", { kind: "atLeast", value: 100, unit: "%" }],
    ["95%", { kind: "atLeast", value: 95, unit: "%" }],
    ["đạt 95%", { kind: "atLeast", value: 95, unit: "%" }],
    ["≥ 39 triệu đồng/người", { kind: "atLeast", value: 39_000_000, unit: "đồng" }],
    ["≥ 39 triệu đồng/người/năm", { kind: "atLeast", value: 39_000_000, unit: "đồng" }],
    ["Từ 500 m² trở lên", { kind: "atLeast", value: 500, unit: "m²" }],
    ["≥ 30", { kind: "atLeast", value: 30, unit: "" }],
    ["Đạt", { kind: "yes" }],
    ["đạt chuẩn", { kind: "yes" }],
    ["Có", { kind: "yes" }],
    ["Không", { kind: "none" }],
    ["Không có", { kind: "none" }],
    ["khong co", { kind: "none" }],
  ])("%j", (text, expected) => {
    const rule = parseThreshold(text);
    expect(rule).toEqual(expected);
    expect(RuleSchema.safeParse(rule).success).toBe(true);
  });

  it.each([
    "",
    "Chưa đánh giá",
    "đang hoàn thiện hồ sơ",
    "Theo quy định",
    "tối thiểu",
    "từ 70% trở xuống tối đa",
    "≤ 70% trở lên",
    "≥ 16/16",
    "#N/A",
    "Tuyến đường trục xã",
  ])("%j → null", (text) => {
    expect(parseThreshold(text)).toBeNull();
  });
});

describe("normalizeRuleUnit", () => {
  it.each<[Rule, Rule]>([
    [{ kind: "atLeast", value: 39, unit: "triệu đồng/người/năm" }, { kind: "atLeast", value: 39_000_000, unit: "đồng" }],
    [{ kind: "atLeast", value: 45, unit: "triệu đồng/người/năm" }, { kind: "atLeast", value: 45_000_000, unit: "đồng" }],
    [{ kind: "atLeast", value: 4.5, unit: "triệu đồng" }, { kind: "atLeast", value: 4_500_000, unit: "đồng" }],
    [{ kind: "atLeast", value: 1.2, unit: "tỷ đồng" }, { kind: "atLeast", value: 1_200_000_000, unit: "đồng" }],
    [{ kind: "atLeast", value: 23_500_000, unit: "đồng/người" }, { kind: "atLeast", value: 23_500_000, unit: "đồng" }],
    [{ kind: "atMost", value: 26.7, unit: "%" }, { kind: "atMost", value: 26.7, unit: "%" }],
    [{ kind: "atLeast", value: 5, unit: "Ha" }, { kind: "atLeast", value: 5, unit: "ha" }],
    [{ kind: "atLeast", value: 5, unit: "m2" }, { kind: "atLeast", value: 5, unit: "m²" }],
    [{ kind: "yes" }, { kind: "yes" }],
    [{ kind: "none" }, { kind: "none" }],
  ])("%j → %j", (rule, expected) => {
    expect(normalizeRuleUnit(rule)).toEqual(expected);
  });

  it("makes the overlay's triệu-đồng rule equal to the same threshold read from text", () => {
    const fromOverlay = normalizeRuleUnit({ kind: "atLeast", value: 39, unit: "triệu đồng/người/năm" });
    const fromText = parseThreshold("≥ 39 triệu đồng/người/năm");
    expect(fromText).not.toBeNull();
    expect(normalizeRuleUnit(fromText as Rule)).toEqual(fromOverlay);
  });
});

describe("parseThreshold: every way the decisions write a bound", () => {
  it.each<[string, Rule]>([
    ["Lớn hơn hoặc bằng 95%", { kind: "atLeast", value: 95, unit: "%" }],
    ["Nhỏ hơn hoặc bằng 5%", { kind: "atMost", value: 5, unit: "%" }],
    ["Không vượt quá 10%", { kind: "atMost", value: 10, unit: "%" }],
    ["Đạt tối thiểu 80%", { kind: "atLeast", value: 80, unit: "%" }],
    ["Đạt tối đa 12%", { kind: "atMost", value: 12, unit: "%" }],
    ["Ít nhất 2 cơ sở", { kind: "atLeast", value: 2, unit: "cơ sở" }],
    ["Đạt trên 90%", { kind: "atLeast", value: 90, unit: "%" }],
    ["Đạt dưới 3%", { kind: "atMost", value: 3, unit: "%" }],
    ["Lớn hơn 50%", { kind: "atLeast", value: 50, unit: "%" }],
    ["Nhỏ hơn 50%", { kind: "atMost", value: 50, unit: "%" }],
    ["=> 60%", { kind: "atLeast", value: 60, unit: "%" }],
    ["=< 60%", { kind: "atMost", value: 60, unit: "%" }],
    ["> 60%", { kind: "atLeast", value: 60, unit: "%" }],
    ["< 60%", { kind: "atMost", value: 60, unit: "%" }],
    ["≤ 1,5 ha", { kind: "atMost", value: 1.5, unit: "ha" }],
    ["Từ 2 km trở lên.", { kind: "atLeast", value: 2, unit: "km" }],
    ["từ 70%  trở lên", { kind: "atLeast", value: 70, unit: "%" }],
    ["5% trở xuống", { kind: "atMost", value: 5, unit: "%" }],
    ["≥ 70% trở lên", { kind: "atLeast", value: 70, unit: "%" }],
    ["TỪ 70% TRỞ LÊN", { kind: "atLeast", value: 70, unit: "%" }],
    ["(Đạt)", { kind: "yes" }],
    ["Đạt.", { kind: "yes" }],
    ["(Không có)", { kind: "none" }],
    ["≥ 45 triệu", { kind: "atLeast", value: 45_000_000, unit: "đồng" }],
    ["Từ 500 m2 trở lên", { kind: "atLeast", value: 500, unit: "m²" }],
    ["Tối thiểu 50%".normalize("NFD"), { kind: "atLeast", value: 50, unit: "%" }],
    ["Từ5%", { kind: "atLeast", value: 5, unit: "%" }],
    ["70%trở lên", { kind: "atLeast", value: 70, unit: "%" }],
    ["Từ 70% trở lên .", { kind: "atLeast", value: 70, unit: "%" }],
  ])("%j", (text, expected) => {
    expect(parseThreshold(text)).toEqual(expected);
  });

  it.each(["khoảng 90", "Khoảng 90%", "gần 95%", "xấp xỉ 95%", "≈ 95%", "~95%", "≥ khoảng 90%"])("an estimate is no threshold: %j → null", (text) => {
    expect(parseThreshold(text)).toBeNull();
  });

  it.each(["Tuyến 5%", "Tối thiểux 5%", "trở lên", "≥", "   ", "Đạt 16/16 trường", "≥ Đạt", "≥ 5% 6%", "≤ 5% trở lên", "Dưới 5% trở lên", "Từ 70% trở lên (xã miền núi)"])("%j → null", (text) => {
    expect(parseThreshold(text)).toBeNull();
  });
});

describe("normalizeRuleUnit keeps a value in its own unit exactly", () => {
  it("no rounding when there is no scale", () => {
    expect(normalizeRuleUnit({ kind: "atLeast", value: 0.1 + 0.2, unit: "%" })).toEqual({ kind: "atLeast", value: 0.1 + 0.2, unit: "%" });
    expect(normalizeRuleUnit({ kind: "atLeast", value: 0.1 + 0.2, unit: "triệu đồng" })).toEqual({ kind: "atLeast", value: 300000, unit: "đồng" });
  });
});

