/**
 * Reading a workbook through Office.js, in as few syncs as possible:
 *   sync 1  the sheets; the saved settings; the workbook name the command line writes for its
 *           generated sheets; the list-separator probe (first time in a session);
 *   sync 2  per sheet: used range, merged areas, its first rows (values, number formats, text),
 *           which of those rows are hidden, whether the sheet is one of ours (its sheet-scoped
 *           name) and our conditional formats on it, so the marks that follow need no read;
 *   sync 3+ only for rows past the head window (large sheets), in bands under the payload limit.
 */
// @ts-nocheck

import type { WorkbookSettings } from "../../app/WorkbookPort";
import type { GridCell, Merge, SheetGrid, WorkbookGrid } from "../../domain/grid/Grid";
import type { CellInput } from "../../domain/figures/Figure";
import { toHostProblem } from "./hostProblem";
import { queueMarkList, type SheetMarks } from "./marks";
import { jsonBytes, readBlocks, type ReadBlock, type ReadBudget } from "./readBlocks";
import { queueSettingsRead } from "./settings";
import { GENERATED_NAME, generatedSheetsOf, queueSeparatorProbe, type SeparatorState } from "./ownSheets";

/** Head window of sync 2: rows per sheet are sized for this many columns… */
const HEAD_ASSUMED_COLUMNS = 32;
/** …and capped, so a wide sheet that overflows costs little before the banded fallback. */
const HEAD_ROWS_MAX = 2000;

export interface ReadResult {
  grid: WorkbookGrid;
  settings: WorkbookSettings | null;
  /** Per sheet (lower-case name): our marks as listed in sync 2. */
  marks: Map<string, SheetMarks>;
  /** Session ids of our generated sheets (stable within a session only). */
  ownSheetIds: Set<string>;
}

export async function readWorkbook(ctx: Excel.RequestContext, budget: ReadBudget, separator: SeparatorState): Promise<ReadResult> {
  // Sync 1 (retried once or twice when the separator probe is refused: reads only, nothing to undo).
  const first = await syncWithProbe(ctx, separator, () => {
    const collection = ctx.workbook.worksheets;
    collection.load("items/id,items/name,items/visibility,items/protection/protected");
    const settings = queueSettingsRead(ctx);
    const named = ctx.workbook.names.getItemOrNullObject(GENERATED_NAME);
    named.load("formula");
    return { collection, settings, named };
  });
  const sheets = first.collection.items;
  const fromFile = first.named.isNullObject ? new Set<string>() : generatedSheetsOf(first.named.formula);

  // Sync 2.
  const dims = await loadDimsWithFallback(ctx, sheets, budget);

  // Bytes per cell as measured in the head window, for the bands (Vietnamese text is 2–3 bytes a letter).
  let headCells = 0;
  let headBytes = 0;
  for (const d of dims) {
    if (!d.head) continue;
    headCells += d.head.values.length * (d.head.values[0]?.length ?? 0);
    headBytes += jsonBytes(d.head.values) + jsonBytes(d.head.numberFormat) + jsonBytes(d.head.text);
  }
  const measured = headCells > 0 ? Math.ceil((headBytes / headCells) * 1.25) : 0;
  const bandBudget: ReadBudget = { ...budget, bytesPerCell: Math.max(budget.bytesPerCell, measured) };

  const blocks: ReadBlock[] = [];
  dims.forEach((d, i) => {
    const headEnd = d.head ? d.head.row + d.head.values.length : d.row;
    const needView = d.rowHidden === null && !d.firstColumnHidden;
    if (headEnd < d.row + d.rows) {
      blocks.push({ sheet: sheets[i], key: i, row: headEnd, col: d.col, rows: d.row + d.rows - headEnd, cols: d.cols, values: true, visibleRows: needView });
    }
  });
  const data = blocks.length > 0 ? await readBlocks(ctx, blocks, bandBudget) : [];

  const ownSheetIds = new Set<string>();
  const marks = new Map<string, SheetMarks>();
  const grids: SheetGrid[] = sheets.map((ws, i) => {
    const d = dims[i];
    const rows: GridCell[][] = new Array(d.rows);
    const grid: SheetGrid = { name: ws.name, originRow: d.row, originCol: d.col, rows };
    if (ws.protection.protected) grid.protected = true;
    if (ws.visibility !== "Visible") grid.hidden = true;
    if (d.ours || fromFile.has(ws.name.toLowerCase())) {
      grid.generated = true;
      ownSheetIds.add(ws.id);
    }
    if (d.merges) grid.merges = d.merges;
    if (d.rowHidden === false) grid.hiddenRows = [];
    else if (d.rowHidden === true) grid.hiddenRows = Array.from({ length: d.rows }, (_, k) => d.row + k);
    else if (d.visibleHead && d.head) {
      const end = d.head.row + d.head.values.length;
      grid.hiddenRows = [];
      for (let r = d.row; r < end; r++) if (!d.visibleHead.has(r)) grid.hiddenRows.push(r);
    }
    if (d.head) putRows(grid, d.head.row, d.head.values, d.head.numberFormat, d.head.text);
    marks.set(ws.name.toLowerCase(), { sheet: ws.name, protected: ws.protection.protected, ours: d.ours_marks });
    return grid;
  });
  for (const { block, values, numberFormat, text, visible } of data) {
    if (block.values !== false) putRows(grids[block.key], block.row, values, numberFormat, text);
    if (visible) {
      const g = grids[block.key];
      const list = g.hiddenRows ?? [];
      for (let r = block.row; r < block.row + block.rows; r++) if (!visible.has(r)) list.push(r);
      g.hiddenRows = list.sort((a, b) => a - b);
    }
  }
  for (const g of grids) {
    // An empty sheet's used range is A1 alone: no rows.
    if (g.rows.every((r) => r.every((c) => c === null))) {
      g.rows = [];
      g.originRow = 0;
      g.originCol = 0;
      if (g.hiddenRows) g.hiddenRows = [];
    }
  }
  return { grid: { sheets: grids }, settings: first.settings(), marks, ownSheetIds };
}

