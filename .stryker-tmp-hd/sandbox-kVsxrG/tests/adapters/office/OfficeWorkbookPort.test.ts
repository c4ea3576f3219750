// @ts-nocheck
import type { Mark, WorkbookSettings } from "../../../src/app/WorkbookPort";
import type { SheetLayout } from "../../../src/domain/summary/SheetLayout";
import { chooseSheet, columnWidthPoints, needsTextPrefix } from "../../../src/adapters/office/drawSheet";
import { OfficeHostError } from "../../../src/adapters/office/hostProblem";
import { MARK_COLOURS, isOurMarkFormula, markFormula } from "../../../src/adapters/office/marks";
import { OfficeWorkbookPort } from "../../../src/adapters/office/OfficeWorkbookPort";
import { FakeExcel, type SeedWorkbook } from "../../fakes/excel";
import { bigSheetWorkbook, nineteenSheetWorkbook, oneSheetWorkbook } from "../../fakes/excel/workbooks";

function port(excel: FakeExcel, options = {}): OfficeWorkbookPort {
  return new OfficeWorkbookPort(excel.run, options);
}

async function syncsOf(excel: FakeExcel, fn: () => Promise<unknown>): Promise<number> {
  const before = excel.syncCount;
  await fn();
  return excel.syncCount - before;
}

