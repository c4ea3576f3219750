/**
 * Proxy objects shaped like the Excel JavaScript API (office.js): nothing happens until
 * context.sync(). load() queues a read whose values arrive at sync; property writes and method
 * calls queue operations applied, in order, at sync; reading a property that was not loaded
 * throws an error with code "PropertyNotLoaded", as OfficeExtension.Error does.
 *
 * Only the parts the Office adapter uses exist; anything else is undefined and fails loudly.
 */
// @ts-nocheck

import {
  type Area,
  type BorderEdge,
  type CellState,
  type CellValue,
  type ConditionalFormatState,
  type ChangeType,
  type PendingEvent,
  type SheetState,
  type WorkbookState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  MAX_COLS,
  MAX_ROWS,
  addressSheetName,
  areaA1,
  areaCols,
  areaRows,
  cellKey,
  contains,
  ensureCell,
  forEachCell,
  intersection,
  intersects,
  keyCol,
  keyRow,
  mergeFormat,
  parseArea,
  usedArea,
} from "./state";

/** Error shaped like OfficeExtension.Error: name "RichApi.Error", a code, debugInfo. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export interface FakeLimits {
  /** Bytes of one request (queued writes and method calls) — 5 MB in Excel on the web. */
  requestBytes: number;
  /** Bytes of one response (loaded values) — 5 MB in Excel on the web. */
  responseBytes: number;
  /** Cells one range may load — about 5 million on every platform. */
  cellsPerRead: number;
  /** Characters of a getRanges address (an assumption of this fake: 8192, Excel's formula length). */
  rangesAddressChars: number;
  /** Merged areas getMergedAreasOrNullObject can return ("more than 512 … will fail"). */
  mergedAreas: number;
}

export const WEB_LIMITS: FakeLimits = {
  requestBytes: 5 * 1024 * 1024,
  responseBytes: 5 * 1024 * 1024,
  cellsPerRead: 5_000_000,
  rangesAddressChars: 8192,
  mergedAreas: 512,
};

/** Fixed cost of one queued action in the request, bytes (object path, method name, ids). */
const ACTION_BYTES = 120;

interface Op {
  /** Bytes this op adds to the request. */
  bytes: number;
  /** The op leaves the workbook as it was (select, activate, event registration): no undo record. */
  noUndo?: boolean;
  run(): unknown;
  /** For loads: the proxy that receives the result. */
  load?: { proxy: AnyProxy; paths: string[][] };
}

