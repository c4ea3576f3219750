import { buildContext, type CheckOptions } from "../../../src/domain/evaluation/context";
import { combine, evaluate, sheetIndicator } from "../../../src/domain/evaluation/evaluate";
import type { CommuneResult, IndicatorResult } from "../../../src/domain/evaluation/CommuneResult";
import { findIndicators } from "../../../src/domain/grid/findIndicators";
import { problemText, reasonText, unknownThresholdText } from "../../../src/domain/messages";
import { DETECT, sheet } from "../../fixtures/grid";

const HEADER = ["TT", "Nội dung chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"];

function run(rows: (string | number | null)[][], options: Partial<CheckOptions> = {}): CommuneResult {
  const built = buildContext({ setId: "xa-ntm-2021-2025", province: null, region: null, disadvantaged: false, overlayJson: null, ...options });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const detection = findIndicators({ sheets: [sheet("Biểu", [HEADER, ...rows])] }, DETECT);
  return evaluate(detection, built.ctx);
}

function ind(result: CommuneResult, code: string): IndicatorResult {
  const found = result.criteria.flatMap((c) => c.indicators).find((i) => i.code === code);
  if (!found) throw new Error(code);
  return found;
}

describe("evaluate: every value kind", () => {
  it.each([
    ["yes: Đạt", "1.1", "Đạt", "achieved"],
    ["yes: Chưa đạt", "1.1", "Chưa đạt", "not_achieved"],
    ["yes: Có", "8.1", "Có", "achieved"],
    ["yes: Không", "8.1", "Không", "not_achieved"],
    ["yes: x", "8.1", "x", "achieved"],
    ["none: Không có", "9.1", "Không có", "achieved"],
    ["none: 0", "9.1", "0", "achieved"],
    ["none: 3 nhà", "9.1", "3", "not_achieved"],
  ])("%s", (_label, code, figure, verdict) => {
    const r = run([[code, "x", "", figure, ""]]);
    expect(ind(r, code).verdict).toBe(verdict);
  });

  it.each([
    ["99,8%", "achieved"],
    ["721/722 hộ (99,8%)", "achieved"],
    ["95%", "achieved"],
    ["94,9%", "not_achieved"],
    ["684/722", "not_achieved"],
  ])("percent at least (4.2 ≥ 95%%, Lạng Sơn): %s → %s", (figure, verdict) => {
    const r = run([["4.2", "điện", "", figure, ""]], { province: "lang-son" });
    const i = ind(r, "4.2");
    expect(i.verdict).toBe(verdict);
    expect(i.threshold.origin).toBe("overlay");
    expect(i.threshold.source).toMatch(/Liên Sơn|Lạng Sơn|1494/);
    expect(i.threshold.source).not.toMatch(/shared\/|\.txt/);
  });

  it("percent stored as a number formatted as percent", () => {
    const r = run([["4.2", "điện", "", { value: 0.998, numberFormat: "0.0%" } as never, ""]], { province: "lang-son" });
    expect(ind(r, "4.2").verdict).toBe("achieved");
    expect(ind(r, "4.2").value).toBeCloseTo(99.8, 6);
  });

  it("percent at most: 15.3 stunting by region, and the Lạng Sơn overlay", () => {
    expect(ind(run([["15.3", "suy dinh dưỡng", "", "25%", ""]], { region: "tdmn-phia-bac" }), "15.3").verdict).toBe("not_achieved");
    expect(ind(run([["15.3", "suy dinh dưỡng", "", "25%", ""]], { region: "tay-nguyen" }), "15.3").verdict).toBe("achieved");
    expect(ind(run([["15.3", "suy dinh dưỡng", "", "24%", ""]], { region: "tdmn-phia-bac" }), "15.3").verdict).toBe("achieved");
    // The Lạng Sơn figure ≤ 26,7% is looser than the national ≤ 24% for TDMNPB: the national one applies.
    const ls = ind(run([["15.3", "suy dinh dưỡng", "", "26,7%", ""]], { province: "lang-son" }), "15.3");
    expect(ls.verdict).toBe("not_achieved");
    expect(ls.threshold.origin).toBe("catalogue");
    expect(ind(run([["15.3", "suy dinh dưỡng", "", "17,72%", ""]], { province: "lang-son" }), "15.3").verdict).toBe("achieved");
  });

  it("extremely disadvantaged communes use the northern midlands thresholds", () => {
    const r = run([["15.3", "suy dinh dưỡng", "", "20%", ""]], { region: "dong-bang-song-hong", disadvantaged: true });
    // Red River Delta allows 16,5 %; the northern midlands and mountains 24 %.
    expect(ind(r, "15.3").verdict).toBe("achieved");
    expect(ind(run([["15.3", "x", "", "20%", ""]], { region: "dong-bang-song-hong" }), "15.3").verdict).toBe("not_achieved");
  });

  it("amount: income against 39 triệu đồng/người/năm (Lạng Sơn)", () => {
    expect(ind(run([["10", "thu nhập", "", "28 triệu/người/năm", ""]], { province: "lang-son" }), "10").verdict).toBe("not_achieved");
    expect(ind(run([["10", "thu nhập", "", "42.000.000 đồng/người", ""]], { province: "lang-son" }), "10").verdict).toBe("achieved");
  });

  it("region unknown: a region-dependent threshold is not assessed", () => {
    const i = ind(run([["15.3", "x", "", "10%", ""]]), "15.3");
    expect(i.verdict).toBe("not_assessed");
    expect(i.reason.code).toBe("unknown-threshold");
  });
});

