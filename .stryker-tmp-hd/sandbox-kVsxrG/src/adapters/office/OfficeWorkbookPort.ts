/**
 * WorkbookPort on the Excel JavaScript API (Office.js): the only place that calls Excel.*.
 * Excel.run is injected, so tests drive this adapter through tests/fakes/excel. The work is split
 * along its seams: readWorkbook.ts (read), marks.ts (marks), drawSheet.ts (draw), settings.ts
 * (settings), ownSheets.ts (which sheets are ours, the list separator).
 *
 * Requirement sets used (the manifest must declare ExcelApi 1.13; 1.14 and 1.20 are used when present):
 *   ExcelApi 1.1  Range.values/numberFormat/text/format, worksheets, Range.merge, getRangeByIndexes
 *   ExcelApi 1.2  Worksheet.protection.protected; getUsedRange(valuesOnly)
 *   ExcelApi 1.3  Range.getVisibleView (hidden rows, in the same sync as values)
 *   ExcelApi 1.4  workbook.settings, *OrNullObject methods, Worksheet.names (sheet-scoped names)
 *   ExcelApi 1.5  worksheets.getFirst (the list-separator probe)
 *   ExcelApi 1.6  conditionalFormats (custom formula rules = our marks), suspendApiCalculationUntilNextSync
 *   ExcelApi 1.7  Range.getResizedRange, NamedItem.formula
 *   ExcelApi 1.8  runtime.enableEvents, worksheets.onCalculated
 *   ExcelApi 1.9  Worksheet.getRanges / RangeAreas, pageLayout, worksheets.onChanged
 *   ExcelApi 1.13 Range.getMergedAreasOrNullObject
 *   ExcelApi 1.14 WorksheetChangedEventArgs.triggerSource (optional)
 *   ExcelApi 1.20 RunOptions.mergeUndoGroup (optional): an automatic re-mark is one undo step.
 *
 * Every call goes through one queue (batches never interleave). Round trips, measured through
 * the fake (bench/office.bench.ts): a whole check 3 syncs (read 2, marks and settings 1), a
 * re-check after an edit 2 (reading the edit with our marks' listing 1, re-marking only the
 * sheets whose marks changed 1); more only for sheets past ~2,000 rows or when a sync fails.
 */
// @ts-nocheck

import type { HostProblem, Mark, MarkReport, WorkbookPort, WorkbookSettings } from "../../app/WorkbookPort";
import type { CellRef, WorkbookGrid } from "../../domain/grid/Grid";
import { a1 } from "../../domain/grid/address";
import type { SheetLayout } from "../../domain/summary/SheetLayout";
import { cleanSheetName } from "../../domain/summary/sheetName";
import { chooseSheet, drawLayout } from "./drawSheet";
import { runBatch, serialRun, type ExcelRun } from "./excelRun";
import { OfficeHostError, officeErrorCode, toHostProblem } from "./hostProblem";
import { problem } from "../../domain/problems/Problem";
import { expectedFormulas, planKey, planMarks, queueMarkList, queueSheetMarks, type SheetMarks, type SheetPlan } from "./marks";
import { GENERATED_NAME, queueMarkAsOurs, separatorState, type SeparatorState } from "./ownSheets";
import { readWorkbook, syncWithProbe } from "./readWorkbook";
import type { ReadBudget } from "./readBlocks";
import { queueSettingsRead, queueSettingsWrite } from "./settings";

export interface OfficePortOptions {
  /**
   * Wait for the user to leave cell-edit mode instead of failing (default true). With false, a
   * batch met in edit mode fails and is reported as "cell-edit-mode".
   */
  delayForCellEdit?: boolean;
  /** Estimated payload per sync, bytes (default 4,000,000: under the 5 MB limit of Excel on the web). */
  bytesPerSync?: number;
  /** Estimated response bytes per cell for values + numberFormat + text (default 48; measured on the first rows). */
  bytesPerCell?: number;
  /** Longest getRanges address string (default 2,000 characters). */
  maxAddressChars?: number;
  /** The host has ExcelApi 1.20: batches that write merge into one undo step (mergeUndoGroup). */
  undoGroup?: boolean;
  /** First guess of the list separator (the host's locale); probed once per session anyway. */
  listSeparatorGuess?: "," | ";";
}