export interface SyncObserver {
  /** After each sync that reached Excel; `refused` when its response was over the limit. */
  onSync(ctx: FakeRequestContext, info: { requestBytes: number; responseBytes: number; ops: number; refused: boolean }): void;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  /** @internal */ queue: Op[] = [];
  /** @internal */ closed = false;
  /** @internal */ pendingEvents: PendingEvent[] = [];
  /** @internal */ syncSeq = 0;
  /** @internal Excel.run({ mergeUndoGroup: true }): one undo record for the whole run. */ mergeUndoGroup = false;
  /** @internal */ undoRecorded = false;
  /** @internal */ runId = 0;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(
    /** @internal */ readonly state: WorkbookState,
    /** @internal */ readonly host: FakeHost,
    /** @internal */ public delayForCellEdit: boolean,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this, () => ({}), "Application");
    this.runtime = new FakeRuntime(this, () => state, "Runtime");
  }

  /** @internal */
  enqueue(op: Op): void {
    if (this.closed) {
      throw new FakeOfficeError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts.",
      );
    }
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.syncSeq++;
    this.host.syncCount++;
    // A round trip: with latency, another batch's sync can run in between, as in Excel.
    if (this.host.behaviour.latencyMs > 0) await new Promise((r) => setTimeout(r, this.host.behaviour.latencyMs));
    if (ops.length === 0) return;
    if (this.state.cellEditMode) {
      if (!this.delayForCellEdit) {
        throw new FakeOfficeError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      await this.state.waitForCellEditExit();
    }
    const requestBytes = ops.reduce((n, op) => n + op.bytes, 0);
    if (requestBytes > this.host.limits.requestBytes) {
      this.host.refusedSyncs++;
      throw payloadError(this.host, "RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    if (ops.some((op) => !op.load && !op.noUndo)) this.recordUndo();
    // Results are collected first and handed to proxies only when the whole response fits.
    const results: { proxy: AnyProxy; data: LoadResult }[] = [];
    let responseBytes = 0;
    try {
      for (const op of ops) {
        const out = op.run();
        if (op.load) {
          const data = out as LoadResult;
          responseBytes += utf8Bytes(data.json);
          results.push({ proxy: op.load.proxy, data });
        }
      }
    } finally {
      this.flushEvents();
    }
    const refused = responseBytes > this.host.limits.responseBytes;
    this.host.observer?.onSync(this, { requestBytes, responseBytes, ops: ops.length, refused });
    if (refused) {
      this.host.refusedSyncs++;
      throw payloadError(this.host, "ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const r of results) r.data.deliver();
  }

  /** @internal Each sync that changes the workbook is one undo record; a merged run makes one in all (ExcelApi 1.20). */
  recordUndo(): void {
    const merged = this.mergeUndoGroup && this.host.behaviour.undoGroupSupported;
    if (merged && this.undoRecorded) return;
    this.undoRecorded = true;
    this.state.undoStack.push(`run ${this.runId}${merged ? "" : ` sync ${this.syncSeq}`}`);
  }

  /** @internal */
  flushEvents(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    if (this.state.enableEvents) for (const e of events) this.host.dispatch(e);
  }
}

/** Bytes of a JSON payload in UTF-8, as it travels: Vietnamese letters take 2–3 bytes each. */
export function utf8Bytes(json: unknown): number {
  return Buffer.byteLength(JSON.stringify(json) ?? "", "utf8");
}

/**
 * Too large a request or response: Excel on the web names it (…PayloadSizeLimitExceeded); older
 * builds answered "GeneralException" / "An internal error has occurred" (office-js-docs-reference#354,
 * office-js#1012), which `behaviour.payloadErrorCode` reproduces.
 */
function payloadError(host: FakeHost, code: string, message: string): FakeOfficeError {
  if (host.behaviour.payloadErrorCode === "GeneralException") return new FakeOfficeError("GeneralException", "An internal error has occurred.");
  return new FakeOfficeError(code, message);
}

/** What a queued load produced: JSON (to size the response) and a function that fills proxies. */
interface LoadResult {
  json: unknown;
  deliver(): void;
}

/** How this fake Excel behaves where real Excels differ (platform, regional settings, version). */
export interface FakeBehaviour {
  /**
   * The list separator getRanges and multi-area name formulas accept. Windows desktop Excel takes
   * only the machine's separator (";" under Vietnamese regional settings), not "," (office-js#1167,
   * #1985, #2891); Excel on the web takes ",".
   */
  listSeparator: "," | ";";
  /** Round-trip time of one sync, ms (0: none). Lets two batches interleave, as in Excel. */
  latencyMs: number;
  /** Excel.run's mergeUndoGroup is honoured (ExcelApi 1.20); older Excels ignore it. */
  undoGroupSupported: boolean;
  /** Code of a too-large request/response: the documented ones, or GeneralException of older builds. */
  payloadErrorCode: "named" | "GeneralException";
  /** Workbook settings are kept (false: a write is accepted and silently lost, as regressed on the web before). */
  settingsPersist: boolean;
}

export const DEFAULT_BEHAVIOUR: FakeBehaviour = {
  listSeparator: ",",
  latencyMs: 0,
  undoGroupSupported: false,
  payloadErrorCode: "named",
  settingsPersist: true,
};

export interface FakeHost {
  behaviour: FakeBehaviour;
  syncCount: number;
  /** Syncs Excel refused as too large. */
  refusedSyncs: number;
  limits: FakeLimits;
  observer?: SyncObserver;
  dispatch(e: PendingEvent): void;
  dispatchCalculated(sheetId: string, address: string): void;
}

type Resolver<T> = () => T | null;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- proxies of any target, as office.js ClientObject
type AnyProxy = Proxy<any>;

/**
 * Base of every proxy. `resolve` finds the target in the workbook at sync time; it returns null
 * for a null object (the *OrNullObject methods) and throws ItemNotFound for a missing item.
 */
abstract class Proxy<T> {
  /** @internal */ _loaded = new Map<string, unknown>();
  /** @internal */ _isNull: boolean | undefined;
  /** @internal */ _children = new Map<string, AnyProxy>();

  constructor(
    readonly context: FakeRequestContext,
    /** @internal */ readonly _resolve: Resolver<T>,
    /** @internal */ readonly _typeName: string,
  ) {}

  /** Scalar properties this object can load. */
  protected abstract scalars(): Record<string, (t: T) => unknown>;
  /** Navigation properties (child objects) this object has. */
  protected navigation(): Record<string, () => AnyProxy> {
    return {};
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded("isNullObject", this._typeName);
    return this._isNull;
  }

  load(spec?: string | string[]): this {
    if (spec !== undefined && typeof spec !== "string" && !Array.isArray(spec)) {
      throw new Error("fake Excel: load() takes a string or string[] here");
    }
    const list = spec === undefined ? [] : Array.isArray(spec) ? spec : spec.split(",");
    const paths = list.map((p) => p.trim()).filter((p) => p.length > 0).map((p) => p.split("/"));
    this.context.enqueue({
      bytes: ACTION_BYTES,
      load: { proxy: this as AnyProxy, paths },
      run: () => this._executeLoad(paths),
    });
    return this;
  }

  /** @internal *OrNullObject results learn whether they are null at the next sync, loaded or not. */
  _trackNull(): this {
    this.context.enqueue({
      bytes: ACTION_BYTES,
      load: { proxy: this as AnyProxy, paths: [] },
      run: (): LoadResult => {
        const target = this._resolve();
        return { json: null, deliver: () => (this._isNull = target === null) };
      },
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  /** @internal */
  _child<C extends AnyProxy>(name: string, make: () => C): C {
    let c = this._children.get(name) as C | undefined;
    if (!c) {
      c = make();
      this._children.set(name, c);
    }
    return c;
  }

  /** @internal Runs a load now (at sync); returns the JSON and a deliver step. */
  _executeLoad(paths: string[][]): LoadResult {
    const target = this._resolve();
    const scalars = this.scalars();
    const nav = this.navigation();
    const wanted = paths.length === 0 ? Object.keys(scalars).map((k) => [k]) : paths;
    const own = new Map<string, unknown>();
    const childResults: LoadResult[] = [];
    const byChild = new Map<string, string[][]>();
    for (const path of wanted) {
      const [head, ...rest] = path;
      if (head in scalars && rest.length === 0) {
        own.set(head, target === null ? null : scalars[head](target));
      } else if (head in nav) {
        const list = byChild.get(head) ?? [];
        list.push(rest);
        byChild.set(head, list);
      } else if (head === "items" && this instanceof CollectionProxy) {
        const list = byChild.get("items") ?? [];
        list.push(rest);
        byChild.set("items", list);
      } else {
        throw new FakeOfficeError("InvalidArgument", `The property '${path.join("/")}' is not available on ${this._typeName} in this fake.`);
      }
    }
    let itemsResult: { items: AnyProxy[]; results: LoadResult[] } | null = null;
    for (const [name, sub] of byChild) {
      const subPaths = sub.filter((p) => p.length > 0);
      if (name === "items") {
        const items = target === null ? [] : (this as unknown as CollectionProxy<T, AnyProxy>)._itemsOf(target);
        itemsResult = { items, results: items.map((it) => it._executeLoad(subPaths)) };
      } else {
        childResults.push(nav[name]()._executeLoad(subPaths));
      }
    }
    const json = {
      ...Object.fromEntries(own),
      ...(itemsResult ? { items: itemsResult.results.map((r) => r.json) } : {}),
      children: childResults.map((r) => r.json),
    };
    return {
      json,
      deliver: () => {
        this._isNull = target === null;
        for (const [k, v] of own) this._loaded.set(k, v);
        for (const r of childResults) r.deliver();
        if (itemsResult) {
          (this as unknown as CollectionProxy<T, AnyProxy>)._items = itemsResult.items;
          for (const r of itemsResult.results) r.deliver();
        }
      },
    };
  }

  /** @internal */
  protected get<V>(name: string): V {
    if (this._loaded.has(name)) return this._loaded.get(name) as V;
    if (this._isNull === true) return null as V;
    throw notLoaded(name, this._typeName);
  }

  /** @internal Queues a property write; the local value is readable at once, as in office.js. */
  protected set(name: string, value: unknown, apply: (t: T) => void): void {
    this._loaded.set(name, value);
    this.queueCall(`set ${name}`, value, apply);
  }

  /** @internal Queues a method call or write applied to the resolved target at sync. */
  protected queueCall(what: string, payload: unknown, apply: (t: T) => void, opts: { noUndo?: boolean } = {}): void {
    const bytes = ACTION_BYTES + (payload === undefined ? 0 : utf8Bytes(payload));
    this.context.enqueue({
      bytes,
      noUndo: opts.noUndo,
      run: () => {
        const t = this._resolve();
        if (t === null) throw new FakeOfficeError("ItemNotFound", `${what}: the object does not exist (null object).`);
        apply(t);
      },
    });
  }
}

function notLoaded(name: string, typeName: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${name}`,
  );
}

abstract class CollectionProxy<T, I extends AnyProxy> extends Proxy<T> {
  /** @internal */ _items: I[] | undefined;
  /** @internal */ abstract _itemsOf(target: T): I[];
  get items(): I[] {
    if (this._items === undefined) throw notLoaded("items", this._typeName);
    return this._items;
  }
}

// ---------------------------------------------------------------- workbook level

export class FakeWorkbook extends Proxy<WorkbookState> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state, "Workbook");
  }
  protected scalars() {
    return {};
  }
  get worksheets(): FakeWorksheetCollection {
    return this._child("worksheets", () => new FakeWorksheetCollection(this.context));
  }
  get settings(): FakeSettingCollection {
    return this._child("settings", () => new FakeSettingCollection(this.context));
  }
  /** Workbook-scoped names (ExcelApi 1.1; add 1.4). */
  get names(): FakeNamedItemCollection {
    return this._child("names", () => new FakeNamedItemCollection(this.context, () => ({ names: this.context.state.names, sheet: null })));
  }
  get application(): FakeApplication {
    return this.context.application;
  }
}

export class FakeApplication extends Proxy<object> {
  protected scalars() {
    return {};
  }
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall("suspendApiCalculationUntilNextSync", undefined, () => undefined, { noUndo: true });
  }
}

export class FakeRuntime extends Proxy<WorkbookState> {
  protected scalars() {
    return { enableEvents: (s: WorkbookState) => s.enableEvents };
  }
  get enableEvents(): boolean {
    return this.get("enableEvents");
  }
  set enableEvents(v: boolean) {
    this.set("enableEvents", v, (s) => {
      // Changes queued before this point are raised (or not) under the old setting.
      this.context.flushEvents();
      s.enableEvents = v;
    });
  }
}

export interface FakeChangedEventArgs {
  address: string;
  changeType: ChangeType;
  source: "Local";
  triggerSource: "ThisLocalAddin" | "Unknown";
  type: "WorksheetChanged";
  worksheetId: string;
  details?: { valueBefore: CellValue; valueAfter: CellValue; valueTypeBefore: string; valueTypeAfter: string };
}

export type ChangedHandler = (args: FakeChangedEventArgs) => Promise<unknown>;

/** WorksheetCalculatedEventArgs (ExcelApi 1.8; address 1.11: a comma-separated list of ranges). */
export interface FakeCalculatedEventArgs {
  address: string;
  type: "WorksheetCalculated";
  worksheetId: string;
}

export type CalculatedHandler = (args: FakeCalculatedEventArgs) => Promise<unknown>;

export class FakeEventHandlers<H = ChangedHandler> {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly registry: Set<H>,
  ) {}
  /** Registration takes effect at the next sync, as in office.js. */
  add(handler: H): { context: FakeRequestContext; remove(): void } {
    this.ctx.enqueue({ bytes: ACTION_BYTES, noUndo: true, run: () => this.registry.add(handler) });
    const ctx = this.ctx;
    const registry = this.registry;
    return {
      context: ctx,
      remove() {
        ctx.enqueue({ bytes: ACTION_BYTES, noUndo: true, run: () => registry.delete(handler) });
      },
    };
  }
}

export class FakeWorksheetCollection extends CollectionProxy<WorkbookState, FakeWorksheet> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state, "WorksheetCollection");
  }
  protected scalars() {
    return {};
  }
  _itemsOf(state: WorkbookState): FakeWorksheet[] {
    return state.sheets.map((s) => sheetById(this.context, s.id, false));
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.state.findSheet(key);
      if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (worksheet '${key}')`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.findSheet(key) ?? null)._trackNull();
  }
  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    const state = this.context.state;
    this.context.enqueue({
      bytes: ACTION_BYTES + (name?.length ?? 0),
      run: () => {
        const n = name ?? nextDefaultName(state);
        if (n.length > 31 || /[[\]:*?/\\]/.test(n) || n.trim() === "" || /^'|'$/.test(n)) {
          throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        }
        if (state.findSheet(n)) throw new FakeOfficeError("ItemAlreadyExists", "The resource being created already exists.");
        created = state.addSheet(n);
      },
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The worksheet was not created.");
      return created;
    });
  }
  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, changedHandlers(this.context));
  }
  /** WorksheetCollection.onCalculated (ExcelApi 1.8): formulas recalculated; no onChanged for them. */
  get onCalculated(): FakeEventHandlers<CalculatedHandler> {
    return new FakeEventHandlers(this.context, calculatedHandlers(this.context));
  }
  getFirst(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.state.sheets[0];
      if (!s) throw new FakeOfficeError("ItemNotFound", "The workbook has no worksheet.");
      return s;
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const st = this.context.state;
      const s = st.sheets.find((x) => x.id === st.activeSheetId) ?? st.sheets[0];
      if (!s) throw new FakeOfficeError("ItemNotFound", "The workbook has no worksheet.");
      return s;
    });
  }
}

