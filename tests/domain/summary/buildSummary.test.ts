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
    expect(at(layout, 0, 4)?.value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const motto = at(layout, 1, 4)!;
    expect(motto.value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(layout.styles[motto.style!].font).toMatchObject({ bold: true, underline: true });
    expect(layout.merges).toEqual(expect.arrayContaining([{ r1: 1, c1: 0, r2: 1, c2: 2 }, { r1: 1, c1: 4, r2: 1, c2: 7 }]));
    const date = startsWith(layout, "Liên Sơn, ngày")[0];
    expect(date.value).toBe("Liên Sơn, ngày 26 tháng 6 năm 2024");
    expect(layout.styles[date.style!].font?.italic).toBe(true);
  });

  it("has the title, the place and a subtitle with period, set and region", () => {
    const title = rowOf(layout, "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI");
    expect(layout.merges).toContainEqual({ r1: title, c1: 0, r2: title, c2: 7 });
    expect(at(layout, title + 1, 0)?.value).toBe("Xã Liên Sơn, huyện Chi Lăng, tỉnh Lạng Sơn");
    expect(at(layout, title + 2, 0)?.value).toBe(
      "(6 tháng đầu năm 2024; theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025; vùng Trung du và miền núi phía Bắc)",
    );
  });

  it("has the standard table header, repeated on every printed page", () => {
    const header = rowOf(layout, "Nội dung chỉ tiêu");
    const texts = layout.cells.filter((c) => c.row === header).map((c) => c.value);
    expect(texts).toEqual(["TT", "Tên tiêu chí", "Nội dung chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Đánh giá", "Tự đánh giá của xã", "Ghi chú"]);
    expect(layout.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: [header, header] });
  });

  it("groups indicators under their criterion: TT and name merged down, verdict on the criterion row", () => {
    const ttCells = layout.cells.filter((c) => typeof c.value === "number");
    expect(ttCells.map((c) => c.value)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    // Criterion 4 (Điện): a criterion row and two indicator rows.
    const four = ttCells[3];
    expect(layout.merges).toContainEqual({ r1: four.row, c1: 0, r2: four.row + 2, c2: 0 });
    expect(layout.merges).toContainEqual({ r1: four.row, c1: 1, r2: four.row + 2, c2: 1 });
    expect(at(layout, four.row, 1)?.value).toBe("Điện");
    expect(at(layout, four.row, 2)?.value).toBe("Kết quả chung của tiêu chí (1/2 chỉ tiêu đạt)");
    expect(at(layout, four.row, 5)?.value).toBe("Chưa đạt");
    expect(at(layout, four.row + 1, 2)?.value).toBe("4.1. Hệ thống điện đạt chuẩn");
    expect(at(layout, four.row + 1, 5)?.value).toBe("Chưa đạt");
    expect(at(layout, four.row + 2, 3)?.value).toBe("≥ 95%");
    expect(at(layout, four.row + 2, 4)?.value).toBe("100%");
    expect(at(layout, four.row + 2, 5)?.value).toBe("Đạt");
    // A criterion with one indicator shows its name without a number.
    const five = ttCells[4];
    expect(at(layout, five.row + 1, 2)?.value).toBe(
      "Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS) đạt tiêu chuẩn cơ sở vật chất theo quy định",
    );
    const indicatorRows = lienSon2024.criteria.reduce((n, c) => n + c.indicators.length, 0);
    const verdictCells = layout.cells.filter((c) => c.col === 5 && ["Đạt", "Chưa đạt", "Chưa đánh giá"].includes(String(c.value)));
    expect(verdictCells).toHaveLength(indicatorRows + 19);
  });

  it("shows figures, thresholds and notes as the fixture has them", () => {
    const r92 = rowOf(layout, "9.2. Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố");
    expect(at(layout, r92, 4)?.value).toBe("146/185 hộ đạt 78,91%");
    const r153 = startsWith(layout, "15.3.")[0].row;
    expect(at(layout, r153, 3)?.value).toBe("≤ 26,7%");
    expect(at(layout, r153, 4)?.value).toBe("17,72%");
    const r91 = rowOf(layout, "9.1. Nhà tạm, nhà dột nát");
    expect(at(layout, r91, 3)?.value).toBe("Không có");
    const r176 = startsWith(layout, "17.6.")[0].row;
    expect(at(layout, r176, 3)?.value).toBe("Chưa có chỉ tiêu");
    expect(at(layout, r176, 4)?.value).toBe("69,7%");
    expect(at(layout, r176, 5)?.value).toBe("Chưa đánh giá");
    expect(at(layout, r176, 7)?.value).toBe("Chỉ tiêu đạt chuẩn chưa có trong dữ liệu (chỉ tiêu theo vùng chưa nhập)");
    // The commune says "Đạt" where the check cannot judge: the note says so.
    const r1712 = startsWith(layout, "17.12.")[0].row;
    expect(at(layout, r1712, 7)?.value).toBe(
      "Chỉ tiêu đạt chuẩn chưa có trong dữ liệu (chỉ tiêu theo vùng chưa nhập); Xã tự đánh giá “Đạt”, kết quả kiểm tra: Chưa đánh giá",
    );
    const r135 = startsWith(layout, "13.5.")[0].row;
    expect(at(layout, r135, 7)?.value).toBe("Chưa có số liệu (ô kết quả để trống)");
    const r41 = rowOf(layout, "4.1. Hệ thống điện đạt chuẩn");
    expect(at(layout, r41, 7)?.value).toBe("Kết quả chưa đáp ứng yêu cầu của chỉ tiêu");
    // Achieved rows carry no note.
    expect(at(layout, r92, 7)?.value).toBe("");
  });

  it("colours verdict cells green, red and amber", () => {
    const fillOf = (text: string) =>
      new Set(layout.cells.filter((c) => c.col === 5 && c.value === text).map((c) => layout.styles[c.style!].fill));
    expect(fillOf("Đạt")).toEqual(new Set(["#C6EFCE"]));
    expect(fillOf("Chưa đạt")).toEqual(new Set(["#FFC7CE"]));
    expect(fillOf("Chưa đánh giá")).toEqual(new Set(["#FFEB9C"]));
  });

  it("totals the criteria and lists them by verdict", () => {
    const total = rowOf(layout, "Tổng số tiêu chí đạt: 11/19");
    expect(at(layout, total + 1, 0)?.value).toBe(
      "Các tiêu chí đạt: Tiêu chí số 1 - Quy hoạch; Tiêu chí số 3 - Thủy lợi và phòng, chống thiên tai; Tiêu chí số 7 - Cơ sở hạ tầng thương mại nông thôn; Tiêu chí số 8 - Thông tin và truyền thông; Tiêu chí số 9 - Nhà ở dân cư; Tiêu chí số 12 - Lao động; Tiêu chí số 14 - Giáo dục và Đào tạo; Tiêu chí số 15 - Y tế; Tiêu chí số 16 - Văn hóa; Tiêu chí số 18 - Hệ thống chính trị và tiếp cận pháp luật; Tiêu chí số 19 - Quốc phòng và an ninh",
    );
    expect(at(layout, total + 2, 0)?.value).toBe(
      "Các tiêu chí chưa đạt: Tiêu chí số 2 - Giao thông; Tiêu chí số 4 - Điện; Tiêu chí số 5 - Trường học; Tiêu chí số 6 - Cơ sở vật chất văn hóa; Tiêu chí số 13 - Tổ chức sản xuất và phát triển kinh tế nông thôn; Tiêu chí số 17 - Môi trường và an toàn thực phẩm",
    );
    expect(at(layout, total + 3, 0)?.value).toBe("Các tiêu chí chưa đánh giá: Tiêu chí số 10 - Thu nhập; Tiêu chí số 11 - Nghèo đa chiều");
    const paragraph = startsWith(layout, "Qua rà soát, xã Liên Sơn tự đánh giá đạt 11/19 tiêu chí; qua kiểm tra, đạt 11/19 tiêu chí.")[0];
    expect(paragraph.row).toBe(total + 5);
    expect(layout.merges).toContainEqual({ r1: paragraph.row, c1: 0, r2: paragraph.row, c2: 7 });
    expect(layout.styles[paragraph.style!].wrap).toBe(true);
    const sign = rowOf(layout, "TM. ỦY BAN NHÂN DÂN");
    expect(at(layout, sign + 1, 4)?.value).toBe("CHỦ TỊCH");
    expect(sign).toBeGreaterThan(paragraph.row);
  });

  it("uses Times New Roman 13 everywhere and thin borders on the whole table", () => {
    for (const s of Object.values(layout.styles)) expect(s.font).toMatchObject({ name: "Times New Roman", size: 13 });
    const header = rowOf(layout, "TT");
    const lastTableRow = rowOf(layout, "Tổng số tiêu chí đạt: 11/19") - 2;
    for (let r = header; r <= lastTableRow; r++) {
      for (let c = 0; c < 8; c++) {
        const cell = at(layout, r, c);
        expect(cell && layout.styles[cell.style!].border).toBe(true);
      }
    }
  });

  it("sizes columns and gives wrapped rows room", () => {
    expect(layout.columnWidths).toHaveLength(8);
    expect(layout.columnWidths[0]).toBeLessThanOrEqual(6);
    expect(layout.columnWidths[2]).toBeGreaterThanOrEqual(28);
    expect(layout.columnWidths[2]).toBeLessThanOrEqual(44);
    const rows = new Set(layout.cells.map((c) => c.row));
    for (const r of rows) expect(layout.rowHeights?.[r]).toBeGreaterThan(0);
    const long = rowOf(layout, startsWith(layout, "1.1. Có quy hoạch chung")[0].value as string);
    const short = rowOf(layout, "8.1. Xã có điểm phục vụ bưu chính");
    expect(layout.rowHeights![long]).toBeGreaterThan(layout.rowHeights![short]);
    const para = startsWith(layout, "Qua rà soát")[0].row;
    expect(layout.rowHeights![para]).toBeGreaterThanOrEqual(3 * 17);
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

  it("omits the not-assessed list when every criterion is judged", () => {
    const judged: CommuneResult = {
      ...lienSon2024,
      criteria: lienSon2024.criteria.map((c) => (c.verdict === "not_assessed" ? { ...c, verdict: "not_achieved" as const } : c)),
    };
    const l = buildSummaryLayout(judged, lienSonMeta);
    expect(startsWith(l, "Các tiêu chí chưa đánh giá")).toHaveLength(0);
    expect(startsWith(l, "Các tiêu chí chưa đạt: Tiêu chí số 2 - Giao thông; Tiêu chí số 4 - Điện; Tiêu chí số 5 - Trường học; Tiêu chí số 6 - Cơ sở vật chất văn hóa; Tiêu chí số 10 - Thu nhập;")).toHaveLength(1);
  });

  it("speaks English when asked", () => {
    const l = buildSummaryLayout(lienSon2024, { ...lienSonMeta, lang: "en" });
    expect(l.name).toBe("NTM summary");
    expect(at(l, 1, 0)?.value).toBe("PEOPLE'S COMMITTEE OF LIÊN SƠN COMMUNE");
    expect(l.cells.some((c) => c.value === "Criteria achieved: 11/19")).toBe(true);
    expect(startsWith(l, "Liên Sơn, 26 June 2024")).toHaveLength(1);
    const r153 = startsWith(l, "15.3.")[0].row;
    expect(at(l, r153, 3)?.value).toBe("≤ 26.7%");
    expect(at(l, r153, 5)?.value).toBe("Achieved");
  });
});