/**
 * Runs one sync of reads with the list-separator probe added while the separator is unknown. A
 * refused probe fails the whole sync (Excel has no "OrNull" for it), so the reads are queued
 * again with the other separator; when neither is taken, areas go one by one from then on. Which
 * error code Windows Excel gives a wrong separator is not documented (office-js#1167 shows only
 * that it fails), so any failure of a probing sync counts; the last try has no probe, so a real
 * error of the reads themselves still comes through.
 */
export async function syncWithProbe<T>(ctx: Excel.RequestContext, state: SeparatorState, queue: () => T): Promise<T> {
  for (;;) {
    const out = queue();
    const probing = state.value === undefined ? state.candidates[0] : undefined;
    if (probing) queueSeparatorProbe(ctx, probing);
    try {
      await ctx.sync();
      if (probing) state.value = probing;
      return out;
    } catch (error) {
      if (!probing || toHostProblem(error).code === "host/cell-edit-mode") throw error;
      state.candidates.shift();
      if (state.candidates.length === 0) state.value = null;
    }
  }
}

interface Dims {
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** true: all rows hidden, false: none, null: some. */
  rowHidden: boolean | null;
  firstColumnHidden: boolean;
  merges?: Merge[];
  head: { row: number; values: unknown[][]; numberFormat: string[][]; text: string[][] } | null;
  /** Visible rows of the head window (absolute), when some rows are hidden. */
  visibleHead: Set<number> | null;
  /** The sheet carries our sheet-scoped name: we generated it. */
  ours: boolean;
  ours_marks: SheetMarks["ours"];
}

/**
 * Sync 2, retried without what made it fail: a head window too large for Excel → sizes only;
 * more than 512 merged areas (getMergedAreasOrNullObject fails) → without merges.
 */