function nextDefaultName(state: WorkbookState): string {
  for (let i = 1; ; i++) if (!state.findSheet(`Sheet${i}`)) return `Sheet${i}`;
}

/** @internal Handlers registry lives on the host (set by FakeExcel). */
export const HANDLERS = Symbol("handlers");
function changedHandlers(ctx: FakeRequestContext): Set<ChangedHandler> {
  return (ctx.host as unknown as { [HANDLERS]: Set<ChangedHandler> })[HANDLERS];
}
/** @internal */
export const CALC_HANDLERS = Symbol("calculatedHandlers");
function calculatedHandlers(ctx: FakeRequestContext): Set<CalculatedHandler> {
  return (ctx.host as unknown as { [CALC_HANDLERS]: Set<CalculatedHandler> })[CALC_HANDLERS];
}

function sheetById(ctx: FakeRequestContext, id: string, orNull: boolean): FakeWorksheet {
  return new FakeWorksheet(ctx, () => {
    const s = ctx.state.sheets.find((x) => x.id === id);
    if (!s && !orNull) throw new FakeOfficeError("ItemNotFound", "The worksheet no longer exists.");
    return s ?? null;
  });
}

// ---------------------------------------------------------------- worksheet

export class FakeWorksheet extends Proxy<SheetState> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<SheetState>) {
    super(ctx, resolve, "Worksheet");
  }
  protected scalars() {
    return {
      id: (s: SheetState) => s.id,
      name: (s: SheetState) => s.name,
      visibility: (s: SheetState) => s.visibility,
      position: (s: SheetState) => this.context.state.sheets.indexOf(s),
    };
  }
  protected override navigation() {
    return { protection: () => this.protection, pageLayout: () => this.pageLayout };
  }
  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.set("visibility", v, (s) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      s.visibility = v;
    });
  }
  /** A hidden sheet cannot be shown to the user: Excel refuses to activate it. */
  activate(): void {
    this.queueCall(
      "activate",
      undefined,
      (s) => {
        if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "The current operation is not allowed on a hidden worksheet.");
        this.context.state.activeSheetId = s.id;
      },
      { noUndo: true },
    );
  }
  get names(): FakeNamedItemCollection {
    return this._child("names", () => new FakeNamedItemCollection(this.context, () => {
      const s = this._resolve();
      return s ? { names: s.names, sheet: s } : null;
    }));
  }
  get protection(): FakeWorksheetProtection {
    return this._child("protection", () => new FakeWorksheetProtection(this.context, this._resolve));
  }
  get pageLayout(): FakePageLayout {
    return this._child("pageLayout", () => new FakePageLayout(this.context, this._resolve));
  }
  get onChanged(): FakeEventHandlers {
    // Per-sheet handlers: the fake filters by sheet id at dispatch.
    const id = () => this._resolve()?.id;
    const all = changedHandlers(this.context);
    const ctx = this.context;
    return {
      add(handler: ChangedHandler) {
        const filtered: ChangedHandler = async (e) => (e.worksheetId === id() ? handler(e) : undefined);
        return new FakeEventHandlers(ctx, all).add(filtered);
      },
    } as FakeEventHandlers;
  }
  get onCalculated(): FakeEventHandlers<CalculatedHandler> {
    const id = () => this._resolve()?.id;
    const all = calculatedHandlers(this.context);
    const ctx = this.context;
    return {
      add(handler: CalculatedHandler) {
        const filtered: CalculatedHandler = async (e) => (e.worksheetId === id() ? handler(e) : undefined);
        return new FakeEventHandlers(ctx, all).add(filtered);
      },
    } as FakeEventHandlers<CalculatedHandler>;
  }
  /** Whole sheet when address is omitted. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      if (address === undefined) return { sheet, area: { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 } };
      return { sheet, area: parseAddressOn(sheet, address) };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      const area = { r1: startRow, c1: startColumn, r2: startRow + rowCount - 1, c2: startColumn + columnCount - 1 };
      if (rowCount < 1 || columnCount < 1 || area.r1 < 0 || area.c1 < 0 || area.r2 >= MAX_ROWS || area.c2 >= MAX_COLS) {
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      }
      return { sheet, area };
    });
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      if (address.length > this.context.host.limits.rangesAddressChars) {
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      }
      return { sheet, areas: splitAreas(this.context, address).map((a) => parseAddressOn(sheet, a)) };
    });
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      return { sheet, area: usedArea(sheet, valuesOnly === true) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      const area = usedArea(sheet, valuesOnly === true);
      return area ? { sheet, area } : null;
    })._trackNull();
  }
}

/**
 * Areas of a multi-area address, split by the machine's list separator only: the other separator
 * makes the address invalid, as on Windows desktop Excel (office-js#1167).
 */
