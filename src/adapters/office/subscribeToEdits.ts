import type { HostProblem } from "../../app/WorkbookPort";
import type { CellInput } from "../../domain/figures/Figure";
import type { CellEdit } from "../../domain/grid/Grid";
import type { ExcelRun } from "./OfficeWorkbookPort";
import { toHostProblem } from "./hostProblem";
import { readBlocks } from "./readBlocks";

/** A change larger than this (cells) is read only where it meets the used range. */
const FULL_READ_CELLS = 10_000;

/**
 * Listens to data changes in every sheet (worksheets.onChanged, ExcelApi 1.9) and hands the
 * changed cells to onEdits. Changes made by this add-in (triggerSource "ThisLocalAddin",
 * ExcelApi 1.14) are ignored, and so are inserted/deleted rows and columns (a re-check covers
 * them). A single-cell change uses the event's details; larger ones are read back (one sync, plus
 * one per ~4 MB). Returns a function that removes the handler.
 */
export async function subscribeToEdits(
  run: ExcelRun,
  onEdits: (edits: CellEdit[]) => void | Promise<void>,
  onProblem?: (problem: HostProblem) => void,
): Promise<() => Promise<void>> {
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (event.triggerSource === "ThisLocalAddin") return;
    if (event.changeType !== "RangeEdited") return;
    try {
      const edits = await run({ delayForCellEdit: true }, (ctx) => readEdits(ctx, event));
      if (edits.length > 0) await onEdits(edits);
    } catch (error) {
      onProblem?.(toHostProblem(error));
    }
  };
  const registration = await run({}, async (ctx) => {
    const r = ctx.workbook.worksheets.onChanged.add(handler);
    await ctx.sync();
    return r;
  });
  return async () => {
    // An event handler is removed through the context it was added with.
    await run(registration.context, async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
  };
}

async function readEdits(ctx: Excel.RequestContext, event: Excel.WorksheetChangedEventArgs): Promise<CellEdit[]> {
  const ws = ctx.workbook.worksheets.getItem(event.worksheetId);
  ws.load("name");
  const changed = ws.getRange(event.address);
  changed.load("rowIndex,columnIndex,rowCount,columnCount");
  const single = !event.address.includes(":");
  let details: Excel.ChangedEventDetail | undefined;
  try {
    // Reading details throws when the change spans several cells.
    details = single ? event.details : undefined;
  } catch {
    details = undefined;
  }
  if (single) changed.load("numberFormat");
  if (single && !details) changed.load("values");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await ctx.sync();
  const sheet = ws.name;

  if (single) {
    const raw = details ? details.valueAfter : changed.values[0][0];
    return [{ ref: { sheet, row: changed.rowIndex, col: changed.columnIndex }, cell: toInput(raw, changed.numberFormat[0][0]) }];
  }

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
  const data = await readBlocks(
    ctx,
    [{ sheet: ws, key: 0, row: area.r1, col: area.c1, rows: area.r2 - area.r1 + 1, cols: area.c2 - area.c1 + 1, visibleRows: false }],
    { bytesPerSync: 4_000_000, bytesPerCell: 32 },
  );
  const edits: CellEdit[] = [];
  for (const { block, values, numberFormat } of data) {
    for (let i = 0; i < block.rows; i++) {
      for (let j = 0; j < block.cols; j++) {
        edits.push({ ref: { sheet, row: block.row + i, col: block.col + j }, cell: toInput(values[i][j], numberFormat[i][j]) });
      }
    }
  }
  return edits.sort((a, b) => a.ref.row - b.ref.row || a.ref.col - b.ref.col);
}

function toInput(raw: unknown, numberFormat: string | undefined): CellInput {
  const value: CellInput["value"] =
    raw === "" || raw === null || raw === undefined ? null : typeof raw === "number" || typeof raw === "boolean" ? raw : String(raw);
  const cell: CellInput = { value };
  if (value !== null && numberFormat && numberFormat !== "General") cell.numberFormat = numberFormat;
  return cell;
}