export class OfficeWorkbookPort implements WorkbookPort {
  /** Excel.run through this port's queue: for everything else that talks to Excel (edit events). */
  readonly run: ExcelRun;
  private readonly readOptions: Excel.RunOptions;
  private readonly writeOptions: Excel.RunOptions;
  private readonly budget: ReadBudget;
  private readonly maxAddressChars: number;
  private readonly separator: SeparatorState;
  /** Our marks per sheet (lower-case name) as last listed; `fresh` until a mark batch uses it. */
  private marks: Map<string, SheetMarks> | null = null;
  private marksFresh = false;
  /** Session ids of our generated sheets. */
  private ownSheetIds: Set<string> | null = null;

  constructor(run: ExcelRun, options: OfficePortOptions = {}) {
    this.run = serialRun(run);
    this.readOptions = { delayForCellEdit: options.delayForCellEdit ?? true };
    this.writeOptions = options.undoGroup ? { ...this.readOptions, mergeUndoGroup: true } : this.readOptions;
    this.budget = { bytesPerSync: options.bytesPerSync ?? 4_000_000, bytesPerCell: options.bytesPerCell ?? 48 };
    this.maxAddressChars = options.maxAddressChars ?? 2000;
    this.separator = separatorState(options.listSeparatorGuess);
  }

  /** The settings read with the last readGrid (null: none saved), so a check needs no extra sync. */
  lastReadSettings: WorkbookSettings | null = null;

  async readGrid(): Promise<WorkbookGrid> {
    return runBatch(this.run, this.readOptions, async (ctx) => {
      const read = await readWorkbook(ctx, this.budget, this.separator);
      this.rememberMarks(read.marks);
      this.ownSheetIds = read.ownSheetIds;
      this.lastReadSettings = read.settings;
      return read.grid;
    });
  }

  async applyMarks(marks: Mark[]): Promise<MarkReport> {
    return (await this.applyMarksAndSaveSettings(marks, null)).report;
  }

  /** Removes only this tool's conditional formats; `applied` counts the formats removed. */
  async clearMarks(): Promise<MarkReport> {
    this.marksFresh = false;
    let removed = 0;
    const { report } = await this.mark([], null, (sm) => (removed += sm.ours.length));
    return { applied: report.problems.length > 0 && removed === 0 ? 0 : removed, problems: report.problems };
  }

  /**
   * Marks and settings in one round trip (after readGrid): our marks are replaced only on sheets
   * whose marks changed; the settings are written and read back in the same sync. A settings
   * problem is returned beside the marks, never in place of them.
   */
  async applyMarksAndSaveSettings(marks: Mark[], settings: WorkbookSettings | null): Promise<{ report: MarkReport; settingsProblem: HostProblem | null }> {
    return this.mark(marks, settings);
  }