describe("evaluate: unknown thresholds and the sheet's own", () => {
  it("a figure is never judged against an unknown threshold", () => {
    const i = ind(run([["9.2", "nhà kiên cố", "", "146/185 hộ đạt 78,91%", "Đạt"]], { province: "lang-son" }), "9.2");
    expect(i.verdict).toBe("not_assessed");
    expect(i.reason.code).toBe("unknown-threshold");
    expect(i.threshold.rule).toBeNull();
    expect(reasonText(i, "vi")).toMatch(/Chưa có mức chuẩn/);
  });

  it("the sheet's threshold applies where the catalogue has none", () => {
    const i = ind(run([["9.2", "nhà kiên cố", "≥ 75%", "146/185 hộ đạt 78,91%", "Đạt"]], { province: "lang-son" }), "9.2");
    expect(i.verdict).toBe("achieved");
    expect(i.threshold.origin).toBe("sheet");
    expect(i.threshold.source).toContain("Biểu");
  });

  it("a sheet threshold that disagrees with the catalogue is reported; the catalogue's applies", () => {
    const r = run([["3.1", "tưới tiêu", "≥ 85%", "82%", "Đạt"]]);
    const i = ind(r, "3.1");
    expect(i.threshold.origin).toBe("catalogue");
    expect(i.verdict).toBe("achieved");
    expect(r.findings).toContainEqual({
      code: "threshold/disagrees",
      at: { cell: { sheet: "Biểu", row: 1, col: 2 } },
      params: { indicator: "3.1", sheetThreshold: "≥ 85%", applied: { kind: "atLeast", value: 80, unit: "%" } },
    });
  });

  it("a user's definitions file wins over the province overlay", () => {
    const overlayJson = JSON.stringify({ id: "my-xa", extends: "xa-ntm-2021-2025", name: "Của tôi", source: "QĐ của huyện", thresholds: { "4.2": { atLeast: 99 } } });
    const i = ind(run([["4.2", "điện", "", "98%", ""]], { province: "lang-son", overlayJson }), "4.2");
    expect(i.verdict).toBe("not_achieved");
    expect(i.threshold.origin).toBe("definitions");
  });
});

describe("evaluate: missing and bad figures, self-assessment", () => {
  it("no figure, not found, unreadable", () => {
    const r = run([["1.1", "quy hoạch", "", null, ""], ["1.2", "quy định", "", "đang hoàn thiện hồ sơ", ""]]);
    expect(ind(r, "1.1")).toMatchObject({ verdict: "not_assessed", reason: { code: "no-figure" } });
    expect(ind(r, "1.2")).toMatchObject({ verdict: "not_assessed", reason: { code: "unreadable" } });
    expect(ind(r, "4.1")).toMatchObject({ verdict: "not_assessed", reason: { code: "not-found" }, cellRef: null });
    expect(r.findings).toContainEqual({ code: "figure/unreadable", at: { cell: { sheet: "Biểu", row: 2, col: 3 } }, params: { indicator: "1.2", raw: "đang hoàn thiện hồ sơ" } });
  });

  it("a self-assessment that disagrees is reported with its cell", () => {
    const r = run([["15.2", "y tế", "", "Chưa đạt", "Đạt"], ["1.1", "quy hoạch", "", "Đạt", "Đạt"]]);
    const mismatches = r.findings.filter((f) => f.code === "self-assessment/mismatch");
    expect(mismatches).toEqual([
      { code: "self-assessment/mismatch", at: { cell: { sheet: "Biểu", row: 1, col: 4 } }, params: { level: "indicator", code: "15.2", self: "Đạt", computed: "not_achieved" } },
    ]);
  });
});

