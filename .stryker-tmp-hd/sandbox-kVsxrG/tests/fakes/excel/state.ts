/**
 * The workbook a fake Excel holds: plain data, seeded by tests and inspected by them.
 * The proxy API in api.ts reads and writes only through this model.
 */
// @ts-nocheck

import { columnIndex, columnLetters } from "../../../src/domain/grid/address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based inclusive rectangle. */
export interface Area { r1: number; c1: number; r2: number; c2: number }

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export interface CellFormat {
  fill?: string;
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  /** Per cell: only the four outer edges are stored (inside borders land on neighbours' edges). */
  borders?: Partial<Record<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight", { style: string; weight: string; color?: string }>>;
}

export type CellValue = string | number | boolean;

export interface CellState {
  /** "" when empty. For formulas, the last computed value (the fake does not calculate: "#NAME?" unless seeded). */
  value: CellValue;
  formula?: string;
  numberFormat: string;
  format?: CellFormat;
}

export interface ConditionalFormatState {
  id: string;
  /** Excel.ConditionalFormatType spelling: "Custom", "CellValue", "ColorScale", … */
  type: string;
  areas: Area[];
  formula?: string;
  fill?: string | null;
  fontColor?: string | null;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<number, CellState>;
  merges: Area[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  /** Points. */
  columnWidths: Map<number, number>;
  /** Points. */
  rowHeights: Map<number, number>;
  /** Highest priority first (index 0), as Excel lists them. */
  conditionalFormats: ConditionalFormatState[];
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };
    printTitleRows: string | null;
  };
  selected: string | null;
  /** Sheet-scoped names (Worksheet.names): name → formula ("=$A$1"). Saved with the file. */
  names: Map<string, string>;
  /** Adding a conditional format fails here with GeneralException (an odd rule Excel cannot combine with). */
  refuseConditionalFormats?: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11
export const DEFAULT_ROW_HEIGHT = 15;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

export function areaRows(a: Area): number {
  return a.r2 - a.r1 + 1;
}

export function areaCols(a: Area): number {
  return a.c2 - a.c1 + 1;
}