describe("readGrid", () => {
  test("reads values, number formats, merges, protection and visibility of every sheet", async () => {
    const seed = nineteenSheetWorkbook();
    seed.sheets[2].protected = true;
    seed.sheets[3].visibility = "Hidden";
    const excel = new FakeExcel(seed);
    const grid = await port(excel).readGrid();
    expect(grid.sheets.map((s) => s.name)).toEqual(seed.sheets.map((s) => s.name));
    const tc1 = grid.sheets[0];
    expect(tc1).toMatchObject({ name: "TC1", originRow: 0, originCol: 0, merges: [{ r1: 0, c1: 0, r2: 0, c2: 3 }], hiddenRows: [] });
    expect(tc1.rows[0][0]).toEqual({ value: "Tiêu chí số 1 về Quy hoạch" });
    expect(tc1.rows[0][1]).toBeNull();
    expect(tc1.rows[1]).toEqual([{ value: "TT" }, { value: "Nội dung chỉ tiêu" }, { value: "Kết quả thực hiện" }, { value: "Tự đánh giá" }]);
    // TC1, indicator 1.1: 146/185 hộ (text); 1.2: 28 000 000 đồng with its number format.
    expect(tc1.rows[2][2]).toEqual({ value: "146/185 hộ đạt 78,91%" });
    expect(tc1.rows[3][2]).toEqual({ value: 28_000_000, numberFormat: '#,##0 "đồng"', text: "28000000" });
    expect(grid.sheets[2].protected).toBe(true);
    expect(grid.sheets[3].hidden).toBe(true);
    expect(grid.sheets[0].protected).toBeUndefined();
  });

  test("a 19-sheet workbook and a 1-sheet workbook take the same, small number of syncs", async () => {
    const many = new FakeExcel(nineteenSheetWorkbook());
    const one = new FakeExcel(oneSheetWorkbook());
    const syncsMany = await syncsOf(many, () => port(many).readGrid());
    const syncsOne = await syncsOf(one, () => port(one).readGrid());
    expect(syncsMany).toBe(syncsOne);
    expect(syncsMany).toBe(2);
  });

  test("hidden rows come back, in the same two syncs", async () => {
    const seed = oneSheetWorkbook();
    seed.sheets[0].hiddenRows = [3, 4, 40];
    const excel = new FakeExcel(seed);
    let grid: Awaited<ReturnType<OfficeWorkbookPort["readGrid"]>> | undefined;
    const syncs = await syncsOf(excel, async () => {
      grid = await port(excel).readGrid();
    });
    expect(syncs).toBe(2);
    expect(grid?.sheets[0].hiddenRows).toEqual([3, 4, 40]);
  });

  test("hidden rows are left unknown when the first column is hidden too", async () => {
    const seed = oneSheetWorkbook();
    seed.sheets[0].hiddenRows = [3];
    seed.sheets[0].hiddenColumns = [0];
    const grid = await port(new FakeExcel(seed)).readGrid();
    expect(grid.sheets[0].hiddenRows).toBeUndefined();
  });

  test("a used range away from A1 keeps its origin; an empty sheet has no rows", async () => {
    const excel = new FakeExcel({
      sheets: [
        { name: "Lệch", origin: "C5", values: [["Chỉ tiêu", "Kết quả"], ["2.1", 0.998]], numberFormats: [[null, null], [null, "0.0%"]] },
        { name: "Trống" },
      ],
    });
    const grid = await port(excel).readGrid();
    expect(grid.sheets[0]).toMatchObject({ originRow: 4, originCol: 2 });
    expect(grid.sheets[0].rows[1][1]).toEqual({ value: 0.998, numberFormat: "0.0%", text: "99.8%" });
    expect(grid.sheets[1].rows).toEqual([]);
  });

  test("a 50,000-row × 10-column sheet is read in bands that keep every sync under 5 MB", async () => {
    const excel = new FakeExcel(bigSheetWorkbook(50_000));
    const syncs = await syncsOf(excel, async () => {
      const grid = await port(excel).readGrid();
      const rows = grid.sheets[0].rows;
      expect(rows).toHaveLength(50_000);
      expect(rows[0][0]).toEqual({ value: "Thôn 1" });
      expect(rows[49_999][1]).toEqual({ value: 50_000, text: "50000" });
      expect(rows[49_999][3]).toMatchObject({ value: 0.5 + (49_999 % 50) / 100, numberFormat: "0.0%" });
    });
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(excel.maxResponseBytes).toBeGreaterThan(1024 * 1024); // bands are big, not cell by cell
    expect(syncs).toBeLessThanOrEqual(8);
  }, 60_000);

  test("when a band is still too large for Excel, it is halved and read again", async () => {
    // A host stricter than the adapter's estimate: 1 MB responses.
    const excel = new FakeExcel(bigSheetWorkbook(20_000), { limits: { responseBytes: 1_000_000 } });
    const grid = await port(excel).readGrid();
    expect(excel.refusedSyncs).toBeGreaterThan(0);
    expect(grid.sheets[0].rows).toHaveLength(20_000);
    expect(grid.sheets[0].rows[19_999][0]).toEqual({ value: "Thôn 20000" });
    expect(grid.sheets[0].rows.every((r) => r.length === 10)).toBe(true);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(1_000_000);
  }, 60_000);

  test("a sheet too wide for the head window falls back to bands and is read whole", async () => {
    const values = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 180 }, (_, c) => r * 1000 + c));
    const excel = new FakeExcel({ sheets: [{ name: "Rộng", values }] });
    const grid = await port(excel).readGrid();
    expect(grid.sheets[0].rows).toHaveLength(2000);
    expect(grid.sheets[0].rows[1999][179]).toEqual({ value: 1999 * 1000 + 179, text: String(1999 * 1000 + 179) });
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    // The head sync was refused; sizes again, then bands.
    expect(excel.refusedSyncs).toBe(1);
    expect(excel.syncCount).toBeGreaterThan(4);
  }, 30_000);

  test("more than 512 merged areas: the grid is read without merges instead of failing", async () => {
    const seed = bigSheetWorkbook(600);
    seed.sheets[0].merges = Array.from({ length: 600 }, (_, r) => `I${r + 1}:J${r + 1}`);
    const grid = await port(new FakeExcel(seed)).readGrid();
    expect(grid.sheets[0].rows).toHaveLength(600);
    expect(grid.sheets[0].merges).toBeUndefined();
  });

  test("cell-edit mode: waits by default; with delayForCellEdit off it is a cell-edit-mode problem", async () => {
    const excel = new FakeExcel(oneSheetWorkbook());
    excel.enterCellEditMode();
    await expect(port(excel, { delayForCellEdit: false }).readGrid()).rejects.toMatchObject({
      name: "OfficeHostError",
      problem: { code: "host/cell-edit-mode", at: {}, params: { detail: "InvalidOperationInCellEditMode" } },
    });
    const waiting = port(excel).readGrid();
    setTimeout(() => excel.exitCellEditMode(), 5);
    await expect(waiting).resolves.toMatchObject({ sheets: [{ name: "Biểu 01" }] });
  });
});

