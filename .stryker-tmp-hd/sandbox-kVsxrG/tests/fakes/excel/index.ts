/**
 * A faithful fake of the parts of the Excel JavaScript API the Office adapter uses.
 *
 *   const excel = new FakeExcel({ sheets: [{ name: "TC1", values: [["Chỉ tiêu", "Kết quả"]] }] });
 *   const port = new OfficeWorkbookPort(excel.run);
 *   await port.readGrid();
 *   excel.syncCount; excel.cell("TC1", "B1"); excel.conditionalFormats("TC1");
 *
 * What it keeps honest: values arrive only at sync; unloaded reads throw PropertyNotLoaded;
 * writes apply in order at sync (those before a failing one stay applied, as in Excel); protected
 * sheets refuse writes (AccessDenied); cell-edit mode fails a batch unless delayForCellEdit;
 * one request or response over 5 MB fails (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded); strings written through Range.values are parsed as typed.
 * Payload sizes are estimated from the JSON of queued writes and loaded results.
 */
// @ts-nocheck

import {
  type CalculatedHandler,
  type ChangedHandler,
  type FakeBehaviour,
  type FakeChangedEventArgs,
  type FakeHost,
  type FakeLimits,
  type SyncObserver,
  CALC_HANDLERS,
  DEFAULT_BEHAVIOUR,
  FakeOfficeError,
  FakeRequestContext,
  HANDLERS,
  WEB_LIMITS,
  parseInput,
} from "./api";
import {
  type CellState,
  type CellValue,
  type ConditionalFormatState,
  type PendingEvent,
  type SeedWorkbook,
  type SheetState,
  WorkbookState,
  areaA1,
  areaCols,
  areaRows,
  cellKey,
  ensureCell,
  parseArea,
} from "./state";

