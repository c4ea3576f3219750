/**
 * Checking one commune workbook for district consolidation: the same check as `ntm check`
 * (judgeWorkbook, through the WorkbookPort), reduced to the compact entry the district figures
 * are built from. No I/O here: the host opens the file (xlsx adapter) and hands over a port.
 */
import { buildContext, type CheckOptions, type ContextProblem } from "../../domain/evaluation/context";
import type { CriteriaSet } from "../../domain/definitions/schema";
import type { Detection } from "../../domain/grid/findIndicators";
import type { SheetReading } from "../../domain/grid/ReadingMap";
import { communeFromSheetName, communeFromText } from "../../domain/grid/titleBlock";
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
 * names a commune, or, untitled, whose table repeats the indicators of the sheets before it and
 * whose sheet is named like a commune ("Tân Lập", "Xã Hồng Phong"); each with the sheets that
 * follow it and carry on its table (its second sheet). Empty unless at least two communes are
 * found. A commune's own workbook split over sheets ("TC 1-9", "TC 10-19") is one commune.
 */
export function communesBySheet(detection: Detection): { commune: string; sheets: string[] }[] {
  const out: { commune: string; sheets: string[]; codes: Set<string> }[] = [];
  for (const s of detection.map.sheets) {
    if (s.tables.length === 0 || s.hidden) continue;
    const codes = sheetCodes(s);
    const titled = s.commune && !isFormulaLike(s.commune) ? s.commune : null;
    const last = out[out.length - 1];
    const repeats = last !== undefined && overlap(codes, last.codes) >= Math.max(2, codes.size / 2);
    const name = titled ?? (repeats || !last ? communeFromSheetName(s.sheet) : null);
    if (name && (!last || last.commune !== name)) {
      const seen = out.find((c) => c.commune === name);
      if (seen) add(seen, s.sheet, codes);
      else out.push({ commune: name, sheets: [s.sheet], codes });
    } else if (last) add(last, s.sheet, codes);
  }
  return out.length >= 2 ? out.map(({ commune, sheets }) => ({ commune, sheets })) : [];
}

function add(c: { sheets: string[]; codes: Set<string> }, sheet: string, codes: Set<string>): void {
  c.sheets.push(sheet);
  for (const code of codes) c.codes.add(code);
}

/** The indicator codes a sheet's tables hold, read or set aside as repeats. */
function sheetCodes(s: SheetReading): Set<string> {
  const out = new Set<string>();
  for (const t of s.tables)
    for (const r of t.rows) {
      if (r.as === "indicator") out.add(r.code);
      else if (r.as === "skipped" && r.code && (r.why === "duplicate" || r.why === "hidden-copy")) out.add(r.code);
    }
  return out;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
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
