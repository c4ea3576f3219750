// @ts-nocheck
import { findProvince } from "../domain/definitions/provinces";
import { getSet } from "../domain/definitions/builtIn";
import type { CheckOptions, ContextProblem } from "../domain/evaluation/context";
import { evaluate, type EvaluationContext } from "../domain/evaluation/evaluate";
import type { CommuneResult } from "../domain/evaluation/CommuneResult";
import { applyEdits, type Detection } from "../domain/grid/findIndicators";
import type { CellEdit } from "../domain/grid/Grid";
import type { ReadingMap } from "../domain/grid/ReadingMap";
import { sheetColumns, type SheetColumns } from "../domain/grid/sheetColumns";
import { reasonText } from "../domain/messages";
import type { Lang } from "../domain/messages/Lang";
import { problem, type Problem } from "../domain/problems/Problem";
import { buildReportParagraph } from "../domain/summary/reportParagraph";
import type { HostProblem, Mark, MarkReport, WorkbookPort } from "./WorkbookPort";
import { CheckOptionsError, judgeWorkbook, validateOptions } from "./judgeWorkbook";
import { isFormulaLike } from "../domain/messages/safeName";
import type { DefinitionsSheetReading } from "../domain/definitions/definitionsSheet";
import { DEFINITIONS_WORDS } from "../domain/messages/definitionsSheetWords";

/**
 * Names from the title block that look like formulas ("=cmd|' /c Calc'!a") are dropped from the
 * result and the detection, so they are never shown as the commune nor written into a sheet.
 * Returns the refused commune text, if any.
 */
export function guardNames(result: CommuneResult, detection: Detection): string | null {
  let refused: string | null = null;
  if (result.commune !== null && isFormulaLike(result.commune)) {
    refused = result.commune;
    result.commune = null;
  }
  if (detection.commune && isFormulaLike(detection.commune)) detection.commune = null;
  if (detection.district && isFormulaLike(detection.district)) detection.district = null;
  if (detection.provinceText && isFormulaLike(detection.provinceText)) detection.provinceText = null;
  return refused;
}


export interface CheckOutcome {
  result: CommuneResult;
  markReport: MarkReport;
  /**
   * What the user should be told besides the findings (those are in `result.findings`): problems
   * with the options (a province spanning regions) and the host's (a protected sheet), as data.
   */
  problems: Problem[];
  /** What was read from each sheet, and the sheets' columns (the pane's "Bảng đã đọc" and column picker). */
  reading: WorkbookReading;
}

export interface WorkbookReading {
  map: ReadingMap;
  sheets: SheetColumns[];
}

export { CheckOptionsError };

/** Marks for every indicator found in the workbook: one per figure cell (or code cell when the table has no figure column). */
export function marksFor(result: CommuneResult, lang: Lang = "vi"): Mark[] {
  const marks: Mark[] = [];
  for (const c of result.criteria) {
    for (const ind of c.indicators) {
      if (!ind.cellRef) continue;
      marks.push({ ref: ind.cellRef, verdict: ind.verdict, note: reasonText(ind, lang) });
    }
  }
  return marks;
}

/**
 * The add-in's and the preview's use case: check a workbook through its port, keep what was
 * detected so an edited figure is re-judged without re-reading the workbook.
 */
export class CheckSession {
  private detection: Detection | null = null;
  private ctx: EvaluationContext | null = null;
  private result: CommuneResult | null = null;
  private contextProblems: ContextProblem[] = [];
  /** The workbook's definitions sheet as last read. */
  private definitions: DefinitionsSheetReading | null = null;
  /** A title-block name refused because it looks like a formula. */
  private suspectName: string | null = null;
  private columns: SheetColumns[] = [];

  constructor(private readonly port: WorkbookPort, public lang: Lang = "vi") {}

  get lastResult(): CommuneResult | null {
    return this.result;
  }

  /** The last check's reading map, or null before any check. */
  get readingMap(): ReadingMap | null {
    return this.detection?.map ?? null;
  }