export function intersects(a: Area, b: Area): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function intersection(a: Area, b: Area): Area | null {
  if (!intersects(a, b)) return null;
  return { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
}

export function contains(outer: Area, inner: Area): boolean {
  return outer.r1 <= inner.r1 && outer.c1 <= inner.c1 && outer.r2 >= inner.r2 && outer.c2 >= inner.c2;
}

/** Sheet name as Excel writes it in an address: quoted only when it must be. */
export function addressSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "A1" or "A1:C4", like Excel's Range.address after the "!". Entire rows/columns as "3:5" / "B:C". */
export function areaA1(a: Area): string {
  if (a.c1 === 0 && a.c2 === MAX_COLS - 1) return `${a.r1 + 1}:${a.r2 + 1}`;
  if (a.r1 === 0 && a.r2 === MAX_ROWS - 1) return `${columnLetters(a.c1)}:${columnLetters(a.c2)}`;
  const tl = `${columnLetters(a.c1)}${a.r1 + 1}`;
  if (a.r1 === a.r2 && a.c1 === a.c2) return tl;
  return `${tl}:${columnLetters(a.c2)}${a.r2 + 1}`;
}

/**
 * Parses one area ("E7", "$A$1:$C$3", "3:5", "B:B", optionally "Sheet!" or "'Sheet 1'!" before it).
 * Returns null when malformed.
 */
export function parseArea(text: string): { sheet: string | null; area: Area } | null {
  const t = text.trim();
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!'\s][^!]*))!)?(.+)$/.exec(t);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const ref = m[3].replace(/\$/g, "").toUpperCase();
  let area: Area | null = null;
  let mm: RegExpExecArray | null;
  if ((mm = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref))) {
    const r1 = Number(mm[2]) - 1;
    const c1 = columnIndex(mm[1]);
    const r2 = mm[4] ? Number(mm[4]) - 1 : r1;
    const c2 = mm[3] ? columnIndex(mm[3]) : c1;
    area = { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
  } else if ((mm = /^(\d+):(\d+)$/.exec(ref))) {
    const a = Number(mm[1]) - 1;
    const b = Number(mm[2]) - 1;
    area = { r1: Math.min(a, b), c1: 0, r2: Math.max(a, b), c2: MAX_COLS - 1 };
  } else if ((mm = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(ref))) {
    const a = columnIndex(mm[1]);
    const b = columnIndex(mm[2]);
    area = { r1: 0, c1: Math.min(a, b), r2: MAX_ROWS - 1, c2: Math.max(a, b) };
  }
  if (!area || area.r1 < 0 || area.c1 < 0 || area.r2 >= MAX_ROWS || area.c2 >= MAX_COLS) return null;
  return { sheet, area };
}

/** Seed for one sheet: plain data, as a test would describe a user's workbook. */
export interface SeedSheet {
  name: string;
  /** Top-left cell of `values`/`numberFormats` (default "A1"). */
  origin?: string;
  /** null = empty cell. Strings are stored as they are (no input parsing). */
  values?: (CellValue | null)[][];
  /** Same shape and origin as values; null = "General". */
  numberFormats?: (string | null)[][];
  /** Formulas by address, e.g. { "D5": "=B5/C5" }; the value stays what `values` says. */
  formulas?: Record<string, string>;
  /** The user's own cell formats by address or area ("A1:C1"). */
  formats?: Record<string, CellFormat>;
  /** 0-based absolute row indices. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Areas like "A1:C1". */
  merges?: string[];
  protected?: boolean;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Sheet-scoped names: name → formula. */
  names?: Record<string, string>;
  /** The user's own conditional formats. */
  conditionalFormats?: { range: string; type?: string; formula?: string; fill?: string; fontColor?: string }[];
}

export interface SeedWorkbook {
  sheets: SeedSheet[];
  settings?: Record<string, unknown>;
  /** Workbook-scoped names: name → formula. */
  names?: Record<string, string>;
}

export type ChangeType = "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";

export interface PendingEvent {
  sheetId: string;
  area: Area;
  triggerSource: "ThisLocalAddin" | "Unknown";
  before?: CellValue;
  /** Default "RangeEdited". */
  changeType?: ChangeType;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  /** Workbook settings: saved in the file, so they outlive every Excel.run. Values are kept as JSON text. */
  settings = new Map<string, string>();
  cellEditMode = false;
  enableEvents = true;
  /** Workbook-scoped names: name → formula ("='Tổng hợp NTM'!$A$1,'B'!$A$1"). Saved with the file. */
  names = new Map<string, string>();
  /** The sheet shown to the user (Worksheet.activate, getActiveWorksheet). */
  activeSheetId: string | null = null;
  /** The undo stack: one entry per sync that changed the workbook, or per Excel.run with mergeUndoGroup. */
  undoStack: string[] = [];
  private nextId = 1;
  private editExitWaiters: (() => void)[] = [];

  newId(prefix: string): string {
    const n = this.nextId++;
    return `{${prefix}-${String(n).padStart(8, "0")}-0000-4000-8000-${String(n).padStart(12, "0")}}`;
  }

  addSheet(name: string): SheetState {
    const sheet: SheetState = {
      id: this.newId("5E"),
      name,
      visibility: "Visible",
      protected: false,
      cells: new Map(),
      merges: [],
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      conditionalFormats: [],
      pageLayout: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null },
      selected: null,
      names: new Map(),
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  findSheet(nameOrId: string): SheetState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  exitCellEditMode(): void {
    this.cellEditMode = false;
    const waiters = this.editExitWaiters;
    this.editExitWaiters = [];
    for (const w of waiters) w();
  }

  waitForCellEditExit(): Promise<void> {
    if (!this.cellEditMode) return Promise.resolve();
    return new Promise((resolve) => this.editExitWaiters.push(resolve));
  }

  seed(seed: SeedWorkbook): void {
    for (const s of seed.sheets) {
      const sheet = this.addSheet(s.name);
      sheet.protected = s.protected ?? false;
      sheet.visibility = s.visibility ?? "Visible";
      const origin = parseArea(s.origin ?? "A1");
      if (!origin) throw new Error(`bad origin ${s.origin}`);
      const { r1, c1 } = origin.area;
      (s.values ?? []).forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === "") return;
          const nf = s.numberFormats?.[i]?.[j] ?? "General";
          sheet.cells.set(cellKey(r1 + i, c1 + j), { value: v, numberFormat: nf });
        }),
      );
      (s.numberFormats ?? []).forEach((row, i) =>
        row.forEach((nf, j) => {
          if (nf === null) return;
          const c = ensureCell(sheet, r1 + i, c1 + j);
          c.numberFormat = nf;
        }),
      );
      for (const [addr, formula] of Object.entries(s.formulas ?? {})) {
        const p = parseArea(addr);
        if (!p) throw new Error(`bad address ${addr}`);
        const c = ensureCell(sheet, p.area.r1, p.area.c1);
        c.formula = formula;
        if (c.value === "") c.value = 0;
      }
      for (const [addr, fmt] of Object.entries(s.formats ?? {})) {
        const p = parseArea(addr);
        if (!p) throw new Error(`bad address ${addr}`);
        forEachCell(p.area, (r, c) => {
          const cell = ensureCell(sheet, r, c);
          cell.format = mergeFormat(cell.format, fmt);
        });
      }
      for (const [k, v] of Object.entries(s.names ?? {})) sheet.names.set(k, v);
      for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r);
      for (const c of s.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
      for (const m of s.merges ?? []) {
        const p = parseArea(m);
        if (!p) throw new Error(`bad merge ${m}`);
        sheet.merges.push(p.area);
      }
      for (const cf of s.conditionalFormats ?? []) {
        const areas = cf.range.split(/[,;]/).map((a) => {
          const p = parseArea(a);
          if (!p) throw new Error(`bad range ${cf.range}`);
          return p.area;
        });
        sheet.conditionalFormats.push({
          id: this.newId("CF"),
          type: cf.type ?? "Custom",
          areas,
          formula: cf.formula,
          fill: cf.fill ?? null,
          fontColor: cf.fontColor ?? null,
        });
      }
    }
    for (const [k, v] of Object.entries(seed.settings ?? {})) this.settings.set(k, JSON.stringify(v));
    for (const [k, v] of Object.entries(seed.names ?? {})) this.names.set(k, v);
  }
}

