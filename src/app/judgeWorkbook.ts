/**
 * The check itself, shared by every host: read the workbook through its port, find the indicator
 * tables, judge every indicator. `ntm check`, the task pane and each commune of a consolidation
 * run exactly this; what they do around it (marks, summary sheet, district figures) differs.
 */
import { evaluate, type EvaluationContext } from "../domain/evaluation/evaluate";
import type { CommuneResult } from "../domain/evaluation/CommuneResult";
import { detectOptionsFor } from "../domain/definitions/detectOptions";
import { findIndicators, type Detection, type DetectOptions } from "../domain/grid/findIndicators";
import type { WorkbookPort } from "./WorkbookPort";

export interface Judgement {
  detection: Detection;
  result: CommuneResult;
}

/**
 * Reads and judges one workbook. Rejects only when the port cannot read it (a damaged file: the
 * caller says so); a workbook without any table is a result with no indicators found.
 */
export async function judgeWorkbook(
  port: Pick<WorkbookPort, "readGrid">,
  ctx: EvaluationContext,
  detect: DetectOptions = detectOptionsFor(ctx.set),
  onRead?: () => void,
): Promise<Judgement> {
  const grid = await port.readGrid();
  onRead?.();
  const detection = findIndicators(grid, detect);
  return { detection, result: evaluate(detection, ctx) };
}
