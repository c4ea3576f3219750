import { sheetColumns } from "../../../src/domain/grid/sheetColumns";
import type { ReadingMap, TableReading } from "../../../src/domain/grid/ReadingMap";
import { sheet } from "../../fixtures/grid";

function mapWith(sheetName: string, header: TableReading["header"]): ReadingMap {
  const table = { sheet: sheetName, header } as TableReading;
  return { sheets: [{ sheet: sheetName, hidden: false, skipped: null, tables: [{ ...table, header: null }, table], commune: null }], commune: null, provinceText: null, district: null };
}

describe("sheetColumns: the columns offered in the pane's column picker", () => {
  it("labels each used column with the header rows of the sheet's first table, through merges", () => {
    const s = sheet(
      "Biểu",
      [
        ["UBND XÃ LIÊN SƠN"],
        ["TT", "Nội dung", "Chỉ tiêu theo vùng", null, "Kết quả  thực hiện"],
        [null, null, "TDMNPB", "ĐBSH", null],
        ["1", "Quy hoạch", "Đạt", "Đạt", 1],
      ],
      { originCol: 1, merges: [{ r1: 1, c1: 3, r2: 1, c2: 4 }, { r1: 3, c1: 2, r2: 3, c2: 3 }] },
    );
    expect(sheetColumns({ sheets: [s] }, mapWith("Biểu", { first: 1, last: 2, row: 1 }))).toEqual([
      {
        sheet: "Biểu",
        columns: [
          { col: 1, label: "TT" },
          { col: 2, label: "Nội dung" },
          { col: 3, label: "Chỉ tiêu theo vùng / TDMNPB" },
          { col: 4, label: "Chỉ tiêu theo vùng / ĐBSH" },
          { col: 5, label: "Kết quả thực hiện" },
        ],
      },
    ]);
  });

  it("without a table, the row near the top with the most text; long labels are cut", () => {
    const long = "Kết quả thực hiện đến ngày 30 tháng 6 năm 2024 (số liệu)";
    const s = sheet("Khác", [["Tiêu đề"], [1, 2, 3], ["STT", "Nội dung", long], ["a", "b"]]);
    const [got] = sheetColumns({ sheets: [s] }, { sheets: [], commune: null, provinceText: null, district: null });
    expect(got).toEqual({
      sheet: "Khác",
      columns: [
        { col: 0, label: "STT" },
        { col: 1, label: "Nội dung" },
        { col: 2, label: long.slice(0, 39) + "…" },
      ],
    });
    expect(got.columns[2].label).toHaveLength(40);
  });

  it("skips the tool's own sheets and empty sheets; offers at most 52 columns", () => {
    const wide = sheet("Rộng", [Array.from({ length: 60 }, (_, j) => `C${j}`)]);
    const out = sheetColumns({ sheets: [sheet("TH", [["x"]], { generated: true }), sheet("Trống", []), wide] }, { sheets: [], commune: null, provinceText: null, district: null });
    expect(out.map((s) => s.sheet)).toEqual(["Rộng"]);
    expect(out[0].columns).toHaveLength(52);
    expect(out[0].columns[51]).toEqual({ col: 51, label: "C51" });
  });

  it("the reading of another sheet is not this sheet's header; of rows with as much text, the first", () => {
    const s = sheet("Biểu", [["Mã", "Tên"], ["Kết quả", "Ghi chú"]]);
    const other: ReadingMap = { ...mapWith("Khác", { first: 1, last: 1, row: 1 }) };
    expect(sheetColumns({ sheets: [s] }, other)[0].columns.map((c) => c.label)).toEqual(["Mã", "Tên"]);
  });

  it("a label of exactly 40 characters is kept whole", () => {
    const forty = "x".repeat(40);
    const out = sheetColumns({ sheets: [sheet("S", [[forty]])] }, { sheets: [], commune: null, provinceText: null, district: null });
    expect(out[0].columns[0].label).toBe(forty);
  });
});
