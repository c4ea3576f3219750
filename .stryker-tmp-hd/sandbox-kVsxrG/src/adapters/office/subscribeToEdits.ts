// @ts-nocheck
import type { HostProblem } from "../../app/WorkbookPort";
import type { CellInput } from "../../domain/figures/Figure";
import type { CellEdit, CellRef } from "../../domain/grid/Grid";
import { columnIndex } from "../../domain/grid/address";
import type { ExcelRun } from "./excelRun";
import { toHostProblem } from "./hostProblem";
import { readBlocks } from "./readBlocks";
import { toCell } from "./readWorkbook";

export interface EditHandlers {
  /** Cells the user changed (typed, pasted, cleared within one row or one column). */
  onEdits(edits: CellEdit[]): void | Promise<void>;
  /**
   * The table's shape may have changed: rows or columns inserted or deleted, a block pasted or
   * cleared across rows and columns (whole rows at the bottom, a sort). Read the workbook again.
   */
  onStructure(): void | Promise<void>;
  /** Cells to re-read when Excel recalculates a sheet (formula figures fire no change event). */
  watchedCells?(): CellRef[];
  onProblem?(problem: HostProblem): void;
  /** Queued into the batch that reads an edit, synced with it (the port's listing of our marks). */
  alsoLoad?(ctx: Excel.RequestContext): () => void;
}

/** A change larger than this (cells) is read only where it meets the used range. */
const FULL_READ_CELLS = 10_000;

/**
 * Listens to changes in every sheet (worksheets.onChanged, ExcelApi 1.9) and to recalculation
 * (worksheets.onCalculated, ExcelApi 1.8). Changes made by this add-in (triggerSource
 * "ThisLocalAddin", ExcelApi 1.14) are ignored. An edit is read back with its text in one sync
 * (two for a block); structural changes (changeType RowInserted, RowDeleted, ColumnInserted,
 * ColumnDeleted, CellInserted, CellDeleted, or a range spanning rows and columns) ask for a new
 * read instead. Returns a function that removes the handlers.
 */
export async function subscribeToEdits(run: ExcelRun, handlers: EditHandlers): Promise<() => Promise<void>> {
  const changed = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (event.triggerSource === "ThisLocalAddin") return;
    try {
      if (event.changeType !== "RangeEdited" || isStructural(event.address)) {
        await handlers.onStructure();
        return;
      }
      const edits = await run({ delayForCellEdit: true }, (ctx) => readEdits(ctx, event, handlers.alsoLoad));
      if (edits.length > 0) await handlers.onEdits(edits);
    } catch (error) {
      handlers.onProblem?.(toHostProblem(error));
    }
  };
  const calculated = async (event: Excel.WorksheetCalculatedEventArgs): Promise<void> => {
    // Only cells Excel says it recalculated (address: ExcelApi 1.11, a comma-separated list).
    const watched = (handlers.watchedCells?.() ?? []).filter((ref) => mayHaveRecalculated(event.address, ref));
    if (watched.length === 0) return;
    try {
      const edits = await run({ delayForCellEdit: true }, (ctx) => readWatched(ctx, event.worksheetId, watched, handlers.alsoLoad));
      if (edits.length > 0) await handlers.onEdits(edits);
    } catch (error) {
      handlers.onProblem?.(toHostProblem(error));
    }
  };
  const registrations = await run({}, async (ctx) => {
    const a = ctx.workbook.worksheets.onChanged.add(changed);
    const b = ctx.workbook.worksheets.onCalculated.add(calculated);
    await ctx.sync();
    return [a, b];
  });
  return async () => {
    // An event handler is removed through the context it was added with.
    await run(registrations[0].context, async (ctx) => {
      for (const r of registrations) r.remove();
      await ctx.sync();
    });
  };
}

/** Whether a recalculated address ("D11", "Sheet1!D8:D20,F2", or none given) covers the cell. */
export function mayHaveRecalculated(address: string | undefined, ref: CellRef): boolean {
  if (!address) return true;
  return address.split(/[,;]/).some((part) => {
    const m = /^(?:.*!)?\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(part.trim());
    if (!m) return true;
    const r1 = Number(m[2]) - 1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c1 = columnIndex(m[1].toUpperCase());
    const c2 = m[3] ? columnIndex(m[3].toUpperCase()) : c1;
    return ref.row >= Math.min(r1, r2) && ref.row <= Math.max(r1, r2) && ref.col >= Math.min(c1, c2) && ref.col <= Math.max(c1, c2);
  });
}