export { FakeOfficeError, FakeRequestContext, WEB_LIMITS, parseInput } from "./api";
export type { FakeBehaviour, FakeCalculatedEventArgs, FakeChangedEventArgs, FakeLimits } from "./api";
export type { SeedSheet, SeedWorkbook, CellState, CellFormat, ConditionalFormatState, SheetState, Area } from "./state";

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export class FakeExcel implements FakeHost {
  readonly state = new WorkbookState();
  /** Every context.sync() of every Excel.run, empty ones included (each is a round trip). */
  syncCount = 0;
  limits: FakeLimits;
  observer?: SyncObserver;
  /** Syncs refused with Request/ResponsePayloadSizeLimitExceeded. */
  refusedSyncs = 0;
  /** Largest request and response of one accepted sync so far, bytes (estimated). */
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  /** Excel.run calls made. */
  runCount = 0;
  readonly [HANDLERS] = new Set<ChangedHandler>();
  readonly [CALC_HANDLERS] = new Set<CalculatedHandler>();
  behaviour: FakeBehaviour;
  /** Options of every Excel.run, in order (delayForCellEdit, mergeUndoGroup). */
  readonly runOptions: Record<string, unknown>[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(seed?: SeedWorkbook, options: { limits?: Partial<FakeLimits>; behaviour?: Partial<FakeBehaviour> } = {}) {
    this.limits = { ...WEB_LIMITS, ...options.limits };
    this.behaviour = { ...DEFAULT_BEHAVIOUR, ...options.behaviour };
    if (seed) this.state.seed(seed);
    this.observer = {
      onSync: (_ctx, info) => {
        if (info.refused) return;
        this.maxRequestBytes = Math.max(this.maxRequestBytes, info.requestBytes);
        this.maxResponseBytes = Math.max(this.maxResponseBytes, info.responseBytes);
      },
    };
  }

  /**
   * Excel.run: run(batch), run(options, batch) or run(context, batch) (to reuse the context of an
   * event registration). Queued work left when the batch resolves is synced, as Excel.run does.
   */
  readonly run = async <T>(first: unknown, second?: unknown): Promise<T> => {
    this.runCount++;
    let ctx: FakeRequestContext;
    let batch: Batch<T>;
    if (typeof first === "function") {
      ctx = new FakeRequestContext(this.state, this, false);
      batch = first as Batch<T>;
      this.runOptions.push({});
    } else if (first instanceof FakeRequestContext) {
      ctx = first;
      ctx.closed = false;
      ctx.undoRecorded = false;
      batch = second as Batch<T>;
      this.runOptions.push({ context: true });
    } else {
      const opts = (first ?? {}) as { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };
      ctx = new FakeRequestContext(this.state, this, opts.delayForCellEdit === true);
      ctx.mergeUndoGroup = opts.mergeUndoGroup === true;
      batch = second as Batch<T>;
      this.runOptions.push({ ...opts });
    }
    ctx.runId = this.runCount;
    try {
      const pending = batch(ctx);
      if (!pending || typeof (pending as Promise<T>).then !== "function") {
        throw new FakeOfficeError("RunMustReturnPromise", "The batch function passed to the \".run\" method didn't return a promise.");
      }
      const result = await pending;
      if (ctx.queue.length > 0) await ctx.sync();
      return result;
    } finally {
      ctx.queue = [];
      ctx.closed = true;
    }
  };

  /** @internal FakeHost: raises a WorksheetChanged event to every registered handler. */
  dispatch(e: PendingEvent): void {
    const sheet = this.state.sheets.find((s) => s.id === e.sheetId);
    if (!sheet) return;
    const single = areaRows(e.area) === 1 && areaCols(e.area) === 1;
    const after = single ? (sheet.cells.get(cellKey(e.area.r1, e.area.c1))?.value ?? "") : undefined;
    const args: FakeChangedEventArgs = {
      address: areaA1(e.area),
      changeType: e.changeType ?? "RangeEdited",
      source: "Local",
      triggerSource: e.triggerSource,
      type: "WorksheetChanged",
      worksheetId: sheet.id,
      // Excel gives details only when one cell changed.
      ...(single && e.before !== undefined
        ? { details: { valueBefore: e.before, valueAfter: after as CellValue, valueTypeBefore: valueType(e.before), valueTypeAfter: valueType(after as CellValue) } }
        : {}),
    };
    for (const h of [...this[HANDLERS]]) this.deliver(() => h(args));
  }

  /** @internal FakeHost: raises WorksheetCalculated (formulas recalculated) to every registered handler. */
  dispatchCalculated(sheetId: string, address: string): void {
    for (const h of [...this[CALC_HANDLERS]]) this.deliver(() => h({ address, type: "WorksheetCalculated", worksheetId: sheetId }));
  }

  private deliver(call: () => Promise<unknown>): void {
    const p: Promise<unknown> = new Promise((resolve) => setTimeout(resolve, 0)).then(call);
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p)).catch(() => undefined);
  }

  /** Waits until every raised event's handler has finished (including events they raise). */
  async flushEvents(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  get handlerCount(): number {
    return this[HANDLERS].size;
  }

  enterCellEditMode(): void {
    this.state.cellEditMode = true;
  }

  exitCellEditMode(): void {
    this.state.exitCellEditMode();
  }

  /** A user typing into cells (or pasting a block): values parsed as typed; raises one event. */
  userEdit(sheetName: string, address: string, values: (CellValue | null)[][]): void {
    const sheet = this.sheet(sheetName);
    const p = parseArea(address);
    if (!p) throw new Error(`bad address ${address}`);
    const { r1, c1 } = p.area;
    let before: CellValue | undefined;
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = ensureCell(sheet, r1 + i, c1 + j);
        before = cell.value;
        if (v === null || v === "") {
          cell.value = "";
          delete cell.formula;
          return;
        }
        const parsed = parseInput(v, cell.numberFormat);
        cell.value = parsed.value;
        if (parsed.formula) cell.formula = parsed.formula;
        if (parsed.numberFormat && cell.numberFormat === "General") cell.numberFormat = parsed.numberFormat;
      }),
    );
    const area = { r1, c1, r2: r1 + values.length - 1, c2: c1 + (values[0]?.length ?? 1) - 1 };
    if (this.state.enableEvents) this.dispatch({ sheetId: sheet.id, area, triggerSource: "Unknown", before });
  }

  /**
   * The workbook saved, closed and opened again: cells, formats, conditional formats, names and
   * settings are kept; worksheet ids are issued anew (they are only stable within a session,
   * office-js#1390 and office-js-docs#297: "{00000000-0001-0000-0000-000000000000}" and so on, by
   * position), event handlers and the add-in's session are gone.
   */
  reopen(): void {
    this.state.sheets.forEach((s, i) => {
      const was = s.id;
      s.id = `{00000000-0001-0000-${String(i).padStart(4, "0")}-000000000000}`;
      if (this.state.activeSheetId === was) this.state.activeSheetId = s.id;
    });
    this[HANDLERS].clear();
    this[CALC_HANDLERS].clear();
    this.state.enableEvents = true;
    this.state.undoStack = [];
  }

  /** The user inserts `count` rows before 0-based row `at` (everything below moves down). */
  insertRows(sheetName: string, at: number, count = 1): void {
    this.shiftRows(this.sheet(sheetName), at, count);
    const sheet = this.sheet(sheetName);
    if (this.state.enableEvents) {
      this.dispatch({ sheetId: sheet.id, area: { r1: at, c1: 0, r2: at + count - 1, c2: 16_383 }, triggerSource: "Unknown", changeType: "RowInserted" });
    }
  }

  /** The user deletes `count` rows from 0-based row `at` (everything below moves up). */
  deleteRows(sheetName: string, at: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    for (const key of [...sheet.cells.keys()]) {
      const r = Math.floor(key / 16_384);
      if (r >= at && r < at + count) sheet.cells.delete(key);
    }
    this.shiftRows(sheet, at + count, -count);
    if (this.state.enableEvents) {
      this.dispatch({ sheetId: sheet.id, area: { r1: at, c1: 0, r2: at + count - 1, c2: 16_383 }, triggerSource: "Unknown", changeType: "RowDeleted" });
    }
  }

  /** Moves rows from `from` down by `by` (up when negative): cells, merges, conditional formats, hidden rows, heights. */
  private shiftRows(sheet: SheetState, from: number, by: number): void {
    const move = (r: number) => (r >= from ? r + by : r);
    const cells = new Map<number, CellState>();
    for (const [key, cell] of sheet.cells) {
      const r = Math.floor(key / 16_384);
      cells.set(cellKey(move(r), key % 16_384), cell);
    }
    sheet.cells = cells;
    const shiftArea = (a: { r1: number; r2: number }) => {
      a.r1 = move(a.r1);
      a.r2 = a.r2 >= from ? a.r2 + by : a.r2;
    };
    sheet.merges.forEach(shiftArea);
    for (const cf of sheet.conditionalFormats) cf.areas.forEach(shiftArea);
    cf_cleanup(sheet);
    sheet.hiddenRows = new Set([...sheet.hiddenRows].map(move));
    sheet.rowHeights = new Map([...sheet.rowHeights].map(([r, h]) => [move(r), h]));
  }

  /**
   * Excel recalculates formula cells: their values change, WorksheetCalculated is raised, and no
   * WorksheetChanged (a recalculated figure is not an edit).
   */
  recalculate(sheetName: string, values: Record<string, CellValue>): void {
    const sheet = this.sheet(sheetName);
    const addresses: string[] = [];
    for (const [addr, v] of Object.entries(values)) {
      const p = parseArea(addr);
      if (!p) throw new Error(`bad address ${addr}`);
      const cell = ensureCell(sheet, p.area.r1, p.area.c1);
      if (cell.formula === undefined) throw new Error(`fake Excel: ${addr} holds no formula`);
      cell.value = v;
      addresses.push(areaA1(p.area));
    }
    if (this.state.enableEvents) this.dispatchCalculated(sheet.id, addresses.join(","));
  }

  // ------------------------------------------------------------ inspection for tests

  sheet(name: string): SheetState {
    const s = this.state.findSheet(name);
    if (!s) throw new Error(`fake Excel: no sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  /** A cell's state (value, formula, number format, own format), or undefined when never touched. */
  cell(sheetName: string, address: string): CellState | undefined {
    const p = parseArea(address);
    if (!p) throw new Error(`bad address ${address}`);
    const c = this.sheet(sheetName).cells.get(cellKey(p.area.r1, p.area.c1));
    return c ? structuredClone(c) : undefined;
  }

  /** Cell values of an area ("" for empty). */
  values(sheetName: string, address: string): CellValue[][] {
    const p = parseArea(address);
    if (!p) throw new Error(`bad address ${address}`);
    const sheet = this.sheet(sheetName);
    const out: CellValue[][] = [];
    for (let r = p.area.r1; r <= p.area.r2; r++) {
      const row: CellValue[] = [];
      for (let c = p.area.c1; c <= p.area.c2; c++) row.push(sheet.cells.get(cellKey(r, c))?.value ?? "");
      out.push(row);
    }
    return out;
  }

  conditionalFormats(sheetName: string): ConditionalFormatState[] {
    return structuredClone(this.sheet(sheetName).conditionalFormats);
  }

  /** Deep copy of every sheet's cells, for before/after comparisons. */
  snapshotCells(sheetName: string): Record<string, CellState> {
    const out: Record<string, CellState> = {};
    for (const [key, cell] of this.sheet(sheetName).cells) {
      out[areaA1({ r1: Math.floor(key / 16384), c1: key % 16384, r2: Math.floor(key / 16384), c2: key % 16384 })] = structuredClone(cell);
    }
    return out;
  }

  settingsJson(): Record<string, unknown> {
    return Object.fromEntries([...this.state.settings].map(([k, v]) => [k, JSON.parse(v)]));
  }
}

/** Conditional formats whose every area was deleted with its rows are gone. */
function cf_cleanup(sheet: SheetState): void {
  for (const cf of sheet.conditionalFormats) cf.areas = cf.areas.filter((a) => a.r2 >= a.r1);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.areas.length > 0);
}

function valueType(v: CellValue): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}
