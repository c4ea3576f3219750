/**
 * Nothing assumes 19 criteria or 7 regions: a set shaped like the 2026–2030 one (Decision
 * 51/2025/QĐ-TTg: 10 criteria, thresholds by commune group) runs through detection, evaluation,
 * the summary sheet, the paragraph and district bands. The set below is a test shape, not data:
 * its names and figures are placeholders, never shipped.
 */
// @ts-nocheck

import { CriteriaSetSchema, type CriteriaSet } from "../../src/domain/definitions/schema";
import { evaluate } from "../../src/domain/evaluation/evaluate";
import { findIndicators } from "../../src/domain/grid/findIndicators";
import { buildSummaryLayout } from "../../src/domain/summary/buildSummary";
import { buildReportParagraph } from "../../src/domain/summary/reportParagraph";
import { consolidate } from "../../src/domain/district/consolidate";
import { sheet } from "../fixtures/grid";
import { detectOptionsFor } from "../../src/domain/definitions/detectOptions";

const SRC = { document: "test shape" };
const TEST_SET: CriteriaSet = CriteriaSetSchema.parse({
  id: "test-10-criteria",
  name: "Bộ tiêu chí thử (10 tiêu chí)",
  decision: "test",
  period: "2026 - 2030",
  regions: [
    { id: "nhom-1", name: "Nhóm 1" },
    { id: "nhom-2", name: "Nhóm 2" },
  ],
  criteria: Array.from({ length: 10 }, (_, k) => ({
    no: k + 1,
    name: `Tiêu chí thử ${k + 1}`,
    indicators: [
      { code: `${k + 1}.1`, name: `Chỉ tiêu ${k + 1}.1`, kind: "yesNo", thresholds: { all: { rule: { kind: "yes" }, source: SRC } } },
      {
        code: `${k + 1}.2`,
        name: `Tỷ lệ ${k + 1}.2`,
        kind: "percent",
        thresholds: {
          byRegion: {
            "nhom-1": { rule: { kind: "atLeast", value: 90, unit: "%" }, source: SRC },
            "nhom-2": { rule: { kind: "atLeast", value: 70, unit: "%" }, source: SRC },
          },
        },
      },
    ],
  })),
});

const rows: (string | null)[][] = [["TT", "Nội dung", "Kết quả thực hiện", "Tự đánh giá"]];
for (let k = 1; k <= 10; k++) rows.push([`${k}.1`, "x", k <= 8 ? "Đạt" : "Chưa đạt", null], [`${k}.2`, "y", "80%", null]);
const grid = { sheets: [sheet("Biểu", [["UBND XÃ THỬ NGHIỆM"], ...rows])] };
const detect = detectOptionsFor(TEST_SET);

describe("a 10-criterion set with commune groups", () => {
  it("thresholds follow the commune group", () => {
    const detection = findIndicators(grid, detect);
    const group1 = evaluate(detection, { set: TEST_SET, region: "nhom-1", province: null, disadvantaged: false, overlays: [] });
    const group2 = evaluate(detection, { set: TEST_SET, region: "nhom-2", province: null, disadvantaged: false, overlays: [] });
    expect([group1.criteriaAchieved, group1.criteriaTotal]).toEqual([0, 10]);
    expect([group2.criteriaAchieved, group2.criteriaTotal]).toEqual([8, 10]);
    expect(group2.commune).toBe("Thử Nghiệm");

    const meta = { commune: group2.commune, province: null, setName: TEST_SET.name, regionName: "Nhóm 2", lang: "vi" as const };
    expect(buildReportParagraph(group2, meta)).toMatch(/^Qua kiểm tra, xã Thử Nghiệm đạt 8\/10 tiêu chí\./);
    const layout = buildSummaryLayout(group2, meta);
    expect(layout.cells.some((c) => c.value === "Tổng số tiêu chí đạt: 8/10")).toBe(true);
  });

  it("district bands derive from the number of criteria", () => {
    const detection = findIndicators(grid, detect);
    const r = evaluate(detection, { set: TEST_SET, region: "nhom-2", province: null, disadvantaged: false, overlays: [] });
    const entry = { file: "a.xlsx", commune: "Thử Nghiệm", communeFrom: "workbook" as const, criteriaAchieved: r.criteriaAchieved, criteriaTotal: 10, criteria: Object.fromEntries(r.criteria.map((c) => [String(c.no), c.verdict])), findings: 0, setId: r.setId };
    const figures = consolidate([entry], [], { criterionNos: TEST_SET.criteria.map((c) => c.no) });
    expect(figures.criteriaTotal).toBe(10);
    expect(figures.bands.map((b) => [b.min, b.max, b.communes.length])).toEqual([
      [10, 10, 0],
      [5, 9, 1],
      [0, 4, 0],
    ]);
  });
});