describe("criterion verdicts", () => {
  it("achieved only when all indicators are; not achieved when any is not", () => {
    expect(combine(["achieved", "achieved"])).toBe("achieved");
    expect(combine(["achieved", "not_achieved", "not_assessed"])).toBe("not_achieved");
    expect(combine(["achieved", "not_assessed"])).toBe("not_assessed");
    expect(combine([])).toBe("not_assessed"); // a criterion with nothing judged is not achieved by default
    const r = run([["8.1", "", "", "Có", ""], ["8.2", "", "", "Có", ""], ["8.3", "", "", "Có", ""], ["8.4", "", "", "Có", ""], ["19.1", "", "", "Đạt", ""]]);
    expect(r.criteria.find((c) => c.no === 8)!.verdict).toBe("achieved");
    expect(r.criteria.find((c) => c.no === 19)!.verdict).toBe("not_assessed");
    expect(r.criteriaAchieved).toBe(1);
    expect(r.criteriaTotal).toBe(19);
  });
});

describe("figures outside what their kind allows are findings, not values judged", () => {
  it.each([
    ["a negative share", "4.2", "-56%", -56, 0, 100],
    ["a share above 100%", "17.1", "105%", 105, 0, 100],
    ["a share written as a plain number above 100", "17.1", "250", 250, 0, 100],
    ["a negative income", "10", "-28 triệu đồng/người/năm", -28_000_000, 0, null],
  ])("%s (%s: %s)", (_label, code, figure, value, min, max) => {
    const r = run([[code, "x", "", figure, ""]], { province: "lang-son" });
    const i = ind(r, code);
    expect(i).toMatchObject({ verdict: "not_assessed", reason: { code: "out-of-range", figure, value } });
    expect(r.findings).toContainEqual({
      code: "figure/out-of-range",
      at: { cell: { sheet: "Biểu", row: 1, col: 3 } },
      params: { indicator: code, raw: figure, value, kind: code === "10" ? "amount" : "percent", min, max },
    });
    expect(reasonText(i, "vi")).toContain(`“${figure}”`);
  });

  it("the bounds themselves are judged: 0% and 100% are shares", () => {
    const r = run([["4.2", "x", "", "100%", ""], ["17.1", "x", "", "0%", ""]], { province: "lang-son" });
    expect(ind(r, "4.2").verdict).toBe("achieved");
    expect(ind(r, "17.1").reason.code).not.toBe("out-of-range");
    expect(r.findings.filter((f) => f.code === "figure/out-of-range")).toEqual([]);
  });
});

