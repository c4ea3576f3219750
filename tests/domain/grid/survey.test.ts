import { surveyTitles } from "../../../src/domain/grid/survey";
import { sheet } from "../../fixtures/grid";

const HEADER = ["TT", "Tên tiêu chí", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Đánh giá"];

describe("surveyTitles: the title lines that choose a criteria set", () => {
  it("the text above the first header, then the sheet names; not the table, not short or numeric cells", () => {
    const s = sheet(
      "Biểu 01",
      [
        ["UBND XÃ LIÊN SƠN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        [null, 2024, "Số", "BIỂU", "  BIỂU TỰ ĐÁNH GIÁ  GIAI ĐOẠN 2026 - 2030 (xã nhóm 2) "],
        HEADER,
        ["1", "Quy hoạch", "1.1 Có quy hoạch chung", "Đạt", "Đạt", "Đạt"],
      ],
      { originRow: 3, originCol: 1 },
    );
    expect(surveyTitles({ sheets: [s] })).toEqual([
      { text: "UBND XÃ LIÊN SƠN", ref: { sheet: "Biểu 01", row: 3, col: 1 } },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ref: { sheet: "Biểu 01", row: 3, col: 3 } },
      { text: "BIỂU", ref: { sheet: "Biểu 01", row: 4, col: 4 } },
      { text: "BIỂU TỰ ĐÁNH GIÁ GIAI ĐOẠN 2026 - 2030 (xã nhóm 2)", ref: { sheet: "Biểu 01", row: 4, col: 5 } },
      { text: "Biểu 01", ref: null },
    ]);
  });

  it("skips the tool's own sheets and the sheets asked; decodes TCVN3 titles", () => {
    const grid = {
      sheets: [
        sheet("Tổng hợp", [["Tổng hợp kết quả"]], { generated: true }),
        sheet("Mẫu", [["Biểu mẫu trống"]]),
        sheet("TCVN3", [["KÕt qu¶ thùc hiÖn n¨m 2024"]]),
      ],
    };
    expect(surveyTitles(grid, new Set(["Mẫu"]))).toEqual([
      { text: "Kết quả thực hiện năm 2024", ref: { sheet: "TCVN3", row: 0, col: 0 } },
      { text: "TCVN3", ref: null },
    ]);
  });

  it("reads at most 25 rows of a sheet and 60 lines in all; ignores very long cells", () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`Dòng tiêu đề ${i + 1}`]);
    const lines = surveyTitles({ sheets: [sheet("A", rows)] });
    expect(lines.filter((l) => l.ref).map((l) => l.text)).toEqual(rows.slice(0, 25).map((r) => r[0]));
    const many = Array.from({ length: 3 }, (_, k) => sheet(`S${k}`, Array.from({ length: 25 }, (_, i) => [`Dòng ${k}.${i}`])));
    const all = surveyTitles({ sheets: many });
    expect(all.filter((l) => l.ref)).toHaveLength(60);
    expect(all.filter((l) => !l.ref).map((l) => l.text)).toEqual(["S0", "S1", "S2"]);
    const wide = surveyTitles({ sheets: [sheet("W", [Array.from({ length: 70 }, (_, j) => `Ô số ${j}`)])] });
    expect(wide.filter((l) => l.ref)).toHaveLength(60);
    expect(surveyTitles({ sheets: [sheet("L", [["x".repeat(401), "y".repeat(400)]])] })[0]).toEqual({ text: "y".repeat(400), ref: { sheet: "L", row: 0, col: 1 } });
  });
});
