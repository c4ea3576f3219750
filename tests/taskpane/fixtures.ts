/**
 * A result shaped as the engine returns it, with figures and verdicts from the Liên Sơn report
 * (shared/domain/003_…, first half of 2024). Built by hand: these tests are about the pane.
 */
import type { CommuneResult, CriterionResult, IndicatorResult } from "../../src/domain/evaluation/CommuneResult";
import type { Verdict } from "../../src/domain/evaluation/Verdict";
import { reasonOf } from "../fixtures/reason";

const YES = { rule: { kind: "yes" } as const, origin: "catalogue" as const, source: null, region: null };

function ind(
  code: string,
  name: string,
  verdict: Verdict,
  figureRaw: string | null,
  extra: Partial<IndicatorResult> = {},
): IndicatorResult {
  const criterionNo = Number(code.split(".")[0]);
  return {
    code,
    name,
    criterionNo,
    verdict,
    cellRef: { sheet: "Biểu 01", row: 10 + Number(code.replace(".", "")) % 90, col: 4 },
    figureRaw,
    figure: null,
    value: null,
    threshold: { rule: null, origin: "none", source: null, region: null, unknown: { why: "no-data", note: null } },
    selfAssessment: null,
    selfVerdict: null,
    ...extra,
    reason: extra.reason ?? reasonOf(verdict === "not_assessed" ? "unknown-threshold" : verdict === "achieved" ? "meets" : "fails", figureRaw, extra.threshold ?? YES),
  };
}

function crit(no: number, name: string, verdict: Verdict, indicators: IndicatorResult[], self: Verdict | null = null): CriterionResult {
  return { no, name, verdict, indicators, selfAssessment: self === null ? null : self === "achieved" ? "Đạt" : "Chưa đạt", selfVerdict: self };
}

export function lienSonResult(): CommuneResult {
  return {
    setId: "xa-ntm-2021-2025",
    region: "tdmn-phia-bac",
    province: "lang-son",
    commune: "Liên Sơn",
    criteriaAchieved: 1,
    criteriaTotal: 4,
    criteria: [
      crit(3, "Thủy lợi và phòng, chống thiên tai", "achieved", [
        ind("3.1", "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động", "achieved", "92%", {
          threshold: { rule: { kind: "atLeast", value: 80, unit: "%" }, origin: "catalogue", source: "Quyết định 1680/QĐ-BNN-VPĐP", region: null },
          reason: { code: "meets", figure: "92%", rule: { kind: "atLeast", value: 80, unit: "%" } },
          selfAssessment: "Đạt",
          selfVerdict: "achieved",
        }),
        ind("3.2", "Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ", "achieved", "Đạt"),
      ], "achieved"),
      crit(4, "Điện", "not_achieved", [
        ind("4.1", "Hệ thống điện đạt chuẩn", "not_achieved", "Chưa đạt", { selfAssessment: "chưa đạt", selfVerdict: "not_achieved" }),
        // The report says 100% and "đạt"; the threshold is unknown in the catalogue: not assessed, and it disagrees.
        ind("4.2", "Tỷ lệ hộ có đăng ký trực tiếp và sử dụng điện thường xuyên, an toàn từ các nguồn", "not_assessed", "100%", {
          selfAssessment: "đạt",
          selfVerdict: "achieved",
        }),
      ], "not_achieved"),
      crit(9, "Nhà ở dân cư", "not_assessed", [
        ind("9.1", "Nhà tạm, dột nát", "achieved", "Không"),
        ind("9.2", "Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố", "not_assessed", "146/185 hộ đạt 78,91%"),
      ], "achieved"),
      crit(11, "Nghèo đa chiều", "not_assessed", [
        ind("11", "Tỷ lệ hộ nghèo đa chiều giai đoạn 2021-2025", "not_assessed", "Chưa đánh giá", {
          reason: { code: "marked-not-assessed", figure: "Chưa đánh giá" },
          cellRef: null,
        }),
      ]),
    ],
    findings: [
      {
        code: "self-assessment/mismatch",
        at: { cell: { sheet: "Biểu 01", row: 52, col: 5 } },
        params: { level: "indicator", code: "4.2", self: "đạt", computed: "not_assessed" },
      },
    ],
  };
}