  /** Reads every sheet, judges every indicator, highlights the cells. */
  async check(options: CheckOptions, onProgress?: (fraction: number, step: string) => void): Promise<CheckOutcome> {
    validateOptions(options);
    onProgress?.(0.1, "read");
    const judged = await judgeWorkbook(this.port, options, () => onProgress?.(0.5, "evaluate"));
    this.ctx = judged.ctx;
    this.contextProblems = judged.problems;
    this.detection = judged.detection;
    this.definitions = judged.definitions ?? null;
    this.result = judged.result;
    this.suspectName = guardNames(this.result, this.detection);
    // The used columns are listed for the column picker; the grid itself is not kept.
    this.columns = sheetColumns(judged.grid, judged.detection.map);
    onProgress?.(0.7, "mark");
    const settings = {
      setId: options.setId ?? "auto",
      group: options.group ?? null,
      province: options.province,
      region: options.region,
      disadvantaged: options.disadvantaged,
      overlayJson: options.overlayJson,
      ...(options.columns ? { columns: options.columns } : {}),
    };
    const marks = marksFor(this.result, this.lang);
    let markReport: MarkReport;
    let settingsProblem: HostProblem | null = null;
    if (this.port.applyMarksAndSaveSettings) {
      // Hosts where each call is a round trip: marks and settings together.
      ({ report: markReport, settingsProblem } = await this.port.applyMarksAndSaveSettings(marks, settings));
    } else {
      markReport = await this.port.applyMarks(marks);
      // Settings that cannot be saved (a read-only workbook) do not undo a check that worked.
      settingsProblem = await this.port.writeSettings(settings).then(
        () => null,
        (err: unknown) => problem("host/settings-not-saved", err instanceof Error ? { detail: err.message } : {}),
      );
    }
    if (settingsProblem) markReport = { ...markReport, problems: [...markReport.problems, settingsProblem] };
    onProgress?.(1, "done");
    return this.outcome(markReport);
  }

  /**
   * Quick re-check after edits: updates only the detected cells and re-judges in memory, then
   * re-applies the marks. Returns null when no edit touched a figure, threshold or self-assessment.
   */
  async recheckEdits(edits: readonly CellEdit[]): Promise<CheckOutcome | null> {
    if (!this.detection || !this.ctx) return null;
    if (!applyEdits(this.detection, edits)) return null;
    this.result = evaluate(this.detection, this.ctx);
    const markReport = await this.port.applyMarks(marksFor(this.result, this.lang));
    return this.outcome(markReport);
  }

  clearMarks(): Promise<MarkReport> {
    return this.port.clearMarks();
  }

  /** Inserts (or refreshes) the summary sheet; never over a user's sheet. */
  async insertSummary(lang: Lang = this.lang): Promise<{ name: string; problems: HostProblem[] }> {
    if (!this.result) throw new Error("insertSummary before check");
    // The sheet builders load when first used: they are not needed to check.
    const { buildSummaryLayout } = await import("../domain/summary/buildSummary");
    return this.port.writeSheet(buildSummaryLayout(this.result, this.summaryMeta(lang)));
  }

  /**
   * Inserts (or refreshes) the definitions sheet: every indicator with the threshold that judges it
   * and its source; thresholds the user edited there stay as edited, with their originals.
   */
  async insertDefinitions(lang: Lang = this.lang): Promise<{ name: string; problems: HostProblem[] }> {
    if (!this.result) throw new Error("insertDefinitions before check");
    const meta = this.summaryMeta(lang);
    const where = meta.regionName ? DEFINITIONS_WORDS[lang].where(meta.regionName, this.result.grouping === "group") : null;
    const { buildDefinitionsLayout } = await import("../domain/definitions/definitionsLayout");
    return this.port.writeSheet(buildDefinitionsLayout(this.result, { setName: meta.setName, where, previous: this.definitions?.originals }, lang));
  }

  reportParagraph(lang: Lang = this.lang): string | null {
    return this.result ? buildReportParagraph(this.result, this.summaryMeta(lang)) : null;
  }

  private summaryMeta(lang: Lang) {
    const set = this.ctx?.set ?? (this.result ? getSet(this.result.setId) : undefined);
    const region = set?.regions.find((r) => r.id === this.result?.region);
    return {
      commune: this.result?.commune ?? null,
      district: this.detection?.district ?? null,
      province: this.detection?.provinceText ?? (this.ctx?.province ? findProvince(this.ctx.province)?.name ?? null : null),
      setName: set?.name ?? "",
      regionName: region?.name ?? null,
      date: new Date(),
      lang,
    };
  }

  private outcome(markReport: MarkReport): CheckOutcome {
    const named = this.suspectName ? [problem("title/formula-like", { text: this.suspectName })] : [];
    return { result: this.result!, markReport, problems: [...this.contextProblems, ...markReport.problems, ...named], reading: { map: this.detection!.map, sheets: this.columns } };
  }
}
