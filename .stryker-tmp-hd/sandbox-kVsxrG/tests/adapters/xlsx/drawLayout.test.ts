// @ts-nocheck
import ExcelJS from "exceljs";
import { cleanSheetName, drawLayout, pickSheetName } from "../../../src/adapters/xlsx/drawLayout";
import { buildSummaryLayout } from "../../../src/domain/summary/buildSummary";
import type { SheetLayout } from "../../../src/domain/summary/SheetLayout";
import { lienSon2024, lienSonMeta } from "../../fixtures/summaryResult";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

describe("drawLayout: the Liên Sơn summary through exceljs", () => {
  const layout = buildSummaryLayout(lienSon2024, lienSonMeta);
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Biểu tự đánh giá").getCell("A1").value = "Dữ liệu của xã";
    drawLayout(wb, layout, "Tổng hợp NTM");
    const back = await roundTrip(wb);
    ws = back.getWorksheet("Tổng hợp NTM")!;
    // The user's sheet is untouched.
    expect(back.getWorksheet("Biểu tự đánh giá")!.getCell("A1").value).toBe("Dữ liệu của xã");
  });

  it("writes every value of the layout", () => {
    for (const c of layout.cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      if (cell.isMerged && cell.master !== cell) continue;
      const expected = c.value === null || c.value === "" ? null : c.value;
      expect([c.row, c.col, cell.value ?? null]).toEqual([c.row, c.col, expected]);
    }
    expect(ws.getCell("A1").value).toBe("UBND HUYỆN CHI LĂNG");
    expect(ws.getCell("F2").value).toBe("Độc lập - Tự do - Hạnh phúc");
  });

  it("merges what the layout merges", () => {
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    const a1 = (r: number, c: number) => ws.getCell(r + 1, c + 1).address;
    const expected = layout.merges.map((m) => `${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`);
    expect([...merges].sort()).toEqual([...expected].sort());
    expect(merges).toContain("F2:J2");
  });

  it("keeps fonts, fills, alignment and borders", () => {
    const motto = ws.getCell("F2");
    expect(motto.font).toMatchObject({ name: "Times New Roman", size: 13, bold: true, underline: true });
    expect(motto.alignment).toMatchObject({ horizontal: "center" });
    const header = layout.print!.repeatRows![0] + 1;
    const th = ws.getCell(header, 4);
    expect(th.value).toBe("Nội dung chỉ tiêu");
    expect(th.border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(th.alignment).toMatchObject({ wrapText: true, vertical: "middle" });
    const verdicts = new Map<string, string>();
    ws.getColumn(7).eachCell((cell) => {
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (fill?.fgColor?.argb) verdicts.set(String(cell.value), fill.fgColor.argb);
    });
    expect(verdicts.get("Đạt")).toBe("FFC6EFCE");
    expect(verdicts.get("Chưa đạt")).toBe("FFFFC7CE");
    expect(verdicts.get("Chưa đánh giá")).toBe("FFFFEB9C");
    expect(ws.getCell(header + 1, 1).numFmt).toBe("0");
    // The TT cells below a criterion's first row are empty but still bordered.
    expect(ws.getCell(header + 2, 1).value).toBeNull();
    expect(ws.getCell(header + 2, 1).border).toMatchObject({ left: { style: "thin" }, bottom: { style: "thin" } });
  });

  it("sets column widths and row heights", () => {
    layout.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
    for (const [r, h] of Object.entries(layout.rowHeights!)) expect(ws.getRow(Number(r) + 1).height).toBe(h);
  });

  it("prints on A4 landscape, one page wide, header row on every page", () => {
    const header = layout.print!.repeatRows![0] + 1;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
  });
});

