/**
 * WorkbookPort on the Excel JavaScript API (Office.js): the only place that calls Excel.*.
 * Excel.run is injected, so tests drive this adapter through tests/fakes/excel.
 *
 * Requirement sets used (the manifest must declare ExcelApi 1.13; 1.14 is used when present):
 *   ExcelApi 1.1  Range.values/numberFormat/format, worksheets, Range.merge, getRangeByIndexes
 *   ExcelApi 1.2  Worksheet.protection.protected; getUsedRange(valuesOnly)
 *   ExcelApi 1.3  Range.getVisibleView (hidden rows, in the same sync as values)
 *   ExcelApi 1.4  workbook.settings, *OrNullObject methods
 *   ExcelApi 1.6  conditionalFormats (custom formula rules = our marks), suspendApiCalculationUntilNextSync
 *   ExcelApi 1.8  runtime.enableEvents (no change events for our own bulk writes)
 *   ExcelApi 1.9  Worksheet.getRanges / RangeAreas (one mark format over many cells),
 *                 worksheet.pageLayout (A4 landscape, fit to width, print titles),
 *                 worksheets.onChanged and event details
 *   ExcelApi 1.13 Range.getMergedAreasOrNullObject (merged cells in readGrid)
 *   ExcelApi 1.14 WorksheetChangedEventArgs.triggerSource ("ThisLocalAddin": our own writes);
 *                 optional: without it, enableEvents=false during writeSheet keeps our writes silent.
 *
 * Sync budget (each sync is a round trip): readGrid 2 when every used range fits its head window
 * (first ~200 rows with 19 sheets, 2,000 with one), else 3 + one per extra ~4 MB of cells;
 * applyMarks and clearMarks 3; writeSheet 3 (2 when it reuses its own sheet); readSettings 1;
 * writeSettings 2. None depends on the number of sheets or marks.
 */
import { MARK_TAG, markFormulaBody } from "../../app/marks";
import { VERDICT_COLOURS } from "../../domain/evaluation/verdictColours";
import { cleanSheetName, pickSheetName } from "../../domain/summary/sheetName";
import type { HostProblem, Mark, MarkReport, WorkbookPort, WorkbookSettings } from "../../app/WorkbookPort";
import type { Verdict } from "../../domain/evaluation/Verdict";
import type { CellInput } from "../../domain/figures/Figure";
import type { GridCell, Merge, SheetGrid, WorkbookGrid } from "../../domain/grid/Grid";
import type { CellStyle, SheetLayout } from "../../domain/summary/SheetLayout";
import { areaAddress, chunkAddresses, coalesceCells, columnsAddress, rowsAddress, type CellArea } from "./areas";
import { OfficeHostError, toHostProblem } from "./hostProblem";
import { problem } from "../../domain/problems/Problem";
import { readBlocks, type ReadBlock, type ReadBudget } from "./readBlocks";

export { OfficeHostError, toHostProblem } from "./hostProblem";
export { subscribeToEdits } from "./subscribeToEdits";

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The shape of Excel.run this adapter needs (Excel.run itself, or the fake's). */
export interface ExcelRun {
  <T>(options: Excel.RunOptions, batch: ExcelBatch<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>): Promise<T>;
}

/** Excel.run of the real host; call only inside Excel (Office.onReady). */
export function officeExcelRun(): ExcelRun {
  return Excel.run;
}

export interface OfficePortOptions {
  /**
   * Wait for the user to leave cell-edit mode instead of failing (default true). With false, a
   * batch met in edit mode fails and is reported as "cell-edit-mode".
   */
  delayForCellEdit?: boolean;
  /** Estimated payload per sync, bytes (default 4,000,000: under the 5 MB limit of Excel on the web). */
  bytesPerSync?: number;
  /** Estimated response bytes per cell for values + numberFormat (default 32). */
  bytesPerCell?: number;
  /** Longest getRanges address string (default 2,000 characters). */
  maxAddressChars?: number;
}

/** Workbook setting with this tool's settings (JSON text). */
export const SETTINGS_KEY = "ntm-checker.settings";
/** Workbook setting listing the ids of the sheets this tool created (JSON array). */
export const OWNED_SHEETS_KEY = "ntm-checker.ownedSheets";
export { MARK_TAG } from "../../app/marks";

/** Mark colours as Office.js wants them ("#RRGGBB"). */
export const MARK_COLOURS: Record<Verdict, { fill: string; font: string }> = Object.fromEntries(
  Object.entries(VERDICT_COLOURS).map(([v, c]) => [v, { fill: `#${c.fill}`, font: `#${c.font}` }]),
) as Record<Verdict, { fill: string; font: string }>;

/** Always TRUE (N of a text is 0) and carries the tag: `=N("ntm-checker:achieved")=0`. */
export function markFormula(verdict: Verdict): string {
  return `=${markFormulaBody(verdict)}`;
}

export function isOurMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.toLowerCase().includes(`"${MARK_TAG}`);
}

