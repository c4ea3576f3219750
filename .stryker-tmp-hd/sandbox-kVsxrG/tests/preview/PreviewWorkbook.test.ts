// @ts-nocheck
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { CheckSession } from "../../src/app/CheckSession";
import { FileWorkbook, MARK_TAG } from "../../src/adapters/xlsx/FileWorkbook";
import { readWorkbookGrid } from "../../src/adapters/xlsx/readGrid";
import { SUMMARY_SHEET_NAME } from "../../src/domain/summary/buildSummary";
import { createPreviewHost } from "../../src/preview/previewHost";
import { PreviewWorkbook } from "../../src/preview/PreviewWorkbook";

const EXAMPLE = path.resolve(__dirname, "../../examples/lien-son-2024.xlsx");
const OPTIONS = { setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null };
const D8 = { sheet: "TC 10-19", row: 7, col: 3 }; // income: "28 triệu/người/năm" against ≥ 39 triệu

async function open(): Promise<PreviewWorkbook> {
  return PreviewWorkbook.open(new Uint8Array(fs.readFileSync(EXAMPLE)), "lien-son-2024.xlsx");
}

describe("PreviewWorkbook and the preview host", () => {
  test("check, edit a figure (quick re-check), summary: the pane's actions change the workbook and notify the view", async () => {
    const wb = await open();
    const host = createPreviewHost(wb);
    let notified = 0;
    wb.subscribe(() => notified++);
    const outcomes: number[] = [];
    const off = host.onRecheck!((o) => outcomes.push(o.result.criteriaAchieved), (err) => { throw err; });

    const first = await host.check(OPTIONS, "vi");
    expect(first.result.criteriaAchieved).toBe(5);
    expect(wb.markAt(D8)?.verdict).toBe("not_achieved");
    expect(wb.markCount).toBe(first.markReport.applied);
    expect(notified).toBeGreaterThan(0);

    expect(wb.typeInto(D8, "45 triệu/người/năm")).toEqual({ ref: D8, cell: { value: "45 triệu/người/năm" } });
    await new Promise((r) => setTimeout(r, 0));
    expect(outcomes).toEqual([6]);
    expect(wb.markAt(D8)?.verdict).toBe("achieved");
    expect(wb.editCount).toBe(1);

    // An edit outside the detected cells re-checks nothing.
    wb.typeInto({ sheet: "Ghi chú", row: 0, col: 0 }, "ghi chú mới");
    await new Promise((r) => setTimeout(r, 0));
    expect(outcomes).toEqual([6]);
    off();

    const { name } = await host.insertSummary("vi");
    expect(name).toBe(SUMMARY_SHEET_NAME);
    expect(wb.sheets.find((s) => s.name === name)?.generated).toBe(true);
    expect(wb.layoutOf(name)?.cells.length).toBeGreaterThan(0);
    // Shown from its top-left cell, as in Excel.
    expect(wb.selected).toEqual({ ref: { sheet: name, row: 0, col: 0 }, seq: 1 });
    // Generated sheets are rewritten by the tool, never typed into.
    expect(wb.typeInto({ sheet: name, row: 0, col: 0 }, "x")).toBeNull();

    host.selectCell(D8);
    expect(wb.selected).toEqual({ ref: D8, seq: 2 });
  });

  test("save(): the original file with the edits, highlights as conditional formats and the summary sheet", async () => {
    const wb = await open();
    const host = createPreviewHost(wb);
    // The pane subscribes to edits (as App does); the quick re-check moves the highlight.
    const off = host.onRecheck!(() => undefined, (err) => { throw err; });
    await host.check(OPTIONS, "vi");
    wb.typeInto(D8, "45 triệu/người/năm");
    wb.typeInto({ sheet: "TC 10-19", row: 10, col: 3 }, "72%"); // 12.1 was "70%"
    await new Promise((r) => setTimeout(r, 0));
    off();
    await host.insertSummary("vi");
    const bytes = await wb.save();

    const grid = readWorkbookGrid(bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual(["TC 1-9 Hạ tầng", "TC 10-19", "Ghi chú", SUMMARY_SHEET_NAME]);
    const social = grid.sheets[1];
    const at = (r: number, c: number) => social.rows[r - social.originRow][c - social.originCol];
    expect(at(7, 3)?.value).toBe("45 triệu/người/năm");
    expect(at(10, 3)).toMatchObject({ value: 0.72, text: "72%" });
    // Cells nobody edited are as they were.
    expect(at(8, 3)?.value).toBe(readWorkbookGrid(fs.readFileSync(EXAMPLE)).sheets[1].rows[8 - social.originRow][3 - social.originCol]?.value);

    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const formats = (xl.getWorksheet("TC 10-19") as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    const refsFor = (verdict: string) =>
      formats.filter((f) => f.rules.some((r) => (r.formulae ?? []).some((x) => x.includes(`"${MARK_TAG}${verdict}"`)))).flatMap((f) => f.ref.split(" "));
    expect(refsFor("achieved")).toContain("D8");
    expect(refsFor("not_achieved")).not.toContain("D8");

    // The saved file checked again by the command line's adapter agrees with the pane.
    const again = await new CheckSession(new FileWorkbook(bytes, "xlsx")).check(OPTIONS);
    expect(again.result.criteriaAchieved).toBe(6);
  });

  test("save() without edits or marks after clearing: no highlight left in the file", async () => {
    const wb = await open();
    const host = createPreviewHost(wb);
    await host.check(OPTIONS, "vi");
    await host.clearMarks();
    const bytes = await wb.save();
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    for (const ws of xl.worksheets) {
      const cfs = (ws as unknown as { conditionalFormattings?: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings ?? [];
      expect(cfs.flatMap((f) => f.rules).filter((r) => (r.formulae ?? []).some((x) => x.includes(MARK_TAG)))).toEqual([]);
    }
  });

  test("a file that is not a workbook is refused with the reader's error", async () => {
    // SheetJS would read this CSV text as a sheet: the file's first bytes decide first.
    await expect(PreviewWorkbook.open(new TextEncoder().encode("TT,Chỉ tiêu\n1,Đạt"), "a.xlsx")).rejects.toMatchObject({ name: "WorkbookReadError", reason: "not-a-workbook" });
    await expect(PreviewWorkbook.open(new Uint8Array(0), "empty.xlsx")).rejects.toMatchObject({ name: "WorkbookReadError", reason: "not-a-workbook" });
    const zipButNotXlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(PreviewWorkbook.open(zipButNotXlsx, "broken.xlsx")).rejects.toMatchObject({ name: "WorkbookReadError" });
  });
});