describe("evaluate: every reason, with what it was judged on", () => {
  it("meets / fails carry the figure as written and the rule applied", () => {
    const r = run([["4.2", "điện", "", "721/722 hộ (99,8%)", ""], ["15.3", "x", "", "30%", ""]], { province: "lang-son" });
    expect(ind(r, "4.2")).toMatchObject({
      verdict: "achieved",
      figureRaw: "721/722 hộ (99,8%)",
      reason: { code: "meets", figure: "721/722 hộ (99,8%)", rule: { kind: "atLeast", value: 95, unit: "%" } },
    });
    expect(ind(r, "4.2").value).toBe(99.8); // the percentage as written wins over 721/722
    expect(ind(r, "15.3")).toMatchObject({ verdict: "not_achieved", value: 30, reason: { code: "fails", figure: "30%", rule: { kind: "atMost", value: 24 } } }); // Lạng Sơn's ≤ 26,7% is looser than the national ≤ 24%
  });

  it("a figure of a kind or unit the rule cannot judge is not assessed", () => {
    const r = run([["1.1", "quy hoạch", "", "100%", ""], ["10", "thu nhập", "", "1147,7 ha", ""]], { province: "lang-son" });
    expect(ind(r, "1.1")).toMatchObject({ verdict: "not_assessed", reason: { code: "kind-mismatch", figure: "100%", rule: { kind: "yes" } } });
    expect(ind(r, "10")).toMatchObject({ verdict: "not_assessed", reason: { code: "unit-mismatch", figure: "1147,7 ha" } });
    expect(reasonText(ind(r, "1.1"), "en")).toBe("The figure “100%” cannot be compared with Achieved.");
  });

  it("the sheet's “Chưa đánh giá” is kept as the commune wrote it, with or without a threshold", () => {
    const r = run([["1.1", "quy hoạch", "", "Chưa đánh giá", ""], ["9.2", "nhà ở", "", "Chưa đánh giá", ""]], { province: "lang-son" });
    expect(ind(r, "1.1")).toMatchObject({ verdict: "not_assessed", reason: { code: "marked-not-assessed", figure: "Chưa đánh giá" } });
    expect(ind(r, "9.2")).toMatchObject({ verdict: "not_assessed", value: null, reason: { code: "marked-not-assessed", figure: "Chưa đánh giá" } });
  });

  it("TCVN3 text is decoded and judged; text that only looks legacy is reported, not misread", () => {
    const r = run([["1.1", "quy hoạch", "", "Ch\u00ada ®¹t", ""], ["1.2", "quy định", "", "qu¶¶", ""]]);
    expect(ind(r, "1.1")).toMatchObject({ verdict: "not_achieved", reason: { code: "fails" } });
    expect(ind(r, "1.2")).toMatchObject({ verdict: "not_assessed", reason: { code: "legacy-encoding", figure: "qu¶¶" } });
    expect(r.findings).toContainEqual({ code: "figure/legacy-encoding", at: { cell: { sheet: "Biểu", row: 2, col: 3 } }, params: { indicator: "1.2", raw: "qu¶¶" } });
    expect(r.findings.some((f) => f.code === "figure/unreadable")).toBe(false);
    expect(reasonText(ind(r, "1.2"), "vi")).toBe("Ô 'Biểu'!D3 dùng bảng mã cũ (TCVN3/VNI): “qu¶¶”. Hãy chuyển sang Unicode.");
  });

  it("a formula error in the figure's cell is its own finding, worded with what the error means", () => {
    const r = run([["4.2", "điện", "", "#DIV/0!", ""], ["15.3", "y tế", "", " #ref! ", ""], ["1.1", "quy hoạch", "", "Đạt", ""]], { province: "lang-son" });
    expect(ind(r, "4.2")).toMatchObject({ verdict: "not_assessed", value: null, reason: { code: "unreadable", figure: "#DIV/0!", error: "#DIV/0!" } });
    expect(ind(r, "15.3")).toMatchObject({ verdict: "not_assessed", reason: { code: "unreadable", error: "#REF!" } });
    expect(r.findings).toContainEqual({ code: "figure/error-value", at: { cell: { sheet: "Biểu", row: 1, col: 3 } }, params: { indicator: "4.2", raw: "#DIV/0!", error: "#DIV/0!" } });
    expect(r.findings.filter((f) => f.code === "figure/unreadable")).toEqual([]);
    expect(reasonText(ind(r, "4.2"), "vi")).toBe("Ô 'Biểu'!D2 có lỗi công thức #DIV/0! (chia cho 0: mẫu số trống hoặc bằng 0): không có số liệu để đánh giá. Hãy sửa công thức hoặc số liệu nguồn.");
    expect(reasonText(ind(r, "15.3"), "en")).toBe("Cell 'Biểu'!D3 holds a formula error, #REF! (the formula refers to a cell or sheet that was deleted): there is no figure to assess. Correct the formula or its source figures.");
    const f = r.findings.find((x) => x.code === "figure/error-value" && x.params.indicator === "15.3")!;
    expect(problemText(f, "vi")).toBe("Chỉ tiêu 15.3: ô số liệu có lỗi công thức #REF! (công thức tham chiếu đến ô hoặc trang tính đã bị xóa). ['Biểu'!D3]");
    expect(ind(r, "1.1").verdict).toBe("achieved");
  });

  it("text that only mentions an error is no formula error", () => {
    const r = run([["4.2", "điện", "", "#DIV/0! do chưa có mẫu số", ""]]);
    expect(ind(r, "4.2").reason).toEqual({ code: "unreadable", figure: "#DIV/0! do chưa có mẫu số" });
    expect(r.findings.map((f) => f.code)).toContain("figure/unreadable");
  });

  it("an unknown threshold keeps the value read and says why, as data", () => {
    const r = run([["9.2", "nhà ở", "", "146/185 hộ đạt 78,91%", ""], ["15.3", "x", "", "12%", ""], ["8.1", "bưu chính", "", "Có", ""]]);
    const housing = ind(r, "9.2");
    expect(housing.value).toBeCloseTo(78.91, 2);
    expect(housing.reason).toEqual({ code: "unknown-threshold", figure: "146/185 hộ đạt 78,91%", unknown: { why: "no-data", note: expect.any(String) } });
    expect(ind(r, "15.3").reason).toMatchObject({ code: "unknown-threshold", figure: "12%", unknown: { why: "region-unknown" } });
    expect(ind(r, "15.3").value).toBe(12);
    expect(reasonText(ind(r, "15.3"), "vi")).toBe("Chưa có mức chuẩn để so sánh: chưa đánh giá.");
    const why = ind(r, "15.3").reason;
    expect(why.code === "unknown-threshold" && why.unknown ? unknownThresholdText(why.unknown, "vi") : "").toContain("Chưa biết vùng của xã");
    expect(ind(run([["9.2", "nhà ở", "", 79, ""]], { province: "lang-son" }), "9.2")).toMatchObject({ value: 79, reason: { code: "unknown-threshold", figure: "79" } });
    // A yes/no figure still judged: 8.1 has a threshold everywhere.
    expect(ind(r, "8.1")).toMatchObject({ verdict: "achieved", value: true });
  });

  it("an empty figure cell: no figure, nothing read", () => {
    const i = ind(run([["1.1", "quy hoạch", "", "", "Đạt"]]), "1.1");
    expect(i).toMatchObject({ verdict: "not_assessed", figureRaw: null, figure: null, value: null, reason: { code: "no-figure" } });
    expect(i.cellRef).toEqual({ sheet: "Biểu", row: 1, col: 3 });
    expect(i.selfAssessment).toBe("Đạt");
    expect(i.selfVerdict).toBe("achieved");
  });
});

