import type { Rule } from "../../../src/domain/definitions/schema";
import type { AppliedThreshold } from "../../../src/domain/evaluation/AppliedThreshold";
import type { CommuneResult, CriterionResult, IndicatorResult } from "../../../src/domain/evaluation/CommuneResult";
import type { ReasonCode } from "../../../src/domain/evaluation/Reason";
import type { Verdict } from "../../../src/domain/evaluation/Verdict";
import type { SummaryMeta } from "../../../src/domain/summary/summaryText";
import { reasonOf } from "../../fixtures/reason";

/**
 * Liên Sơn commune (Chi Lăng, Lạng Sơn), first half of 2024, written by hand from report
 * /work/shared/domain/003_c2d3b4fb3b47e58a.txt: a fixture, not an engine output.
 *
 * Figures, self-assessments and verdicts are the report's ("đạt 11/19 tiêu chí").
 * Thresholds: numbers only where the report quotes them (4.2 ≥ 95 %, 3.1 ≥ 85 %, 12.1 ≥ 70 %,
 * 12.2 ≥ 20 %, 14.2 ≥ 95 %, 15.3 ≤ 26,7 %). Requirements the report judges without a number are
 * "Đạt" taken from the commune's own assessment (origin "sheet"); no number is made up. Where the
 * report gives a figure but no standard (income, poverty, most of 17) the threshold is unknown and
 * the indicator is not assessed, as the engine would leave it.
 */

const REPORT = "003_c2d3b4fb3b47e58a.txt";
const DECISION = "Quyết định 318/QĐ-TTg ngày 08/3/2022";

function quotedThreshold(rule: Rule, quote: string): AppliedThreshold {
  return { rule, origin: "catalogue", source: `${DECISION}; báo cáo xã Liên Sơn (${REPORT}): “${quote}”`, region: null };
}
const SHEET_YES: AppliedThreshold = {
  rule: { kind: "yes" },
  origin: "sheet",
  source: `Báo cáo xã Liên Sơn (${REPORT}): tự đánh giá`,
  region: null,
};
const NONE_ALLOWED: AppliedThreshold = { rule: { kind: "none" }, origin: "catalogue", source: DECISION, region: null };
function unknown(note: string): AppliedThreshold {
  return { rule: null, origin: "none", source: null, region: null, unknown: { why: "no-data", note } };
}

const selfVerdictOf = (s: string | null): Verdict | null => {
  if (s == null) return null;
  const t = s.toLowerCase();
  if (t.includes("chưa đánh giá")) return "not_assessed";
  if (t.includes("chưa đạt")) return "not_achieved";
  if (t.includes("đạt")) return "achieved";
  return null;
};

interface IndOpts {
  threshold: AppliedThreshold;
  figure: string | null;
  self: string | null;
  verdict: Verdict;
  reason?: ReasonCode;
}

let sheetRow = 6;
function ind(code: string, name: string, o: IndOpts): IndicatorResult {
  const criterionNo = Number(code.split(".")[0]);
  const reason: ReasonCode =
    o.reason ?? (o.threshold.rule == null ? "unknown-threshold" : o.verdict === "achieved" ? "meets" : "fails");
  return {
    code,
    name,
    criterionNo,
    verdict: o.verdict,
    cellRef: { sheet: "Biểu tự đánh giá", row: sheetRow++, col: 4 },
    figureRaw: o.figure,
    figure: null,
    value: null,
    threshold: o.threshold,
    selfAssessment: o.self,
    selfVerdict: selfVerdictOf(o.self),
    reason: reasonOf(reason, o.figure, o.threshold),
  };
}

function crit(no: number, name: string, verdict: Verdict, self: string, indicators: IndicatorResult[]): CriterionResult {
  return { no, name, verdict, indicators, selfAssessment: self, selfVerdict: selfVerdictOf(self) };
}

const yes = (figure: string, self: string, verdict: Verdict = selfVerdictOf(self) ?? "achieved"): IndOpts => ({
  threshold: SHEET_YES,
  figure,
  self,
  verdict,
});

