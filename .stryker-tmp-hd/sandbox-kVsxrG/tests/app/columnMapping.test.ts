/**
 * The pane's column picker end to end below the UI: a mapping saved in the workbook settings (through
 * the Office adapter over the fake Excel) is what the next check reads with; clearing it returns to
 * reading by the headers. Real workbook: the Liên Sơn example.
 */
// @ts-nocheck

import { readFileSync } from "node:fs";
import path from "node:path";
import { OfficeWorkbookPort } from "../../src/adapters/office/OfficeWorkbookPort";
import { MemoryWorkbook } from "../../src/adapters/memory/MemoryWorkbook";
import { readWorkbookGrid } from "../../src/adapters/xlsx/readGrid";
import { CheckSession, type CheckOutcome } from "../../src/app/CheckSession";
import type { IndicatorResult } from "../../src/domain/evaluation/CommuneResult";
import { builtinCatalogue } from "../../src/taskpane/catalogue";
import { checkOptionsForWorkbook, initialSettings, regionState } from "../../src/taskpane/model";
import { FakeExcel } from "../fakes/excel";
import { seedFromGrid } from "../fakes/excel/workbooks";

const grid = () => readWorkbookGrid(readFileSync(path.join(__dirname, "../../examples/lien-son-2024.xlsx")));
const SHEET = "TC 1-9 Hạ tầng";
const setIds = builtinCatalogue.listSets().map((s) => s.id);
const indicator = (o: CheckOutcome, code: string): IndicatorResult => o.result.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;
const achieved = (o: CheckOutcome) => o.result.criteria.filter((c) => c.verdict === "achieved").length;

/** What the pane does when it opens on a workbook and the user presses "Kiểm tra": saved settings in, a check out. */
async function paneCheck(port: OfficeWorkbookPort | MemoryWorkbook, chosen?: { province: string }): Promise<CheckOutcome> {
  const settings = initialSettings(await port.readSettings(), setIds);
  if (chosen) settings.province = chosen.province;
  const region = regionState(settings.province, settings.province ? builtinCatalogue.regionForProvince(settings.province) : null, settings.region, []);
  return new CheckSession(port).check(checkOptionsForWorkbook(settings, region));
}

describe("a saved column mapping is used by later checks", () => {
  test("Office adapter over the fake Excel: the figure column chosen for one sheet is read there, and only there", async () => {
    const excel = new FakeExcel(seedFromGrid(grid()));
    // First pane session: automatic reading, then the user picks "Tự đánh giá" (E) as the figure column of TC 1-9.
    const auto = await paneCheck(new OfficeWorkbookPort(excel.run), { province: "lang-son" });
    expect(auto.reading.map.sheets[0].tables[0].columns.figure).toEqual({ col: 3, header: "Kết quả thực hiện", by: "header" });
    expect(indicator(auto, "2.1")).toMatchObject({ verdict: "not_assessed", cellRef: { sheet: SHEET, row: 11, col: 3 } });
    expect(achieved(auto)).toBe(5);
    const first = new CheckSession(new OfficeWorkbookPort(excel.run));
    await first.check({ setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null, columns: { sheet: SHEET, figure: 4 } });

    // The workbook keeps it: a reopened pane reads it back and checks with it, with no clicks.
    const reopened = new OfficeWorkbookPort(excel.run);
    expect(await reopened.readSettings()).toEqual({ setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null, columns: { sheet: SHEET, figure: 4 } });
    const later = await paneCheck(reopened);
    const table = later.reading.map.sheets.find((s) => s.sheet === SHEET)!.tables[0];
    expect(table.columns.figure).toEqual({ col: 4, header: "Tự đánh giá", by: "user" });
    // 2.1's figure is now E12 ("Chưa đạt", the verdict the sheet states), not the empty D12.
    expect(indicator(later, "2.1")).toMatchObject({ verdict: "not_achieved", figureRaw: "Chưa đạt", cellRef: { sheet: SHEET, row: 11, col: 4 } });
    expect(achieved(later)).toBe(7);
    // The other sheet is read by its headers as before.
    expect(later.reading.map.sheets.find((s) => s.sheet === "TC 10-19")!.tables[0].columns.figure).toEqual({ col: 3, header: "Kết quả thực hiện", by: "header" });
    expect(indicator(later, "10")).toMatchObject({ cellRef: { sheet: "TC 10-19", row: 7, col: 3 }, verdict: "not_achieved" });
  });

  test("“Bỏ chọn cột”: a check without the mapping saves settings without it and reads by the headers again", async () => {
    const wb = new MemoryWorkbook(grid());
    await wb.writeSettings({ setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null, columns: { sheet: SHEET, figure: 4 } });
    expect(achieved(await paneCheck(wb))).toBe(7);
    const saved = initialSettings(await wb.readSettings(), setIds);
    delete saved.columns;
    const cleared = await new CheckSession(wb).check(checkOptionsForWorkbook(saved, regionState("lang-son", builtinCatalogue.regionForProvince("lang-son"), null, [])));
    expect(await wb.readSettings()).not.toHaveProperty("columns");
    expect(achieved(cleared)).toBe(5);
    expect(achieved(await paneCheck(wb))).toBe(5);
  });

  test("the outcome lists each sheet's used columns with their header text, for the picker", async () => {
    const o = await new CheckSession(new MemoryWorkbook(grid())).check({ setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null });
    const tc19 = o.reading.sheets.find((s) => s.sheet === SHEET)!;
    expect(tc19.columns.slice(0, 6)).toEqual([
      { col: 0, label: "TT" },
      { col: 1, label: "Nội dung tiêu chí, chỉ tiêu" },
      { col: 2, label: "Chỉ tiêu đạt chuẩn" },
      { col: 3, label: "Kết quả thực hiện" },
      { col: 4, label: "Tự đánh giá" },
      { col: 5, label: "Ghi chú" },
    ]);
  });
});