function splitAreas(ctx: FakeRequestContext, address: string): string[] {
  const sep = ctx.host.behaviour.listSeparator;
  const other = sep === "," ? ";" : ",";
  const unquoted = address.replace(/'(?:[^']|'')*'/g, "''");
  if (unquoted.includes(other)) throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === sep && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

function parseAddressOn(sheet: SheetState, address: string): Area {
  const p = parseArea(address);
  if (!p) throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  if (p.sheet !== null && p.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    throw new FakeOfficeError("InvalidArgument", "The address refers to another worksheet.");
  }
  return p.area;
}

export class FakeWorksheetProtection extends Proxy<SheetState> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<SheetState>) {
    super(ctx, resolve, "WorksheetProtection");
  }
  protected scalars() {
    return { protected: (s: SheetState) => s.protected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakePageLayout extends Proxy<SheetState> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<SheetState>) {
    super(ctx, resolve, "PageLayout");
  }
  protected scalars() {
    return {
      orientation: (s: SheetState) => s.pageLayout.orientation,
      paperSize: (s: SheetState) => s.pageLayout.paperSize,
      zoom: (s: SheetState) => ({ ...s.pageLayout.zoom }),
    };
  }
  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(v: string) {
    this.set("orientation", v, (s) => guard(s, () => (s.pageLayout.orientation = v)));
  }
  get paperSize(): string {
    return this.get("paperSize");
  }
  set paperSize(v: string) {
    this.set("paperSize", v, (s) => guard(s, () => (s.pageLayout.paperSize = v)));
  }
  get zoom(): SheetState["pageLayout"]["zoom"] {
    return this.get("zoom");
  }
  set zoom(v: SheetState["pageLayout"]["zoom"]) {
    this.set("zoom", v, (s) => guard(s, () => (s.pageLayout.zoom = { ...v })));
  }
  setPrintTitleRows(rows: string): void {
    this.queueCall("setPrintTitleRows", rows, (s) =>
      guard(s, () => {
        const p = parseArea(rows);
        if (!p || p.area.c1 !== 0 || p.area.c2 !== MAX_COLS - 1) {
          throw new FakeOfficeError("InvalidArgument", "The range must span entire rows.");
        }
        s.pageLayout.printTitleRows = rows;
      }),
    );
  }
}

/** Writes to a protected sheet fail with AccessDenied, as Excel does by default. */
function guard(sheet: SheetState, fn: () => void): void {
  if (sheet.protected) {
    throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is protected and therefore read-only.");
  }
  fn();
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  sheet: SheetState;
  area: Area;
}
interface AreasTarget {
  sheet: SheetState;
  areas: Area[];
}

function cellOf(sheet: SheetState, r: number, c: number): CellState | undefined {
  return sheet.cells.get(cellKey(r, c));
}

/** Reads a 2-D property of an area; refuses ranges past Excel's read limit. */
function grid<V>(ctx: FakeRequestContext, t: RangeTarget, fn: (c: CellState | undefined, r: number, col: number) => V): V[][] {
  const rows = areaRows(t.area);
  const cols = areaCols(t.area);
  if (rows * cols > ctx.host.limits.cellsPerRead) {
    throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
  }
  const out: V[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: V[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      const r = t.area.r1 + i;
      const c = t.area.c1 + j;
      row[j] = fn(cellOf(t.sheet, r, c), r, c);
    }
    out.push(row);
  }
  return out;
}

