import { buildReportParagraph } from "../../../src/domain/summary/reportParagraph";
import type { CommuneResult } from "../../../src/domain/evaluation/CommuneResult";
import { lienSon2024 } from "../../fixtures/summaryResult";

describe("buildReportParagraph", () => {
  it("words the result as commune reports do (report 003, Liên Sơn 2024)", () => {
    expect(buildReportParagraph(lienSon2024, { commune: "Liên Sơn", lang: "vi" })).toBe(
      "Qua rà soát, xã Liên Sơn tự đánh giá đạt 11/19 tiêu chí; qua kiểm tra, đạt 11/19 tiêu chí. " +
        "Các tiêu chí đạt (Tiêu chí số 1 về Quy hoạch; Tiêu chí số 3 về Thủy lợi và phòng, chống thiên tai; " +
        "Tiêu chí số 7 về Cơ sở hạ tầng thương mại nông thôn; Tiêu chí số 8 về Thông tin và truyền thông; " +
        "Tiêu chí số 9 về Nhà ở dân cư; Tiêu chí số 12 về Lao động; Tiêu chí số 14 về Giáo dục và Đào tạo; " +
        "Tiêu chí số 15 về Y tế; Tiêu chí số 16 về Văn hóa; Tiêu chí số 18 về Hệ thống chính trị và tiếp cận pháp luật; " +
        "Tiêu chí số 19 về Quốc phòng và an ninh). " +
        "Các tiêu chí chưa đạt (Tiêu chí số 2 về Giao thông; Tiêu chí số 4 về Điện; Tiêu chí số 5 về Trường học; " +
        "Tiêu chí số 6 về Cơ sở vật chất văn hóa; Tiêu chí số 13 về Tổ chức sản xuất và phát triển kinh tế nông thôn; " +
        "Tiêu chí số 17 về Môi trường và an toàn thực phẩm). " +
        "Các tiêu chí chưa đánh giá (Tiêu chí số 10 về Thu nhập; Tiêu chí số 11 về Nghèo đa chiều).",
    );
  });

  it("says 'xã' alone when the commune is unknown", () => {
    const anon: CommuneResult = { ...lienSon2024, commune: null };
    expect(buildReportParagraph(anon, { commune: null, lang: "vi" })).toMatch(/^Qua rà soát, xã tự đánh giá đạt 11\/19 tiêu chí; qua kiểm tra, đạt 11\/19 tiêu chí\. Các tiêu chí đạt \(/);
  });

  it("takes the commune from the result and drops a written 'xã'", () => {
    expect(buildReportParagraph(lienSon2024, { commune: null, lang: "vi" })).toMatch(/^Qua rà soát, xã Liên Sơn tự/);
    expect(buildReportParagraph(lienSon2024, { commune: "Xã Liên Sơn", lang: "vi" })).toMatch(/^Qua rà soát, xã Liên Sơn tự/);
  });

  it("leaves out groups with no criteria", () => {
    const all: CommuneResult = {
      ...lienSon2024,
      criteriaAchieved: 19,
      criteria: lienSon2024.criteria.map((c) => ({ ...c, verdict: "achieved" as const })),
    };
    const text = buildReportParagraph(all, { commune: "Liên Sơn", lang: "vi" });
    expect(text).toMatch(/^Qua rà soát, xã Liên Sơn tự đánh giá đạt 11\/19 tiêu chí; qua kiểm tra, đạt 19\/19 tiêu chí\. Các tiêu chí đạt \(Tiêu chí số 1 về Quy hoạch; .*Tiêu chí số 19 về Quốc phòng và an ninh\)\.$/);
    expect(text).not.toContain("chưa đạt");
    expect(text).not.toContain("chưa đánh giá");
  });

  it("has an English variant", () => {
    const text = buildReportParagraph(lienSon2024, { commune: "Liên Sơn", lang: "en" });
    expect(text).toMatch(/^After review, Liên Sơn commune assesses itself as achieving 11\/19 criteria; checked, it achieves 11\/19 criteria\. Criteria achieved \(Criterion 1 on Quy hoạch; Criterion 3 on /);
    expect(text).toContain("Criteria not achieved (Criterion 2 on Giao thông; Criterion 4 on Điện;");
    expect(text).toMatch(/Criteria not assessed \(Criterion 10 on Thu nhập; Criterion 11 on Nghèo đa chiều\)\.$/);
  });

  it("keeps the commune's own count apart from the check's, and counts stated verdicts apart", () => {
    const checked: CommuneResult = {
      ...lienSon2024,
      criteriaAchieved: 9,
      criteria: lienSon2024.criteria.map((c) =>
        c.no === 7 || c.no === 15
          ? { ...c, verdict: "not_achieved" as const }
          : c.no === 17
            ? { ...c, indicators: c.indicators.map((i, k) => (k < 2 ? { ...i, basis: "stated" as const } : i)) }
            : c,
      ),
    };
    expect(buildReportParagraph(checked, { commune: "Liên Sơn", lang: "vi" })).toMatch(
      /^Qua rà soát, xã Liên Sơn tự đánh giá đạt 11\/19 tiêu chí; qua kiểm tra, đạt 9\/19 tiêu chí \(trong đó 2 chỉ tiêu theo kết quả ghi trong biểu, không có số liệu để đối chiếu\)\. /,
    );
  });

  it("without a self-assessment in the sheet, only the check's count", () => {
    const noSelf: CommuneResult = {
      ...lienSon2024,
      criteria: lienSon2024.criteria.map((c) => ({ ...c, selfAssessment: null, selfVerdict: null, indicators: c.indicators.map((i) => ({ ...i, selfAssessment: null, selfVerdict: null })) })),
    };
    const vi = buildReportParagraph(noSelf, { commune: "Liên Sơn", lang: "vi" });
    expect(vi).toMatch(/^Qua kiểm tra, xã Liên Sơn đạt 11\/19 tiêu chí\. Các tiêu chí đạt/);
    expect(vi).not.toContain("tự đánh giá");
    expect(buildReportParagraph(noSelf, { commune: "Liên Sơn", lang: "en" })).toMatch(/^Checked: Liên Sơn commune achieves 11\/19 criteria\./);
  });
});

describe("the commune's own count, as the sheet gives it", () => {
  const vi = (r: CommuneResult) => buildReportParagraph(r, { commune: "Liên Sơn", lang: "vi" });
  const selfCount = (text: string) => /tự đánh giá đạt (\d+)\/19/.exec(text)?.[1];

  it("counts a criterion by its indicators' self-assessments when its own row has none", () => {
    // Only indicator rows carry "Đạt"/"Chưa đạt": criteria 1 and 3 all "Đạt", criterion 2 one "Chưa đạt".
    const byIndicators: CommuneResult = {
      ...lienSon2024,
      criteria: lienSon2024.criteria.map((c) => ({
        ...c,
        selfAssessment: null,
        selfVerdict: null,
        indicators: c.indicators.map((i, k) => ({
          ...i,
          selfVerdict: c.no === 1 || c.no === 3 ? ("achieved" as const) : c.no === 2 && k === 0 ? ("not_achieved" as const) : c.no === 2 ? ("achieved" as const) : null,
        })),
      })),
    };
    expect(selfCount(vi(byIndicators))).toBe("2");
  });

  it("the criterion row's own self-assessment wins over its indicators'", () => {
    const rowSaysNo: CommuneResult = {
      ...lienSon2024,
      criteria: lienSon2024.criteria.map((c) => ({
        ...c,
        selfVerdict: c.no === 1 ? ("not_achieved" as const) : c.no === 2 ? ("achieved" as const) : null,
        indicators: c.indicators.map((i) => ({ ...i, selfVerdict: c.no === 1 ? ("achieved" as const) : null })),
      })),
    };
    expect(selfCount(vi(rowSaysNo))).toBe("1");
  });

  it("a criterion with no indicators read is not counted as self-assessed achieved", () => {
    const empty: CommuneResult = {
      ...lienSon2024,
      criteria: lienSon2024.criteria.map((c) => ({
        ...c,
        selfVerdict: null,
        indicators: c.no === 1 ? [] : c.indicators.map((i) => ({ ...i, selfVerdict: c.no === 2 ? ("achieved" as const) : null })),
      })),
    };
    expect(selfCount(vi(empty))).toBe("1");
  });

  it("lists criteria in their order even when the result holds them out of order", () => {
    const shuffled: CommuneResult = { ...lienSon2024, criteria: [...lienSon2024.criteria].reverse() };
    expect(vi(shuffled)).toBe(vi(lienSon2024));
    expect(vi(shuffled)).toContain("Các tiêu chí chưa đánh giá (Tiêu chí số 10 về Thu nhập; Tiêu chí số 11 về Nghèo đa chiều).");
  });
});
