import { buildContext } from "../../../src/domain/evaluation/context";
import { evaluate, sheetIndicator } from "../../../src/domain/evaluation/evaluate";
import { findIndicators } from "../../../src/domain/grid/findIndicators";
import { DETECT, sheet } from "../../fixtures/grid";

const HEADER = ["TT", "Nội dung chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"];

function check(rows: (string | number | null)[][]) {
  const built = buildContext({ setId: "xa-ntm-2021-2025", province: null, region: null, disadvantaged: false, overlayJson: null });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const detection = findIndicators({ sheets: [sheet("Biểu", [HEADER, ...rows])] }, DETECT);
  return { detection, result: evaluate(detection, built.ctx) };
}

describe("indicators a commune's sheet adds under a criterion of the set", () => {
  // Criterion 4 of 2021–2025 lists 4.1 and 4.2; a province form may add its own rows.
  const { detection, result } = check([
    ["Tiêu chí số 4: Điện", null, null, null, "Đạt"],
    ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
    ["4.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "≥ 95%", "97%", "Đạt"],
    ["4.10", "Tỷ lệ thôn có đường điện chiếu sáng", "≥ 80%", "70%", null],
    ["4.3", "Kinh phí đầu tư lưới điện", null, "12,5 triệu đồng", null],
    ["4.4", "Có đèn đường ở trung tâm xã", null, "Có", null],
  ]);
  const c4 = result.criteria.find((c) => c.no === 4)!;

  it("are judged as the sheet defines them, in code order (4.10 after 4.4), each said to be the sheet's", () => {
    expect(c4.indicators.map((i) => [i.code, i.verdict, i.definedBy ?? null, i.reason.code])).toEqual([
      ["4.1", "achieved", null, "meets"],
      ["4.2", "achieved", null, "meets"],
      ["4.3", "not_assessed", "sheet", "unknown-threshold"],
      ["4.4", "not_assessed", "sheet", "unknown-threshold"],
      ["4.10", "not_achieved", "sheet", "fails"],
    ]);
    expect(result.findings.filter((f) => f.code === "indicator/sheet-defined").map((f) => [f.params, f.at])).toEqual([
      [{ indicator: "4.3" }, { cell: { sheet: "Biểu", row: 5, col: 0 } }],
      [{ indicator: "4.4" }, { cell: { sheet: "Biểu", row: 6, col: 0 } }],
      [{ indicator: "4.10" }, { cell: { sheet: "Biểu", row: 4, col: 0 } }],
    ]);
  });

  it("a sheet's own indicator that fails makes the criterion not achieved, and the commune's “Đạt” is questioned", () => {
    expect(c4.verdict).toBe("not_achieved");
    expect(c4.selfVerdict).toBe("achieved");
    expect(result.findings.filter((f) => f.code === "self-assessment/mismatch")).toEqual([
      { code: "self-assessment/mismatch", params: { level: "criterion", code: "4", self: "Đạt", computed: "not_achieved" }, at: { cell: { sheet: "Biểu", row: 1, col: 4 } } },
    ]);
  });

  it("the kind of a sheet's indicator comes from its threshold, else from its figure", () => {
    const kind = (code: string) => {
      const row = detection.indicators.find((r) => r.code === code)!;
      const ind = sheetIndicator(row);
      return [ind.kind, ind.unit ?? null, ind.name];
    };
    expect(kind("4.10")).toEqual(["percent", null, "Tỷ lệ thôn có đường điện chiếu sáng"]);
    expect(kind("4.3")).toEqual(["amount", "đồng", "Kinh phí đầu tư lưới điện"]);
    expect(kind("4.4")).toEqual(["yesNo", null, "Có đèn đường ở trung tâm xã"]);
  });

  it("a criterion row the commune did not assess, or assessed as computed, raises nothing", () => {
    const agreed = check([
      ["Tiêu chí số 4: Điện", null, null, null, "Đạt"],
      ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt", "Đạt"],
      ["4.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "≥ 95%", "97%", "Đạt"],
      ["Tiêu chí số 5: Trường học", null, null, null, null],
      ["5", "Tỷ lệ trường học đạt chuẩn", "≥ 70%", "50%", null],
    ]).result;
    expect(agreed.findings.filter((f) => f.code === "self-assessment/mismatch")).toEqual([]);
    expect(agreed.findings.filter((f) => f.code === "indicator/sheet-defined")).toEqual([]);
    expect(agreed.criteria.find((c) => c.no === 5)!.selfVerdict).toBeNull();
  });
});
