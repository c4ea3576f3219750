/**
 * Checking one commune workbook for district consolidation: the same check as `ntm check`
 * (judgeWorkbook, through the WorkbookPort), reduced to the compact entry the district figures
 * are built from. No I/O here: the host opens the file (xlsx adapter) and hands over a port.
 */
// @ts-nocheck

import { buildContext, type CheckOptions, type ContextProblem } from "../../domain/evaluation/context";
import type { CriteriaSet } from "../../domain/definitions/schema";
import type { Detection } from "../../domain/grid/findIndicators";
import { communeFromText } from "../../domain/grid/titleBlock";
import { communeEntry, type CommuneEntry, type ExcludedFile } from "../../domain/district/consolidate";
import type { WorkbookPort } from "../WorkbookPort";
import { judgeGrid } from "../judgeWorkbook";
import type { WorkbookGrid } from "../../domain/grid/Grid";
import { isFormulaLike } from "../../domain/messages/safeName";

/** What every workbook of one consolidation is checked with; built once (per worker). */
export interface ConsolidationSetup {
  /** The options, checked: each workbook's set is the one given, else the one it names. */
  options: CheckOptions;
  /** Criterion numbers of the set given (or the default set), ascending. */
  criterionNos: number[];
  /** Criterion number → name, as the set names it. */
  criterionNames: Record<string, string>;
}

export type SetupResult = { ok: true; setup: ConsolidationSetup; problems: ContextProblem[] } | { ok: false; problems: ContextProblem[] };

/** Resolves the options once; problems (unknown province …) come back as data, as buildContext does. */
export function prepareConsolidation(options: CheckOptions): SetupResult {
  const built = buildContext(options);
  if (!built.ok) return built;
  return { ok: true, problems: built.problems, setup: { options, ...setShape(built.ctx.set) } };
}

/** A set's criterion numbers (ascending) and names, as a consolidation table lists them. */
export function setShape(set: CriteriaSet): { criterionNos: number[]; criterionNames: Record<string, string> } {
  return {
    criterionNos: set.criteria.map((c) => c.no).sort((a, b) => a - b),
    criterionNames: Object.fromEntries(set.criteria.map((c) => [String(c.no), c.name])),
  };
}

/** One file's outcome: a commune entry, or why it is left out. Small enough to post between threads. */
/**
 * One file's outcome. A workbook that holds several communes, one per sheet (each sheet's title
 * block naming its commune), gives one entry per commune: the first in `entry`, the rest in `others`.
 */
export type CheckedFile = { ok: true; entry: CommuneEntry; others?: CommuneEntry[] } | { ok: false; excluded: ExcludedFile };

/** Every commune entry of a checked file. */
export function entriesOf(c: Extract<CheckedFile, { ok: true }>): CommuneEntry[] {
  return [c.entry, ...(c.others ?? [])];
}

/** A commune file opened by its host: a port to read it through, or why it is no workbook at all. */
export type OpenedWorkbook = { ok: true; port: Pick<WorkbookPort, "readGrid"> } | { ok: false; excluded: ExcludedFile };

/** The host's way of opening a file's bytes (the xlsx adapter's openWorkbookBytes); may load lazily. */
export type OpenWorkbook = (file: string, bytes: Uint8Array) => OpenedWorkbook | Promise<OpenedWorkbook>;

/**
 * Checks one opened workbook. Never rejects for bad input: a port that cannot read the file
 * (encrypted, damaged: its error carries `reason`, as the xlsx adapter's WorkbookReadError does)
 * or a workbook with no indicator table comes back as `excluded` with the reason.
 */
export async function checkCommune(file: string, port: Pick<WorkbookPort, "readGrid">, setup: ConsolidationSetup): Promise<CheckedFile> {
  let read = false;
  let judged;
  let grid: WorkbookGrid;
  try {
    grid = await port.readGrid();
    read = true;
    judged = judgeGrid(grid, setup.options);
  } catch (e) {
    // A read that fails is the file's fault (damaged container …); a throw after it is a bug,
    // reported against this file by the caller ("failed").
    if (read) throw e;
    const limit = (e as { limit?: ExcludedFile["limit"] } | null)?.limit;
    return { ok: false, excluded: { file, reason: readReason(e), detail: e instanceof Error ? e.message : String(e), ...(limit ? { limit } : {}) } };
  }
  const { detection, result } = judged;
  if (detection.indicators.length === 0 && detection.criteria.length === 0) return { ok: false, excluded: { file, reason: "no-table" } };
  if (nameFromTable(detection)) result.commune = null;
  // A title-block "name" that looks like a formula is not a name: the file name is used instead.
  if (result.commune !== null && isFormulaLike(result.commune)) result.commune = null;
  const communes = communesBySheet(detection);
  if (communes.length < 2) return { ok: true, entry: communeEntry(file, result) };
  // One commune per sheet: each judged on its own sheets, named by its title block.
  const entries = communes.map(({ commune, sheets }) => {
    const own = judgeGrid({ sheets: grid.sheets.filter((s) => sheets.includes(s.name)) }, setup.options).result;
    own.commune = commune;
    return communeEntry(`${file} › ${sheets.join(", ")}`, own);
  });
  return { ok: true, entry: entries[0], others: entries.slice(1) };
}

/**
 * The communes of a workbook that keeps one per sheet: the sheets with a table whose title block
 * names a commune, with the untitled sheets that follow each (its second sheet); empty unless at
 * least two communes are named. A commune's own workbook split over sheets names one commune.
 */
export function communesBySheet(detection: Detection): { commune: string; sheets: string[] }[] {
  const out: { commune: string; sheets: string[] }[] = [];
  for (const s of detection.map.sheets) {
    if (s.tables.length === 0 || s.hidden) continue;
    const name = s.commune && !isFormulaLike(s.commune) ? s.commune : null;
    const last = out[out.length - 1];
    if (name && (!last || last.commune !== name)) {
      const seen = out.find((c) => c.commune === name);
      if (seen) seen.sheets.push(s.sheet);
      else out.push({ commune: name, sheets: [s.sheet] });
    } else if (last) last.sheets.push(s.sheet);
  }
  return out.length >= 2 ? out : [];
}

/** The reason a read error carries, else "corrupt" (the reader threw on a damaged container). */
function readReason(e: unknown): ExcludedFile["reason"] {
  const reason = (e as { reason?: unknown } | null)?.reason;
  return typeof reason === "string" ? (reason as ExcludedFile["reason"]) : "corrupt";
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