/** Whole rows or columns ("5:7", "B:C"), or a block over several rows and columns. */
export function isStructural(address: string): boolean {
  const ref = address.replace(/^.*!/, "").replace(/\$/g, "");
  if (/^\d+:\d+$/.test(ref) || /^[A-Za-z]+:[A-Za-z]+$/.test(ref)) return true;
  const m = /^([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)$/.exec(ref);
  return m !== null && m[1].toUpperCase() !== m[3].toUpperCase() && m[2] !== m[4];
}

async function readEdits(
  ctx: Excel.RequestContext,
  event: Excel.WorksheetChangedEventArgs,
  alsoLoad: EditHandlers["alsoLoad"],
): Promise<CellEdit[]> {
  const ws = ctx.workbook.worksheets.getItem(event.worksheetId);
  ws.load("name");
  const changed = ws.getRange(event.address);
  const single = !event.address.includes(":");
  if (single) {
    changed.load("rowIndex,columnIndex,values,numberFormat,text");
    const after = alsoLoad?.(ctx);
    await ctx.sync();
    after?.();
    return [{ ref: { sheet: ws.name, row: changed.rowIndex, col: changed.columnIndex }, cell: toInput(changed.values[0][0], changed.numberFormat[0][0], changed.text[0][0]) }];
  }

  changed.load("rowIndex,columnIndex,rowCount,columnCount");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await ctx.sync();
  const sheet = ws.name;
  let area = { r1: changed.rowIndex, c1: changed.columnIndex, r2: changed.rowIndex + changed.rowCount - 1, c2: changed.columnIndex + changed.columnCount - 1 };
  if (changed.rowCount * changed.columnCount > FULL_READ_CELLS) {
    // Whole columns or rows: only the part that can hold values matters.
    if (used.isNullObject) return [];
    const u = { r1: used.rowIndex, c1: used.columnIndex, r2: used.rowIndex + used.rowCount - 1, c2: used.columnIndex + used.columnCount - 1 };
    const r1 = Math.max(area.r1, u.r1);
    const c1 = Math.max(area.c1, u.c1);
    const r2 = Math.min(area.r2, u.r2);
    const c2 = Math.min(area.c2, u.c2);
    if (r1 > r2 || c1 > c2) return [];
    area = { r1, c1, r2, c2 };
  }
  const after = alsoLoad?.(ctx);
  const data = await readBlocks(
    ctx,
    [{ sheet: ws, key: 0, row: area.r1, col: area.c1, rows: area.r2 - area.r1 + 1, cols: area.c2 - area.c1 + 1, visibleRows: false }],
    { bytesPerSync: 4_000_000, bytesPerCell: 48 },
  );
  after?.();
  const edits: CellEdit[] = [];
  for (const { block, values, numberFormat, text } of data) {
    for (let i = 0; i < block.rows; i++) {
      for (let j = 0; j < block.cols; j++) {
        edits.push({ ref: { sheet, row: block.row + i, col: block.col + j }, cell: toInput(values[i][j], numberFormat[i][j], text[i]?.[j]) });
      }
    }
  }
  return edits.sort((a, b) => a.ref.row - b.ref.row || a.ref.col - b.ref.col);
}

/** The watched cells of a recalculated sheet, read in one sync (their bounding box). */
async function readWatched(ctx: Excel.RequestContext, worksheetId: string, watched: CellRef[], alsoLoad: EditHandlers["alsoLoad"]): Promise<CellEdit[]> {
  const ws = ctx.workbook.worksheets.getItem(worksheetId);
  ws.load("name");
  const bySheet = new Map<string, CellRef[]>();
  for (const ref of watched) bySheet.set(ref.sheet.toLowerCase(), [...(bySheet.get(ref.sheet.toLowerCase()) ?? []), ref]);
  // The sheet's name is not known before the sync: each watched sheet's box is read, only the one that matches is used.
  const boxes = [...bySheet.values()].map((refs) => {
    const r1 = Math.min(...refs.map((r) => r.row));
    const c1 = Math.min(...refs.map((r) => r.col));
    const r2 = Math.max(...refs.map((r) => r.row));
    const c2 = Math.max(...refs.map((r) => r.col));
    const range = ctx.workbook.worksheets.getItem(refs[0].sheet).getRangeByIndexes(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    range.load("values,numberFormat,text");
    return { refs, r1, c1, range };
  });
  const after = alsoLoad?.(ctx);
  await ctx.sync();
  after?.();
  const box = boxes.find((b) => b.refs[0].sheet.toLowerCase() === ws.name.toLowerCase());
  if (!box) return [];
  return box.refs.map((ref) => {
    const i = ref.row - box.r1;
    const j = ref.col - box.c1;
    return { ref, cell: toInput(box.range.values[i][j], box.range.numberFormat[i][j], box.range.text[i][j]) };
  });
}

function toInput(raw: unknown, numberFormat: string | undefined, text: string | undefined): CellInput {
  return toCell(raw, numberFormat, text) ?? { value: null };
}