function marksFor(sheets: string[], rowsPerSheet = 4): Mark[] {
  const verdicts = ["achieved", "not_achieved", "not_assessed"] as const;
  return sheets.flatMap((sheet) =>
    Array.from({ length: rowsPerSheet }, (_, k) => ({ ref: { sheet, row: 2 + k, col: 3 }, verdict: verdicts[k % 3] })),
  );
}

function ourFormats(excel: FakeExcel, sheet: string) {
  return excel.conditionalFormats(sheet).filter((cf) => isOurMarkFormula(cf.formula));
}

describe("applyMarks / clearMarks", () => {
  const userSeed = (): SeedWorkbook => {
    const seed = nineteenSheetWorkbook();
    seed.sheets[0].formats = { "D3:D6": { fill: "#FFFF00", font: { bold: true } } };
    seed.sheets[0].formulas = { "C4": "=28000000" };
    seed.sheets[0].conditionalFormats = [{ range: "C3:C6", type: "CellValue", fill: "#FF0000" }, { range: "A1:D6", formula: "=$D3=\"Chưa đạt\"", fill: "#DDDDDD" }];
    return seed;
  };

  test("one conditional format per verdict per sheet, with the right colours and cells", async () => {
    const excel = new FakeExcel(nineteenSheetWorkbook());
    const report = await port(excel).applyMarks(marksFor(["TC1", "TC2"]));
    expect(report).toEqual({ applied: 8, problems: [] });
    const cfs = ourFormats(excel, "TC1");
    expect(cfs).toHaveLength(3);
    const achieved = cfs.find((c) => c.formula === markFormula("achieved"));
    expect(achieved).toMatchObject({ type: "Custom", fill: MARK_COLOURS.achieved.fill, fontColor: MARK_COLOURS.achieved.font });
    // Rows 2 and 5 (0-based) of column D: two areas.
    expect(achieved?.areas).toEqual([{ r1: 2, c1: 3, r2: 2, c2: 3 }, { r1: 5, c1: 3, r2: 5, c2: 3 }]);
    expect(cfs.find((c) => c.formula === markFormula("not_achieved"))).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(cfs.find((c) => c.formula === markFormula("not_assessed"))).toMatchObject({ fill: "#FFEB9C", fontColor: "#9C5700" });
    expect(ourFormats(excel, "TC3")).toEqual([]);
  });

  test("the mark rule is always true and tagged", () => {
    expect(markFormula("achieved")).toBe('=N("ntm-checker:achieved")=0');
    expect(isOurMarkFormula('=N("NTM-CHECKER:achieved")=0')).toBe(true);
    expect(isOurMarkFormula('=$D3="Chưa đạt"')).toBe(false);
  });

  test("applying twice leaves one set; the sync count does not grow with sheets or marks", async () => {
    const excel = new FakeExcel(nineteenSheetWorkbook());
    const p = port(excel);
    const names = excel.sheetNames();
    const few = await syncsOf(excel, () => p.applyMarks(marksFor(["TC1"], 1)));
    const many = await syncsOf(excel, () => p.applyMarks(marksFor(names, 4)));
    expect(few).toBe(3);
    expect(many).toBe(3);
    await p.applyMarks(marksFor(names, 4));
    for (const n of names) expect(ourFormats(excel, n)).toHaveLength(3);
  });

  test("the user's values, formulas, own formats and own conditional formats are untouched by apply + clear", async () => {
    const excel = new FakeExcel(userSeed());
    const before = excel.snapshotCells("TC1");
    const userCfs = excel.conditionalFormats("TC1");
    const p = port(excel);
    await p.applyMarks(marksFor(["TC1"]));
    expect(excel.snapshotCells("TC1")).toEqual(before);
    expect(excel.conditionalFormats("TC1").filter((c) => !isOurMarkFormula(c.formula))).toEqual(userCfs);
    const cleared = await p.clearMarks();
    expect(cleared).toEqual({ applied: 3, problems: [] });
    expect(excel.snapshotCells("TC1")).toEqual(before);
    expect(excel.conditionalFormats("TC1")).toEqual(userCfs);
    expect(excel.cell("TC1", "D3")?.format).toMatchObject({ fill: "#FFFF00", font: { bold: true } });
    expect(excel.cell("TC1", "C4")?.formula).toBe("=28000000");
  });

  test("a protected sheet is reported and the other sheets are still marked", async () => {
    const seed = nineteenSheetWorkbook();
    seed.sheets[1].protected = true;
    const excel = new FakeExcel(seed);
    const report = await port(excel).applyMarks(marksFor(["TC1", "TC2", "TC3"]));
    expect(report.problems).toEqual([{ code: "host/protected-sheet", at: { sheet: "TC2" }, params: {} }]);
    expect(report.applied).toBe(8);
    expect(ourFormats(excel, "TC1")).toHaveLength(3);
    expect(ourFormats(excel, "TC3")).toHaveLength(3);
    expect(ourFormats(excel, "TC2")).toHaveLength(0);
  });

  test("marks on a sheet that is gone are reported as not-found", async () => {
    const excel = new FakeExcel(nineteenSheetWorkbook());
    const report = await port(excel).applyMarks([{ ref: { sheet: "Đã xóa", row: 1, col: 1 }, verdict: "achieved" }, ...marksFor(["TC1"], 1)]);
    expect(report).toEqual({ applied: 1, problems: [{ code: "host/not-found", at: { sheet: "Đã xóa" }, params: {} }] });
  });

  test("cell-edit mode while marking is mapped, never Office's message", async () => {
    const excel = new FakeExcel(nineteenSheetWorkbook());
    excel.enterCellEditMode();
    const report = await port(excel, { delayForCellEdit: false }).applyMarks(marksFor(["TC1"]));
    expect(report).toEqual({ applied: 0, problems: [{ code: "host/cell-edit-mode", at: {}, params: { detail: "InvalidOperationInCellEditMode" } }] });
  });

  test("thousands of scattered marks are split into several formats with short addresses", async () => {
    const excel = new FakeExcel(bigSheetWorkbook(3000));
    const marks: Mark[] = Array.from({ length: 1500 }, (_, k) => ({ ref: { sheet: "Số liệu", row: k * 2, col: 4 }, verdict: "achieved" }));
    const syncs = await syncsOf(excel, () => port(excel).applyMarks(marks));
    expect(syncs).toBe(3);
    const cfs = ourFormats(excel, "Số liệu");
    expect(cfs.length).toBeGreaterThan(1);
    expect(cfs.reduce((n, c) => n + c.areas.length, 0)).toBe(1500);
  });
});