const VERDICTS: Verdict[] = ["achieved", "not_achieved", "not_assessed"];

/** Head window of readGrid's second sync: rows per sheet are sized for this many columns… */
const HEAD_ASSUMED_COLUMNS = 32;
/** …and capped, so a wide sheet that overflows costs little before the banded fallback. */
const HEAD_ROWS_MAX = 2000;

export class OfficeWorkbookPort implements WorkbookPort {
  private readonly runOptions: Excel.RunOptions;
  private readonly budget: ReadBudget;
  private readonly maxAddressChars: number;

  constructor(
    private readonly run: ExcelRun,
    options: OfficePortOptions = {},
  ) {
    this.runOptions = { delayForCellEdit: options.delayForCellEdit ?? true };
    this.budget = { bytesPerSync: options.bytesPerSync ?? 4_000_000, bytesPerCell: options.bytesPerCell ?? 32 };
    this.maxAddressChars = options.maxAddressChars ?? 2000;
  }

  /** Runs a batch; Office errors become OfficeHostError with a HostProblem. */
  private async batch<T>(fn: ExcelBatch<T>): Promise<T> {
    try {
      return await this.run(this.runOptions, fn);
    } catch (error) {
      if (error instanceof OfficeHostError) throw error;
      throw new OfficeHostError(toHostProblem(error));
    }
  }

  async readGrid(): Promise<WorkbookGrid> {
    return this.batch(async (ctx) => {
      // Sync 1: the sheets.
      const collection = ctx.workbook.worksheets;
      collection.load("items/name,items/visibility,items/protection/protected");
      await ctx.sync();
      const sheets = collection.items;

      // Sync 2: each used range's size, merged areas, whether rows are hidden, and its first rows
      // (values and number formats): a typical workbook is read whole here.
      const dims = await this.loadDimsWithFallback(ctx, sheets);

      // Sync 3 (+1 per extra ~4 MB), only when needed: rows past the head window, in bands,
      // and which rows are visible where some are hidden.
      const blocks: ReadBlock[] = [];
      dims.forEach((d, i) => {
        const needView = d.rowHidden === null && !d.firstColumnHidden;
        const headEnd = d.head ? d.head.row + d.head.values.length : d.row;
        const base = { sheet: sheets[i], key: i, col: d.col, cols: d.cols };
        if (d.head && needView) blocks.push({ ...base, row: d.head.row, rows: d.head.values.length, values: false, visibleRows: true });
        if (headEnd < d.row + d.rows) blocks.push({ ...base, row: headEnd, rows: d.row + d.rows - headEnd, values: true, visibleRows: needView });
      });
      const data = blocks.length > 0 ? await readBlocks(ctx, blocks, this.budget) : [];

      const grids: SheetGrid[] = sheets.map((ws, i) => {
        const d = dims[i];
        const rows: GridCell[][] = new Array(d.rows);
        const grid: SheetGrid = { name: ws.name, originRow: d.row, originCol: d.col, rows };
        if (ws.protection.protected) grid.protected = true;
        if (ws.visibility !== "Visible") grid.hidden = true;
        if (d.merges) grid.merges = d.merges;
        if (d.rowHidden === false) grid.hiddenRows = [];
        else if (d.rowHidden === true) grid.hiddenRows = Array.from({ length: d.rows }, (_, k) => d.row + k);
        if (d.head) putRows(grid, d.head.row, d.head.values, d.head.numberFormat);
        return grid;
      });
      const hidden = new Map<number, number[]>();
      for (const { block, values, numberFormat, visible } of data) {
        if (block.values !== false) putRows(grids[block.key], block.row, values, numberFormat);
        if (visible) {
          const list = hidden.get(block.key) ?? [];
          for (let r = block.row; r < block.row + block.rows; r++) if (!visible.has(r)) list.push(r);
          hidden.set(block.key, list);
        }
      }
      for (const [key, list] of hidden) grids[key].hiddenRows = list.sort((a, b) => a - b);
      for (const g of grids) {
        // An empty sheet's used range is A1 alone: no rows.
        if (g.rows.every((r) => r.every((c) => c === null))) {
          g.rows = [];
          g.originRow = 0;
          g.originCol = 0;
          if (g.hiddenRows) g.hiddenRows = [];
        }
      }
      return { sheets: grids };
    });
  }

