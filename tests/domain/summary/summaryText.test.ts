import type { CriterionResult, IndicatorResult } from "../../../src/domain/evaluation/CommuneResult";
import type { Reason } from "../../../src/domain/evaluation/Reason";
import type { Rule } from "../../../src/domain/definitions/schema";
import {
  COMMUNE_PREFIXES, DISTRICT_PREFIXES, bareName, criterionLabel, criterionPhrase, indicatorNote, provinceWithLevel, selfNote, shortReason, thresholdText,
} from "../../../src/domain/summary/summaryText";

function ind(verdict: IndicatorResult["verdict"], reason: Reason, rule: Rule | null): IndicatorResult {
  return { verdict, reason, threshold: { rule, origin: rule ? "catalogue" : "none", source: null, region: null } } as IndicatorResult;
}
const ATLEAST95: Rule = { kind: "atLeast", value: 95, unit: "%" };

describe("summary text", () => {
  it("bareName drops 'xã', 'huyện' … once, keeps the rest", () => {
    expect(bareName("xã Liên Sơn", COMMUNE_PREFIXES)).toBe("Liên Sơn");
    expect(bareName("  Xã   Liên  Sơn ", COMMUNE_PREFIXES)).toBe("Liên Sơn");
    expect(bareName("Thị trấn Đồng Mỏ", COMMUNE_PREFIXES)).toBe("Đồng Mỏ");
    expect(bareName("Liên Sơn", COMMUNE_PREFIXES)).toBe("Liên Sơn");
    expect(bareName("Xãhội", COMMUNE_PREFIXES)).toBe("Xãhội");
    expect(bareName("xã xã Sơn", COMMUNE_PREFIXES)).toBe("xã Sơn");
    expect(bareName("huyện Chi Lăng", DISTRICT_PREFIXES)).toBe("Chi Lăng");
    expect(bareName("Thị xã Sơn Tây", DISTRICT_PREFIXES)).toBe("Sơn Tây");
    expect(bareName("Huyện".normalize("NFD") + " Chi Lăng", DISTRICT_PREFIXES)).toBe("Chi Lăng");
    expect(bareName("   ", COMMUNE_PREFIXES)).toBeNull();
    expect(bareName("xã ", COMMUNE_PREFIXES)).toBe("xã");
    expect(bareName(null, COMMUNE_PREFIXES)).toBeNull();
    expect(bareName(undefined, COMMUNE_PREFIXES)).toBeNull();
  });

  it("provinceWithLevel: tỉnh, or thành phố for the five cities", () => {
    expect(provinceWithLevel("Lạng Sơn", "vi")).toBe("tỉnh Lạng Sơn");
    expect(provinceWithLevel(" Hà Nội ", "vi")).toBe("thành phố Hà Nội");
    expect(provinceWithLevel("Cần Thơ", "vi")).toBe("thành phố Cần Thơ");
    expect(provinceWithLevel("TP. Hồ Chí Minh", "vi")).toBe("thành phố TP. Hồ Chí Minh");
    expect(provinceWithLevel("Tỉnh Lạng Sơn", "vi")).toBe("tỉnh Lạng Sơn");
    expect(provinceWithLevel("Thành phố Huế", "vi")).toBe("thành phố Huế");
    expect(provinceWithLevel("Tỉnh Lạng Sơn", "en")).toBe("Tỉnh Lạng Sơn");
    expect(provinceWithLevel("Lạng Sơn", "en")).toBe("Lạng Sơn province");
    expect(provinceWithLevel("Tỉnhx", "vi")).toBe("tỉnh Tỉnhx");
  });

  it("criterion label and phrase", () => {
    const c = { no: 4, name: "Điện" } as CriterionResult;
    expect(criterionLabel(c, "vi")).toBe("Tiêu chí số 4 - Điện");
    expect(criterionLabel(c, "en")).toBe("Criterion 4 - Điện");
    expect(criterionPhrase(c, "vi")).toBe("Tiêu chí số 4 về Điện");
    expect(criterionPhrase(c, "en")).toBe("Criterion 4 on Điện");
  });

  it("the threshold cell", () => {
    expect(thresholdText(ind("achieved", { code: "meets", figure: "99,8%", rule: ATLEAST95 }, ATLEAST95), "vi")).toBe("≥ 95%");
    expect(thresholdText(ind("not_assessed", { code: "unknown-threshold", figure: "5", unknown: null }, null), "vi")).toBe("Chưa có");
    expect(thresholdText(ind("not_assessed", { code: "unknown-threshold", figure: "5", unknown: null }, null), "en")).toBe("None yet");
  });

  it("short reasons and the Ghi chú cell", () => {
    const fails = ind("not_achieved", { code: "fails", figure: "90%", rule: ATLEAST95 }, ATLEAST95);
    expect(shortReason(fails, "vi")).toBeNull();
    expect(indicatorNote(fails, "vi")).toBe("");
    const failsYes = ind("not_achieved", { code: "fails", figure: "Không", rule: { kind: "yes" } }, { kind: "yes" });
    expect(shortReason(failsYes, "vi")).toBe("Chưa đáp ứng yêu cầu");
    expect(shortReason(failsYes, "en")).toBe("Requirement not met");
    const failsNone = ind("not_achieved", { code: "fails", figure: "2", rule: { kind: "none" } }, { kind: "none" });
    expect(indicatorNote(failsNone, "vi")).toBe("Yêu cầu “Không có”");
    expect(indicatorNote(failsNone, "en")).toBe('Must be "none"');
    const noFigure = ind("not_assessed", { code: "no-figure" }, ATLEAST95);
    expect(indicatorNote(noFigure, "vi")).toBe("Chưa có số liệu");
    expect(indicatorNote(noFigure, "en")).toBe("No figure");
    const stated = ind("achieved", { code: "stated", figure: "Đạt" }, ATLEAST95);
    expect(shortReason(stated, "vi")).toBe("Theo kết quả ghi trong biểu");
    expect(indicatorNote(stated, "vi")).toBe("");
  });

  it("selfNote: only when the commune's verdict differs and there is something to contest", () => {
    expect(selfNote(null, null, "achieved", "vi")).toBeNull();
    expect(selfNote("achieved", "Đạt", "achieved", "vi")).toBeNull();
    expect(selfNote("not_achieved", "Chưa đạt", "not_assessed", "vi")).toBeNull();
    expect(selfNote("achieved", " Đạt ", "not_achieved", "vi")).toBe("Xã tự đánh giá “Đạt”");
    expect(selfNote("achieved", null, "not_assessed", "vi")).toBe("Xã tự đánh giá “Đạt”");
    expect(selfNote("not_achieved", null, "achieved", "en")).toBe('The commune says "Not achieved"');
  });
});