const layout = (name = "Tổng hợp NTM"): SheetLayout => ({
  name,
  columnWidths: [6, 40, 18, 14],
  rowHeights: { 0: 30 },
  cells: [
    { row: 0, col: 0, value: "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI", style: "title" },
    { row: 1, col: 0, value: "TT", style: "head" },
    { row: 1, col: 1, value: "Tên tiêu chí", style: "head" },
    { row: 1, col: 2, value: "Kết quả", style: "head" },
    { row: 1, col: 3, value: "Đánh giá", style: "head" },
    { row: 2, col: 0, value: 1, style: "cell" },
    { row: 2, col: 1, value: "Quy hoạch", style: "cell" },
    { row: 2, col: 2, value: "=Đạt theo tự đánh giá", style: "cell" },
    { row: 2, col: 3, value: "Đạt", style: "cell" },
    { row: 3, col: 0, value: 10, style: "cell" },
    { row: 3, col: 1, value: "+ Thu nhập bình quân", style: "cell" },
    { row: 3, col: 2, value: "-12,5%", style: "cell" },
    { row: 3, col: 3, value: 0.7179, style: "pct" },
    { row: 4, col: 1, value: "@ghi chú", style: "cell" },
    { row: 4, col: 2, value: "95%", style: "cell" },
    { row: 4, col: 3, value: "=SUM(A1:A3)", style: "text" },
  ],
  merges: [{ r1: 0, c1: 0, r2: 0, c2: 3 }],
  styles: {
    title: { font: { name: "Times New Roman", size: 14, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
    head: { font: { name: "Times New Roman", size: 12, bold: true }, fill: "#D9E1F2", horizontal: "center", border: true },
    cell: { font: { name: "Times New Roman", size: 12 }, border: true, wrap: true },
    pct: { font: { name: "Times New Roman", size: 12, italic: true }, border: true, numberFormat: "0.00%" },
    text: { numberFormat: "@" },
  },
  print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: [0, 1] },
});

describe("writeSheet", () => {
  test("draws values as values, styles, merges, widths, heights and page layout in 3 syncs", async () => {
    const excel = new FakeExcel(oneSheetWorkbook());
    let result: Awaited<ReturnType<OfficeWorkbookPort["writeSheet"]>> | undefined;
    const syncs = await syncsOf(excel, async () => {
      result = await port(excel).writeSheet(layout());
    });
    expect(result).toEqual({ name: "Tổng hợp NTM", problems: [] });
    expect(syncs).toBe(3);
    const s = excel.sheet("Tổng hợp NTM");
    expect(excel.values("Tổng hợp NTM", "A1:D5")).toEqual([
      ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI", "", "", ""],
      ["TT", "Tên tiêu chí", "Kết quả", "Đánh giá"],
      [1, "Quy hoạch", "=Đạt theo tự đánh giá", "Đạt"],
      [10, "+ Thu nhập bình quân", "-12,5%", 0.7179],
      ["", "@ghi chú", "95%", "=SUM(A1:A3)"],
    ]);
    for (const a of ["C3", "B4", "C4", "B5", "C5", "D5"]) expect(excel.cell("Tổng hợp NTM", a)?.formula).toBeUndefined();
    expect(excel.cell("Tổng hợp NTM", "D4")?.numberFormat).toBe("0.00%");
    expect(excel.cell("Tổng hợp NTM", "D5")?.numberFormat).toBe("@");
    expect(s.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 3 }]);
    expect(excel.cell("Tổng hợp NTM", "B2")?.format).toMatchObject({
      fill: "#D9E1F2",
      font: { name: "Times New Roman", size: 12, bold: true },
      horizontalAlignment: "Center",
      borders: { EdgeTop: { style: "Continuous", weight: "Thin" }, EdgeLeft: { style: "Continuous" } },
    });
    // Merged title: the style covers the whole merged area.
    expect(excel.cell("Tổng hợp NTM", "D1")?.format).toMatchObject({ font: { bold: true, size: 14 }, verticalAlignment: "Center", wrapText: true });
    expect(s.columnWidths.get(1)).toBe(columnWidthPoints(40));
    expect(s.rowHeights.get(0)).toBe(30);
    expect(s.pageLayout).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$2" });
    // Ours by a sheet-scoped name, which is saved with the file (ids are not: office-js#1390).
    expect(s.names.get("ntm_checker_generated")).toBe("='Tổng hợp NTM'!$A$1");
    expect(excel.state.activeSheetId).toBe(s.id);
    expect(s.selected).toBe("A1");
    expect(excel.state.enableEvents).toBe(true);
  });

  test("writing a value through Excel's own parsing would have made a formula: the prefix is what prevents it", () => {
    expect(needsTextPrefix("=Đạt theo tự đánh giá")).toBe(true);
    expect(needsTextPrefix("+ Thu nhập")).toBe(true);
    expect(needsTextPrefix("-12,5%")).toBe(true);
    expect(needsTextPrefix("@ghi chú")).toBe(true);
    expect(needsTextPrefix("95%")).toBe(true);
    expect(needsTextPrefix("Quy hoạch")).toBe(false);
  });

  test("never overwrites a user's sheet of the same name; reuses its own sheet on the next run", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Tổng hợp NTM", values: [["Bảng của tôi"]] }] });
    const p = port(excel);
    const first = await p.writeSheet(layout());
    expect(first).toEqual({ name: "Tổng hợp NTM (2)", problems: [] });
    expect(excel.values("Tổng hợp NTM", "A1")).toEqual([["Bảng của tôi"]]);
    // Make the old generated sheet dirty: the rewrite must clear it.
    excel.userEdit("Tổng hợp NTM (2)", "F9", [["rác"]]);
    const syncs = await syncsOf(excel, async () => {
      expect(await p.writeSheet(layout())).toEqual({ name: "Tổng hợp NTM (2)", problems: [] });
    });
    expect(syncs).toBe(2);
    expect(excel.sheetNames()).toEqual(["Tổng hợp NTM", "Tổng hợp NTM (2)"]);
    expect(excel.cell("Tổng hợp NTM (2)", "F9")).toBeUndefined();
    expect(excel.values("Tổng hợp NTM (2)", "B3")).toEqual([["Quy hoạch"]]);
  });

  test("a user's sheet that took the name of a deleted generated sheet is not ours", () => {
    const choice = chooseSheet([{ id: "{user}", name: "Tổng hợp NTM" }], new Set(["{old-generated}"]), "Tổng hợp NTM");
    expect(choice).toEqual({ name: "Tổng hợp NTM (2)", reuseId: null });
    expect(chooseSheet([{ id: "{a}", name: "tổng hợp ntm" }], new Set(["{a}"]), "Tổng hợp NTM")).toEqual({ name: "tổng hợp ntm", reuseId: "{a}" });
    const long = chooseSheet([{ id: "x", name: "Bảng tổng hợp kết quả NTM năm 2" }], new Set(), "Bảng tổng hợp kết quả NTM năm 2024: xã Liên Sơn");
    expect(long.name.length).toBeLessThanOrEqual(31);
    expect(long.name).toBe("Bảng tổng hợp kết quả NTM n (2)");
  });

  test("a protected generated sheet is reported, and the events switch is back on", async () => {
    const excel = new FakeExcel(oneSheetWorkbook());
    const p = port(excel);
    await p.writeSheet(layout());
    excel.sheet("Tổng hợp NTM").protected = true;
    const again = await p.writeSheet(layout());
    expect(again.problems).toEqual([{ code: "host/protected-sheet", at: { sheet: "Tổng hợp NTM" }, params: { detail: "AccessDenied" } }]);
    expect(excel.state.enableEvents).toBe(true);
  });
});

describe("settings", () => {
  const settings: WorkbookSettings = { setId: "xa-ntm-2021-2025", province: "lang-son", region: "tdmn-phia-bac", overlayJson: null, disadvantaged: true };

  test("round trip through workbook.settings, written and read back in one sync", async () => {
    const excel = new FakeExcel(oneSheetWorkbook());
    const p = port(excel);
    expect(await p.readSettings()).toBeNull();
    expect(await syncsOf(excel, () => p.writeSettings(settings))).toBe(1);
    // A new port (a reopened pane) reads what the workbook keeps.
    expect(await port(excel).readSettings()).toEqual(settings);
  });

  test("a damaged setting reads as none", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "A" }], settings: { "ntm-checker.settings": "{not json" } });
    expect(await port(excel).readSettings()).toBeNull();
  });

  test("a failure is an OfficeHostError with a mapped code", async () => {
    const excel = new FakeExcel(oneSheetWorkbook());
    excel.enterCellEditMode();
    const err = await port(excel, { delayForCellEdit: false }).writeSettings(settings).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeHostError);
    expect((err as OfficeHostError).problem.code).toBe("host/cell-edit-mode");
  });
});