  /**
   * Sync 2 of readGrid, retried without what made it fail: a head window too large for Excel
   * (RequestPayload/ResponsePayloadSizeLimitExceeded) → sizes only; more than 512 merged areas
   * (getMergedAreasOrNullObject fails) → without merges. At most two retries.
   */
  private async loadDimsWithFallback(ctx: Excel.RequestContext, sheets: Excel.Worksheet[]) {
    const perSheetCells = this.budget.bytesPerSync / this.budget.bytesPerCell / Math.max(1, sheets.length);
    let headRows = Math.max(0, Math.min(HEAD_ROWS_MAX, Math.floor(perSheetCells / HEAD_ASSUMED_COLUMNS)));
    let merges = true;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.loadDims(ctx, sheets, merges, headRows);
      } catch (error) {
        const p = toHostProblem(error);
        if (p.code === "host/cell-edit-mode" || attempt >= 2) throw error;
        if (p.code === "host/too-large" && headRows > 0) headRows = 0;
        else if (merges) merges = false;
        else throw error;
      }
    }
  }

  private async loadDims(ctx: Excel.RequestContext, sheets: Excel.Worksheet[], withMerges: boolean, headRows: number) {
    const pending = sheets.map((ws) => {
      const used = ws.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
      const first = used.getColumn(0);
      first.load("columnHidden");
      const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
      merged?.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
      // The used range within the sheet's first rows: exact columns, no empty padding.
      const head = headRows > 0 ? used.getIntersectionOrNullObject(ws.getRange(`1:${headRows}`)) : null;
      head?.load("rowIndex,values,numberFormat");
      return { used, first, merged, head };
    });
    await ctx.sync();
    return pending.map(({ used, first, merged, head }) => {
      let merges: Merge[] | undefined;
      if (merged) {
        merges = merged.isNullObject
          ? []
          : merged.areas.items.map((a) => ({ r1: a.rowIndex, c1: a.columnIndex, r2: a.rowIndex + a.rowCount - 1, c2: a.columnIndex + a.columnCount - 1 }));
      }
      return {
        row: used.rowIndex,
        col: used.columnIndex,
        rows: used.rowCount,
        cols: used.columnCount,
        /** true: all rows hidden, false: none, null: some. */
        rowHidden: used.rowHidden as boolean | null,
        firstColumnHidden: first.columnHidden === true,
        merges,
        head: head && !head.isNullObject ? { row: head.rowIndex, values: head.values, numberFormat: head.numberFormat as string[][] } : null,
      };
    });
  }

  async applyMarks(marks: Mark[]): Promise<MarkReport> {
    const report = await this.replaceMarks(marks);
    return { applied: report.applied, problems: report.problems };
  }

  /** Removes only this tool's conditional formats; `applied` counts the formats removed. */
  async clearMarks(): Promise<MarkReport> {
    const report = await this.replaceMarks([]);
    return { applied: report.removed, problems: report.problems };
  }

  /**
   * One conditional format per verdict per sheet (more when the address list is long), over a
   * multi-area range. Our old formats, found by the tag in their formula, are deleted first.
   */
  private async replaceMarks(marks: Mark[]): Promise<MarkReport & { removed: number }> {
    // Last mark of a cell wins; sheets matched case-insensitively, as Excel names them.
    const cells = new Map<string, Mark>();
    for (const m of marks) cells.set(`${m.ref.sheet.toLowerCase()}\u0000${m.ref.row},${m.ref.col}`, m);
    const bySheet = new Map<string, { name: string; byVerdict: Map<Verdict, { row: number; col: number }[]>; count: number }>();
    for (const m of cells.values()) {
      const key = m.ref.sheet.toLowerCase();
      let entry = bySheet.get(key);
      if (!entry) {
        entry = { name: m.ref.sheet, byVerdict: new Map(), count: 0 };
        bySheet.set(key, entry);
      }
      const list = entry.byVerdict.get(m.verdict) ?? [];
      list.push({ row: m.ref.row, col: m.ref.col });
      entry.byVerdict.set(m.verdict, list);
      entry.count++;
    }
    const problems: HostProblem[] = [];
    try {
      return await this.run(this.runOptions, async (ctx) => {
        const collection = ctx.workbook.worksheets;
        collection.load("items/name,items/protection/protected");
        await ctx.sync();
        const sheets = collection.items.map((ws) => {
          const cfs = ws.getRange().conditionalFormats;
          cfs.load("items/id,items/customOrNullObject/rule/formula");
          return { ws, cfs };
        });
        await ctx.sync();
        const present = new Set(sheets.map((s) => s.ws.name.toLowerCase()));
        for (const [key, entry] of bySheet) if (!present.has(key)) problems.push(problem("host/not-found", {}, { sheet: entry.name }));

        let applied = 0;
        let removed = 0;
        for (const { ws, cfs } of sheets) {
          const ours = cfs.items.filter((cf) => !cf.customOrNullObject.isNullObject && isOurMarkFormula(cf.customOrNullObject.rule.formula));
          const entry = bySheet.get(ws.name.toLowerCase());
          if (ws.protection.protected) {
            if (ours.length > 0 || entry) problems.push(problem("host/protected-sheet", {}, { sheet: ws.name }));
            continue;
          }
          for (const cf of ours) cf.delete();
          removed += ours.length;
          if (!entry) continue;
          for (const verdict of VERDICTS) {
            const list = entry.byVerdict.get(verdict);
            if (!list) continue;
            const addresses = coalesceCells(list).map(areaAddress);
            for (const chunk of chunkAddresses(addresses, this.maxAddressChars)) {
              const cf = ws.getRanges(chunk).conditionalFormats.add("Custom");
              cf.custom.rule.formula = markFormula(verdict);
              cf.custom.format.fill.color = MARK_COLOURS[verdict].fill;
              cf.custom.format.font.color = MARK_COLOURS[verdict].font;
            }
          }
          applied += entry.count;
        }
        await ctx.sync();
        return { applied, removed, problems };
      });
    } catch (error) {
      return { applied: 0, removed: 0, problems: [...problems, toHostProblem(error)] };
    }
  }

  async writeSheet(layout: SheetLayout): Promise<{ name: string; problems: HostProblem[] }> {
    let name = cleanSheetName(layout.name);
    let eventsWere: boolean | null = null;
    try {
      return await this.run(this.runOptions, async (ctx) => {
        // Sync 1: sheet names and ids, the sheets we made, the events switch.
        const collection = ctx.workbook.worksheets;
        collection.load("items/id,items/name");
        const owned = ctx.workbook.settings.getItemOrNullObject(OWNED_SHEETS_KEY);
        owned.load("value");
        ctx.runtime.load("enableEvents");
        await ctx.sync();
        const existing = collection.items.map((s) => ({ id: s.id, name: s.name }));
        const ownedIds = parseIdList(owned.isNullObject ? null : owned.value).filter((id) => existing.some((e) => e.id === id));
        const choice = chooseSheet(existing, new Set(ownedIds), layout.name);
        name = choice.name;

        // Sync 2: create or clear, then draw everything.
        eventsWere = ctx.runtime.enableEvents;
        ctx.runtime.enableEvents = false;
        ctx.workbook.application.suspendApiCalculationUntilNextSync();
        const ws = choice.reuseId ? collection.getItem(choice.reuseId) : collection.add(choice.name);
        if (choice.reuseId) {
          const all = ws.getRange();
          all.conditionalFormats.clearAll();
          all.unmerge();
          all.clear("All");
        }
        drawLayout(ws, layout);
        ctx.runtime.enableEvents = eventsWere;
        ws.load("id");
        await ctx.sync();
        eventsWere = null;

        // Sync 3, for a new sheet only: remember it is ours (by id: a user's later sheet of the same name is not).
        if (!ownedIds.includes(ws.id)) {
          ctx.workbook.settings.add(OWNED_SHEETS_KEY, JSON.stringify([...ownedIds, ws.id]));
          await ctx.sync();
        }
        return { name: choice.name, problems: [] };
      });
    } catch (error) {
      if (eventsWere !== null) await this.restoreEvents(eventsWere);
      return { name, problems: [toHostProblem(error, name)] };
    }
  }

  private async restoreEvents(value: boolean): Promise<void> {
    try {
      await this.run(this.runOptions, async (ctx) => {
        ctx.runtime.enableEvents = value;
        await ctx.sync();
      });
    } catch {
      // Nothing more can be done from here; Excel resets the switch when the add-in reloads.
    }
  }

  async readSettings(): Promise<WorkbookSettings | null> {
    return this.batch(async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load("value");
      await ctx.sync();
      return item.isNullObject ? null : parseSettings(item.value);
    });
  }

  /** Writes, then reads back in a second sync; a value that did not stick is an error. */
  async writeSettings(settings: WorkbookSettings): Promise<void> {
    const json = JSON.stringify(settings);
    await this.batch(async (ctx) => {
      ctx.workbook.settings.add(SETTINGS_KEY, json);
      await ctx.sync();
      const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load("value");
      await ctx.sync();
      const back = item.isNullObject ? null : item.value;
      if (back !== json) throw new OfficeHostError(problem("host/other", { detail: "settings-not-saved" }));
    });
  }
}