describe("evaluate: the sheet's threshold and self-assessment, in detail", () => {
  it("the sheet's own threshold is cited by sheet and row", () => {
    const i = ind(run([["9.2", "nhà ở", "≥ 75%", "78%", ""]], { province: "lang-son" }), "9.2");
    expect(i.threshold).toEqual({ rule: { kind: "atLeast", value: 75, unit: "%" }, origin: "sheet", source: "Biểu!2: “≥ 75%”", region: null });
  });

  it("a sheet threshold equal to the one applied is not a disagreement; another kind or value is", () => {
    const same = run([["3.1", "tưới tiêu", "≥ 80%", "82%", ""]]);
    expect(same.findings.filter((f) => f.code === "threshold/disagrees")).toEqual([]);
    const otherKind = run([["3.1", "tưới tiêu", "≤ 80%", "82%", ""]]);
    expect(otherKind.findings.map((f) => f.code)).toContain("threshold/disagrees");
    const yes = run([["1.1", "quy hoạch", "Đạt", "Đạt", ""]]);
    expect(yes.findings.filter((f) => f.code === "threshold/disagrees")).toEqual([]);
    const unreadable = run([["3.1", "tưới tiêu", "theo quy định", "82%", ""]]);
    expect(ind(unreadable, "3.1").threshold.origin).toBe("catalogue");
    expect(unreadable.findings.filter((f) => f.code === "threshold/disagrees")).toEqual([]);
  });

  it("no mismatch when either side is not assessed, or they agree", () => {
    const r = run([
      ["1.1", "quy hoạch", "", "Đạt", "Chưa đánh giá"],
      ["1.2", "quy định", "", "", "Đạt"],
      ["8.1", "bưu chính", "", "Có", "Đạt"],
      ["8.2", "viễn thông", "", "Không", "Chưa đạt"],
      ["8.3", "truyền thanh", "", "Có", "Không"],
    ]);
    expect(r.findings.filter((f) => f.code === "self-assessment/mismatch")).toEqual([
      { code: "self-assessment/mismatch", at: { cell: { sheet: "Biểu", row: 5, col: 4 } }, params: { level: "indicator", code: "8.3", self: "Không", computed: "achieved" } },
    ]);
  });

  it("a criterion row's own self-assessment is read and compared with the criterion verdict", () => {
    const r = run([
      ["Tiêu chí số 8: Thông tin và truyền thông", "", "", "", "Đạt"],
      ["8.1", "bưu chính", "", "Có", ""],
      ["8.2", "viễn thông", "", "Không", ""],
      ["8.3", "truyền thanh", "", "Có", ""],
      ["8.4", "ứng dụng CNTT", "", "Có", ""],
      ["Tiêu chí số 19: Quốc phòng và An ninh", "", "", "", "Chưa đạt"],
    ]);
    const c8 = r.criteria.find((c) => c.no === 8)!;
    expect(c8).toMatchObject({ verdict: "not_achieved", selfAssessment: "Đạt", selfVerdict: "achieved" });
    expect(r.findings).toContainEqual({
      code: "self-assessment/mismatch",
      at: { cell: { sheet: "Biểu", row: 1, col: 4 } },
      params: { level: "criterion", code: "8", self: "Đạt", computed: "not_achieved" },
    });
    // 19 is not assessed (no figures): its "Chưa đạt" is not contested.
    expect(r.criteria.find((c) => c.no === 19)).toMatchObject({ verdict: "not_assessed", selfVerdict: "not_achieved" });
    expect(r.findings.filter((f) => f.code === "self-assessment/mismatch" && f.params.level === "criterion")).toHaveLength(1);
  });

  it("the result names the set, region, province and commune; detection issues come first", () => {
    const built = buildContext({ setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null });
    if (!built.ok) throw new Error("context");
    const detection = findIndicators(
      { sheets: [sheet("Biểu", [["UBND XÃ LIÊN SƠN"], HEADER, ["4.2", "x", "", "99%", ""], ["4.2", "x", "", "90%", ""], ["20.9", "x", "", "1", ""]])] },
      DETECT,
    );
    const r = evaluate(detection, built.ctx);
    expect(r).toMatchObject({ setId: "xa-ntm-2021-2025", region: "tdmn-phia-bac", province: "lang-son", commune: "Liên Sơn" });
    expect(r.findings.map((f) => f.code).slice(0, 2).sort()).toEqual(["indicator/duplicate", "indicator/unknown-code"]);
    expect(ind(r, "4.2").figureRaw).toBe("99%");
  });
});

