// @ts-nocheck
import * as XLSX from "@e965/xlsx";
import type { CellInput } from "../../domain/figures/Figure";
import type { GridCell, Merge, SheetGrid, WorkbookGrid } from "../../domain/grid/Grid";
import { checkReadLimits, DEFAULT_READ_LIMITS, type LimitProblem, type ReadLimits } from "./limits";
import { readXlsxCells } from "./readXlsxCells";

/** Defined name that lists the sheets this tool generated (so they are never read as input). */
export const GENERATED_NAME = "ntm_checker_generated";

/** Why a file could not be read, in data; the caller words it and names the file. */
export class WorkbookReadError extends Error {
  constructor(public readonly reason: "encrypted" | "not-a-workbook" | "corrupt" | "too-large", detail: string, public readonly limit?: LimitProblem) {
    super(detail);
    this.name = "WorkbookReadError";
  }
}

/**
 * Reads an .xlsx or .xls file (bytes) into plain sheet grids: values, number formats, shown text,
 * hidden rows, merges, protection. Works in Node and in the browser (no fs).
 * SheetJS is used for reading because it reads both formats and is fast; the CVE-fixed build
 * @e965/xlsx 0.20.3 is pinned (the `xlsx` name on npm is frozen at the vulnerable 0.18.5).
 */
export function readWorkbookGrid(data: Uint8Array | ArrayBuffer, limits: ReadLimits = DEFAULT_READ_LIMITS): WorkbookGrid {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new WorkbookReadError("not-a-workbook", "empty file");
  // Size, ratio and consistency from the zip directory, before anything is inflated.
  const judged = checkReadLimits(bytes, limits);
  if (!judged.ok) throw "problem" in judged ? new WorkbookReadError("too-large", judged.problem.kind, judged.problem) : new WorkbookReadError(judged.damaged.reason === "encrypted" ? "encrypted" : "corrupt", judged.damaged.message);
  // .xlsx: the direct reader (about three times faster) gives the same grid; it returns null for
  // what it does not handle like SheetJS, and a zip it cannot open goes to SheetJS for its wording.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    let fast: WorkbookGrid | null = null;
    try {
      fast = readXlsxCells(bytes, GENERATED_NAME);
    } catch {
      fast = null;
    }
    if (fast && fast.sheets.length > 0) return fast;
  }
  return sheetJsGrid(bytes);
}

/** The same grid read by SheetJS: .xls, and whatever the direct reader leaves to it. */
export function sheetJsGrid(bytes: Uint8Array): WorkbookGrid {
  // OLE2 container with an EncryptedPackage stream is an encrypted .xlsx (SheetJS says so too).
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: "array", dense: true, cellNF: true, cellStyles: true, cellText: true, cellDates: false, WTF: false });
  } catch (e) {
    const msg = String((e as Error).message ?? e);
    if (/password|encrypt/i.test(msg)) throw new WorkbookReadError("encrypted", msg);
    if (/unsupported file|zip|invalid|corrupt|end of central|bad/i.test(msg)) throw new WorkbookReadError("corrupt", msg);
    throw new WorkbookReadError("not-a-workbook", msg);
  }
  if (!wb.SheetNames || wb.SheetNames.length === 0) throw new WorkbookReadError("not-a-workbook", "no sheets");
  const generated = generatedSheets(wb);
  const sheets: SheetGrid[] = [];
  wb.SheetNames.forEach((name, idx) => {
    const ws = wb.Sheets[name];
    if (!ws) return;
    const meta = wb.Workbook?.Sheets?.[idx];
    sheets.push(sheetGrid(name, ws, !!meta?.Hidden, generated.has(name)));
  });
  return { sheets };
}

function generatedSheets(wb: XLSX.WorkBook): Set<string> {
  const out = new Set<string>();
  for (const n of wb.Workbook?.Names ?? []) {
    if (n.Name !== GENERATED_NAME) continue;
    for (const part of String(n.Ref).split(",")) {
      const m = /^'?((?:[^']|'')+?)'?!/.exec(part.trim());
      if (m) out.add(m[1].replace(/''/g, "'"));
    }
  }
  return out;
}

function sheetGrid(name: string, ws: XLSX.WorkSheet, hidden: boolean, generated: boolean): SheetGrid {
  const ref = ws["!ref"];
  const protectedSheet = !!ws["!protect"];
  if (!ref) return { name, originRow: 0, originCol: 0, rows: [], hidden, generated, protected: protectedSheet };
  const range = XLSX.utils.decode_range(ref);
  const data = (ws as XLSX.DenseWorkSheet)["!data"] ?? [];
  const rows: GridCell[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const src = data[r];
    const row: GridCell[] = [];
    if (src) for (let c = range.s.c; c <= range.e.c; c++) row.push(toCell(src[c]));
    rows.push(row);
  }
  const hiddenRows: number[] = [];
  (ws["!rows"] ?? []).forEach((info, r) => {
    if (info?.hidden) hiddenRows.push(r);
  });
  const merges: Merge[] = (ws["!merges"] ?? []).map((m) => ({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c }));
  return { name, originRow: range.s.r, originCol: range.s.c, rows, hiddenRows, merges, hidden, generated, protected: protectedSheet };
}

function toCell(cell: XLSX.CellObject | undefined): GridCell {
  if (!cell) return null;
  const out: CellInput = { value: null };
  switch (cell.t) {
    case "n":
      out.value = typeof cell.v === "number" ? cell.v : Number(cell.v);
      break;
    case "s":
    case "d":
      out.value = cell.v === undefined ? null : String(cell.v);
      break;
    case "b":
      out.value = !!cell.v;
      break;
    case "e":
      out.value = cell.w ?? "#N/A";
      break;
    default:
      return null;
  }
  if (typeof cell.z === "string" && cell.z !== "General") out.numberFormat = cell.z;
  if (cell.w !== undefined && cell.t !== "s") out.text = cell.w;
  return out;
}