export const lienSon2024: CommuneResult = {
  setId: "xa-ntm-2021-2025",
  region: "tdmn-phia-bac",
  province: "lang-son",
  commune: "Liên Sơn",
  criteriaAchieved: 11,
  criteriaTotal: 19,
  findings: [],
  criteria: [
    crit(1, "Quy hoạch", "achieved", "Đạt", [
      ind("1.1", "Có quy hoạch chung xây dựng xã được phê duyệt phù hợp với định hướng phát triển kinh tế - xã hội của xã giai đoạn 2021 - 2030 và được công bố công khai", yes("Có quy hoạch chung được phê duyệt, công bố công khai", "Đạt")),
      ind("1.2", "Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch", yes("Đã ban hành", "Đạt")),
    ]),
    crit(2, "Giao thông", "not_achieved", "Chưa đạt", [
      ind("2.4", "Đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm", yes("12 km, chưa đảm bảo vận chuyển hàng hóa", "Chưa đạt")),
    ]),
    crit(3, "Thủy lợi và phòng, chống thiên tai", "achieved", "Đạt", [
      ind("3.1", "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động", {
        threshold: quotedThreshold({ kind: "atLeast", value: 85, unit: "%" }, "được tưới và tiêu nước chủ động được đánh giá đạt 85% diện tích"),
        figure: "92%",
        self: "Đạt",
        verdict: "achieved",
      }),
      ind("3.2", "Đảm bảo yêu cầu chủ động về phòng chống thiên tai theo phương châm 4 tại chỗ", yes("Đạt", "Đạt")),
    ]),
    crit(4, "Điện", "not_achieved", "Chưa đạt", [
      ind("4.1", "Hệ thống điện đạt chuẩn", yes("Một số hộ xa trạm, nguồn điện yếu", "Chưa đạt")),
      ind("4.2", "Tỷ lệ hộ có đăng ký trực tiếp và sử dụng điện thường xuyên, an toàn từ các nguồn", {
        threshold: quotedThreshold({ kind: "atLeast", value: 95, unit: "%" }, "an toàn từ các nguồn đạt 95%"),
        figure: "100%",
        self: "Đạt",
        verdict: "achieved",
      }),
    ]),
    crit(5, "Trường học", "not_achieved", "Chưa đạt", [
      ind("5", "Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS) đạt tiêu chuẩn cơ sở vật chất theo quy định", yes("Thiếu diện tích, thiếu cơ sở vật chất", "Chưa đạt")),
    ]),
    crit(6, "Cơ sở vật chất văn hóa", "not_achieved", "Chưa đạt", [
      ind("6.1", "Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã", yes("Còn thiếu công năng, diện tích", "Chưa đạt")),
      ind("6.2", "Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định", yes("Không có", "Chưa đạt")),
      ind("6.3", "Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng", yes("3/3 thôn, quy mô còn thiếu", "Chưa đạt")),
    ]),
    crit(7, "Cơ sở hạ tầng thương mại nông thôn", "achieved", "Đạt", [
      ind("7", "Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa", yes("Đạt", "Đạt")),
    ]),
    crit(8, "Thông tin và truyền thông", "achieved", "Đạt", [
      ind("8.1", "Xã có điểm phục vụ bưu chính", yes("Có", "Đạt")),
      ind("8.2", "Xã có dịch vụ viễn thông, internet", yes("Có", "Đạt")),
      ind("8.3", "Xã có đài truyền thanh và hệ thống loa đến các thôn", yes("7 cụm loa và truyền thanh IP", "Đạt")),
      ind("8.4", "Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành", yes("100% cán bộ có máy tính nối mạng", "Đạt")),
    ]),
    crit(9, "Nhà ở dân cư", "achieved", "Đạt", [
      ind("9.1", "Nhà tạm, nhà dột nát", { threshold: NONE_ALLOWED, figure: "Không có", self: "Đạt", verdict: "achieved" }),
      ind("9.2", "Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố", yes("146/185 hộ đạt 78,91%", "Đạt")),
    ]),
    crit(10, "Thu nhập", "not_assessed", "Chưa đạt", [
      ind("10", "Thu nhập bình quân đầu người khu vực nông thôn", {
        threshold: unknown("mức thu nhập chuẩn theo Quyết định 1494/QĐ-UBND tỉnh Lạng Sơn"),
        figure: "28 triệu/người/năm",
        self: "Chưa đạt",
        verdict: "not_assessed",
      }),
    ]),
    crit(11, "Nghèo đa chiều", "not_assessed", "Chưa đánh giá", [
      ind("11", "Tỷ lệ hộ nghèo đa chiều giai đoạn 2021 - 2025", {
        threshold: unknown("chỉ tiêu theo vùng chưa nhập"),
        figure: "Chưa đánh giá",
        self: "Chưa đánh giá",
        verdict: "not_assessed",
        reason: "marked-not-assessed",
      }),
    ]),
    crit(12, "Lao động", "achieved", "Đạt", [
      ind("12.1", "Tỷ lệ lao động qua đào tạo (áp dụng cho cả nam và nữ)", {
        threshold: quotedThreshold({ kind: "atLeast", value: 70, unit: "%" }, "Tỷ lệ lao động qua đào tạo (áp dụng cho cả nam và nữ) đạt từ 70%"),
        figure: "70%",
        self: "Đạt",
        verdict: "achieved",
      }),
      ind("12.2", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", {
        threshold: quotedThreshold({ kind: "atLeast", value: 20, unit: "%" }, "có bằng cấp, chứng chỉ đạt từ 20% trở lên"),
        figure: "40%",
        self: "Đạt",
        verdict: "achieved",
      }),
    ]),
    crit(13, "Tổ chức sản xuất và phát triển kinh tế nông thôn", "not_achieved", "Chưa đạt", [
      ind("13.1", "Xã có hợp tác xã hoạt động hiệu quả và đúng quy định của Luật Hợp tác xã", yes("Có HTX hoạt động hiệu quả", "Đạt")),
      ind("13.2", "Xã có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực đảm bảo bền vững", yes("Chưa có", "Chưa đạt")),
      ind("13.3", "Thực hiện truy xuất nguồn gốc sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương", yes("Chưa thực hiện", "Chưa đạt")),
      ind("13.4", "Có kế hoạch và triển khai kế hoạch bảo tồn, phát triển làng nghề, làng nghề truyền thống (nếu có) gắn với hạ tầng về bảo vệ môi trường", yes("Xã không có làng nghề", "Đạt")),
      ind("13.5", "Có tổ khuyến nông cộng đồng hoạt động hiệu quả", {
        threshold: SHEET_YES,
        figure: null,
        self: null,
        verdict: "not_assessed",
        reason: "no-figure",
      }),
    ]),
    crit(14, "Giáo dục và Đào tạo", "achieved", "Đạt", [
      ind("14.1", "Phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học, phổ cập giáo dục trung học cơ sở, xóa mù chữ", yes("Đạt", "Đạt")),
      ind("14.2", "Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học phổ thông, giáo dục thường xuyên, trung cấp", {
        threshold: quotedThreshold({ kind: "atLeast", value: 95, unit: "%" }, "giáo dục thường xuyên, trung cấp đạt 95%"),
        figure: "95%",
        self: "Đạt",
        verdict: "achieved",
      }),
    ]),
    crit(15, "Y tế", "achieved", "Đạt", [
      ind("15.1", "Tỷ lệ người dân tham gia bảo hiểm y tế", yes("100%", "Đạt")),
      ind("15.2", "Xã đạt tiêu chí quốc gia về y tế", yes("Đạt", "Đạt")),
      ind("15.3", "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)", {
        threshold: quotedThreshold({ kind: "atMost", value: 26.7, unit: "%" }, "suy dinh dưỡng thể thấp còi (chiều cao theo tuổi) đạt từ 26,7%"),
        figure: "17,72%",
        self: "Đạt",
        verdict: "achieved",
      }),
      ind("15.4", "Tỷ lệ dân số có sổ khám chữa bệnh điện tử", yes("Đạt", "Đạt")),
    ]),
    crit(16, "Văn hóa", "achieved", "Đạt", [
      ind("16", "Tỷ lệ thôn, bản, ấp đạt tiêu chuẩn văn hóa theo quy định, có kế hoạch và thực hiện kế hoạch xây dựng nông thôn mới", yes("3/3 khu dân cư văn hóa", "Đạt")),
    ]),
    crit(17, "Môi trường và an toàn thực phẩm", "not_achieved", "Chưa đạt", [
      ind("17.1", "Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn", {
        threshold: unknown("chỉ tiêu theo vùng chưa nhập"),
        figure: "0%",
        self: "Chưa đạt",
        verdict: "not_assessed",
      }),
      ind("17.2", "Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường", yes("Trên địa bàn không có", "Đạt")),
      ind("17.3", "Cảnh quan, không gian xanh - sạch - đẹp, an toàn; không để xảy ra tồn đọng nước thải sinh hoạt tại các khu dân cư tập trung", yes("Chưa đạt", "Chưa đạt")),
      ind("17.6", "Tỷ lệ chất thải rắn sinh hoạt và chất thải rắn không nguy hại trên địa bàn được thu gom, xử lý theo quy định", {
        threshold: unknown("chỉ tiêu theo vùng chưa nhập"),
        figure: "69,7%",
        self: "Chưa đạt",
        verdict: "not_assessed",
      }),
      ind("17.8", "Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch", {
        threshold: unknown("chỉ tiêu theo vùng chưa nhập"),
        figure: "50,8%",
        self: "Chưa đạt",
        verdict: "not_assessed",
      }),
      ind("17.10", "Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm", yes("02 điểm giết mổ chưa đảm bảo", "Chưa đạt")),
      ind("17.12", "Tỷ lệ chất thải nhựa phát sinh trên địa bàn được thu gom, tái sử dụng, tái chế, xử lý theo quy định", {
        threshold: unknown("chỉ tiêu theo vùng chưa nhập"),
        figure: "32,43%",
        self: "Đạt",
        verdict: "not_assessed",
      }),
    ]),
    crit(18, "Hệ thống chính trị và tiếp cận pháp luật", "achieved", "Đạt", [
      ind("18.1", "Cán bộ, công chức xã đạt chuẩn", yes("16/16 đạt 100%", "Đạt")),
      ind("18.2", "Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên", yes("Đạt", "Đạt")),
      ind("18.4", "Xã đạt chuẩn tiếp cận pháp luật theo quy định", yes("Đạt", "Đạt")),
    ]),
    crit(19, "Quốc phòng và an ninh", "achieved", "Đạt", [
      ind("19.1", "Xây dựng lực lượng dân quân “vững mạnh, rộng khắp” và hoàn thành các chỉ tiêu quân sự, quốc phòng", yes("Đạt", "Đạt")),
      ind("19.2", "Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên", yes("Đạt", "Đạt")),
    ]),
  ],
};

export const lienSonMeta: SummaryMeta = {
  commune: "Liên Sơn",
  district: "Chi Lăng",
  province: "Lạng Sơn",
  setName: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025",
  period: "6 tháng đầu năm 2024",
  date: new Date(2024, 5, 26),
  regionName: "Trung du và miền núi phía Bắc",
  lang: "vi",
};
