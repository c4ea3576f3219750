import { findProvince, getSet } from "../domain/definitions/catalogue";
import { buildContext, type CheckOptions, type ContextProblem } from "../domain/evaluation/context";
import { evaluate, type EvaluationContext } from "../domain/evaluation/evaluate";
import type { CommuneResult } from "../domain/evaluation/Verdict";
import type { CellInput } from "../domain/figures/Figure";
import { applyEdits, findIndicators, type Detection } from "../domain/grid/findIndicators";
import type { CellRef } from "../domain/grid/Grid";
import { findingText, hostProblemText, reasonText, type Lang } from "../domain/messages";
import { buildReportParagraph } from "../domain/summary/reportParagraph";
import { buildSummaryLayout } from "../domain/summary/buildSummary";
import type { HostProblem, Mark, MarkReport, WorkbookPort } from "./WorkbookPort";
import { contextProblemText } from "./contextProblemText";

export type { CheckOptions } from "../domain/evaluation/context";

export interface CheckOutcome {
  result: CommuneResult;
  markReport: MarkReport;
  /** Problems and findings, already worded in the session's language. */
  messages: string[];
}

/** Thrown when options cannot be used (unknown set, province, bad overlay); the message is for users. */
export class CheckOptionsError extends Error {
  constructor(public readonly problems: ContextProblem[], lang: Lang) {
    super(problems.map((p) => contextProblemText(p, lang)).join("\n"));
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
    if (!built.ok) throw new CheckOptionsError(built.problems, this.lang);
    this.ctx = built.ctx;
    this.contextProblems = built.problems;
    onProgress?.(0.1, "read");
    const grid = await this.port.readGrid();
    onProgress?.(0.5, "evaluate");
    const set = built.ctx.set;
    this.detection = findIndicators(grid, {
      indicatorCodes: new Set(set.criteria.flatMap((c) => c.indicators.map((i) => i.code))),
      criterionNos: new Set(set.criteria.map((c) => c.no)),
      region: built.ctx.region,
      columns: options.columns,
    });
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
  async recheckEdits(edits: { ref: CellRef; cell: CellInput }[]): Promise<CheckOutcome | null> {
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
    const result = this.result!;
    const messages = [
      ...this.contextProblems.map((p) => contextProblemText(p, this.lang)),
      ...markReport.problems.map((p) => hostProblemText(p, this.lang)),
      ...result.findings.map((f) => findingText(f, this.lang)),
    ];
    return { result, markReport, messages };
  }
}