  private async mark(marks: Mark[], settings: WorkbookSettings | null, onRemove?: (sm: SheetMarks) => void) {
    const plan = planMarks(marks);
    const problems: HostProblem[] = [];
    let settingsProblem: HostProblem | null = null;
    let applied = 0;
    try {
      await this.run(this.writeOptions, async (ctx) => {
        if (!this.marks || !this.marksFresh) await this.listMarks(ctx);
        this.marksFresh = false;
        const listing = this.marks!;
        for (const [key, entry] of plan) if (!listing.has(key)) problems.push(problem("host/not-found", {}, { sheet: entry.name }));

        const todo: { key: string; sm: SheetMarks; entry: SheetPlan | undefined; want: string }[] = [];
        for (const [key, sm] of listing) {
          const entry = plan.get(key);
          const want = planKey(entry);
          if (sm.protected) {
            if (sm.ours.length > 0 || entry) problems.push(problem("host/protected-sheet", {}, { sheet: sm.sheet }));
            continue;
          }
          const unchanged = sm.applied !== undefined ? sm.applied === want : want === "" && sm.ours.length === 0;
          if (unchanged) applied += entry?.count ?? 0;
          else todo.push({ key, sm, entry, want });
        }
        if (todo.length === 0 && !settings) return;

        const sep = this.separator.value ?? null;
        const lists = todo.map(({ sm, entry }) => {
          const ws = ctx.workbook.worksheets.getItem(sm.sheet);
          const n = queueSheetMarks(ws, sm.ours, entry, sep, this.maxAddressChars);
          return { n, list: queueMarkList(ws) };
        });
        const settingsCheck = settings ? queueSettingsWrite(ctx, settings) : null;
        try {
          await ctx.sync();
          todo.forEach(({ sm, want, entry }, i) => {
            onRemove?.(sm);
            applied += lists[i].n;
            this.afterMarking(sm, lists[i].list(), want, entry, sep);
          });
          settingsProblem = settingsCheck ? settingsCheck() : null;
        } catch (error) {
          if (toHostProblem(error).code === "host/cell-edit-mode") throw error;
          // Some of the batch may have run: each sheet again on its own, from a fresh listing, so
          // one sheet with an odd rule or a lock does not keep the others unmarked.
          for (const { sm, entry, want } of todo) {
            try {
              const ws = ctx.workbook.worksheets.getItem(sm.sheet);
              const before = queueMarkList(ws);
              await ctx.sync();
              const ours = before();
              onRemove?.({ ...sm, ours });
              const n = queueSheetMarks(ws, ours, entry, sep, this.maxAddressChars);
              const after = queueMarkList(ws);
              await ctx.sync();
              applied += n;
              this.afterMarking(sm, after(), want, entry, sep);
            } catch (sheetError) {
              if (toHostProblem(sheetError).code === "host/cell-edit-mode") throw sheetError;
              sm.applied = undefined;
              problems.push(toHostProblem(sheetError, sm.sheet));
            }
          }
          if (settings) {
            try {
              const check = queueSettingsWrite(ctx, settings);
              await ctx.sync();
              settingsProblem = check();
            } catch (settingsError) {
              const detail = officeErrorCode(settingsError);
              settingsProblem = problem("host/settings-not-saved", detail ? { detail } : {});
            }
          }
        }
      });
    } catch (error) {
      this.marksFresh = false;
      return { report: { applied: 0, problems: [...problems, toHostProblem(error)] }, settingsProblem };
    }
    return { report: { applied, problems }, settingsProblem };
  }

  /** After a sheet was marked: its new listing, and what is drawn there while the listing matches. */
  private afterMarking(sm: SheetMarks, ours: SheetMarks["ours"], want: string, entry: SheetPlan | undefined, sep: SeparatorState["value"]): void {
    sm.ours = ours;
    const expected = expectedFormulas(entry, sep ?? null, this.maxAddressChars);
    sm.applied = ours.length === expected.length && ours.every((o, i) => o.formula.toLowerCase() === expected[i].toLowerCase()) ? want : undefined;
  }

  /** Lists every sheet and our marks on it (2 syncs); the separator is probed on the way. */
  private async listMarks(ctx: Excel.RequestContext): Promise<void> {
    const collection = await syncWithProbe(ctx, this.separator, () => {
      const c = ctx.workbook.worksheets;
      c.load("items/name,items/protection/protected");
      return c;
    });
    const lists = collection.items.map((ws) => ({ ws, list: queueMarkList(ws) }));
    await ctx.sync();
    this.rememberMarks(new Map(lists.map(({ ws, list }) => [ws.name.toLowerCase(), { sheet: ws.name, protected: ws.protection.protected, ours: list() }])));
  }

  /** Keeps a new listing; what we drew stays known where the listing of ours did not change. */
  private rememberMarks(next: Map<string, SheetMarks>): void {
    for (const [key, sm] of next) {
      const old = this.marks?.get(key);
      if (old?.applied !== undefined && old.ours.length === sm.ours.length && old.ours.every((o, i) => o.formula === sm.ours[i].formula)) {
        sm.applied = old.applied;
      }
    }
    this.marks = next;
    this.marksFresh = true;
  }