export class FakeRange extends Proxy<RangeTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<RangeTarget>) {
    super(ctx, resolve, "Range");
  }
  protected scalars() {
    const ctx = this.context;
    return {
      address: (t: RangeTarget) => `${addressSheetName(t.sheet.name)}!${areaA1(t.area)}`,
      rowIndex: (t: RangeTarget) => t.area.r1,
      columnIndex: (t: RangeTarget) => t.area.c1,
      rowCount: (t: RangeTarget) => areaRows(t.area),
      columnCount: (t: RangeTarget) => areaCols(t.area),
      cellCount: (t: RangeTarget) => areaRows(t.area) * areaCols(t.area),
      values: (t: RangeTarget) => grid(ctx, t, (c) => (c ? c.value : "")),
      formulas: (t: RangeTarget) => grid(ctx, t, (c) => (c ? (c.formula ?? c.value) : "")),
      numberFormat: (t: RangeTarget) => grid(ctx, t, (c) => (c ? c.numberFormat : "General")),
      text: (t: RangeTarget) => grid(ctx, t, (c) => (c ? formatText(c.value, c.numberFormat) : "")),
      rowHidden: (t: RangeTarget) => allSomeNone(t.area.r1, t.area.r2, (r) => t.sheet.hiddenRows.has(r)),
      columnHidden: (t: RangeTarget) => allSomeNone(t.area.c1, t.area.c2, (c) => t.sheet.hiddenColumns.has(c)),
    };
  }
  protected override navigation() {
    return { format: () => this.format, worksheet: () => this.worksheet };
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
  get formulas(): CellValue[][] {
    return this.get("formulas");
  }
  get values(): CellValue[][] {
    return this.get("values");
  }
  /** Strings are parsed as if typed: "=…" becomes a formula, "12" a number, "'x" the text x. */
  set values(v: unknown) {
    this.set("values", v, (t) => writeCells(this.context, t, v, "values"));
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.set("numberFormat", v, (t) =>
      guard(t.sheet, () =>
        forEachInput(t, v, (r, c, nf) => {
          if (nf === null || nf === undefined) return;
          ensureCell(t.sheet, r, c).numberFormat = String(nf);
        }),
      ),
    );
  }
  get worksheet(): FakeWorksheet {
    return this._child("worksheet", () => new FakeWorksheet(this.context, () => this._resolve()?.sheet ?? null));
  }
  get format(): FakeRangeFormat {
    return this._child("format", () => new FakeRangeFormat(this.context, () => toAreas(this._resolve())));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child("cf", () => new FakeConditionalFormatCollection(this.context, () => toAreas(this._resolve())));
  }
  getCell(row: number, column: number): FakeRange {
    return this.derive((t) => ({ r1: t.area.r1 + row, c1: t.area.c1 + column, r2: t.area.r1 + row, c2: t.area.c1 + column }));
  }
  getRow(row: number): FakeRange {
    return this.derive((t) => ({ r1: t.area.r1 + row, c1: t.area.c1, r2: t.area.r1 + row, c2: t.area.c2 }));
  }
  getColumn(column: number): FakeRange {
    return this.derive((t) => ({ r1: t.area.r1, c1: t.area.c1 + column, r2: t.area.r2, c2: t.area.c1 + column }));
  }
  /** The range grown (or shrunk) from its top-left cell by these many rows and columns (ExcelApi 1.7). */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve();
      if (!t) return null;
      const a = { r1: t.area.r1, c1: t.area.c1, r2: t.area.r2 + deltaRows, c2: t.area.c2 + deltaColumns };
      if (a.r2 < a.r1 || a.c2 < a.c1 || a.r2 >= MAX_ROWS || a.c2 >= MAX_COLS) {
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      }
      return { sheet: t.sheet, area: a };
    });
  }
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve();
      if (!t) return null;
      const o = typeof other === "string" ? parseAddressOn(t.sheet, other) : other._resolve()?.area;
      if (!o) return null;
      const a = intersection(t.area, o);
      return a ? { sheet: t.sheet, area: a } : null;
    })._trackNull();
  }
  private derive(fn: (t: RangeTarget) => Area): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve();
      if (!t) return null;
      const a = fn(t);
      if (!contains(t.area, a)) throw new FakeOfficeError("InvalidArgument", "The index is outside the range.");
      return { sheet: t.sheet, area: a };
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const t = this._resolve();
      if (!t) return null;
      const areas = t.sheet.merges.filter((m) => intersects(m, t.area));
      if (areas.length > this.context.host.limits.mergedAreas) {
        // The docs say only that the method "will fail"; the code Excel uses is not documented.
        throw new FakeOfficeError("GeneralException", "There are more than 512 merged areas in this range.");
      }
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    })._trackNull();
  }
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.context, () => this._resolve());
  }
  merge(across?: boolean): void {
    this.queueCall("merge", across ?? false, (t) =>
      guard(t.sheet, () => {
        const targets = across
          ? Array.from({ length: areaRows(t.area) }, (_, i) => ({ ...t.area, r1: t.area.r1 + i, r2: t.area.r1 + i }))
          : [t.area];
        for (const a of targets) {
          if (areaRows(a) * areaCols(a) === 1) continue;
          t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, a));
          // Excel keeps only the upper-left value of a merged area.
          forEachCell(a, (r, c) => {
            if (r === a.r1 && c === a.c1) return;
            const cell = cellOf(t.sheet, r, c);
            if (cell) {
              cell.value = "";
              delete cell.formula;
            }
          });
          t.sheet.merges.push(a);
        }
      }),
    );
  }
  unmerge(): void {
    this.queueCall("unmerge", undefined, (t) =>
      guard(t.sheet, () => {
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
      }),
    );
  }
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.queueCall("clear", applyTo, (t) =>
      guard(t.sheet, () => {
        for (const [key, cell] of [...t.sheet.cells]) {
          const r = keyRow(key);
          const c = keyCol(key);
          if (r < t.area.r1 || r > t.area.r2 || c < t.area.c1 || c > t.area.c2) continue;
          if (applyTo !== "Formats" && (cell.value !== "" || cell.formula !== undefined)) {
            this.context.pendingEvents.push({ sheetId: t.sheet.id, area: { r1: r, c1: c, r2: r, c2: c }, triggerSource: "ThisLocalAddin", before: cell.value });
            cell.value = "";
            delete cell.formula;
          }
          if (applyTo !== "Contents") {
            cell.numberFormat = "General";
            delete cell.format;
          }
          if (cell.value === "" && cell.formula === undefined && cell.numberFormat === "General" && !cell.format) {
            t.sheet.cells.delete(key);
          }
        }
        if (applyTo !== "Contents") t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
      }),
    );
  }
  /** Selects on the active sheet only: another sheet must be activated first (a hidden one cannot be). */
  select(): void {
    this.queueCall(
      "select",
      undefined,
      (t) => {
        if (t.sheet.id !== this.context.state.activeSheetId) {
          throw new FakeOfficeError("InvalidOperation", "The range is not on the active worksheet.");
        }
        t.sheet.selected = areaA1(t.area);
      },
      { noUndo: true },
    );
  }
}

function toAreas(t: RangeTarget | null): AreasTarget | null {
  return t ? { sheet: t.sheet, areas: [t.area] } : null;
}

function allSomeNone(from: number, to: number, hidden: (i: number) => boolean): boolean | null {
  let any = false;
  let all = true;
  for (let i = from; i <= to; i++) {
    if (hidden(i)) any = true;
    else all = false;
    if (any && !all) return null;
  }
  return all;
}

/** Calls fn for each cell of the range with the matching input (a 2-D array of the range's size, or one scalar). */
function forEachInput(t: RangeTarget, input: unknown, fn: (r: number, c: number, v: unknown) => void): void {
  const rows = areaRows(t.area);
  const cols = areaCols(t.area);
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) fn(t.area.r1 + i, t.area.c1 + j, input[i][j]);
  } else {
    forEachCell(t.area, (r, c) => fn(r, c, input));
  }
}

/**
 * What Excel makes of a value written through Range.values: strings are parsed as if typed.
 * Returns the value, a formula when the text became one, and a number format Excel picks.
 */
export function parseInput(v: unknown, cellFormat: string): { value: CellValue; formula?: string; numberFormat?: string } {
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  const s = String(v);
  if (cellFormat === "@") return { value: s }; // a Text-formatted cell keeps what it is given
  if (s.startsWith("'")) return { value: s.slice(1) }; // the apostrophe prefix: text, not shown
  if (s === "") return { value: "" };
  const num = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(%?)\s*$/.exec(s);
  if (num) {
    const n = Number(num[1]);
    return num[2] ? { value: n / 100, numberFormat: "0%" } : { value: n };
  }
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) {
    const serial = (Date.UTC(+iso[1], +iso[2] - 1, +iso[3]) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return { value: serial, numberFormat: "yyyy-mm-dd" };
  }
  if (s.startsWith("=")) return { value: "#NAME?", formula: s };
  if (s.startsWith("+") || s.startsWith("-") || s.startsWith("@")) return { value: "#NAME?", formula: `=${s}` };
  return { value: s };
}

