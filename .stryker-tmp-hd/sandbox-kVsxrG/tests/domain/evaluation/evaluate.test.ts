// @ts-nocheck
import { buildContext, type CheckOptions } from "../../../src/domain/evaluation/context";
import { combine, evaluate } from "../../../src/domain/evaluation/evaluate";
import type { CommuneResult, IndicatorResult } from "../../../src/domain/evaluation/CommuneResult";
import { findIndicators } from "../../../src/domain/grid/findIndicators";
import { reasonText, unknownThresholdText } from "../../../src/domain/messages";
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