describe("out of range: only where the kind says so", () => {
  it("an amount for a share is a unit problem, not a share above 100%; a yes/no indicator has no range", () => {
    const r = run([["4.2", "điện", "", "150 ha", ""], ["8.1", "bưu chính", "", "-1", ""], ["9.1", "nhà tạm", "", "-2", ""]], { province: "lang-son" });
    expect(ind(r, "4.2").reason.code).not.toBe("out-of-range");
    expect(ind(r, "8.1").reason.code).toBe("kind-mismatch");
    expect(ind(r, "9.1")).toMatchObject({ verdict: "not_assessed", reason: { code: "out-of-range", value: -2 } });
    expect(r.findings.filter((f) => f.code === "figure/out-of-range").map((f) => f.params)).toEqual([
      { indicator: "9.1", raw: "-2", value: -2, kind: "none", min: 0, max: null },
    ]);
  });
});

describe("evaluate: indicators the sheet defines, in detail", () => {
  // Criterion 4 of 2021–2025 lists 4.1 and 4.2; 4.x rows beyond those are the sheet's own.
  const sheetRow = (code: string, threshold: string | null, figure: string | number | null, label = "Chỉ tiêu của tỉnh") => [code, label, threshold, figure, null];

  it("a row without a threshold: no figure is “no figure”, a figure is “unknown threshold”, “Chưa đánh giá” is kept", () => {
    const r = run([sheetRow("4.3", null, null), sheetRow("4.4", null, "80%"), sheetRow("4.5", null, "Chưa đánh giá")]);
    expect(["4.3", "4.4", "4.5"].map((c) => [c, ind(r, c).verdict, ind(r, c).reason.code])).toEqual([
      ["4.3", "not_assessed", "no-figure"],
      ["4.4", "not_assessed", "unknown-threshold"],
      ["4.5", "not_assessed", "marked-not-assessed"],
    ]);
    expect(ind(r, "4.4").value).toBe(80);
  });

  it("the kind of its figure when the sheet gives no threshold: a share, yes/no, an amount with its unit, else a count; a threshold's kind first", () => {
    const { detection } = (() => {
      const built = buildContext({ setId: "xa-ntm-2021-2025", province: null, region: null, disadvantaged: false, overlayJson: null });
      if (!built.ok) throw new Error("context");
      return { detection: findIndicators({ sheets: [sheet("Biểu", [HEADER, sheetRow("4.3", null, "85%"), sheetRow("4.4", null, "Đạt"), sheetRow("4.5", null, "12 triệu đồng"), sheetRow("4.6", null, 7, ""), sheetRow("4.7", "≥ 5 km", 7)])] }, DETECT) };
    })();
    const kinds = detection.indicators.map((row) => {
      const i = sheetIndicator(row);
      return [i.code, i.kind, i.unit ?? null, i.name];
    });
    expect(kinds).toEqual([
      ["4.3", "percent", null, "Chỉ tiêu của tỉnh"],
      ["4.4", "yesNo", null, "Chỉ tiêu của tỉnh"],
      ["4.5", "amount", "đồng", "Chỉ tiêu của tỉnh"],
      ["4.6", "count", null, "4.6"],
      ["4.7", "amount", "km", "Chỉ tiêu của tỉnh"],
    ]);
  });

  it("a definitions file that describes the indicator says its kind and unit; the last file first; the sheet's wording stays", () => {
    const row = findIndicators({ sheets: [sheet("Biểu", [HEADER, sheetRow("4.3", null, "85%"), sheetRow("4.4", null, "85%", "")])] }, DETECT).indicators;
    const file = (name: string, kind: "amount" | "count", unit?: string) => ({
      origin: "definitions" as const,
      overlay: { id: name, extends: "xa-ntm-2021-2025", name, source: name, thresholds: {}, indicators: { "4.3": { name: "Theo tệp", kind, ...(unit ? { unit } : {}) }, "4.4": { name: "Theo tệp", kind } } },
    });
    const overlays = [file("a", "count"), file("b", "amount", "đồng")] as never;
    expect(sheetIndicator(row[0], overlays)).toEqual({ code: "4.3", name: "Chỉ tiêu của tỉnh", kind: "amount", unit: "đồng", thresholds: {} });
    expect(sheetIndicator(row[1], overlays)).toEqual({ code: "4.4", name: "Theo tệp", kind: "amount", thresholds: {} });
    expect(sheetIndicator(row[1], [file("a", "count")] as never)).toEqual({ code: "4.4", name: "Theo tệp", kind: "count", thresholds: {} });
  });

  it("the sheet's own rows come in code order (4.10 after 4.9), and a whole-number row under a listed criterion is its heading", () => {
    const r = run([sheetRow("4.10", "≥ 50%", "60%"), sheetRow("4.9", "≥ 50%", "60%"), sheetRow("4.3", "≥ 50%", "60%"), ["4", "Điện", null, "Đạt", null]]);
    const c4 = r.criteria.find((c) => c.no === 4)!;
    expect(c4.indicators.map((i) => i.code)).toEqual(["4.1", "4.2", "4.3", "4.9", "4.10"]);
    expect(r.criteria.find((c) => c.no === 5)!.indicators.map((i) => i.code)).toEqual(["5"]);
  });

  it("a threshold in region or group columns the commune is not placed in: unknown, saying which", () => {
    const built = buildContext({ setId: "xa-ntm-2021-2025", province: null, region: null, disadvantaged: false, overlayJson: null });
    if (!built.ok) throw new Error("context");
    const detection = findIndicators({ sheets: [sheet("Biểu", [HEADER, sheetRow("4.3", null, "85%"), sheetRow("4.4", null, "85%")])] }, DETECT);
    detection.indicators[0] = { ...detection.indicators[0], thresholdNeeds: "group" };
    detection.indicators[1] = { ...detection.indicators[1], thresholdNeeds: "region" };
    const r = evaluate(detection, built.ctx);
    expect(ind(r, "4.3").threshold.unknown).toEqual({ why: "group-unknown", note: null });
    expect(ind(r, "4.4").threshold.unknown).toEqual({ why: "region-unknown", note: null });
    expect(ind(r, "4.3").reason).toEqual({ code: "unknown-threshold", figure: "85%", unknown: { why: "group-unknown", note: null } });
  });
});

