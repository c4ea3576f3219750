import { OfficeWorkbookPort, subscribeToEdits } from "../../../src/adapters/office/OfficeWorkbookPort";
import type { CellEdit } from "../../../src/domain/grid/Grid";
import { FakeExcel, type FakeRequestContext } from "../../fakes/excel";
import { oneSheetWorkbook } from "../../fakes/excel/workbooks";

async function setup() {
  const excel = new FakeExcel(oneSheetWorkbook());
  const received: CellEdit[][] = [];
  const unsubscribe = await subscribeToEdits(excel.run, (edits) => {
    received.push(edits);
  });
  return { excel, received, unsubscribe };
}

describe("subscribeToEdits", () => {
  test("a user typing a figure gives the cell with its number format", async () => {
    const { excel, received } = await setup();
    excel.sheet("Biểu 01").cells.get(2 * 16384 + 2)!.numberFormat = "0.0%";
    excel.userEdit("Biểu 01", "C3", [["99.8%"]]);
    await excel.flushEvents();
    expect(received).toEqual([[{ ref: { sheet: "Biểu 01", row: 2, col: 2 }, cell: { value: 0.998, numberFormat: "0.0%" } }]]);
  });

  test("a pasted block is read back, cleared cells come as null", async () => {
    const { excel, received } = await setup();
    excel.userEdit("Biểu 01", "C2:D3", [["721/722 hộ (99,8%)", "Đạt"], [null, "Chưa đạt"]]);
    await excel.flushEvents();
    expect(received).toHaveLength(1);
    expect(received[0]).toEqual([
      { ref: { sheet: "Biểu 01", row: 1, col: 2 }, cell: { value: "721/722 hộ (99,8%)" } },
      { ref: { sheet: "Biểu 01", row: 1, col: 3 }, cell: { value: "Đạt" } },
      { ref: { sheet: "Biểu 01", row: 2, col: 2 }, cell: { value: null } },
      { ref: { sheet: "Biểu 01", row: 2, col: 3 }, cell: { value: "Chưa đạt" } },
    ]);
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
