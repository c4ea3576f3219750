// @ts-nocheck
import { OfficeWorkbookPort } from "../../../src/adapters/office/OfficeWorkbookPort";
import { mayHaveRecalculated, subscribeToEdits } from "../../../src/adapters/office/subscribeToEdits";
import type { CellEdit } from "../../../src/domain/grid/Grid";
import { FakeExcel, type FakeRequestContext } from "../../fakes/excel";
import { oneSheetWorkbook } from "../../fakes/excel/workbooks";

async function setup() {
  const excel = new FakeExcel(oneSheetWorkbook());
  const received: CellEdit[][] = [];
  const structure: number[] = [];
  const unsubscribe = await subscribeToEdits(excel.run, {
    onEdits: (edits) => {
      received.push(edits);
    },
    onStructure: () => {
      structure.push(1);
    },
  });
  return { excel, received, structure, unsubscribe };
}

describe("subscribeToEdits", () => {
  test("a user typing a figure gives the cell with its number format", async () => {
    const { excel, received } = await setup();
    excel.sheet("Biểu 01").cells.get(2 * 16384 + 2)!.numberFormat = "0.0%";
    excel.userEdit("Biểu 01", "C3", [["99.8%"]]);
    await excel.flushEvents();
    expect(received).toEqual([[{ ref: { sheet: "Biểu 01", row: 2, col: 2 }, cell: { value: 0.998, numberFormat: "0.0%", text: "99.8%" } }]]);
  });

  test("a pasted column is read back, cleared cells come as null", async () => {
    const { excel, received } = await setup();
    excel.userEdit("Biểu 01", "C2:C4", [["721/722 hộ (99,8%)"], [null], ["Chưa đạt"]]);
    await excel.flushEvents();
    expect(received).toEqual([
      [
        { ref: { sheet: "Biểu 01", row: 1, col: 2 }, cell: { value: "721/722 hộ (99,8%)" } },
        { ref: { sheet: "Biểu 01", row: 2, col: 2 }, cell: { value: null } },
        { ref: { sheet: "Biểu 01", row: 3, col: 2 }, cell: { value: "Chưa đạt" } },
      ],
    ]);
  });

  test("inserted rows, and a block over rows and columns, ask for a new read instead of edits", async () => {
    const { excel, received, structure } = await setup();
    excel.insertRows("Biểu 01", 3, 1);
    excel.userEdit("Biểu 01", "C2:D3", [["721/722 hộ (99,8%)", "Đạt"], [null, "Chưa đạt"]]);
    await excel.flushEvents();
    expect(structure).toEqual([1, 1]);
    expect(received).toEqual([]);
  });

  test("the add-in's own writes are ignored, whether events are on or off", async () => {
    const { excel, received } = await setup();
    // Events on: Excel raises them with triggerSource "ThisLocalAddin".
    await excel.run(async (ctx: FakeRequestContext) => {
      ctx.workbook.worksheets.getItem("Biểu 01").getRange("F1:F2").values = [["ghi"], ["chú"]];
      ctx.workbook.worksheets.getItem("Biểu 01").getRange("G1").values = [["x"]];
    });
    // writeSheet switches events off while it draws.
    await new OfficeWorkbookPort(excel.run).writeSheet({ name: "Tổng hợp", columnWidths: [10], cells: [{ row: 0, col: 0, value: "Tổng hợp" }], merges: [], styles: {} });
    await excel.flushEvents();
    expect(received).toEqual([]);
    // A user's edit right after still arrives.
    excel.userEdit("Biểu 01", "D2", [["Chưa đạt"]]);
    await excel.flushEvents();
    expect(received).toEqual([[{ ref: { sheet: "Biểu 01", row: 1, col: 3 }, cell: { value: "Chưa đạt" } }]]);
  });

  test("after unsubscribe no handler is left", async () => {
    const { excel, received, unsubscribe } = await setup();
    expect(excel.handlerCount).toBe(1);
    await unsubscribe();
    expect(excel.handlerCount).toBe(0);
    excel.userEdit("Biểu 01", "D2", [["Đạt"]]);
    await excel.flushEvents();
    expect(received).toEqual([]);
  });
});

describe("which recalculations matter", () => {
  const d11 = { sheet: "TC 10-19", row: 10, col: 3 };
  test("a recalculated address covers the cell, or is not given", () => {
    expect(mayHaveRecalculated("D11", d11)).toBe(true);
    expect(mayHaveRecalculated("'TC 10-19'!D8:D20,F2", d11)).toBe(true);
    expect(mayHaveRecalculated("F2,G2:G9", d11)).toBe(false);
    expect(mayHaveRecalculated(undefined, d11)).toBe(true);
  });
});