describe("evaluate: the sheet's threshold against the one applied", () => {
  it("the same rule written differently agrees (spaces, case of the unit); a share and an amount of the same value do not", () => {
    const disagrees = (threshold: string) =>
      run([["10", "Thu nhập bình quân đầu người", threshold, "40 triệu đồng", null]], { province: "lang-son" }).findings.filter((f) => f.code === "threshold/disagrees").length;
    expect(disagrees("≥ 39 triệu đồng/người/năm")).toBe(0);
    expect(disagrees("≥39 Triệu đồng/người/năm")).toBe(0);
    expect(disagrees("≥ 39,5 triệu đồng/người/năm")).toBe(1);
    expect(disagrees("≥ 39%")).toBe(1);
    expect(disagrees("≤ 39 triệu đồng/người/năm")).toBe(1);
  });

  it("the sheet's threshold used where none is known is cited by its own row", () => {
    const r = run([["4.3", "Chỉ tiêu của tỉnh", "≥ 50%", "60%", null]]);
    expect(ind(r, "4.3").threshold).toEqual({ rule: { kind: "atLeast", value: 50, unit: "%" }, origin: "sheet", source: "Biểu!2: “≥ 50%”", region: null });
  });
});

describe("evaluate: what the sheet states", () => {
  it("“Không có” where a count is expected: nothing to count, achieved; “Có” is no such statement", () => {
    const r = run([["9.1", "Không có nhà tạm, dột nát", "", "Không có", ""], ["4.3", "Số cơ sở chăn nuôi ô nhiễm", "≤ 2", "Có", null], ["4.4", "Số cơ sở chăn nuôi ô nhiễm", "≤ 2", "Không có", null]]);
    expect(ind(r, "4.4").reason).toEqual({ code: "nothing-to-count", figure: "Không có", rule: { kind: "atMost", value: 2, unit: "" } });
    expect(ind(r, "4.4").basis).toBe("stated");
    expect(ind(r, "4.3").reason.code).toBe("kind-mismatch");
    expect(ind(r, "9.1").reason.code).not.toBe("nothing-to-count");
  });

  it("“Không có” for a yes/no indicator marked “( nếu có )” is nothing there, achieved; without the mark it is “no”", () => {
    const r = run([["4.3", "Có đèn đường ( nếu có )", "Đạt", "Không có", null], ["4.4", "Có đèn đường (neu co)", "Đạt", "Không có", null], ["4.5", "Có đèn đường", "Đạt", "Không có", null]]);
    expect(["4.3", "4.4", "4.5"].map((c) => [c, ind(r, c).verdict, ind(r, c).reason.code])).toEqual([
      ["4.3", "achieved", "nothing-to-count"],
      ["4.4", "achieved", "nothing-to-count"],
      ["4.5", "not_achieved", "fails"],
    ]);
  });

  it("a stated verdict without any threshold carries no rule", () => {
    const r = run([["4.3", "Chỉ tiêu của tỉnh", null, "Đạt", null]]);
    expect(ind(r, "4.3").reason).toEqual({ code: "stated", figure: "Đạt" });
  });

  it("a criterion row without a self-assessment raises no mismatch, whatever the verdict", () => {
    const r = run([["Tiêu chí số 4: Điện", null, null, null, null], ["4.1", "Hệ thống điện", "Đạt", "Đạt", null], ["4.2", "Điện", "≥ 95%", "97%", null]]);
    expect(r.criteria.find((c) => c.no === 4)!.verdict).toBe("achieved");
    expect(r.findings.filter((f) => f.code === "self-assessment/mismatch")).toEqual([]);
  });
});
