import * as fs from "fs";
import * as path from "path";
import { definitionsErrorText, formatJsonPath, problemText, reasonText, setConflictText, setReasonText, shortfallText, unknownThresholdText, verdictLabel } from "../../../src/domain/messages";
import { en } from "../../../src/domain/messages/en";
import { vi } from "../../../src/domain/messages/vi";
import { LANGS } from "../../../src/domain/messages/Lang";
import type { HostProblem } from "../../../src/app/WorkbookPort";
import type { IndicatorResult } from "../../../src/domain/evaluation/CommuneResult";

const SRC = path.resolve(__dirname, "../../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Source outside the words and the type: where problems are made. */
const producers = sourceFiles(SRC)
  .filter((f) => !f.includes(`${path.sep}domain${path.sep}messages${path.sep}`) && !f.endsWith(`Problem.ts`))
  .map((f) => fs.readFileSync(f, "utf8"))
  .join("\n");

/** An indicator's result as the engine gives it, its figure in column D of `sheet`, row `row` (0-based). */
function indicatorResult({ sheet, row, ...r }: Pick<IndicatorResult, "code" | "name" | "verdict" | "figureRaw" | "value" | "threshold" | "reason"> & { sheet: string; row: number }): IndicatorResult {
  return { criterionNo: Number(r.code.split(".")[0]), cellRef: { sheet, row, col: 3 }, figure: null, selfAssessment: null, selfVerdict: null, ...r };
}

describe("messages", () => {
  it("every code is worded in both languages", () => {
    for (const group of ["verdict", "reason", "problem", "definitionsError", "unknownThreshold", "rule"] as const) {
      expect(Object.keys(vi[group]).sort()).toEqual(Object.keys(en[group]).sort());
    }
  });

  it("every problem code is two-part and made somewhere in src/ (codes never produced are removed)", () => {
    for (const code of Object.keys(vi.problem)) {
      expect(code).toMatch(/^[a-z-]+\/[a-z-]+$/);
      expect([code, producers.includes(`"${code}"`)]).toEqual([code, true]);
    }
  });

  it("every definitions-file error code is made somewhere in src/", () => {
    for (const code of Object.keys(vi.definitionsError)) expect([code, producers.includes(`code: "${code}"`)]).toEqual([code, true]);
  });

  it("host problems name the sheet and cell when known and never print 'undefined'", () => {
    const p = (code: HostProblem["code"], at = {}): HostProblem => ({ code, at, params: {} }) as HostProblem;
    expect(problemText(p("host/protected-sheet", { sheet: "Biểu 01" }), "vi")).toContain("Trang “Biểu 01”");
    expect(problemText(p("host/not-found", { sheet: "Biểu 01", cell: { sheet: "Biểu 01", row: 7, col: 3 } }), "en")).toBe(
      "Could not find sheet “Biểu 01”, cell D8.",
    );
    for (const lang of LANGS) {
      for (const code of ["host/protected-sheet", "host/cell-edit-mode", "host/too-large", "host/not-found", "host/unsupported", "host/other"] as const) {
        expect(problemText(p(code), lang)).not.toMatch(/undefined/);
      }
    }
  });

  it("a finding in a cell ends with the cell; typed parameters are worded in the language asked", () => {
    const disagrees = {
      code: "threshold/disagrees" as const,
      at: { cell: { sheet: "TC 10-19", row: 7, col: 2 } },
      params: { indicator: "10", sheetThreshold: "≥ 36 triệu", applied: { kind: "atLeast" as const, value: 39, unit: "triệu đồng/người/năm" } },
    };
    expect(problemText(disagrees, "vi")).toBe(
      "Chỉ tiêu 10: mức chuẩn ghi trong bảng “≥ 36 triệu” khác mức đang áp dụng ≥ 39 triệu đồng/người/năm. ['TC 10-19'!C8]",
    );
    expect(problemText(disagrees, "en")).toBe(
      "Indicator 10: the threshold in the sheet “≥ 36 triệu” differs from the one applied, ≥ 39 million VND/person/year. ['TC 10-19'!C8]",
    );
    const mismatch = {
      code: "self-assessment/mismatch" as const,
      at: {},
      params: { level: "criterion" as const, code: "15", self: "Đạt", computed: "not_achieved" as const },
    };
    expect(problemText(mismatch, "vi")).toBe("Tiêu chí 15: xã tự đánh giá “Đạt” nhưng kết quả kiểm tra là “Chưa đạt”.");
    expect(problemText(mismatch, "en")).toBe("Criterion 15: the commune assessed “Đạt” but the check gives “Not achieved”.");
  });

  it("an English reason states the threshold in English units (not the Vietnamese text)", () => {
    const rule = { kind: "atLeast" as const, value: 39, unit: "triệu đồng/người/năm" };
    const income = indicatorResult({
      code: "10",
      name: "Thu nhập",
      verdict: "not_achieved",
      sheet: "TC 10-19",
      row: 7,
      figureRaw: "28 triệu/người/năm",
      value: 28,
      threshold: { rule, origin: "overlay", source: "Quyết định 1494/QĐ-UBND", region: null },
      reason: { code: "fails", figure: "28 triệu/người/năm", rule },
    });
    expect(reasonText(income, "en")).toBe(
      "Figure “28 triệu/người/năm”, required ≥ 39 million VND/person/year: not achieved. Source: Quyết định 1494/QĐ-UBND.",
    );
    expect(reasonText(income, "vi")).toBe("Kết quả “28 triệu/người/năm”, yêu cầu ≥ 39 triệu đồng/người/năm: chưa đạt. Nguồn: Quyết định 1494/QĐ-UBND.");
    expect(verdictLabel("not_assessed", "en")).toBe("Not assessed");
  });

  it("definitions errors start with their JSON path; the root has a name", () => {
    const e = { path: ["thresholds", "10", "atLeast"], code: "expected-type" as const, expected: "number", got: '"39"' };
    expect(definitionsErrorText(e, "vi")).toBe('thresholds["10"].atLeast: cần số, nhận được "39"');
    expect(definitionsErrorText(e, "en")).toBe('thresholds["10"].atLeast: expected a number, got "39"');
    expect(definitionsErrorText({ path: [], code: "unknown-key", key: "x", allowed: ["id"] }, "en")).toBe('(root): unknown key "x" (allowed: id)');
    expect(definitionsErrorText({ path: ["provinces", 0], code: "expected-type", expected: "string", got: null }, "vi")).toBe(
      "provinces[0]: cần chuỗi văn bản, nhận được không có (thiếu trường này)",
    );
  });
});

describe("reasonText: the parts of a reason", () => {
  const base = indicatorResult({
    code: "15.3",
    name: "Suy dinh dưỡng",
    verdict: "achieved",
    sheet: "TC 10-19",
    row: 24,
    figureRaw: "17,72%",
    value: 17.72,
    threshold: { rule: { kind: "atMost", value: 24, unit: "%" }, origin: "catalogue", source: null, region: "tdmn-phia-bac" },
    reason: { code: "meets", figure: "17,72%", rule: { kind: "atMost", value: 24, unit: "%" } },
  });

  it("the region by its name in each language; no source, no source sentence", () => {
    expect(reasonText(base, "vi")).toBe("Kết quả “17,72%”, yêu cầu ≤ 24%: đạt. Vùng: Trung du và miền núi phía Bắc.");
    expect(reasonText(base, "en")).toMatch(/^Figure “17,72%”, required ≤ 24%: achieved\. Region: [A-Z][^.]+\.$/);
    expect(reasonText(base, "en")).not.toContain("Trung du");
    const unknownRegion = { ...base, threshold: { ...base.threshold, region: "sao-hoa" } };
    expect(reasonText(unknownRegion, "vi")).toContain("Vùng: sao-hoa.");
  });

  it("a cell and a figure where the reason needs them", () => {
    expect(reasonText({ ...base, verdict: "not_assessed", figureRaw: null, reason: { code: "no-figure" } }, "vi")).toBe("Chưa có số liệu trong ô 'TC 10-19'!D25.");
    expect(reasonText({ ...base, verdict: "not_assessed", cellRef: null, figureRaw: null, reason: { code: "not-found" } }, "en")).toBe(
      "This indicator was not found in the workbook.",
    );
    expect(reasonText({ ...base, reason: { code: "unreadable", figure: "??" } }, "en")).toBe("Cannot read the figure “??” in cell 'TC 10-19'!D25.");
  });

  it("an unknown threshold: one short sentence on every row, the region where known", () => {
    const unknown = { ...base, verdict: "not_assessed" as const, threshold: { rule: null, origin: "none" as const, source: null, region: null } };
    const noted = { ...unknown, reason: { code: "unknown-threshold" as const, figure: "10%", unknown: { why: "no-data" as const, note: "Chưa có con số ngưỡng." } } };
    expect(reasonText(noted, "vi")).toBe("Chưa có mức chuẩn để so sánh: chưa đánh giá.");
    expect(reasonText(noted, "en")).toBe("No threshold known to compare with: not assessed.");
    const bare = { ...unknown, reason: { code: "unknown-threshold" as const, figure: "10%", unknown: null } };
    expect(reasonText(bare, "vi")).toBe("Chưa có mức chuẩn để so sánh: chưa đánh giá.");
  });
});

describe("JSON paths as users read them", () => {
  it.each([
    [[], "vi", "(gốc tệp)"],
    [[], "en", "(root)"],
    [["id"], "vi", "id"],
    [["thresholds", "4.2", "atLeast"], "vi", 'thresholds["4.2"].atLeast'],
    [["thresholds", "x1"], "vi", 'thresholds["x1"]'],
    [["provinces", 2], "en", "provinces[2]"],
    [["a b", "c"], "en", '["a b"].c'],
  ] as const)("%j (%s) → %s", (p, lang, text) => {
    expect(formatJsonPath(p, lang)).toBe(text);
  });
});

describe("unknown thresholds, worded", () => {
  it.each([
    [{ why: "not-in-set" as const, setId: "xa-ntm-2021-2025", indicator: "4.9" }, "Bộ tiêu chí xa-ntm-2021-2025 không có chỉ tiêu 4.9.", "The set xa-ntm-2021-2025 has no indicator 4.9."],
    [{ why: "region-unknown" as const, note: null }, "Chưa biết vùng của xã: ngưỡng của chỉ tiêu này khác nhau theo vùng.", "The commune's region is not known, and this indicator's threshold differs by region."],
    [{ why: "region-unknown" as const, note: "Xem QĐ 318." }, "Chưa biết vùng của xã: ngưỡng của chỉ tiêu này khác nhau theo vùng. Xem QĐ 318.", "The commune's region is not known, and this indicator's threshold differs by region. Xem QĐ 318."],
    [{ why: "no-data" as const, note: null }, "Chưa có ngưỡng của chỉ tiêu này trong dữ liệu.", "No threshold for this indicator in the data yet."],
  ])("%j", (u, viText, enText) => {
    expect(unknownThresholdText(u, "vi")).toBe(viText);
    expect(unknownThresholdText(u, "en")).toBe(enText);
  });
});

describe("reasonText: where each part of a reason comes from", () => {
  const rule95 = { kind: "atLeast" as const, value: 95, unit: "%" };
  const rule80 = { kind: "atLeast" as const, value: 80, unit: "%" };
  const base = indicatorResult({
    code: "4.2",
    name: "Điện",
    verdict: "not_achieved",
    sheet: "TC 1-9",
    row: 12,
    figureRaw: "90%",
    value: 90,
    threshold: { rule: rule95, origin: "catalogue", source: null, region: null },
    reason: { code: "fails", figure: "90%", rule: rule95 },
  });

  it("the figure of the reason, else the cell's raw text, else nothing", () => {
    expect(reasonText({ ...base, figureRaw: "91%" }, "vi")).toContain("“90%”");
    const stated = { ...base, verdict: "achieved" as const, figureRaw: "Đạt", reason: { code: "nothing-to-count" as const, figure: "Không có" } };
    expect(reasonText(stated, "vi")).toBe("Biểu ghi “Không có”: trên địa bàn không có đối tượng của chỉ tiêu này, tính là đạt theo kết quả ghi trong biểu.");
    const kind = { ...base, reason: { code: "kind-mismatch" as const, figure: "", rule: rule95 } };
    expect(reasonText(kind, "en")).toBe("The figure “” cannot be compared with ≥ 95%.");
    const unknown = { ...base, figureRaw: "88%", reason: { code: "unknown-threshold" as const, figure: null, unknown: null } };
    expect(reasonText({ ...unknown, threshold: { ...base.threshold, rule: null } }, "vi")).toBe("Chưa có mức chuẩn để so sánh: chưa đánh giá.");
  });

  it("the reason's own rule before the threshold's; none when neither has one", () => {
    // A stated verdict keeps the rule it had no figure to compare with.
    const stated = { ...base, verdict: "achieved" as const, reason: { code: "stated" as const, figure: "Đạt", rule: rule80 } };
    expect(reasonText(stated, "vi")).toBe("Theo kết quả ghi trong biểu: “Đạt” (không có số liệu để đối chiếu với yêu cầu ≥ 80%).");
    const noRule = { ...base, verdict: "achieved" as const, reason: { code: "stated" as const, figure: "Đạt" } };
    expect(reasonText(noRule, "en")).toBe("As stated in the sheet: “Đạt” (no figure to compare with ≥ 95%).");
    const none = { ...noRule, threshold: { ...base.threshold, rule: null } };
    expect(reasonText(none, "en")).toBe("As stated in the sheet: “Đạt” (no figure to compare).");
  });

  it("a commune group is called a group, a region a region", () => {
    const group = { ...base, threshold: { ...base.threshold, region: "nhom-2" } };
    expect(reasonText(group, "vi")).toBe("Kết quả “90%”, yêu cầu ≥ 95%: chưa đạt. Nhóm xã: Nhóm 2.");
    expect(reasonText(group, "en")).toBe("Figure “90%”, required ≥ 95%: not achieved. Commune group: Group 2.");
    const region = { ...base, threshold: { ...base.threshold, region: "dong-bang-song-hong" } };
    expect(reasonText(region, "en")).toBe("Figure “90%”, required ≥ 95%: not achieved. Region: Red River Delta.");
  });

  it("why a threshold is unknown only for an unknown threshold", () => {
    const unknown = (why: "group-unknown" | "not-in-sheet" | "no-data") => ({
      ...base,
      verdict: "not_assessed" as const,
      threshold: { ...base.threshold, rule: null },
      reason: {
        code: "unknown-threshold" as const,
        figure: "90%",
        unknown: why === "not-in-sheet" ? { why, indicator: "4.2" } : { why, note: null },
      },
    });
    expect(reasonText(unknown("group-unknown"), "vi")).toBe("Mức chuẩn ghi theo nhóm xã, chưa biết xã thuộc nhóm nào (chọn nhóm 1, 2 hoặc 3): chưa đánh giá.");
    expect(reasonText(unknown("not-in-sheet"), "en")).toBe("The form gives no threshold for this indicator: not assessed.");
    expect(reasonText(unknown("no-data"), "en")).toBe("No threshold known to compare with: not assessed.");
  });

  it("a formula error is worded only for an unreadable figure, in the language asked", () => {
    const err = { ...base, verdict: "not_assessed" as const, figureRaw: "#DIV/0!", reason: { code: "unreadable" as const, figure: "#DIV/0!", error: "#DIV/0!" } };
    expect(reasonText(err, "en")).toBe(
      "Cell 'TC 1-9'!D13 holds a formula error, #DIV/0! (a division by zero: the denominator is empty or 0): there is no figure to assess. Correct the formula or its source figures.",
    );
    expect(reasonText({ ...err, reason: { code: "unreadable" as const, figure: "x" } }, "vi")).toBe("Không đọc được số liệu “x” ở ô 'TC 1-9'!D13.");
    // Legacy text carries no error, even if one were set.
    const legacy = { ...err, reason: { code: "legacy-encoding" as const, figure: "§¹t", error: "#N/A" } };
    expect(reasonText(legacy, "vi")).toBe("Ô 'TC 1-9'!D13 dùng bảng mã cũ (TCVN3/VNI): “§¹t”. Hãy chuyển sang Unicode.");
  });

  it("no cell: the cell is left out, not 'undefined'", () => {
    expect(reasonText({ ...base, cellRef: null, figureRaw: null, reason: { code: "no-figure" } }, "en")).toBe("No figure in cell .");
  });
});

describe("shortfallText", () => {
  it("money in millions, shares to two decimals, counts with the sheet's noun in the language", () => {
    expect(shortfallText({ direction: "increase", value: 11_000_000, unit: "đồng" }, "vi")).toBe("còn thiếu 11 triệu đồng");
    expect(shortfallText({ direction: "increase", value: 11_000_000, unit: "đồng" }, "en")).toBe("short by 11 million VND");
    expect(shortfallText({ direction: "increase", value: 1.0912, unit: "điểm phần trăm", count: 2, countUnit: "hộ" }, "en")).toBe(
      "short by 2 households (1.09 percentage points)",
    );
    expect(shortfallText({ direction: "decrease", value: 0.3456, unit: "điểm phần trăm", count: 1 }, "vi")).toBe("phải giảm 1 (0,35 điểm phần trăm)");
    expect(shortfallText({ direction: "decrease", value: 2, unit: "ha", count: 0, countUnit: "cơ sở" }, "en")).toBe("must come down by 0 cơ sở (2 ha)");
    expect(shortfallText({ direction: "increase", value: 3, unit: "" }, "vi")).toBe("còn thiếu 3");
  });
});

describe("unknownThresholdText: every reason", () => {
  it("group and sheet reasons, with and without the data's note", () => {
    expect(unknownThresholdText({ why: "group-unknown", note: null }, "vi")).toBe("Chưa biết xã thuộc nhóm nào (nhóm 1, 2, 3): mức chuẩn của chỉ tiêu này ghi theo nhóm xã.");
    expect(unknownThresholdText({ why: "group-unknown", note: "Xem QĐ 51." }, "en")).toBe(
      "The commune's group (1, 2, 3) is not known, and this indicator's threshold is given by group. Xem QĐ 51.",
    );
    expect(unknownThresholdText({ why: "not-in-sheet", indicator: "20.1" }, "vi")).toBe("Chỉ tiêu 20.1 do biểu xác định nhưng biểu không ghi mức chuẩn.");
    expect(unknownThresholdText({ why: "no-data", note: "Chờ hướng dẫn." }, "en")).toBe("Chờ hướng dẫn.");
  });
});

describe("setReasonText and setConflictText", () => {
  const set = { setId: "xa-ntm-2021-2025", setName: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025" };

  it("nothing when the result does not say why", () => {
    expect(setReasonText({ ...set }, "vi")).toBe("");
    expect(setConflictText({ ...set, setConflict: { setId: "xa-ntm-2026-2030" } } as never, "vi")).toBe("");
    expect(setConflictText({ ...set, setReason: { by: "explicit" } }, "vi")).toBe("");
  });

  it("the set by its name in the language, the cell as an address", () => {
    const title = { ...set, setReason: { by: "title" as const, text: "Giai đoạn 2021 - 2025", cell: { sheet: "Biểu 01", row: 1, col: 0 } } };
    expect(setReasonText(title, "vi")).toBe(
      "Đánh giá theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025: tiêu đề ghi “Giai đoạn 2021 - 2025” (ô 'Biểu 01'!A2).",
    );
    expect(setReasonText(title, "en")).toBe("Judged with National criteria for new rural communes, 2021–2025: the title says “Giai đoạn 2021 - 2025” (cell 'Biểu 01'!A2).");
    const year = { ...set, setReason: { by: "year" as const, year: 2024, text: "Năm 2024", cell: null } };
    expect(setReasonText(year, "vi")).toBe("Đánh giá theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025: tiêu đề ghi năm 2024 (“Năm 2024”).");
    const criteria = { ...set, setReason: { by: "criteria" as const, matched: 17, of: 19 } };
    expect(setReasonText(criteria, "en")).toBe("Judged with National criteria for new rural communes, 2021–2025: 17 of the table's 19 criterion names are this set's.");
  });

  it("a set not built in is named as the result names it, else by its id", () => {
    const own = { setId: "bo-rieng", setName: "Bộ tiêu chí theo bảng tính", setReason: { by: "sheet" as const, criteria: 12, text: null } };
    expect(setReasonText(own, "vi")).toBe("Bảng không theo bộ tiêu chí nào có sẵn: đánh giá theo 12 tiêu chí và mức chuẩn ghi trong chính bảng.");
    expect(setReasonText({ setId: "bo-rieng", setReason: { by: "explicit" as const } } as never, "vi")).toBe("Đánh giá theo bo-rieng: do người dùng chọn.");
    expect(setReasonText({ setId: "bo-rieng", setName: "Bộ của tỉnh", setReason: { by: "explicit" as const } }, "vi")).toBe("Đánh giá theo Bộ của tỉnh: do người dùng chọn.");
  });

  it("the other set by its name, or its id when it is not built in", () => {
    const r = { ...set, setReason: { by: "year" as const, year: 2025, text: "Năm 2025", cell: null } };
    expect(setConflictText({ ...r, setConflict: { setId: "xa-ntm-2026-2030" } } as never, "en")).toMatch(/^Note: the workbook also looks like National criteria[^.]*2026–2030\./);
    expect(setConflictText({ ...r, setConflict: { setId: "bo-khac" } } as never, "vi")).toBe(
      "Lưu ý: bảng tính cũng có dấu hiệu của bo-khac. Nếu không đúng, hãy chọn bộ tiêu chí (mục “Bộ tiêu chí” trong Thiết lập, hoặc --set ở dòng lệnh).",
    );
  });
});
