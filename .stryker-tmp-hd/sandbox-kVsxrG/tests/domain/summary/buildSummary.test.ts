// @ts-nocheck
import { buildSummaryLayout } from "../../../src/domain/summary/buildSummary";
import type { SheetLayout } from "../../../src/domain/summary/SheetLayout";
import type { CommuneResult } from "../../../src/domain/evaluation/CommuneResult";
import { lienSon2024, lienSonMeta } from "../../fixtures/summaryResult";
import { expectGolden } from "../../fixtures/golden";

const at = (l: SheetLayout, row: number, col: number) => l.cells.find((c) => c.row === row && c.col === col);
const rowOf = (l: SheetLayout, text: string) => {
  const c = l.cells.find((x) => x.value === text);
  if (!c) throw new Error(`no cell "${text}"`);
  return c.row;
};
const startsWith = (l: SheetLayout, prefix: string) => l.cells.filter((c) => typeof c.value === "string" && c.value.startsWith(prefix));

describe("buildSummaryLayout: Liên Sơn 2024", () => {
  const layout = buildSummaryLayout(lienSon2024, lienSonMeta);

  it("matches the golden layout (vi)", () => {
    expectGolden("lien-son-2024.vi.json", layout);
  });

  it("matches the golden layout (en)", () => {
    expectGolden("lien-son-2024.en.json", buildSummaryLayout(lienSon2024, { ...lienSonMeta, lang: "en" }));
  });

  it("opens with the issuing body on the left and the national motto on the right", () => {
    expect(layout.name).toBe("Tổng hợp NTM");
    expect(at(layout, 0, 0)?.value).toBe("UBND HUYỆN CHI LĂNG");
    expect(at(layout, 1, 0)?.value).toBe("UBND XÃ LIÊN SƠN");
    expect(layout.styles[at(layout, 1, 0)!.style!].font?.bold).toBe(true);
    expect(at(layout, 0, 5)?.value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const motto = at(layout, 1, 5)!;
    expect(motto.value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(layout.styles[motto.style!].font).toMatchObject({ bold: true, underline: true });
    expect(layout.merges).toEqual(expect.arrayContaining([{ r1: 1, c1: 0, r2: 1, c2: 3 }, { r1: 1, c1: 5, r2: 1, c2: 9 }]));
    const date = startsWith(layout, "Liên Sơn, ngày")[0];
    expect(date.value).toBe("Liên Sơn, ngày 26 tháng 6 năm 2024");
    expect(layout.styles[date.style!].font?.italic).toBe(true);
  });

  it("has the title, the place and a subtitle with period, set and region", () => {
    const title = rowOf(layout, "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI");
    expect(layout.merges).toContainEqual({ r1: title, c1: 0, r2: title, c2: 9 });
    expect(at(layout, title + 1, 0)?.value).toBe("Xã Liên Sơn, huyện Chi Lăng, tỉnh Lạng Sơn");
    expect(at(layout, title + 2, 0)?.value).toBe(
      "(6 tháng đầu năm 2024; theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025; vùng Trung du và miền núi phía Bắc)",
    );
  });

  it("has the table header with a Còn thiếu column, repeated on every printed page", () => {
    const header = rowOf(layout, "Nội dung chỉ tiêu");
    const texts = layout.cells.filter((c) => c.row === header).map((c) => c.value);
    expect(texts).toEqual([
      "TT", "Tên tiêu chí", "Đánh giá tiêu chí", "Nội dung chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện",
      "Đánh giá chỉ tiêu", "Còn thiếu", "Xã tự đánh giá", "Ghi chú",
    ]);
    expect(layout.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: [header, header] });
  });

  it("has one row per indicator, the criterion's number, name and verdict once at its first row, nothing merged down", () => {
    const ttCells = layout.cells.filter((c) => c.col === 0 && typeof c.value === "number");
    expect(ttCells.map((c) => c.value)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    const header = rowOf(layout, "Nội dung chỉ tiêu");
    expect(layout.merges.filter((m) => m.r1 > header && m.r2 > m.r1)).toEqual([]);
    // Criterion 4 (Điện): two indicator rows, the criterion on the first.
    const four = ttCells[3];
    expect(at(layout, four.row, 1)?.value).toBe("Điện");
    expect(at(layout, four.row, 2)?.value).toBe("Chưa đạt");
    expect(at(layout, four.row, 3)?.value).toBe("4.1. Hệ thống điện đạt chuẩn");
    expect(at(layout, four.row, 6)?.value).toBe("Chưa đạt");
    expect(at(layout, four.row + 1, 0)?.value).toBeNull();
    expect(at(layout, four.row + 1, 1)?.value).toBeNull();
    expect(at(layout, four.row + 1, 2)?.value).toBeNull();
    expect(at(layout, four.row + 1, 4)?.value).toBe("≥ 95%");
    expect(at(layout, four.row + 1, 5)?.value).toBe("100%");
    expect(at(layout, four.row + 1, 6)?.value).toBe("Đạt");
    expect(ttCells[4].row).toBe(four.row + 2);
    // A criterion with one indicator shows its name without a number.
    expect(at(layout, ttCells[4].row, 3)?.value).toBe(
      "Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS) đạt tiêu chuẩn cơ sở vật chất theo quy định",
    );
    const indicatorRows = lienSon2024.criteria.reduce((n, c) => n + c.indicators.length, 0);
    const verdictCells = layout.cells.filter((c) => c.col === 6 && c.row > header && ["Đạt", "Chưa đạt", "Chưa đánh giá"].includes(String(c.value)));
    expect(verdictCells).toHaveLength(indicatorRows);
    const criterionVerdicts = layout.cells.filter((c) => c.col === 2 && c.row > header && c.value !== null);
    expect(criterionVerdicts.map((c) => c.value)).toEqual(lienSon2024.criteria.map((c) => ({ achieved: "Đạt", not_achieved: "Chưa đạt", not_assessed: "Chưa đánh giá" })[c.verdict]));
  });

  it("shows figures, thresholds and short notes as the fixture has them", () => {
    const r92 = rowOf(layout, "9.2. Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố");
    expect(at(layout, r92, 5)?.value).toBe("146/185 hộ đạt 78,91%");
    const r153 = startsWith(layout, "15.3.")[0].row;
    expect(at(layout, r153, 4)?.value).toBe("≤ 26,7%");
    expect(at(layout, r153, 5)?.value).toBe("17,72%");
    const r91 = rowOf(layout, "9.1. Nhà tạm, nhà dột nát");
    expect(at(layout, r91, 4)?.value).toBe("Không có");
    const r176 = startsWith(layout, "17.6.")[0].row;
    expect(at(layout, r176, 4)?.value).toBe("Chưa có");
    expect(at(layout, r176, 5)?.value).toBe("69,7%");
    expect(at(layout, r176, 6)?.value).toBe("Chưa đánh giá");
    expect(at(layout, r176, 9)?.value).toBe("Chưa có mức chuẩn");
    // The commune's own verdict stands in its column beside the check's.
    const r1712 = startsWith(layout, "17.12.")[0].row;
    expect(at(layout, r1712, 8)?.value).toBe("Đạt");
    expect(at(layout, r1712, 6)?.value).toBe("Chưa đánh giá");
    const r135 = startsWith(layout, "13.5.")[0].row;
    expect(at(layout, r135, 9)?.value).toBe("Chưa có số liệu");
    const r41 = rowOf(layout, "4.1. Hệ thống điện đạt chuẩn");
    expect(at(layout, r41, 9)?.value).toBe("Chưa đáp ứng yêu cầu");
    // Achieved rows carry no note and no shortfall.
    expect(at(layout, r92, 9)?.value).toBe("");
    expect(at(layout, r92, 7)?.value).toBe("");
    // Notes are a few words, never a paragraph.
    const header = rowOf(layout, "Nội dung chỉ tiêu");
    for (const c of layout.cells.filter((x) => x.col === 9 && x.row > header && x.row < rowOf(layout, "Tổng số tiêu chí đạt: 11/19"))) {
      expect(String(c.value).length).toBeLessThanOrEqual(45);
    }
  });

  it("colours verdict cells green, red and amber", () => {
    for (const col of [2, 6]) {
      const fillOf = (text: string) =>
        new Set(layout.cells.filter((c) => c.col === col && c.value === text).map((c) => layout.styles[c.style!].fill));
      expect(fillOf("Đạt")).toEqual(new Set(["#C6EFCE"]));
      expect(fillOf("Chưa đạt")).toEqual(new Set(["#FFC7CE"]));
      expect(fillOf("Chưa đánh giá")).toEqual(new Set(["#FFEB9C"]));
    }
  });

  it("totals the criteria, then lists what remains to be done, then the paragraph and the signature", () => {
    const total = rowOf(layout, "Tổng số tiêu chí đạt: 11/19");
    const plan = rowOf(layout, "Các tiêu chí chưa đạt và nội dung cần thực hiện");
    expect(plan).toBe(total + 1);
    const lines = layout.cells.filter((c) => c.col === 0 && c.row > plan && typeof c.value === "string").map((c) => c.value as string);
    const paraAt = lines.findIndex((l) => l.startsWith("Qua rà soát"));
    const planLines = lines.slice(0, paraAt);
    // Every criterion not achieved or not assessed, in number order; none of the achieved ones.
    const heads = planLines.filter((l) => l.startsWith("Tiêu chí số")).map((l) => Number(/^Tiêu chí số (\d+)/.exec(l)![1]));
    expect(heads).toEqual([2, 4, 5, 6, 10, 11, 13, 17]);
    expect(planLines).toContain("Tiêu chí số 4 - Điện (chưa đạt, 1/2 chỉ tiêu đạt):");
    expect(planLines).toContain("- 4.1. Hệ thống điện đạt chuẩn: kết quả “Một số hộ xa trạm, nguồn điện yếu”, yêu cầu Đạt, chưa đáp ứng yêu cầu.");
    // Not achieved first, then what is missing for those not assessed, grouped.
    const i17 = planLines.indexOf("Tiêu chí số 17 - Môi trường và an toàn thực phẩm (chưa đạt, 1/7 chỉ tiêu đạt):");
    expect(planLines[i17 + 1]).toMatch(/^- 17\.3\. /);
    expect(planLines[i17 + 2]).toMatch(/^- 17\.10\. /);
    expect(planLines[i17 + 3]).toBe("- Chưa đánh giá được 17.1, 17.6, 17.8, 17.12 (chưa có mức chuẩn).");
    // A criterion with nothing judged takes one line.
    expect(planLines).toContain("Tiêu chí số 10 - Thu nhập (chưa đánh giá, 0/1 chỉ tiêu đạt): chưa đánh giá được 10 (chưa có mức chuẩn).");
    expect(planLines).toContain("- Chưa đánh giá được 13.5 (chưa có số liệu).");
    const paragraph = startsWith(layout, "Qua rà soát, xã Liên Sơn tự đánh giá đạt 11/19 tiêu chí; qua kiểm tra, đạt 11/19 tiêu chí.")[0];
    expect(layout.merges).toContainEqual({ r1: paragraph.row, c1: 0, r2: paragraph.row, c2: 9 });
    expect(layout.styles[paragraph.style!].wrap).toBe(true);
    const sign = rowOf(layout, "TM. ỦY BAN NHÂN DÂN");
    expect(at(layout, sign + 1, 5)?.value).toBe("CHỦ TỊCH");
    expect(sign).toBeGreaterThan(paragraph.row);
  });

  it("uses Times New Roman, 11 pt in the table and 13 pt around it, and thin borders on the whole table", () => {
    for (const s of Object.values(layout.styles)) expect(s.font?.name).toBe("Times New Roman");
    const header = rowOf(layout, "TT");
    const lastTableRow = rowOf(layout, "Tổng số tiêu chí đạt: 11/19") - 2;
    for (let r = header; r <= lastTableRow; r++) {
      for (let c = 0; c < 10; c++) {
        const cell = at(layout, r, c);
        expect(cell && layout.styles[cell.style!].border).toBe(true);
        expect(cell && layout.styles[cell.style!].font?.size).toBe(11);
      }
    }
    expect(layout.styles[at(layout, 0, 0)!.style!].font?.size).toBe(13);
    expect(layout.styles[startsWith(layout, "Qua rà soát")[0].style!].font?.size).toBe(13);
  });

  it("sizes columns and gives wrapped rows room", () => {
    expect(layout.columnWidths).toHaveLength(10);
    expect(layout.columnWidths[0]).toBeLessThanOrEqual(6);
    // "Chưa đánh giá" fits on one line in both verdict columns.
    expect(layout.columnWidths[2]).toBeGreaterThanOrEqual(13);
    expect(layout.columnWidths[6]).toBeGreaterThanOrEqual(13);
    const rows = new Set(layout.cells.map((c) => c.row));
    for (const r of rows) expect(layout.rowHeights?.[r]).toBeGreaterThan(0);
    const long = rowOf(layout, startsWith(layout, "1.1. Có quy hoạch chung")[0].value as string);
    const short = rowOf(layout, "8.1. Xã có điểm phục vụ bưu chính");
    expect(layout.rowHeights![long]).toBeGreaterThan(layout.rowHeights![short]);
    const para = startsWith(layout, "Qua rà soát")[0].row;
    expect(layout.rowHeights![para]).toBeGreaterThanOrEqual(3 * 17);
  });

  it("gives the shortfall of a figure that fails its threshold, in the table and in the plan", () => {
    const r = structuredClone(lienSon2024);
    const ind = r.criteria.find((c) => c.no === 9)!.indicators.find((i) => i.code === "9.2")!;
    const rule = { kind: "atLeast" as const, value: 80, unit: "%" };
    Object.assign(ind, {
      verdict: "not_achieved",
      figure: { kind: "percent", value: 78.91, numerator: 146, denominator: 185, raw: "146/185 hộ (78,91%)" },
      figureRaw: "146/185 hộ (78,91%)",
      value: 78.91,
      threshold: { ...ind.threshold, rule },
      reason: { code: "fails", figure: "146/185 hộ (78,91%)", rule },
    });
    const crit = r.criteria.find((c) => c.no === 9)!;
    crit.verdict = "not_achieved";
    const l = buildSummaryLayout(r, lienSonMeta);
    const row = rowOf(l, "9.2. Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố");
    expect(at(l, row, 7)?.value).toBe("Còn thiếu 2 hộ (1,09 điểm phần trăm)");
    expect(at(l, row, 9)?.value).toBe("");
    expect(l.cells.map((c) => c.value)).toContain(
      "- 9.2. Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố: kết quả “146/185 hộ (78,91%)”, yêu cầu ≥ 80%, còn thiếu 2 hộ (1,09 điểm phần trăm).",
    );
    const en = buildSummaryLayout(r, { ...lienSonMeta, lang: "en" });
    expect(at(en, row, 7)?.value).toBe("Short by 2 households (1.09 percentage points)");
  });
});

describe("buildSummaryLayout: other inputs", () => {
  it("leaves blanks to fill in when commune, district and date are unknown", () => {
    const l = buildSummaryLayout(lienSon2024, { ...lienSonMeta, commune: null, district: null, date: undefined });
    const noName: CommuneResult = { ...lienSon2024, commune: null };
    const l2 = buildSummaryLayout(noName, { ...lienSonMeta, commune: null, district: null, date: undefined });
    // The result's own commune name is used when meta has none.
    expect(at(l, 0, 0)?.value).toBe("UBND XÃ LIÊN SƠN");
    expect(at(l2, 0, 0)?.value).toBe("UBND XÃ ……………");
    expect(startsWith(l2, "……………, ngày")[0].value).toBe("……………, ngày …… tháng …… năm ……");
    expect(l2.cells.some((c) => c.value === "UBND HUYỆN CHI LĂNG")).toBe(false);
    expect(startsWith(l2, "Qua rà soát, xã tự đánh giá đạt 11/19 tiêu chí; qua kiểm tra, đạt 11/19 tiêu chí.")).toHaveLength(1);
  });

  it("writes dates as Decree 30/2020 does: leading zero for days below 10 and months 1–2", () => {
    const l = buildSummaryLayout(lienSon2024, { ...lienSonMeta, date: new Date(2025, 0, 5) });
    expect(startsWith(l, "Liên Sơn, ngày")[0].value).toBe("Liên Sơn, ngày 05 tháng 01 năm 2025");
    const m = buildSummaryLayout(lienSon2024, { ...lienSonMeta, date: new Date(2024, 10, 15) });
    expect(startsWith(m, "Liên Sơn, ngày")[0].value).toBe("Liên Sơn, ngày 15 tháng 11 năm 2024");
  });

  it("strips a level already written in the names", () => {
    const l = buildSummaryLayout(lienSon2024, { ...lienSonMeta, commune: "xã Liên Sơn", district: "Huyện Chi Lăng", province: "Tỉnh Lạng Sơn" });
    expect(at(l, 0, 0)?.value).toBe("UBND HUYỆN CHI LĂNG");
    expect(at(l, 1, 0)?.value).toBe("UBND XÃ LIÊN SƠN");
    expect(l.cells.some((c) => c.value === "Xã Liên Sơn, huyện Chi Lăng, tỉnh Lạng Sơn")).toBe(true);
  });

  it("has no plan section when every criterion is achieved", () => {
    const done: CommuneResult = {
      ...lienSon2024,
      criteriaAchieved: 19,
      criteria: lienSon2024.criteria.map((c) => ({ ...c, verdict: "achieved" as const })),
    };
    const l = buildSummaryLayout(done, lienSonMeta);
    expect(startsWith(l, "Các tiêu chí chưa đạt và nội dung cần thực hiện")).toHaveLength(0);
    expect(startsWith(l, "Tiêu chí số")).toHaveLength(0);
  });

  it("speaks English when asked", () => {
    const l = buildSummaryLayout(lienSon2024, { ...lienSonMeta, lang: "en" });
    expect(l.name).toBe("NTM summary");
    expect(at(l, 1, 0)?.value).toBe("PEOPLE'S COMMITTEE OF LIÊN SƠN COMMUNE");
    expect(l.cells.some((c) => c.value === "Criteria achieved: 11/19")).toBe(true);
    expect(startsWith(l, "Liên Sơn, 26 June 2024")).toHaveLength(1);
    const r153 = startsWith(l, "15.3.")[0].row;
    expect(at(l, r153, 4)?.value).toBe("≤ 26.7%");
    expect(at(l, r153, 6)?.value).toBe("Achieved");
    expect(l.cells.some((c) => c.value === "Criteria not achieved and what remains to be done")).toBe(true);
    expect(l.cells.some((c) => c.value === "- Not assessed: 17.1, 17.6, 17.8, 17.12 (no threshold yet).")).toBe(true);
  });
});
