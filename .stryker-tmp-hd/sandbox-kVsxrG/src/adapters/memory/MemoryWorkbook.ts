// @ts-nocheck
import { problem } from "../../domain/problems/Problem";
import type { HostProblem, Mark, MarkReport, WorkbookPort, WorkbookSettings } from "../../app/WorkbookPort";
import type { CellInput } from "../../domain/figures/Figure";
import type { CellRef, SheetGrid, WorkbookGrid } from "../../domain/grid/Grid";
import type { SheetLayout } from "../../domain/summary/SheetLayout";
import { pickSheetName } from "../../domain/summary/sheetName";

/**
 * An in-memory workbook behind the same port as Excel: for tests and the browser preview.
 * Marks are kept apart from the cells, so values and the user's formats are never touched.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: SheetGrid[];
  /** Current marks by "sheet!row,col". */
  readonly marks = new Map<string, Mark>();
  /** Generated sheets' layouts, by sheet name. */
  readonly layouts = new Map<string, SheetLayout>();
  private settings: WorkbookSettings | null = null;
  /** Read calls, for tests that assert no full re-read on quick re-check. */
  readCount = 0;

  constructor(grid: WorkbookGrid) {
    this.sheets = grid.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  }

  async readGrid(): Promise<WorkbookGrid> {
    this.readCount++;
    return { sheets: this.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) })) };
  }

  async applyMarks(marks: Mark[]): Promise<MarkReport> {
    this.marks.clear();
    const problems: HostProblem[] = [];
    const protectedSeen = new Set<string>();
    let applied = 0;
    for (const m of marks) {
      const sheet = this.sheets.find((s) => s.name === m.ref.sheet);
      if (!sheet) {
        problems.push(problem("host/not-found", {}, { sheet: m.ref.sheet }));
        continue;
      }
      if (sheet.protected) {
        if (!protectedSeen.has(sheet.name)) problems.push(problem("host/protected-sheet", {}, { sheet: sheet.name }));
        protectedSeen.add(sheet.name);
        continue;
      }
      this.marks.set(key(m.ref), m);
      applied++;
    }
    return { applied, problems };
  }

  async clearMarks(): Promise<MarkReport> {
    const applied = this.marks.size;
    this.marks.clear();
    return { applied, problems: [] };
  }

  async writeSheet(layout: SheetLayout): Promise<{ name: string; problems: HostProblem[] }> {
    const name = pickSheetName(
      this.sheets.map((s) => s.name),
      layout.name,
      this.sheets.filter((s) => s.generated).map((s) => s.name),
    );
    const own = this.sheets.find((s) => s.name === name);
    const maxRow = layout.cells.reduce((m, c) => Math.max(m, c.row), -1);
    const maxCol = layout.cells.reduce((m, c) => Math.max(m, c.col), -1);
    const rows: (CellInput | null)[][] = Array.from({ length: maxRow + 1 }, () => Array(maxCol + 1).fill(null));
    for (const c of layout.cells) rows[c.row][c.col] = c.value === null ? null : { value: c.value };
    const sheet: SheetGrid = { name, originRow: 0, originCol: 0, rows, merges: layout.merges, generated: true };
    if (own) this.sheets[this.sheets.indexOf(own)] = sheet;
    else this.sheets.push(sheet);
    this.layouts.set(name, layout);
    return { name, problems: [] };
  }

  async readSettings(): Promise<WorkbookSettings | null> {
    return this.settings ? { ...this.settings } : null;
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    this.settings = { ...settings };
  }

  /** Sets a cell as a user would type it; returns the edit to pass to a quick re-check. */
  setCell(ref: CellRef, cell: CellInput): { ref: CellRef; cell: CellInput } {
    const sheet = this.sheets.find((s) => s.name === ref.sheet);
    if (!sheet) throw new Error(`no sheet ${ref.sheet}`);
    const i = ref.row - sheet.originRow;
    const j = ref.col - sheet.originCol;
    while (sheet.rows.length <= i) sheet.rows.push([]);
    const row = sheet.rows[i];
    while (row.length <= j) row.push(null);
    row[j] = cell;
    return { ref, cell };
  }

  markAt(ref: CellRef): Mark | undefined {
    return this.marks.get(key(ref));
  }
}

function key(r: CellRef): string {
  return `${r.sheet}!${r.row},${r.col}`;
}