function writeCells(ctx: FakeRequestContext, t: RangeTarget, input: unknown, what: "values"): void {
  guard(t.sheet, () => {
    const events: PendingEvent[] = [];
    forEachInput(t, input, (r, c, v) => {
      if (v === null || v === undefined) return; // null leaves the cell as it is
      const cell = ensureCell(t.sheet, r, c);
      const before = cell.value;
      const parsed = parseInput(v, cell.numberFormat);
      cell.value = parsed.value;
      if (parsed.formula !== undefined) cell.formula = parsed.formula;
      else delete cell.formula;
      if (parsed.numberFormat && cell.numberFormat === "General") cell.numberFormat = parsed.numberFormat;
      events.push({ sheetId: t.sheet.id, area: { r1: r, c1: c, r2: r, c2: c }, triggerSource: "ThisLocalAddin", before });
    });
    void what;
    // One event per written range, as Excel raises for a single write.
    if (events.length === 1) ctx.pendingEvents.push(events[0]);
    else if (events.length > 1) ctx.pendingEvents.push({ sheetId: t.sheet.id, area: t.area, triggerSource: "ThisLocalAddin" });
  });
}

/** A small number formatter: enough for General, percents, fixed decimals, thousands and text. */
export function formatText(value: CellValue, nf: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const pct = /^0(?:\.(0+))?%$/.exec(nf);
  if (pct) return `${(value * 100).toFixed(pct[1]?.length ?? 0)}%`;
  const fixed = /^(#,##)?0(?:\.(0+))?$/.exec(nf);
  if (fixed) {
    const s = value.toFixed(fixed[2]?.length ?? 0);
    if (!fixed[1]) return s;
    const [i, d] = s.split(".");
    return i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (d ? `.${d}` : "");
  }
  return String(Number(value.toPrecision(11)));
}

export class FakeRangeView extends Proxy<RangeTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<RangeTarget>) {
    super(ctx, resolve, "RangeView");
  }
  private visible(t: RangeTarget): { rows: number[]; cols: number[] } {
    const rows: number[] = [];
    const cols: number[] = [];
    for (let r = t.area.r1; r <= t.area.r2; r++) if (!t.sheet.hiddenRows.has(r)) rows.push(r);
    for (let c = t.area.c1; c <= t.area.c2; c++) if (!t.sheet.hiddenColumns.has(c)) cols.push(c);
    return { rows, cols };
  }
  protected scalars() {
    return {
      rowCount: (t: RangeTarget) => this.visible(t).rows.length,
      columnCount: (t: RangeTarget) => this.visible(t).cols.length,
      cellAddresses: (t: RangeTarget) => {
        const v = this.visible(t);
        return v.rows.map((r) => v.cols.map((c) => `${addressSheetName(t.sheet.name)}!${areaA1({ r1: r, c1: c, r2: r, c2: c })}`));
      },
      values: (t: RangeTarget) => {
        const v = this.visible(t);
        return v.rows.map((r) => v.cols.map((c) => cellOf(t.sheet, r, c)?.value ?? ""));
      },
    };
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellAddresses(): string[][] {
    return this.get("cellAddresses");
  }
  get values(): CellValue[][] {
    return this.get("values");
  }
}

export class FakeRangeCollection extends CollectionProxy<AreasTarget, FakeRange> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<AreasTarget>) {
    super(ctx, resolve, "RangeCollection");
  }
  protected scalars() {
    return { count: (t: AreasTarget) => t.areas.length };
  }
  _itemsOf(t: AreasTarget): FakeRange[] {
    return t.areas.map((a) => new FakeRange(this.context, () => ({ sheet: t.sheet, area: a })));
  }
}

export class FakeRangeAreas extends Proxy<AreasTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<AreasTarget>) {
    super(ctx, resolve, "RangeAreas");
  }
  protected scalars() {
    return {
      address: (t: AreasTarget) => t.areas.map((a) => `${addressSheetName(t.sheet.name)}!${areaA1(a)}`).join(","),
      areaCount: (t: AreasTarget) => t.areas.length,
      cellCount: (t: AreasTarget) => t.areas.reduce((n, a) => n + areaRows(a) * areaCols(a), 0),
    };
  }
  protected override navigation() {
    return { areas: () => this.areas, format: () => this.format };
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get areas(): FakeRangeCollection {
    return this._child("areas", () => new FakeRangeCollection(this.context, this._resolve));
  }
  get format(): FakeRangeFormat {
    return this._child("format", () => new FakeRangeFormat(this.context, this._resolve));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child("cf", () => new FakeConditionalFormatCollection(this.context, this._resolve));
  }
}

// ---------------------------------------------------------------- formats

function eachCellOfAreas(t: AreasTarget, fn: (cell: CellState, r: number, c: number, a: Area) => void): void {
  guard(t.sheet, () => {
    for (const a of t.areas) {
      if (areaRows(a) * areaCols(a) > 1_000_000) throw new Error("fake Excel: refusing to format more than 1,000,000 cells at once");
      forEachCell(a, (r, c) => fn(ensureCell(t.sheet, r, c), r, c, a));
    }
  });
}

export class FakeRangeFormat extends Proxy<AreasTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<AreasTarget>) {
    super(ctx, resolve, "RangeFormat");
  }
  protected scalars() {
    const first = (t: AreasTarget) => t.sheet.cells.get(cellKey(t.areas[0].r1, t.areas[0].c1))?.format;
    return {
      columnWidth: (t: AreasTarget) => t.sheet.columnWidths.get(t.areas[0].c1) ?? DEFAULT_COLUMN_WIDTH,
      rowHeight: (t: AreasTarget) => t.sheet.rowHeights.get(t.areas[0].r1) ?? DEFAULT_ROW_HEIGHT,
      wrapText: (t: AreasTarget) => first(t)?.wrapText ?? false,
      horizontalAlignment: (t: AreasTarget) => first(t)?.horizontalAlignment ?? "General",
      verticalAlignment: (t: AreasTarget) => first(t)?.verticalAlignment ?? "Bottom",
    };
  }
  protected override navigation() {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): FakeFill {
    return this._child("fill", () => new FakeFill(this.context, this._resolve));
  }
  get font(): FakeFont {
    return this._child("font", () => new FakeFont(this.context, this._resolve));
  }
  get borders(): { getItem(edge: BorderEdge): FakeBorder } {
    return { getItem: (edge: BorderEdge) => new FakeBorder(this.context, this._resolve, edge) };
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.set("columnWidth", v, (t) =>
      guard(t.sheet, () => {
        for (const a of t.areas) for (let c = a.c1; c <= a.c2; c++) t.sheet.columnWidths.set(c, v);
      }),
    );
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(v: number) {
    this.set("rowHeight", v, (t) =>
      guard(t.sheet, () => {
        for (const a of t.areas) for (let r = a.r1; r <= a.r2; r++) t.sheet.rowHeights.set(r, v);
      }),
    );
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.set("wrapText", v, (t) => eachCellOfAreas(t, (cell) => (cell.format = mergeFormat(cell.format, { wrapText: v }))));
  }
  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", v, (t) => eachCellOfAreas(t, (cell) => (cell.format = mergeFormat(cell.format, { horizontalAlignment: v }))));
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", v, (t) => eachCellOfAreas(t, (cell) => (cell.format = mergeFormat(cell.format, { verticalAlignment: v }))));
  }
}

