// @ts-nocheck
import * as fs from "fs";
import * as path from "path";
import { definitionsErrorText, formatJsonPath, problemText, reasonText, unknownThresholdText, verdictLabel } from "../../../src/domain/messages";
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
    const income: IndicatorResult = {
      code: "10",
      name: "Thu nhập",
      criterionNo: 10,
      verdict: "not_achieved",
      cellRef: { sheet: "TC 10-19", row: 7, col: 3 },
      figureRaw: "28 triệu/người/năm",
      figure: null,
      value: 28,
      threshold: { rule, origin: "overlay", source: "Quyết định 1494/QĐ-UBND", region: null },
      selfAssessment: null,
      selfVerdict: null,
      reason: { code: "fails", figure: "28 triệu/người/năm", rule },
    };
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
  const base: IndicatorResult = {
    code: "15.3",
    name: "Suy dinh dưỡng",
    criterionNo: 15,
    verdict: "achieved",
    cellRef: { sheet: "TC 10-19", row: 24, col: 3 },
    figureRaw: "17,72%",
    figure: null,
    value: 17.72,
    threshold: { rule: { kind: "atMost", value: 24, unit: "%" }, origin: "catalogue", source: null, region: "tdmn-phia-bac" },
    selfAssessment: null,
    selfVerdict: null,
    reason: { code: "meets", figure: "17,72%", rule: { kind: "atMost", value: 24, unit: "%" } },
  };

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