describe("drawLayout: values stay values", () => {
  const risky = ["=1+1", "=HYPERLINK(\"http://x\")", "+84 912 345 678", "-5%", "@SUM(A1)", "'quoted"];
  const layout: SheetLayout = {
    name: "x",
    columnWidths: [20],
    cells: risky.map((v, i) => ({ row: i, col: 0, value: v })).concat([{ row: risky.length, col: 0, value: 42 as never }]),
    merges: [],
    styles: {},
  };

  it("never turns a string into a formula", async () => {
    const wb = new ExcelJS.Workbook();
    drawLayout(wb, layout, "Tổng hợp NTM");
    const back = await roundTrip(wb);
    const ws = back.getWorksheet("Tổng hợp NTM")!;
    risky.forEach((v, i) => {
      const cell = ws.getCell(i + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(v);
      expect(cell.formula).toBeUndefined();
    });
    expect(ws.getCell(risky.length + 1, 1).type).toBe(ExcelJS.ValueType.Number);
  });

  it("replaces an earlier sheet of the same name (one the caller chose to reuse)", async () => {
    const wb = new ExcelJS.Workbook();
    drawLayout(wb, layout, "Tổng hợp NTM");
    drawLayout(wb, { ...layout, cells: [{ row: 0, col: 0, value: "mới" }] }, "Tổng hợp NTM");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp NTM"]);
    const back = await roundTrip(wb);
    expect(back.getWorksheet("Tổng hợp NTM")!.getCell("A1").value).toBe("mới");
    expect(back.getWorksheet("Tổng hợp NTM")!.getCell("A2").value).toBeNull();
  });

  it("refuses a style the layout does not define", () => {
    const wb = new ExcelJS.Workbook();
    expect(() => drawLayout(wb, { ...layout, cells: [{ row: 0, col: 0, value: "a", style: "nope" }] }, "S")).toThrow(/unknown style "nope"/);
  });
});

describe("pickSheetName", () => {
  it("uses the preferred name when free", () => {
    expect(pickSheetName(["Biểu 01", "Sheet1"], "Tổng hợp NTM", [])).toBe("Tổng hợp NTM");
  });

  it("never takes a user's sheet: numbers the name instead", () => {
    expect(pickSheetName(["Tổng hợp NTM"], "Tổng hợp NTM", [])).toBe("Tổng hợp NTM (2)");
    expect(pickSheetName(["tổng hợp ntm", "Tổng hợp NTM (2)"], "Tổng hợp NTM", [])).toBe("Tổng hợp NTM (3)");
  });

  it("reuses a sheet the tool made itself", () => {
    expect(pickSheetName(["Tổng hợp NTM"], "Tổng hợp NTM", ["Tổng hợp NTM"])).toBe("Tổng hợp NTM");
    // The user had the name first; the tool's own copy is "(2)": reuse it rather than make "(3)".
    expect(pickSheetName(["Tổng hợp NTM", "Tổng hợp NTM (2)"], "Tổng hợp NTM", ["Tổng hợp NTM (2)"])).toBe("Tổng hợp NTM (2)");
    // An own sheet that no longer exists is not "reused".
    expect(pickSheetName(["Tổng hợp NTM"], "Tổng hợp NTM", ["Tổng hợp NTM (2)"])).toBe("Tổng hợp NTM (2)");
  });

  it("respects Excel's 31 characters and forbidden characters", () => {
    const long = "Tổng hợp kết quả thực hiện Bộ tiêu chí NTM xã Liên Sơn";
    const picked = pickSheetName([], long, []);
    expect([...picked].length).toBe(31);
    expect(picked).toBe("Tổng hợp kết quả thực hiện Bộ t");
    const second = pickSheetName([picked], long, []);
    expect([...second].length).toBeLessThanOrEqual(31);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(cleanSheetName("Tổng hợp [6/2024]: xã*?\\")).toBe("Tổng hợp -6-2024-- xã---");
    expect(cleanSheetName("'Tổng hợp'")).toBe("Tổng hợp");
    expect(pickSheetName([], "a/b", [])).toBe("a-b");
  });
});