export class FakeFill extends Proxy<AreasTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<AreasTarget>) {
    super(ctx, resolve, "RangeFill");
  }
  protected scalars() {
    return { color: (t: AreasTarget) => t.sheet.cells.get(cellKey(t.areas[0].r1, t.areas[0].c1))?.format?.fill ?? "#FFFFFF" };
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.set("color", v, (t) => eachCellOfAreas(t, (cell) => (cell.format = mergeFormat(cell.format, { fill: v.toUpperCase() }))));
  }
}

type FontKey = "name" | "size" | "bold" | "italic" | "underline" | "color";

export class FakeFont extends Proxy<AreasTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<AreasTarget>) {
    super(ctx, resolve, "RangeFont");
  }
  protected scalars() {
    const f = (t: AreasTarget) => t.sheet.cells.get(cellKey(t.areas[0].r1, t.areas[0].c1))?.format?.font ?? {};
    return {
      name: (t: AreasTarget) => f(t).name ?? "Calibri",
      size: (t: AreasTarget) => f(t).size ?? 11,
      bold: (t: AreasTarget) => f(t).bold ?? false,
      italic: (t: AreasTarget) => f(t).italic ?? false,
      underline: (t: AreasTarget) => f(t).underline ?? "None",
      color: (t: AreasTarget) => f(t).color ?? "#000000",
    };
  }
  private put(key: FontKey, v: unknown): void {
    this.set(key, v, (t) => eachCellOfAreas(t, (cell) => (cell.format = mergeFormat(cell.format, { font: { [key]: v } }))));
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.put("name", v);
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.put("size", v);
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.put("bold", v);
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.put("italic", v);
  }
  get underline(): string {
    return this.get("underline");
  }
  set underline(v: string) {
    this.put("underline", v);
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.put("color", v.toUpperCase());
  }
}

export class FakeBorder extends Proxy<AreasTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<AreasTarget>, private readonly edge: BorderEdge) {
    super(ctx, resolve, "RangeBorder");
  }
  protected scalars() {
    return {};
  }
  private put(prop: "style" | "weight" | "color", v: string): void {
    this.set(prop, v, (t) =>
      eachCellOfAreas(t, (cell, r, c, a) => {
        const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight")[] = [];
        if (this.edge === "EdgeTop" && r === a.r1) edges.push("EdgeTop");
        if (this.edge === "EdgeBottom" && r === a.r2) edges.push("EdgeBottom");
        if (this.edge === "EdgeLeft" && c === a.c1) edges.push("EdgeLeft");
        if (this.edge === "EdgeRight" && c === a.c2) edges.push("EdgeRight");
        if (this.edge === "InsideHorizontal") {
          if (r > a.r1) edges.push("EdgeTop");
          if (r < a.r2) edges.push("EdgeBottom");
        }
        if (this.edge === "InsideVertical") {
          if (c > a.c1) edges.push("EdgeLeft");
          if (c < a.c2) edges.push("EdgeRight");
        }
        for (const e of edges) {
          const cur = cell.format?.borders?.[e] ?? { style: "None", weight: "Thin" };
          cell.format = mergeFormat(cell.format, { borders: { [e]: { ...cur, [prop]: v } } });
        }
      }),
    );
  }
  set style(v: string) {
    this.put("style", v);
  }
  set weight(v: string) {
    this.put("weight", v);
  }
  set color(v: string) {
    this.put("color", v);
  }
}

// ---------------------------------------------------------------- conditional formats

interface CfTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

export class FakeConditionalFormatCollection extends CollectionProxy<AreasTarget, FakeConditionalFormat> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<AreasTarget>) {
    super(ctx, resolve, "ConditionalFormatCollection");
  }
  protected scalars() {
    return {};
  }
  /**
   * The conditional formats that intersect the range, highest priority first. An item is its
   * position: its id "is the priority of the conditional format in the current collection"
   * (Excel.ConditionalFormat.id), and it is looked up again when an operation runs, so deleting
   * one renumbers those after it, as in Excel.
   */
  _itemsOf(t: AreasTarget): FakeConditionalFormat[] {
    return cfsOver(t).map((_, i) => this.getItem(String(i)));
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      const t = this._resolve();
      if (!t) return null;
      const cf = /^\d+$/.test(id) ? cfsOver(t)[Number(id)] : undefined;
      if (!cf) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return { sheet: t.sheet, cf };
    });
  }
  add(type: string): FakeConditionalFormat {
    let made: CfTarget | null = null;
    this.queueCall("add", type, (t) =>
      guard(t.sheet, () => {
        if (t.sheet.refuseConditionalFormats) throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
        const cf: ConditionalFormatState = { id: this.context.state.newId("CF"), type, areas: t.areas.map((a) => ({ ...a })), fill: null, fontColor: null };
        // A new conditional format gets the top priority, as in Excel.
        t.sheet.conditionalFormats.unshift(cf);
        made = { sheet: t.sheet, cf };
      }),
    );
    return new FakeConditionalFormat(this.context, () => {
      if (!made) throw new FakeOfficeError("ItemNotFound", "The conditional format was not created.");
      return made;
    });
  }
  /** Removes every conditional format that intersects the range (the fake does not split areas). */
  clearAll(): void {
    this.queueCall("clearAll", undefined, (t) =>
      guard(t.sheet, () => {
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
          (cf) => !cf.areas.some((a) => t.areas.some((b) => intersects(a, b))),
        );
      }),
    );
  }
}

function cfsOver(t: AreasTarget): ConditionalFormatState[] {
  return t.sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => t.areas.some((b) => intersects(a, b))));
}

export class FakeConditionalFormat extends Proxy<CfTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<CfTarget>) {
    super(ctx, resolve, "ConditionalFormat");
  }
  protected scalars() {
    return {
      id: (t: CfTarget) => String(t.sheet.conditionalFormats.indexOf(t.cf)),
      type: (t: CfTarget) => t.cf.type,
      priority: (t: CfTarget) => t.sheet.conditionalFormats.indexOf(t.cf),
    };
  }
  protected override navigation() {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }
  get id(): string {
    return this.get("id");
  }
  get type(): string {
    return this.get("type");
  }
  get priority(): number {
    return this.get("priority");
  }
  /** Throws at sync when the format is not of type Custom, like Excel. */
  get custom(): FakeCustomConditionalFormat {
    return this._child("custom", () =>
      new FakeCustomConditionalFormat(this.context, () => {
        const t = this._resolve();
        if (t && t.cf.type !== "Custom") throw new FakeOfficeError("InvalidArgument", "The conditional format is not a custom format.");
        return t;
      }),
    );
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this._child("customOrNull", () =>
      new FakeCustomConditionalFormat(this.context, () => {
        const t = this._resolve();
        return t && t.cf.type === "Custom" ? t : null;
      }),
    );
  }
  delete(): void {
    this.queueCall("delete", undefined, (t) =>
      guard(t.sheet, () => {
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
      }),
    );
  }
}

