// @ts-nocheck
import { buildContext } from "../../../src/domain/evaluation/context";
import { evaluate } from "../../../src/domain/evaluation/evaluate";
import type { IndicatorResult } from "../../../src/domain/evaluation/CommuneResult";
import { findIndicators } from "../../../src/domain/grid/findIndicators";
import { reasonText } from "../../../src/domain/messages";
import { DETECT, sheet } from "../../fixtures/grid";

const HEADER = ["TT", "Nội dung chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"];

function judge(code: string, label: string, threshold: string, figure: string): IndicatorResult {
  const built = buildContext({ setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const detection = findIndicators({ sheets: [sheet("Biểu", [HEADER, [code, label, threshold, figure, ""]])] }, DETECT);
  return evaluate(detection, built.ctx).criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;
}

describe("a verdict word where a figure was expected is judged as stated", () => {
  it.each([
    ["17.2", "Tỷ lệ cơ sở sản xuất - kinh doanh đảm bảo quy định về bảo vệ môi trường", "100%", "Đạt", "achieved"],
    ["17.10", "Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ quy định an toàn thực phẩm", "100%", "Chưa đạt", "not_achieved"],
    ["2.1", "Tỷ lệ đường xã được nhựa hóa", "", "Chưa đạt", "not_achieved"],
    ["17.9", "Tỷ lệ cơ sở chăn nuôi đảm bảo quy định về vệ sinh thú y", "100%", "(Đạt) không có cơ sở trên địa bàn", "achieved"],
  ])("%s “%s” = %s", (code, label, threshold, figure, verdict) => {
    const r = judge(code, label, threshold, figure);
    expect([r.verdict, r.basis, r.reason.code]).toEqual([verdict, "stated", "stated"]);
    expect(reasonText(r, "vi")).toContain("Theo kết quả ghi trong biểu");
    expect(reasonText(r, "en")).toContain("As stated in the sheet");
  });

  it("a figure compared with a threshold is computed", () => {
    const r = judge("4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99,8%");
    expect([r.verdict, r.basis]).toEqual(["achieved", "computed"]);
  });

  it("a yes/no indicator's 'Đạt' is compared with its 'Đạt' threshold (computed)", () => {
    const r = judge("1.1", "Có quy hoạch chung", "Đạt", "Chưa đạt");
    expect([r.verdict, r.basis]).toEqual(["not_achieved", "computed"]);
  });

  it("'Chưa đánh giá' stays not assessed, without a basis", () => {
    const r = judge("11", "Tỷ lệ nghèo đa chiều", "≤ 13%", "Chưa đánh giá");
    expect([r.verdict, r.basis]).toEqual(["not_assessed", null]);
  });
});

describe("nothing to count", () => {
  it.each([
    ["17.9", "Tỷ lệ cơ sở chăn nuôi đảm bảo quy định về vệ sinh thú y", "Không có cơ sở chăn nuôi", "achieved"],
    ["17.2", "Tỷ lệ cơ sở sản xuất - kinh doanh đảm bảo quy định về bảo vệ môi trường", "Không phát sinh", "achieved"],
    ["13.4", "Có kế hoạch và triển khai kế hoạch bảo tồn, phát triển làng nghề (nếu có)", "Không có làng nghề", "achieved"],
  ])("%s: “%s”", (code, label, figure, verdict) => {
    const r = judge(code, label, "", figure);
    expect([r.verdict, r.basis, r.reason.code]).toEqual([verdict, "stated", "nothing-to-count"]);
  });

  it("'Không có' for 'Xã có chợ' is no market: not achieved", () => {
    const r = judge("7", "Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa", "Đạt", "Không có");
    expect([r.verdict, r.basis]).toEqual(["not_achieved", "computed"]);
  });

  it("'Không' for 9.1 Nhà tạm, dột nát meets 'none'", () => {
    const r = judge("9.1", "Nhà tạm, dột nát", "Không", "Không");
    expect([r.verdict, r.basis]).toEqual(["achieved", "computed"]);
  });
});
