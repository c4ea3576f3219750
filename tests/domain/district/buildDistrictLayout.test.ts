import * as path from "path";
import { buildDistrictLayout } from "../../../src/domain/district/buildDistrictLayout";
import { consolidate, type CommuneEntry, type ExcludedFile } from "../../../src/domain/district/consolidate";
import { getSet } from "../../../src/domain/definitions/builtIn";
import { VERDICT_COLOURS } from "../../../src/domain/evaluation/verdictColours";
import type { Verdict } from "../../../src/domain/evaluation/Verdict";
import type { SheetLayout } from "../../../src/domain/summary/SheetLayout";
import { expectGolden } from "../../fixtures/golden";

const GOLDEN = path.join(__dirname, "..", "..", "golden", "district");
const SET = getSet("xa-ntm-2026-2030")!;
const SHAPE = { criterionNos: SET.criteria.map((c) => c.no), criterionNames: Object.fromEntries(SET.criteria.map((c) => [String(c.no), c.name])) };

/** A commune judged with the 10 criteria of 2026–2030: `fail` not achieved, `missing` not assessed. */
function commune(file: string, name: string, fail: number[] = [], missing: number[] = []): CommuneEntry {
  const criteria: Record<string, Verdict> = {};
  for (const no of SHAPE.criterionNos) criteria[String(no)] = missing.includes(no) ? "not_assessed" : fail.includes(no) ? "not_achieved" : "achieved";
  const achieved = Object.values(criteria).filter((v) => v === "achieved").length;
  return { file, commune: name, communeFrom: "workbook", criteriaAchieved: achieved, criteriaTotal: 10, criteria, findings: 0, setId: SET.id };
}

