import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { MARK_TAG, markFormulaBody } from "../../app/marks";
import { VERDICT_COLOURS } from "../../domain/evaluation/verdictColours";
import { problem } from "../../domain/problems/Problem";
import type { HostProblem, Mark, MarkReport, WorkbookPort, WorkbookSettings } from "../../app/WorkbookPort";
import type { Verdict } from "../../domain/evaluation/Verdict";
import { a1, quoteSheet } from "../../domain/grid/address";
import type { WorkbookGrid } from "../../domain/grid/Grid";
import type { SheetLayout } from "../../domain/summary/SheetLayout";
import { drawLayout, pickSheetName } from "./drawLayout";
import { GENERATED_NAME, readWorkbookGrid } from "./readGrid";

export { MARK_TAG } from "../../app/marks";

/**
 * A workbook file behind the WorkbookPort: reads with SheetJS (.xlsx and .xls); writes a copy with
 * exceljs, adding highlights as conditional formats so every original value and style is kept.
 * The input bytes are never modified; `save()` returns the new file's bytes.
 */
export class FileWorkbook implements WorkbookPort {
  private grid: WorkbookGrid | null = null;
  private marks: Mark[] = [];
  private clear = false;
  private layouts: SheetLayout[] = [];
  private settings: WorkbookSettings | null = null;

  constructor(private readonly bytes: Uint8Array, private readonly format: "xlsx" | "xls") {}

  async readGrid(): Promise<WorkbookGrid> {
    if (!this.grid) this.grid = readWorkbookGrid(this.bytes);
    return this.grid;
  }

  async applyMarks(marks: Mark[]): Promise<MarkReport> {
    const grid = await this.readGrid();
    const problems: HostProblem[] = [];
    const protectedSheets = new Set(grid.sheets.filter((s) => s.protected).map((s) => s.name));
    // A file copy can be highlighted even where Excel protects the sheet (conditional formats are
    // not cell edits), but the user asked for protection: respect it and say so.
    this.marks = marks.filter((m) => !protectedSheets.has(m.ref.sheet));
    for (const name of protectedSheets) if (marks.some((m) => m.ref.sheet === name)) problems.push(problem("host/protected-sheet", {}, { sheet: name }));
    this.clear = false;
    return { applied: this.marks.length, problems };
  }

  async clearMarks(): Promise<MarkReport> {
    const n = this.marks.length;
    this.marks = [];
    this.clear = true;
    return { applied: n, problems: [] };
  }

  async writeSheet(layout: SheetLayout): Promise<{ name: string; problems: HostProblem[] }> {
    const grid = await this.readGrid();
    const own = grid.sheets.filter((s) => s.generated).map((s) => s.name);
    const name = pickSheetName(grid.sheets.map((s) => s.name), layout.name, own);
    this.layouts = this.layouts.filter((l) => l.name !== layout.name).concat([{ ...layout, name }]);
    return { name, problems: [] };
  }

  async readSettings(): Promise<WorkbookSettings | null> {
    return this.settings;
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    this.settings = settings;
  }

  /** Builds the output .xlsx: the original workbook, our highlights, our generated sheets. */
  async save(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const bytes = await this.xlsxBytes();
    // exceljs accepts an ArrayBuffer (JSZip underneath), in Node and in the browser.
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as unknown as ExcelJS.Buffer);
    for (const ws of wb.worksheets) removeOwnFormats(ws);
    if (!this.clear) addMarks(wb, this.marks);

    const generated = new Set<string>(existingGenerated(wb));
    for (const layout of this.layouts) {
      const old = wb.getWorksheet(layout.name);
      if (old && generated.has(layout.name)) wb.removeWorksheet(old.id);
      drawLayout(wb, layout, layout.name);
      generated.add(layout.name);
    }
    if (generated.size > 0) {
      try {
        wb.definedNames.remove(`${quoteSheet([...generated][0])}!$A$1`, GENERATED_NAME);
      } catch {
        // not present yet
      }
      for (const name of generated) if (wb.getWorksheet(name)) wb.definedNames.add(`${quoteSheet(name)}!$A$1`, GENERATED_NAME);
    }
    const out = await wb.xlsx.writeBuffer();
    return new Uint8Array(out as ArrayBuffer);
  }

  private async xlsxBytes(): Promise<Uint8Array> {
    if (this.format === "xlsx") return this.bytes;
    // .xls: convert through SheetJS to .xlsx first (values, formats and merges survive; styles of
    // legacy files only in part, which the CLI says).
    const wb = XLSX.read(this.bytes, { type: "array", cellNF: true, cellStyles: true });
    return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
  }
}

function existingGenerated(wb: ExcelJS.Workbook): string[] {
  const ranges = (wb.definedNames as unknown as { getRanges(name: string): { ranges: string[] } }).getRanges(GENERATED_NAME);
  return (ranges?.ranges ?? []).map((r) => /^'?((?:[^']|'')+?)'?!/.exec(r)?.[1]?.replace(/''/g, "'") ?? "").filter(Boolean);
}

function removeOwnFormats(ws: ExcelJS.Worksheet): void {
  const cfs = (ws as unknown as { conditionalFormattings?: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
  if (!cfs) return;
  const kept = cfs
    .map((cf) => ({ ...cf, rules: cf.rules.filter((r) => !(r.formulae ?? []).some((f) => f.includes(MARK_TAG))) }))
    .filter((cf) => cf.rules.length > 0);
  cfs.splice(0, cfs.length, ...kept);
}

function addMarks(wb: ExcelJS.Workbook, marks: Mark[]): void {
  const bySheet = new Map<string, Map<Verdict, string[]>>();
  for (const m of marks) {
    const perVerdict = bySheet.get(m.ref.sheet) ?? new Map<Verdict, string[]>();
    bySheet.set(m.ref.sheet, perVerdict);
    const list = perVerdict.get(m.verdict) ?? [];
    list.push(a1(m.ref.row, m.ref.col));
    perVerdict.set(m.verdict, list);
  }
  for (const [sheetName, perVerdict] of bySheet) {
    const ws = wb.getWorksheet(sheetName);
    if (!ws) continue;
    for (const [verdict, cells] of perVerdict) {
      const c = VERDICT_COLOURS[verdict];
      ws.addConditionalFormatting({
        ref: cells.join(" "),
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [markFormulaBody(verdict)],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${c.fill}` } },
              font: { color: { argb: `FF${c.font}` } },
            },
          },
        ],
      });
    }
  }
}