  /**
   * For a batch that reads an edit: queues listing our marks on the sheets that have some, so the
   * re-mark that follows needs no read of its own. Call the result after the sync.
   */
  queueMarksRefresh(ctx: Excel.RequestContext): () => void {
    if (!this.marks) return () => undefined;
    const pending = [...this.marks.values()].map((sm) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(sm.sheet);
      ws.load("name,protection/protected");
      return { sm, ws, list: queueMarkList(ws) };
    });
    return () => {
      const next = new Map<string, SheetMarks>();
      for (const { sm, ws, list } of pending) {
        if (ws.isNullObject) continue;
        next.set(ws.name.toLowerCase(), { sheet: ws.name, protected: ws.protection.protected, ours: list(), applied: sm.applied });
      }
      this.rememberMarks(next);
    };
  }

  /**
   * Writes a generated sheet: reuses only a sheet of ours (known by our sheet-scoped name), never
   * a user's; the new sheet gets our name, is activated and shown from its top-left cell.
   */
  async writeSheet(layout: SheetLayout): Promise<{ name: string; problems: HostProblem[] }> {
    let name = cleanSheetName(layout.name);
    let eventsWere: boolean | null = null;
    try {
      return await this.run(this.writeOptions, async (ctx) => {
        // Sync 1: sheet names and ids, the events switch (and the separator, once).
        const collection = await syncWithProbe(ctx, this.separator, () => {
          const c = ctx.workbook.worksheets;
          c.load("items/id,items/name");
          ctx.runtime.load("enableEvents");
          return c;
        });
        const existing = collection.items.map((s) => ({ id: s.id, name: s.name }));
        if (!this.ownSheetIds) {
          // No check yet in this session: our sheet-scoped names tell (one more sync).
          const own = collection.items.map((ws) => ws.names.getItemOrNullObject(GENERATED_NAME));
          await ctx.sync();
          this.ownSheetIds = new Set(collection.items.filter((_, i) => !own[i].isNullObject).map((ws) => ws.id));
        }
        const choice = chooseSheet(existing, this.ownSheetIds, layout.name);
        name = choice.name;

        // Sync 2: create or clear, draw everything, show it from the top.
        eventsWere = ctx.runtime.enableEvents;
        ctx.runtime.enableEvents = false;
        ctx.workbook.application.suspendApiCalculationUntilNextSync();
        const ws = choice.reuseId ? collection.getItem(choice.reuseId) : collection.add(choice.name);
        if (choice.reuseId) {
          const all = ws.getRange();
          all.conditionalFormats.clearAll();
          all.unmerge();
          all.clear("All");
        } else {
          queueMarkAsOurs(ws);
        }
        drawLayout(ws, layout, this.separator.value ?? null);
        ws.activate();
        ws.getRange("A1").select();
        ctx.runtime.enableEvents = eventsWere;
        ws.load("id");
        await ctx.sync();
        eventsWere = null;
        this.ownSheetIds.add(ws.id);
        return { name: choice.name, problems: [] };
      });
    } catch (error) {
      if (eventsWere !== null) await this.restoreEvents(eventsWere);
      return { name, problems: [toHostProblem(error, name)] };
    }
  }

  private async restoreEvents(value: boolean): Promise<void> {
    try {
      await this.run(this.readOptions, async (ctx) => {
        ctx.runtime.enableEvents = value;
        await ctx.sync();
      });
    } catch {
      // Nothing more can be done from here; Excel resets the switch when the add-in reloads.
    }
  }

  async readSettings(): Promise<WorkbookSettings | null> {
    return runBatch(this.run, this.readOptions, async (ctx) => {
      const read = queueSettingsRead(ctx);
      await ctx.sync();
      return read();
    });
  }

  /** Writes and reads back in the same sync; a value that did not stick is an OfficeHostError. */
  async writeSettings(settings: WorkbookSettings): Promise<void> {
    await runBatch(this.run, this.readOptions, async (ctx) => {
      const check = queueSettingsWrite(ctx, settings);
      await ctx.sync();
      const problem = check();
      if (problem) throw new OfficeHostError(problem);
    });
  }

  /**
   * Shows an indicator's cell: activates its sheet and selects the cell. A hidden sheet cannot be
   * activated, so it is made visible first; `wasHidden` lets the pane say so.
   */
  async selectCell(ref: CellRef): Promise<{ wasHidden: boolean }> {
    const cell = a1(ref.row, ref.col);
    try {
      return await this.run(this.readOptions, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(ref.sheet);
        ws.load("visibility");
        await ctx.sync();
        const wasHidden = ws.visibility !== "Visible";
        if (wasHidden) ws.visibility = "Visible";
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
        return { wasHidden };
      });
    } catch (err) {
      // A sheet renamed or deleted since the check: say which cell could not be reached.
      const p = toHostProblem(err, ref.sheet);
      throw new OfficeHostError({ ...p, at: { ...p.at, cell: ref } });
    }
  }
}
