// @ts-nocheck
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { problem } from "../../domain/problems/Problem";
import type { HostProblem, Mark, MarkReport, WorkbookPort, WorkbookSettings } from "../../app/WorkbookPort";
import type { Verdict } from "../../domain/evaluation/Verdict";
import { a1 } from "../../domain/grid/address";
import type { WorkbookGrid } from "../../domain/grid/Grid";
import type { SheetLayout } from "../../domain/summary/SheetLayout";
import { drawLayout, pickSheetName } from "./drawLayout";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import { attributes, openPackage, unescapeXml } from "./ooxml";
import { writePatchedCopy, type CopyOutcome, type CopyPlan, type DrawnSheet } from "./patchCopy";
import { inspectSheets } from "./workbookParts";
import { GENERATED_NAME, readWorkbookGrid, WorkbookReadError } from "./readGrid";
import { pakoDeflate, type Deflate } from "./zip";

export { MARK_TAG } from "../../app/marks";

/**
 * A workbook file behind the WorkbookPort: reads with SheetJS (.xlsx and .xls); writes a copy by
 * patching the original zip (highlights as conditional formats, the summary sheet as new parts),
 * so every part it does not change is kept byte for byte.
 * The input bytes are never modified; `save()` returns the new file's bytes.
 */
export class FileWorkbook implements WorkbookPort {
  private grid: WorkbookGrid | null = null;
  private sheetInfo: { name: string; protected: boolean; generated: boolean }[] | null = null;
  private marks: Mark[] = [];
  private clear = false;
  private layouts: SheetLayout[] = [];
  private settings: WorkbookSettings | null = null;

  private converted: Uint8Array | null = null;

  /**
   * `limits` are checked before anything is inflated; `deflate` compresses the rewritten parts
   * (Node passes its native zlib, the browser keeps pako).
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly format: "xlsx" | "xls",
    private readonly limits: ReadLimits = DEFAULT_READ_LIMITS,
    private readonly deflate: Deflate = pakoDeflate,
  ) {}

  async readGrid(): Promise<WorkbookGrid> {
    if (!this.grid) {
      const grid = readWorkbookGrid(this.bytes, this.limits);
      // SheetJS does not read sheet protection from .xlsx: the package says it.
      if (this.format === "xlsx") {
        const { protectedSheets, damaged } = inspectSheets(openPackage(this.bytes));
        if (damaged) throw new WorkbookReadError("corrupt", `sheet “${damaged.sheet}” (${damaged.part}) is cut short or damaged`);
        for (const s of grid.sheets) if (protectedSheets.has(s.name)) s.protected = true;
      }
      this.grid = grid;
      this.sheetInfo = grid.sheets.map((s) => ({ name: s.name, protected: !!s.protected, generated: !!s.generated }));
    }
    return this.grid;
  }

  /**
   * Lets the cells go once the check has them (a 1,000,000-row grid is most of the memory);
   * writing the copy needs only the sheets' names and protection. Reading again re-reads.
   */
  releaseGrid(): void {
    this.grid = null;
  }

  private async sheets(): Promise<{ name: string; protected: boolean; generated: boolean }[]> {
    if (!this.sheetInfo) await this.readGrid();
    return this.sheetInfo!;
  }

  async applyMarks(marks: Mark[]): Promise<MarkReport> {
    const problems: HostProblem[] = [];
    const protectedSheets = new Set((await this.sheets()).filter((s) => s.protected).map((s) => s.name));
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
    const sheets = await this.sheets();
    const own = sheets.filter((s) => s.generated).map((s) => s.name);
    const name = pickSheetName(sheets.map((s) => s.name), layout.name, own);
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
    return (await this.saveCopy()).bytes;
  }

  /**
   * Builds the copy by patching the original zip (see patchCopy): every part the tool does not
   * change is carried over byte for byte. Returns the bytes and what changed, for verifyCopy.
   */
  async saveCopy(): Promise<SavedCopy> {
    const info = await this.sheets();
    const source = await this.xlsxBytes();
    const pkg = openPackage(source);
    const marks = new Map<string, Map<Verdict, string[]>>();
    if (!this.clear) {
      for (const m of this.marks) {
        const perVerdict = marks.get(m.ref.sheet) ?? new Map<Verdict, string[]>();
        marks.set(m.ref.sheet, perVerdict);
        const list = perVerdict.get(m.verdict) ?? [];
        list.push(a1(m.ref.row, m.ref.col));
        perVerdict.set(m.verdict, list);
      }
    }
    const sheets: CopyPlan["sheets"] = [];
    for (const layout of this.layouts) sheets.push({ name: layout.name, drawn: await drawAlone(layout) });
    const plan: CopyPlan = {
      marks,
      untouchable: new Set(info.filter((s) => s.protected).map((s) => s.name)),
      sheets,
      generatedName: GENERATED_NAME,
    };
    const outcome = writePatchedCopy(pkg, plan, this.deflate);
    return { ...outcome, source, convertedFrom: this.format === "xls" ? this.bytes : null, generatedSheets: sheets.map((s) => s.name) };
  }

  private async xlsxBytes(): Promise<Uint8Array> {
    if (this.format === "xlsx") return this.bytes;
    if (!this.converted) {
      // .xls: convert through SheetJS to .xlsx first (values, formulas, formats and merges
      // survive; styles of legacy files only in part, which the CLI says).
      const wb = XLSX.read(this.bytes, { type: "array", cellNF: true, cellStyles: true });
      this.converted = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    }
    return this.converted;
  }
}

/** What saveCopy wrote and from what, so the copy can be verified before it is reported written. */
export interface SavedCopy extends CopyOutcome {
  /** The .xlsx the copy was patched from (the input, or the input .xls converted). */
  source: Uint8Array;
  /** The original .xls bytes when the input was converted. */
  convertedFrom: Uint8Array | null;
  generatedSheets: string[];
}

/** A generated sheet drawn alone with exceljs (the layout drawn exactly as before), as parts. */
async function drawAlone(layout: SheetLayout): Promise<DrawnSheet> {
  const wb = new ExcelJS.Workbook();
  drawLayout(wb, layout, layout.name);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const pkg = openPackage(bytes);
  const sheet = pkg.sheets[0];
  const workbook = pkg.text(pkg.workbookPart);
  const definedNames = [...workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => ({ name: attributes(`<x ${m[1]}>`).name ?? "", value: unescapeXml(m[2]) }));
  return {
    sheetXml: pkg.text(sheet.part),
    stylesXml: pkg.text("xl/styles.xml"),
    sharedStringsXml: pkg.has("xl/sharedStrings.xml") ? pkg.text("xl/sharedStrings.xml") : null,
    definedNames,
  };
}

