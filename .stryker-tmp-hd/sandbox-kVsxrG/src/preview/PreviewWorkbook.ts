// @ts-nocheck
import type { HostProblem, Mark, MarkReport, WorkbookPort, WorkbookSettings } from "../app/WorkbookPort";
import { MemoryWorkbook } from "../adapters/memory/MemoryWorkbook";
import { sniffFormat } from "../adapters/xlsx/sniffFormat";
import type { CellInput } from "../domain/figures/Figure";
import { a1 } from "../domain/grid/address";
import type { CellEdit, CellRef, SheetGrid, WorkbookGrid } from "../domain/grid/Grid";
import type { SheetLayout } from "../domain/summary/SheetLayout";
import { typedValue } from "./typedValue";

export type FileFormat = "xlsx" | "xls";

/**
 * The browser preview's workbook: an .xlsx loaded from bytes, behind the same port as Excel.
 * The in-memory workbook holds the cells, the marks and the generated sheets' layouts; the
 * original bytes and the user's edits are kept so `save()` gives a real .xlsx: the original
 * file with the edits, the highlights (conditional formats) and the generated sheets.
 * Views subscribe to changes (`subscribe`, `version`) and to edits (`onEdit`).
 */
export class PreviewWorkbook implements WorkbookPort {
  private readonly memory: MemoryWorkbook;
  private readonly edits = new Map<string, CellEdit>();
  private readonly listeners = new Set<() => void>();
  private readonly editListeners = new Set<(edit: CellEdit) => void>();
  private selection: { ref: CellRef; seq: number } | null = null;
  /** Changes on every change of cells, marks, sheets or selection (for useSyncExternalStore). */
  version = 0;

  /** `grid` is what readWorkbookGrid read from `bytes`. */
  constructor(private readonly bytes: Uint8Array, grid: WorkbookGrid, readonly fileName: string, private readonly format: FileFormat) {
    this.memory = new MemoryWorkbook(grid);
  }

  /**
   * Reads a workbook file (.xlsx, or .xls, which is saved as .xlsx). Rejects with WorkbookReadError
   * (reason encrypted, not-a-workbook or corrupt) for anything else: the first bytes decide, since
   * SheetJS would read a text file as a one-sheet workbook. SheetJS is loaded here, so the page
   * shows before it arrives.
   */
  static async open(bytes: Uint8Array, fileName: string): Promise<PreviewWorkbook> {
    const { readWorkbookGrid, WorkbookReadError } = await import("../adapters/xlsx/readGrid");
    const format = sniffFormat(bytes);
    if (format === "encrypted") throw new WorkbookReadError("encrypted", `${fileName} is password-protected`);
    if (format === "unknown") throw new WorkbookReadError("not-a-workbook", `${fileName} is neither .xlsx nor .xls`);
    let grid: WorkbookGrid;
    try {
      grid = readWorkbookGrid(bytes);
    } catch (err) {
      // SheetJS throws plain errors for some damaged containers: still a damaged file.
      if (err instanceof WorkbookReadError) throw err;
      throw new WorkbookReadError("corrupt", err instanceof Error ? err.message : String(err));
    }
    return new PreviewWorkbook(bytes, grid, fileName, format);
  }

  get sheets(): readonly SheetGrid[] {
    return this.memory.sheets;
  }

  /** The generated sheet's layout (summary, district table) by sheet name, for its styles. */
  layoutOf(sheet: string): SheetLayout | undefined {
    return this.memory.layouts.get(sheet);
  }

  markAt(ref: CellRef): Mark | undefined {
    return this.memory.markAt(ref);
  }

  get markCount(): number {
    return this.memory.marks.size;
  }

  /** The cell the pane asked to select, with a sequence number so asking twice is seen twice. */
  get selected(): { ref: CellRef; seq: number } | null {
    return this.selection;
  }

  cellAt(ref: CellRef): CellInput | null {
    const sheet = this.memory.sheets.find((s) => s.name === ref.sheet);
    if (!sheet) return null;
    return sheet.rows[ref.row - sheet.originRow]?.[ref.col - sheet.originCol] ?? null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Edits a user typed, for the pane's quick re-check. */
  onEdit(listener: (edit: CellEdit) => void): () => void {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  // --- WorkbookPort ---------------------------------------------------------------------------

  readGrid(): Promise<WorkbookGrid> {
    return this.memory.readGrid();
  }

  async applyMarks(marks: Mark[]): Promise<MarkReport> {
    return this.changed(await this.memory.applyMarks(marks));
  }

  async clearMarks(): Promise<MarkReport> {
    return this.changed(await this.memory.clearMarks());
  }

  /** Writes a generated sheet and shows it from its top-left cell, as the Excel host does. */
  async writeSheet(layout: SheetLayout): Promise<{ name: string; problems: HostProblem[] }> {
    const out = await this.memory.writeSheet(layout);
    if (out.problems.length === 0) this.selection = { ref: { sheet: out.name, row: 0, col: 0 }, seq: (this.selection?.seq ?? 0) + 1 };
    return this.changed(out);
  }

  readSettings(): Promise<WorkbookSettings | null> {
    return this.memory.readSettings();
  }

  writeSettings(settings: WorkbookSettings): Promise<void> {
    return this.memory.writeSettings(settings);
  }

  // --- what the spreadsheet view does ---------------------------------------------------------

  /**
   * Sets a cell as a user typed it (see typedValue) and tells the edit listeners. Generated
   * sheets are rewritten by the tool, so they are not editable: returns null there.
   */
  typeInto(ref: CellRef, typed: string): CellEdit | null {
    const sheet = this.memory.sheets.find((s) => s.name === ref.sheet);
    if (!sheet || sheet.generated) return null;
    const edit = this.memory.setCell(ref, typedValue(typed));
    this.edits.set(`${ref.sheet}!${ref.row},${ref.col}`, edit);
    this.changed(null);
    for (const listener of this.editListeners) listener(edit);
    return edit;
  }

  select(ref: CellRef): void {
    this.selection = { ref, seq: (this.selection?.seq ?? 0) + 1 };
    this.changed(null);
  }

  /** Number of cells the user edited since the file was loaded. */
  get editCount(): number {
    return this.edits.size;
  }

  /**
   * The workbook as a new .xlsx: the original file (never modified) with the user's edits, the
   * current highlights as conditional formats and the generated sheets, written by the same
   * file adapter as the command line. exceljs is loaded only here, when a user downloads.
   */
  async save(): Promise<Uint8Array> {
    const [{ FileWorkbook }, { default: ExcelJS }] = await Promise.all([import("../adapters/xlsx/FileWorkbook"), import("exceljs")]);
    const file = new FileWorkbook(this.bytes, this.format);
    await file.applyMarks([...this.memory.marks.values()]);
    for (const [name, layout] of this.memory.layouts) await file.writeSheet({ ...layout, name });
    const written = await file.save();
    if (this.edits.size === 0) return written;

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    for (const { ref, cell } of this.edits.values()) {
      const ws = wb.getWorksheet(ref.sheet);
      if (!ws) continue;
      const target = ws.getCell(a1(ref.row, ref.col));
      target.value = cell.value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      else if (typeof cell.value !== "number" && target.numFmt?.includes("%")) target.numFmt = "General";
    }
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }

  private changed<T>(value: T): T {
    this.version++;
    for (const listener of this.listeners) listener();
    return value;
  }
}
