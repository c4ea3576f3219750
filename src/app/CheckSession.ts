import { findProvince } from "../domain/definitions/provinces";
import { getSet } from "../domain/definitions/builtIn";
import { buildContext, type CheckOptions, type ContextProblem } from "../domain/evaluation/context";
import { evaluate, type EvaluationContext } from "../domain/evaluation/evaluate";
import type { CommuneResult } from "../domain/evaluation/CommuneResult";
import { applyEdits, findIndicators, type Detection } from "../domain/grid/findIndicators";
import type { CellEdit } from "../domain/grid/Grid";
import { reasonText } from "../domain/messages";
import type { Lang } from "../domain/messages/Lang";
import type { Problem } from "../domain/problems/Problem";
import { buildReportParagraph } from "../domain/summary/reportParagraph";
import { buildSummaryLayout } from "../domain/summary/buildSummary";
import type { HostProblem, Mark, MarkReport, WorkbookPort } from "./WorkbookPort";
import { detectOptionsFor } from "../domain/definitions/detectOptions";


export interface CheckOutcome {
  result: CommuneResult;
  markReport: MarkReport;
  /**
   * What the user should be told besides the findings (those are in `result.findings`): problems
   * with the options (a province spanning regions) and the host's (a protected sheet), as data.
   */
  problems: Problem[];
}

/** Thrown when options cannot be used (unknown set, province, bad overlay); `problems` say why (messages/ words them). */
export class CheckOptionsError extends Error {
  constructor(public readonly problems: ContextProblem[]) {
    super(`Options cannot be used: ${problems.map((p) => p.code).join(", ")}`);
    this.name = "CheckOptionsError";
  }
}

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

  constructor(private readonly port: WorkbookPort, public lang: Lang = "vi") {}

  get lastResult(): CommuneResult | null {
    return this.result;
  }

  /** Reads every sheet, judges every indicator, highlights the cells. */
  async check(options: CheckOptions, onProgress?: (fraction: number, step: string) => void): Promise<CheckOutcome> {
    const built = buildContext(options);
    if (!built.ok) throw new CheckOptionsError(built.problems);
    this.ctx = built.ctx;
    this.contextProblems = built.problems;
    onProgress?.(0.1, "read");
    const grid = await this.port.readGrid();
    onProgress?.(0.5, "evaluate");
    const set = built.ctx.set;
    this.detection = findIndicators(grid, { ...detectOptionsFor(set), region: built.ctx.region, columns: options.columns });
    this.result = evaluate(this.detection, built.ctx);
    onProgress?.(0.7, "mark");
    const markReport = await this.port.applyMarks(marksFor(this.result, this.lang));
    await this.port.writeSettings({
      setId: options.setId,
      province: options.province,
      region: options.region,
      disadvantaged: options.disadvantaged,
      overlayJson: options.overlayJson,
    });
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
    return this.port.writeSheet(buildSummaryLayout(this.result, this.summaryMeta(lang)));
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
    return { result: this.result!, markReport, problems: [...this.contextProblems, ...markReport.problems] };
  }
}