// ------------------------------------------------------------------------------ reading

/** Rows read from Excel into a grid at absolute row `row`. */
function putRows(grid: SheetGrid, row: number, values: unknown[][], numberFormat: string[][]): void {
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    const out: GridCell[] = new Array(src.length);
    for (let j = 0; j < src.length; j++) out[j] = toCell(src[j], numberFormat[i]?.[j]);
    grid.rows[row - grid.originRow + i] = out;
  }
}

function toCell(value: unknown, numberFormat: string | undefined): GridCell {
  if (value === "" || value === null || value === undefined) return null;
  const v: CellInput["value"] = typeof value === "number" || typeof value === "boolean" ? value : String(value);
  const cell: CellInput = { value: v };
  if (numberFormat && numberFormat !== "General") cell.numberFormat = numberFormat;
  return cell;
}

// ------------------------------------------------------------------------------ settings

function parseSettings(raw: unknown): WorkbookSettings | null {
  let v: unknown = raw;
  if (typeof raw === "string") {
    try {
      v = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (typeof v !== "object" || v === null) return null;
  const o = v as Record<string, unknown>;
  const strOrNull = (x: unknown) => x === null || typeof x === "string";
  if (typeof o.setId !== "string" || !strOrNull(o.province) || !strOrNull(o.region) || !strOrNull(o.overlayJson) || typeof o.disadvantaged !== "boolean") {
    return null;
  }
  return {
    setId: o.setId,
    province: o.province as string | null,
    region: o.region as string | null,
    overlayJson: o.overlayJson as string | null,
    disadvantaged: o.disadvantaged,
  };
}

function parseIdList(raw: unknown): string[] {
  let v: unknown = raw;
  if (typeof raw === "string") {
    try {
      v = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

// ------------------------------------------------------------------------------ sheet names

/**
 * The sheet to write a generated layout into: the shared naming rule (domain/summary/sheetName)
 * over the sheets' names, with "ours" known by sheet id (a user's later sheet of the same name is not ours).
 */
export function chooseSheet(
  existing: { id: string; name: string }[],
  owned: Set<string>,
  preferred: string,
): { name: string; reuseId: string | null } {
  const name = pickSheetName(
    existing.map((e) => e.name),
    preferred,
    existing.filter((e) => owned.has(e.id)).map((e) => e.name),
  );
  const hit = existing.find((e) => e.name.toLowerCase() === name.toLowerCase());
  return hit ? { name: hit.name, reuseId: hit.id } : { name, reuseId: null };
}

// ------------------------------------------------------------------------------ drawing

/**
 * Strings Excel would not keep as typed text when written through Range.values: "=…", "+…",
 * "-…", "@…" become formulas, "12", "50%", "2024-01-05", "TRUE", "(5)", "#N/A" turn into numbers,
 * dates, booleans or errors, and a leading apostrophe is swallowed. Such strings get the
 * apostrophe prefix, which Excel reads as "text" and does not show or return in values.
 */
export function needsTextPrefix(s: string): boolean {
  if (s === "") return false;
  if (/^[=+\-@'#(]/.test(s)) return true;
  if (/^\s*[$]?\s*[\d.,]/.test(s)) return true;
  return /^\s*(true|false)\s*$/i.test(s);
}

/** Excel column width (characters of the default font) in points, as Range.format.columnWidth wants. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

function drawLayout(ws: Excel.Worksheet, layout: SheetLayout): void {
  let maxRow = -1;
  let maxCol = layout.columnWidths.length - 1;
  for (const c of layout.cells) {
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }
  if (maxRow >= 0 && maxCol >= 0) {
    const values: (string | number | null)[][] = Array.from({ length: maxRow + 1 }, () => new Array(maxCol + 1).fill(null));
    const formats: (string | null)[][] = Array.from({ length: maxRow + 1 }, () => new Array(maxCol + 1).fill(null));
    for (const c of layout.cells) {
      const nf = c.style ? layout.styles[c.style]?.numberFormat : undefined;
      if (nf) formats[c.row][c.col] = nf;
      values[c.row][c.col] = typeof c.value === "string" && nf !== "@" && needsTextPrefix(c.value) ? `'${c.value}` : c.value;
    }
    const range = ws.getRangeByIndexes(0, 0, maxRow + 1, maxCol + 1);
    // Number formats first: a Text ("@") cell then keeps what it is given.
    if (formats.some((r) => r.some((f) => f !== null))) range.numberFormat = formats as unknown as string[][];
    range.values = values as unknown as string[][];
  }

  // Styles: one RangeAreas per style (split when the address list is long); merged areas whole.
  const mergeAt = new Map(layout.merges.map((m) => [`${m.r1},${m.c1}`, m]));
  const byStyle = new Map<string, { row: number; col: number }[]>();
  for (const c of layout.cells) {
    if (!c.style || !layout.styles[c.style]) continue;
    const list = byStyle.get(c.style) ?? [];
    const m = mergeAt.get(`${c.row},${c.col}`);
    if (m) for (let r = m.r1; r <= m.r2; r++) for (let k = m.c1; k <= m.c2; k++) list.push({ row: r, col: k });
    else list.push({ row: c.row, col: c.col });
    byStyle.set(c.style, list);
  }
  for (const [key, cells] of byStyle) {
    const style = layout.styles[key];
    for (const chunk of chunkAddresses(coalesceCells(cells).map(areaAddress), 2000)) applyStyle(ws.getRanges(chunk).format, style);
  }

  for (const m of layout.merges) ws.getRange(areaAddress(m as CellArea)).merge(false);

  // Column widths and row heights, grouped by value.
  const widths = new Map<number, number[]>();
  layout.columnWidths.forEach((w, col) => {
    if (!(w > 0)) return;
    const list = widths.get(w) ?? [];
    list.push(col);
    widths.set(w, list);
  });
  for (const [w, cols] of widths) {
    const addresses = cols.map((c) => columnsAddress(c, c));
    for (const chunk of chunkAddresses(addresses, 2000)) ws.getRanges(chunk).format.columnWidth = columnWidthPoints(w);
  }
  const heights = new Map<number, number[]>();
  for (const [row, h] of Object.entries(layout.rowHeights ?? {})) {
    if (!(h > 0)) continue;
    const list = heights.get(h) ?? [];
    list.push(Number(row));
    heights.set(h, list);
  }
  for (const [h, rows] of heights) {
    for (const chunk of chunkAddresses(rows.map((r) => rowsAddress(r, r)), 2000)) ws.getRanges(chunk).format.rowHeight = h;
  }

  if (layout.print) {
    const pl = ws.pageLayout;
    pl.orientation = layout.print.orientation === "landscape" ? "Landscape" : "Portrait";
    pl.paperSize = "A4";
    // "Fit all columns on one page", as Excel records it.
    if (layout.print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const rr = layout.print.repeatRows;
    if (rr) pl.setPrintTitleRows(`$${rr[0] + 1}:$${rr[1] + 1}`);
  }
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  const f = style.font;
  if (f) {
    if (f.name !== undefined) format.font.name = f.name;
    if (f.size !== undefined) format.font.size = f.size;
    if (f.bold !== undefined) format.font.bold = f.bold;
    if (f.italic !== undefined) format.font.italic = f.italic;
    if (f.underline !== undefined) format.font.underline = f.underline ? "Single" : "None";
    if (f.color !== undefined) format.font.color = f.color;
  }
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) format.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of EDGES) {
      const b = format.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
}
