/**
 * The direct .xlsx reader must give exactly the grid SheetJS gives, or step aside (null): over
 * every workbook in the repository and the shared acceptance cases, and over generated workbooks
 * holding what commune files hold (rich text, formulas, merges, hidden rows and sheets, percent
 * and custom formats, booleans, errors, entities, line breaks) and what it leaves to SheetJS.
 */
// @ts-nocheck

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { GENERATED_NAME, readWorkbookGrid, sheetJsGrid } from "../../../src/adapters/xlsx/readGrid";
import { readXlsxCells, useInflateRaw } from "../../../src/adapters/xlsx/readXlsxCells";

function workbooksUnder(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    if (n === "node_modules" || n.startsWith(".")) continue;
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) out = out.concat(workbooksUnder(p));
    else if (/\.xlsx$/i.test(n)) out.push(p);
  }
  return out;
}

const root = path.resolve(__dirname, "../../..");
const files = [...workbooksUnder(path.join(root, "tests")), ...workbooksUnder(path.join(root, "examples")), ...workbooksUnder(path.resolve(root, "../shared/acceptance"))];

/** Same grid as SheetJS, compared as plain data. */
function expectSameGrid(bytes: Uint8Array): "direct" | "sheetjs" {
  const direct = readXlsxCells(bytes, GENERATED_NAME);
  if (direct === null) return "sheetjs";
  expect(JSON.parse(JSON.stringify(direct))).toEqual(JSON.parse(JSON.stringify(sheetJsGrid(bytes))));
  return "direct";
}

test("every workbook in the repository reads the same as with SheetJS (JavaScript and zlib inflate)", () => {
  expect(files.length).toBeGreaterThan(20);
  let direct = 0;
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(f));
    if (bytes[0] !== 0x50) continue; // lock files, encrypted (OLE2) files
    try {
      if (expectSameGrid(bytes) === "direct") direct++;
    } catch (e) {
      throw new Error(`${path.relative(root, f)}: ${(e as Error).message}`);
    }
  }
  // All but the deliberately damaged ones go the direct way.
  expect(direct).toBeGreaterThan(files.length - 5);
  useInflateRaw((d, n) => zlib.inflateRawSync(d, { maxOutputLength: Math.max(n, 1) }));
  for (const f of files.slice(0, 10)) {
    const bytes = new Uint8Array(readFileSync(f));
    if (bytes[0] === 0x50) expectSameGrid(bytes);
  }
});

async function featureWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu & số liệu");
  ws.getCell("A1").value = "UBND XÃ TÂN <HƯƠNG> & “Liên Sơn”";
  ws.getCell("B1").value = { richText: [{ text: "Tiêu chí ", font: { bold: true } }, { text: "số 4: Điện" }] };
  ws.getCell("A2").value = "dòng một\r\ndòng hai";
  ws.getCell("B2").value = 0.987;
  ws.getCell("B2").numFmt = "0.0%";
  ws.getCell("C2").value = 1250;
  ws.getCell("C2").numFmt = "#,##0";
  ws.getCell("D2").value = 45.5;
  ws.getCell("D2").numFmt = '0.0" triệu"';
  ws.getCell("E2").value = true;
  ws.getCell("F2").value = { formula: "C2/2", result: 625 };
  ws.getCell("G2").value = { formula: "A1&\"x\"", result: "chuỗi công thức" };
  ws.getCell("H2").value = { error: "#DIV/0!" };
  ws.getCell("I2").value = 17.1;
  ws.getCell("A3").value = "_x000D_ giữ nguyên";
  ws.mergeCells("A5:C6");
  ws.getCell("A5").value = "Ô gộp";
  ws.getCell("A4").value = "dòng ẩn";
  ws.getRow(4).hidden = true;
  ws.getRow(8).hidden = true;
  ws.getCell("A8").value = "4.2";
  ws.getCell("B9").border = { top: { style: "thin" } }; // a styled empty cell
  const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
  hidden.getCell("A1").value = 1;
  const very = wb.addWorksheet("Rất ẩn", { state: "veryHidden" });
  very.getCell("B3").value = "x";
  wb.addWorksheet("Trống");
  const gen = wb.addWorksheet("Tổng hợp NTM");
  gen.getCell("A1").value = "generated";
  wb.definedNames.add("'Tổng hợp NTM'!$A$1", GENERATED_NAME);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("generated workbooks with what commune files hold read the same, directly", async () => {
  expect(expectSameGrid(await featureWorkbook())).toBe("direct");
  const grid = readWorkbookGrid(await featureWorkbook());
  expect(grid.sheets.map((s) => [s.name, s.hidden, s.generated])).toEqual([
    ["Biểu & số liệu", false, false],
    ["Ẩn", true, false],
    ["Rất ẩn", true, false],
    ["Trống", false, false],
    ["Tổng hợp NTM", false, true],
  ]);
  const s = grid.sheets[0];
  expect(s.hiddenRows).toEqual([3, 7]);
  expect(s.merges).toEqual([{ r1: 4, c1: 0, r2: 5, c2: 2 }]);
  expect(s.rows[1][1]).toEqual({ value: 0.987, numberFormat: "0.0%", text: "98.7%" });
  expect(s.rows[0][0]).toEqual({ value: "UBND XÃ TÂN <HƯƠNG> & “Liên Sơn”" });

  // SheetJS's writer: inline strings (no shared strings table), no dimension element.
  const aoa = [["TT", "Kết quả"], ["4.2", 0.99], [true, "Đạt"]];
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "NTM");
  expect(expectSameGrid(new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx", bookSST: false })))).toBe("direct");
  expect(expectSameGrid(new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx", bookSST: true })))).toBe("direct");
});

test("what it does not read like SheetJS is left to SheetJS: dates, formulas without a value", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("A").getCell("A1").value = { formula: "1+1" };
  expect(readXlsxCells(new Uint8Array(await wb.xlsx.writeBuffer()), GENERATED_NAME)).toBeNull();
  const dated = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(dated, XLSX.utils.aoa_to_sheet([[new Date(Date.UTC(2023, 10, 20))]], { cellDates: true }), "D");
  const bytes = new Uint8Array(XLSX.write(dated, { type: "array", bookType: "xlsx", cellDates: true }));
  expect(readXlsxCells(bytes, GENERATED_NAME)).toBeNull();
  // readWorkbookGrid still reads both, through SheetJS.
  expect(readWorkbookGrid(bytes).sheets[0].rows[0][0]).toEqual(sheetJsGrid(bytes).sheets[0].rows[0][0]);
});