export class FakeCustomConditionalFormat extends Proxy<CfTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<CfTarget>) {
    super(ctx, resolve, "CustomConditionalFormat");
  }
  protected scalars() {
    return {};
  }
  protected override navigation() {
    return { rule: () => this.rule, format: () => this.format };
  }
  get rule(): FakeConditionalFormatRule {
    return this._child("rule", () => new FakeConditionalFormatRule(this.context, this._resolve));
  }
  get format(): FakeConditionalRangeFormat {
    return this._child("format", () => new FakeConditionalRangeFormat(this.context, this._resolve));
  }
}

export class FakeConditionalFormatRule extends Proxy<CfTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<CfTarget>) {
    super(ctx, resolve, "ConditionalFormatRule");
  }
  protected scalars() {
    return { formula: (t: CfTarget) => t.cf.formula ?? null };
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(v: string) {
    this.set("formula", v, (t) => guard(t.sheet, () => (t.cf.formula = v)));
  }
}

export class FakeConditionalRangeFormat extends Proxy<CfTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<CfTarget>) {
    super(ctx, resolve, "ConditionalRangeFormat");
  }
  protected scalars() {
    return {};
  }
  protected override navigation() {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): FakeConditionalColor {
    return this._child("fill", () => new FakeConditionalColor(this.context, this._resolve, "fill"));
  }
  get font(): FakeConditionalColor {
    return this._child("font", () => new FakeConditionalColor(this.context, this._resolve, "fontColor"));
  }
}

/** ConditionalFill and ConditionalRangeFont: only `color` here. */
export class FakeConditionalColor extends Proxy<CfTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<CfTarget>, private readonly which: "fill" | "fontColor") {
    super(ctx, resolve, which === "fill" ? "ConditionalFill" : "ConditionalRangeFont");
  }
  protected scalars() {
    return { color: (t: CfTarget) => t.cf[this.which] ?? null };
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.set("color", v, (t) => guard(t.sheet, () => (t.cf[this.which] = v.toUpperCase())));
  }
}

// ---------------------------------------------------------------- settings

interface SettingTarget {
  state: WorkbookState;
  key: string;
}

export class FakeSettingCollection extends CollectionProxy<WorkbookState, FakeSetting> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state, "SettingCollection");
  }
  protected scalars() {
    return {};
  }
  _itemsOf(state: WorkbookState): FakeSetting[] {
    return [...state.settings.keys()].map((k) => this.getItem(k));
  }
  /** Sets or adds a setting; the value must survive JSON. */
  add(key: string, value: unknown): FakeSetting {
    const json = JSON.stringify(value);
    this.context.enqueue({
      bytes: ACTION_BYTES + utf8Bytes(key) + utf8Bytes(json),
      noUndo: true,
      run: () => {
        if (key.length > 255) throw new FakeOfficeError("InvalidArgument", "The key is too long.");
        if (this.context.host.behaviour.settingsPersist) this.context.state.settings.set(key, json);
      },
    });
    return this.getItem(key);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, () => {
      if (!this.context.state.settings.has(key)) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return { state: this.context.state, key };
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, () => (this.context.state.settings.has(key) ? { state: this.context.state, key } : null))._trackNull();
  }
}

export class FakeSetting extends Proxy<SettingTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<SettingTarget>) {
    super(ctx, resolve, "Setting");
  }
  protected scalars() {
    return {
      key: (t: SettingTarget) => t.key,
      value: (t: SettingTarget) => JSON.parse(t.state.settings.get(t.key) as string) as unknown,
    };
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(v: unknown) {
    const json = JSON.stringify(v);
    this.set("value", v, (t) => t.state.settings.set(t.key, json));
  }
  delete(): void {
    this.queueCall("delete", undefined, (t) => t.state.settings.delete(t.key));
  }
}

// ---------------------------------------------------------------- names

interface NamesTarget {
  names: Map<string, string>;
  /** The sheet of sheet-scoped names; null for the workbook's. */
  sheet: SheetState | null;
}

interface NameTarget extends NamesTarget {
  key: string;
}

/**
 * NamedItemCollection: names are saved with the file and survive closing and reopening (unlike
 * worksheet ids, office-js#1390). A formula given as text is in the machine's list separator
 * (office-js#2891: "=A1,A2" fails where ";" is the separator); `formula` reads back in English, with ",".
 */
export class FakeNamedItemCollection extends CollectionProxy<NamesTarget, FakeNamedItem> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<NamesTarget>) {
    super(ctx, resolve, "NamedItemCollection");
  }
  protected scalars() {
    return {};
  }
  _itemsOf(t: NamesTarget): FakeNamedItem[] {
    return [...t.names.keys()].map((k) => this.getItem(k));
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    void comment;
    this.queueCall("add", [name, typeof reference === "string" ? reference : "range"], (t) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeOfficeError("InvalidArgument", "The name is not valid.");
      if ([...t.names.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", "The resource being created already exists.");
      }
      let formula: string;
      if (typeof reference === "string") {
        if (!reference.startsWith("=")) throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        formula = `=${splitAreas(this.context, reference.slice(1)).join(",")}`;
      } else {
        const r = reference._resolve();
        if (!r) throw new FakeOfficeError("ItemNotFound", "The range does not exist.");
        const abs = areaA1(r.area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
        formula = `=${addressSheetName(r.sheet.name)}!${abs}`;
      }
      t.names.set(name, formula);
    });
    return this.getItem(name);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const t = this._resolve();
      const key = t ? [...t.names.keys()].find((k) => k.toLowerCase() === name.toLowerCase()) : undefined;
      if (!t || key === undefined) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return { ...t, key };
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const t = this._resolve();
      const key = t ? [...t.names.keys()].find((k) => k.toLowerCase() === name.toLowerCase()) : undefined;
      return t && key !== undefined ? { ...t, key } : null;
    })._trackNull();
  }
}

export class FakeNamedItem extends Proxy<NameTarget> {
  constructor(ctx: FakeRequestContext, resolve: Resolver<NameTarget>) {
    super(ctx, resolve, "NamedItem");
  }
  protected scalars() {
    return {
      name: (t: NameTarget) => t.key,
      formula: (t: NameTarget) => t.names.get(t.key) ?? "",
      scope: (t: NameTarget) => (t.sheet ? "Worksheet" : "Workbook"),
    };
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(v: string) {
    this.set("formula", v, (t) => t.names.set(t.key, `=${splitAreas(this.context, v.replace(/^=/, "")).join(",")}`));
  }
  delete(): void {
    this.queueCall("delete", undefined, (t) => t.names.delete(t.key));
  }
}