async function loadDimsWithFallback(ctx: Excel.RequestContext, sheets: Excel.Worksheet[], budget: ReadBudget): Promise<Dims[]> {
  const perSheetCells = budget.bytesPerSync / budget.bytesPerCell / Math.max(1, sheets.length);
  let headRows = Math.max(0, Math.min(HEAD_ROWS_MAX, Math.floor(perSheetCells / HEAD_ASSUMED_COLUMNS)));
  let merges = true;
  for (let attempt = 0; ; attempt++) {
    try {
      return await loadDims(ctx, sheets, merges, headRows);
    } catch (error) {
      const p = toHostProblem(error);
      if (p.code === "host/cell-edit-mode" || attempt >= 2) throw error;
      if ((p.code === "host/too-large" || p.params.detail === "GeneralException") && headRows > 0) headRows = 0;
      else if (merges) merges = false;
      else throw error;
    }
  }
}

async function loadDims(ctx: Excel.RequestContext, sheets: Excel.Worksheet[], withMerges: boolean, headRows: number): Promise<Dims[]> {
  const pending = sheets.map((ws) => {
    const used = ws.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
    const first = used.getColumn(0);
    first.load("columnHidden");
    const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
    merged?.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
    // The used range within the sheet's first rows: exact columns, no empty padding.
    const head = headRows > 0 ? used.getIntersectionOrNullObject(ws.getRange(`1:${headRows}`)) : null;
    head?.load("rowIndex,values,numberFormat,text");
    // Which of the head's rows show, in the same sync (the first column's visible cells).
    const view = headRows > 0 ? used.getCell(0, 0).getResizedRange(headRows - 1, 0).getVisibleView() : null;
    view?.load("cellAddresses");
    const own = ws.names.getItemOrNullObject(GENERATED_NAME);
    const marks = queueMarkList(ws);
    return { used, first, merged, head, view, own, marks };
  });
  await ctx.sync();
  return pending.map(({ used, first, merged, head, view, own, marks }) => {
    let merges: Merge[] | undefined;
    if (merged) {
      merges = merged.isNullObject
        ? []
        : merged.areas.items.map((a) => ({ r1: a.rowIndex, c1: a.columnIndex, r2: a.rowIndex + a.rowCount - 1, c2: a.columnIndex + a.columnCount - 1 }));
    }
    const rowHidden = used.rowHidden as boolean | null;
    const firstColumnHidden = first.columnHidden === true;
    let visibleHead: Set<number> | null = null;
    if (view && rowHidden === null && !firstColumnHidden) {
      visibleHead = new Set();
      for (const row of view.cellAddresses) {
        const m = typeof row[0] === "string" ? /(\d+)$/.exec(row[0]) : null;
        if (m) visibleHead.add(Number(m[1]) - 1);
      }
    }
    return {
      row: used.rowIndex,
      col: used.columnIndex,
      rows: used.rowCount,
      cols: used.columnCount,
      rowHidden,
      firstColumnHidden,
      merges,
      head: head && !head.isNullObject ? { row: head.rowIndex, values: head.values, numberFormat: head.numberFormat as string[][], text: head.text } : null,
      visibleHead,
      ours: !own.isNullObject,
      ours_marks: marks(),
    };
  });
}

/** Rows read from Excel into a grid at absolute row `row`. */
function putRows(grid: SheetGrid, row: number, values: unknown[][], numberFormat: string[][], text: string[][]): void {
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    const out: GridCell[] = new Array(src.length);
    for (let j = 0; j < src.length; j++) out[j] = toCell(src[j], numberFormat[i]?.[j], text[i]?.[j]);
    grid.rows[row - grid.originRow + i] = out;
  }
}

/**
 * One cell as the engine reads it. `text` (what the user sees, Range.text) is kept for numbers and
 * booleans, as the file adapter keeps SheetJS's formatted text: a code 17.10 typed as the number
 * 17.1 with format "0.00" reads "17.10" in Excel and on the command line alike.
 */
export function toCell(value: unknown, numberFormat: string | undefined, text?: string): GridCell {
  if (value === "" || value === null || value === undefined) return null;
  const v: CellInput["value"] = typeof value === "number" || typeof value === "boolean" ? value : String(value);
  const cell: CellInput = { value: v };
  if (numberFormat && numberFormat !== "General") cell.numberFormat = numberFormat;
  if (typeof v !== "string" && typeof text === "string" && text !== "") cell.text = text;
  return cell;
}