const ENTRIES = [
  commune("don-vi/01-tan-tri.xlsx", "Tân Tri"),
  commune("don-vi/02-hung-vu.xlsx", "Hưng Vũ", [6]),
  commune("don-vi/03-vu-le.xlsx", "Vũ Lễ", [2, 6], [9]),
  commune("don-vi/04-chieu-vu.xlsx", "Chiêu Vũ", [1, 2, 3, 5, 6, 7]),
  commune("don-vi\\05-tan-lap.xlsx", "Tân Lập", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
];
const EXCLUDED: ExcludedFile[] = [
  { file: "06-nhat-hoa.xlsx", reason: "encrypted" },
  { file: "07-ban-sao.xlsx", reason: "duplicate", commune: "Tân Tri", keptFile: "01-tan-tri.xlsx" },
];

const figures = consolidate(ENTRIES, EXCLUDED, SHAPE, { unit: "tỉnh Lạng Sơn" });
const layout = (lang: "vi" | "en", f = figures): SheetLayout => buildDistrictLayout(f, { setName: lang === "vi" ? SET.name : (SET.nameEn ?? SET.name), province: "Lạng Sơn", lang });

const at = (l: SheetLayout, row: number, col: number) => l.cells.find((c) => c.row === row && c.col === col);
const rowOf = (l: SheetLayout, text: string) => l.cells.find((c) => c.value === text)?.row ?? -1;

describe("the district sheet", () => {
  it.each(["vi", "en"] as const)("%s: every cell, merge, width and style as the golden sheet has it", (lang) => {
    expectGolden(`tan-tri-2026.${lang}.json`, layout(lang), GOLDEN);
  });

  it("one row per commune under two header rows: number, name, a coloured verdict per criterion, count, band, what is missing, the file's name", () => {
    const l = layout("vi");
    const first = rowOf(l, "Tân Tri");
    expect(first).toBe(5);
    expect(at(l, 3, 2)?.value).toBe("Kết quả thực hiện các tiêu chí");
    expect(l.merges).toContainEqual({ r1: 3, c1: 2, r2: 3, c2: 11 });
    expect(l.merges).toContainEqual({ r1: 3, c1: 0, r2: 4, c2: 0 });
    expect([4, 2, 4, 11].map((c) => at(l, 4, c)?.value)).toEqual(["TC 3", "TC 1", "TC 3", "TC 10"]);
    const vuLe = rowOf(l, "Vũ Lễ");
    expect(at(l, vuLe, 0)?.value).toBe(3);
    expect([1, 2, 9].map((no) => [at(l, vuLe, 1 + no)?.value, at(l, vuLe, 1 + no)?.style])).toEqual([
      ["Đạt", "achieved"],
      ["Chưa đạt", "not_achieved"],
      ["Chưa đánh giá", "not_assessed"],
    ]);
    expect(l.styles.not_achieved.fill).toBe(`#${VERDICT_COLOURS.not_achieved.fill}`);
    expect([12, 13, 14, 15].map((c) => at(l, vuLe, c)?.value)).toEqual([7, "5-9", "2, 6, 9", "03-vu-le.xlsx"]);
    expect([12, 13].map((c) => at(l, rowOf(l, "Tân Tri"), c)?.value)).toEqual([10, "10"]);
    expect([12, 13, 14].map((c) => at(l, rowOf(l, "Tân Lập"), c)?.value)).toEqual([0, "< 5", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10"]);
  });

  it("a totals row: communes achieving each criterion, and the average", () => {
    const l = layout("vi");
    const total = rowOf(l, "Số xã đạt tiêu chí");
    expect(total).toBe(rowOf(l, "Tân Lập") + 1);
    expect(Array.from({ length: 10 }, (_, i) => at(l, total, 2 + i)?.value)).toEqual([3, 2, 3, 4, 3, 1, 3, 4, 3, 4]);
    expect(at(l, total, 12)?.value).toBe("6,00");
    expect(at(layout("en"), total, 12)?.value).toBe("6.00");
  });

  it("the bands with their communes, those nearly there, and the communes missing each criterion", () => {
    const l = layout("vi");
    const values = l.cells.map((c) => c.value);
    const band = rowOf(l, "Số xã đạt 10 tiêu chí");
    expect([at(l, band, 7)?.value, at(l, band, 8)?.value]).toEqual([1, "Tân Tri"]);
    expect([at(l, band + 1, 0)?.value, at(l, band + 1, 7)?.value, at(l, band + 1, 8)?.value]).toEqual(["Số xã đạt 5-9 tiêu chí", 2, "Hưng Vũ, Vũ Lễ"]);
    expect(values).toContain("XÃ GẦN ĐẠT CHUẨN (CÒN THIẾU KHÔNG QUÁ 2 TIÊU CHÍ)");
    const near = rowOf(l, "XÃ GẦN ĐẠT CHUẨN (CÒN THIẾU KHÔNG QUÁ 2 TIÊU CHÍ)");
    expect([at(l, near + 1, 0)?.value, at(l, near + 1, 1)?.value]).toEqual([1, expect.stringMatching(/^Hưng Vũ: còn thiếu Tiêu chí số 6/)]);
    const by = rowOf(l, "CÁC XÃ CHƯA ĐẠT THEO TỪNG TIÊU CHÍ");
    const six = by + 2 + 5;
    expect([at(l, six, 7)?.value, at(l, six, 8)?.value]).toEqual([4, "Hưng Vũ, Vũ Lễ, Chiêu Vũ, Tân Lập"]);
    expect(at(l, six, 0)?.value).toMatch(/^Tiêu chí số 6/);
  });

  it("the files left out are listed last, each with why", () => {
    const l = layout("en");
    const head = rowOf(l, "FILES NOT CONSOLIDATED");
    expect(head).toBeGreaterThan(rowOf(l, "TEXT FOR THE REPORT"));
    expect(at(l, head + 1, 0)?.value).toMatch(/^06-nhat-hoa\.xlsx: .*password/i);
    expect(at(l, head + 2, 0)?.value).toMatch(/^07-ban-sao\.xlsx: .*Tân Tri/);
    expect(l.cells.reduce((m, c) => Math.max(m, c.row), 0)).toBe(head + 2);
    const none = layout("vi", consolidate(ENTRIES, [], SHAPE));
    expect(none.cells.some((c) => c.value === "CÁC TỆP KHÔNG ĐƯỢC TỔNG HỢP")).toBe(false);
  });

  it("no commune nearly there says so; no commune counted leaves the average empty", () => {
    const far = layout("vi", consolidate([commune("a.xlsx", "Tân Lập", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])], [], SHAPE));
    const near = rowOf(far, "XÃ GẦN ĐẠT CHUẨN (CÒN THIẾU KHÔNG QUÁ 2 TIÊU CHÍ)");
    expect(at(far, near + 1, 0)?.value).toBe("Không có xã nào.");
    const empty = layout("vi", consolidate([], EXCLUDED, SHAPE));
    const total = rowOf(empty, "Số xã đạt tiêu chí");
    expect(at(empty, total, 12)?.value).toBe("");
    expect(at(empty, total, 2)?.value).toBe(0);
  });

  it("a bordered merge outlines every cell it covers; the header rows repeat on each printed page", () => {
    const l = layout("vi");
    for (const m of l.merges) {
      const style = at(l, m.r1, m.c1)?.style ?? "";
      if (!l.styles[style]?.border) continue;
      for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) expect([r, c, at(l, r, c)?.style]).toEqual([r, c, style]);
    }
    expect(l.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: [3, 4] });
    expect(l.name).toBe("Tổng hợp các xã");
    expect(layout("en").name).toBe("Communes summary");
    expect(l.columnWidths).toHaveLength(16);
  });
});