export function ensureCell(sheet: SheetState, row: number, col: number): CellState {
  const key = cellKey(row, col);
  let c = sheet.cells.get(key);
  if (!c) {
    c = { value: "", numberFormat: "General" };
    sheet.cells.set(key, c);
  }
  return c;
}

export function forEachCell(a: Area, fn: (row: number, col: number) => void): void {
  for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) fn(r, c);
}

export function mergeFormat(base: CellFormat | undefined, patch: CellFormat): CellFormat {
  return {
    ...(base ?? {}),
    ...patch,
    font: patch.font || base?.font ? { ...(base?.font ?? {}), ...(patch.font ?? {}) } : undefined,
    borders: patch.borders || base?.borders ? { ...(base?.borders ?? {}), ...(patch.borders ?? {}) } : undefined,
  };
}

function hasFormat(c: CellState): boolean {
  if (c.numberFormat !== "General") return true;
  const f = c.format;
  if (!f) return false;
  return Object.values(f).some((v) => v !== undefined && (typeof v !== "object" || Object.keys(v).length > 0));
}

/**
 * Excel's used range: the smallest area holding every cell with a value (valuesOnly) or with a
 * value or a format. null when nothing is used.
 */
export function usedArea(sheet: SheetState, valuesOnly: boolean): Area | null {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  for (const [key, cell] of sheet.cells) {
    const used = cell.value !== "" || cell.formula !== undefined || (!valuesOnly && hasFormat(cell));
    if (!used) continue;
    const r = keyRow(key);
    const c = keyCol(key);
    if (r < r1) r1 = r;
    if (r > r2) r2 = r;
    if (c < c1) c1 = c;
    if (c > c2) c2 = c;
  }
  if (r2 < 0) return null;
  return { r1, c1, r2, c2 };
}
