/**
 * Checking one commune workbook from its bytes, for district consolidation. Runs in Node (command
 * line, worker threads) and in the browser (task pane, loaded with import() only when used): no fs.
 */
import { readWorkbookGrid, WorkbookReadError } from "../../adapters/xlsx/readGrid";
import { sniffFormat } from "../../adapters/xlsx/sniffFormat";
import { buildContext, type CheckOptions, type ContextProblem } from "../../domain/evaluation/context";
import { evaluate, type EvaluationContext } from "../../domain/evaluation/evaluate";
import { findIndicators, type Detection, type DetectOptions } from "../../domain/grid/findIndicators";
import { communeFromText } from "../../domain/grid/titleBlock";
import { communeEntry, type CommuneEntry, type ExcludedFile } from "../../domain/district/consolidate";
import { detectOptionsFor } from "../../domain/definitions/detectOptions";

/** What every workbook of one consolidation is checked with; built once (per worker). */
export interface ConsolidationSetup {
  ctx: EvaluationContext;
  detect: DetectOptions;
  /** Criterion numbers of the set, ascending. */
  criterionNos: number[];
  /** Criterion number → name, as the set names it. */
  criterionNames: Record<string, string>;
}

export type SetupResult = { ok: true; setup: ConsolidationSetup; problems: ContextProblem[] } | { ok: false; problems: ContextProblem[] };

/** Resolves the options once; problems (unknown province …) come back as data, as buildContext does. */
export function prepareConsolidation(options: CheckOptions): SetupResult {
  const built = buildContext(options);
  if (!built.ok) return built;
  const set = built.ctx.set;
  return {
    ok: true,
    problems: built.problems,
    setup: {
      ctx: built.ctx,
      detect: { ...detectOptionsFor(set), region: built.ctx.region },
      criterionNos: set.criteria.map((c) => c.no).sort((a, b) => a - b),
      criterionNames: Object.fromEntries(set.criteria.map((c) => [String(c.no), c.name])),
    },
  };
}

/** One file's outcome: a commune entry, or why it is left out. Small enough to post between threads. */
export type CheckedFile = { ok: true; entry: CommuneEntry } | { ok: false; excluded: ExcludedFile };

/**
 * Reads and checks one workbook. Never throws for bad input: an encrypted, damaged or unrelated
 * file (no indicator table) comes back as `excluded` with the reason.
 */
export function checkWorkbookBytes(file: string, bytes: Uint8Array, setup: ConsolidationSetup): CheckedFile {
  const format = sniffFormat(bytes);
  if (format === "encrypted") return { ok: false, excluded: { file, reason: "encrypted" } };
  if (format === "unknown") return { ok: false, excluded: { file, reason: bytes.length === 0 ? "corrupt" : "not-a-workbook" } };
  let grid;
  try {
    grid = readWorkbookGrid(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) return { ok: false, excluded: { file, reason: e.reason, detail: e.message } };
    // SheetJS throws plain errors on some damaged containers: still a damaged file, not our bug.
    return { ok: false, excluded: { file, reason: "corrupt", detail: e instanceof Error ? e.message : String(e) } };
  }
  const detection = findIndicators(grid, setup.detect);
  if (detection.indicators.length === 0 && detection.criteria.length === 0) return { ok: false, excluded: { file, reason: "no-table" } };
  const result = evaluate(detection, setup.ctx);
  if (nameFromTable(detection)) result.commune = null;
  return { ok: true, entry: communeEntry(file, result) };
}

/**
 * The detected commune name was read from an indicator's own wording ("… xây dựng xã và tổ chức
 * thực hiện …" gives "Và Tổ Chức …") because the workbook has no title block naming the commune:
 * then the file name is the better name.
 */
function nameFromTable(detection: Detection): boolean {
  const name = detection.commune;
  if (!name) return false;
  return detection.indicators.some((r) => communeFromText(r.label) === name) || detection.criteria.some((r) => communeFromText(r.label) === name);
}
