/** Workbook settings with the column picker's mapping: saved, read back, and older settings (without it) still load. */
// @ts-nocheck

import type { WorkbookSettings } from "../../../src/app/WorkbookPort";
import { OfficeWorkbookPort } from "../../../src/adapters/office/OfficeWorkbookPort";
import { parseSettings, SETTINGS_KEY } from "../../../src/adapters/office/settings";
import { initialSettings } from "../../../src/taskpane/model";
import { FakeExcel } from "../../fakes/excel";
import { oneSheetWorkbook } from "../../fakes/excel/workbooks";

const BEFORE_PICKER = { setId: "xa-ntm-2021-2025", province: "lang-son", region: "tdmn-phia-bac", overlayJson: null, disadvantaged: false };
const WITH_COLUMNS: WorkbookSettings = { ...BEFORE_PICKER, columns: { sheet: "TC 1-9 Hạ tầng", code: 0, figure: 4, threshold: 2 } };

describe("settings with a column mapping", () => {
  test("round trip through workbook.settings of the fake Excel", async () => {
    const excel = new FakeExcel(oneSheetWorkbook());
    await new OfficeWorkbookPort(excel.run).writeSettings(WITH_COLUMNS);
    expect(await new OfficeWorkbookPort(excel.run).readSettings()).toEqual(WITH_COLUMNS);
  });

  test("settings saved before the column picker load as they were, with no mapping", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "A" }], settings: { [SETTINGS_KEY]: JSON.stringify(BEFORE_PICKER) } });
    const read = await new OfficeWorkbookPort(excel.run).readSettings();
    expect(read).toEqual(BEFORE_PICKER);
    expect(read).not.toHaveProperty("columns");
    expect(initialSettings(read, ["xa-ntm-2021-2025"])).toEqual({ ...BEFORE_PICKER, group: null });
  });

  test.each([
    ["a letter instead of a column number", { figure: "D" }],
    ["a negative column", { figure: -1 }],
    ["a column past XFD", { figure: 16384 }],
    ["a fraction", { figure: 3.5 }],
    ["neither figure nor code", { threshold: 2, self: 4 }],
    ["an unknown key", { figure: 3, colour: 1 }],
    ["an empty sheet name", { figure: 3, sheet: "" }],
    ["not an object", [3]],
  ])("a damaged mapping (%s) is dropped, the other settings still load", (_, columns) => {
    const read = parseSettings(JSON.stringify({ ...BEFORE_PICKER, columns }));
    expect(read).toEqual(BEFORE_PICKER);
    expect(initialSettings({ ...BEFORE_PICKER, columns } as unknown as WorkbookSettings, ["xa-ntm-2021-2025"])).toEqual({ ...BEFORE_PICKER, group: null });
  });

  test("a mapping for every sheet (no sheet name) is kept as it is", () => {
    const all = { ...BEFORE_PICKER, columns: { figure: 3, self: 4 } };
    expect(parseSettings(JSON.stringify(all))).toEqual(all);
    expect(initialSettings(all, ["xa-ntm-2021-2025"])).toEqual({ ...all, group: null });
  });
});

describe("settings with a commune group", () => {
  test("the group and 'as the workbook says' survive a reload; a damaged group is dropped alone", async () => {
    const saved: WorkbookSettings = { ...BEFORE_PICKER, setId: "auto", group: "nhom-2" };
    const excel = new FakeExcel(oneSheetWorkbook());
    await new OfficeWorkbookPort(excel.run).writeSettings(saved);
    const read = await new OfficeWorkbookPort(excel.run).readSettings();
    expect(read).toEqual(saved);
    expect(initialSettings(read, ["xa-ntm-2021-2025"])).toEqual(saved);
    expect(parseSettings(JSON.stringify({ ...saved, group: "nhom-7" }))).toEqual({ ...BEFORE_PICKER, setId: "auto" });
  });
});
