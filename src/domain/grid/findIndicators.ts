import { problem, type ProblemOf } from "../problems/Problem";
import type { CellEdit, CellRef, GridCell, WorkbookGrid } from "./Grid";
import type { ReadingMap, RowReading } from "./ReadingMap";
import { readSheet, type ColumnMapping } from "./readSheet";
import type { TitleBlock } from "./titleBlock";

/** One indicator row found in a sheet. Cells are null where the table has no such column or it is empty. */
export interface IndicatorRow {
  code: string;
  /** Row as written in the sheet (name cell text), for messages. */
  label: string;
  sheet: string;
  row: number;
  /** The row, or its whole sheet, is hidden. */
  hidden: boolean;
  /** Cell holding the code. */
  codeRef: CellRef;
  /** Cell where the figure is, or would be (the figure column of this row); null when the table has none. */
  figureRef: CellRef | null;
  figure: GridCell;
  thresholdRef: CellRef | null;
  threshold: GridCell;
  /** The threshold is in region or group sub-columns and the commune's region or group is not known. */
  thresholdNeeds?: "region" | "group";
  /** Region or group of the threshold sub-column read ("nhom-2"), when the table has such columns. */
  thresholdRegion?: string | null;
  selfRef: CellRef | null;
  self: GridCell;
  /** The period judged when the table has several side by side ("Cả năm 2024"). */
  period?: string | null;
}

/** A criterion header row ("Tiêu chí số 4: Điện", "4 | Điện"). */
export interface CriterionRow {
  no: number;
  label: string;
  sheet: string;
  row: number;
  selfRef: CellRef | null;
  self: GridCell;
}

/** What reading a workbook can report (the words are in messages/). */
export type DetectionIssue = ProblemOf<"indicator/duplicate" | "indicator/unknown-code" | "table/not-found" | "table/period-not-found">;

/** What was found in a workbook: every indicator and criterion row, by position. */
export interface Detection {
  indicators: IndicatorRow[];
  criteria: CriterionRow[];
  /** Commune name read from the title block ("UBND XÃ LIÊN SƠN" → "Liên Sơn"), or null. */
  commune: string | null;
  /** Province name written in the workbook ("tỉnh Lạng Sơn"), or null. */
  provinceText: string | null;
  /** District name written in the workbook, or null. */
  district: string | null;
  issues: DetectionIssue[];
  /** Which row and column was taken as what, and why rows were skipped. */
  map: ReadingMap;
}

export interface DetectOptions {
  /** Indicator codes of the criteria set ("4.2", "5"). */
  indicatorCodes: ReadonlySet<string>;
  /** Criterion numbers of the set. */
  criterionNos: ReadonlySet<number>;
  /** Criteria that take every "N.x" row the sheet has, listed or not (indicators the sheet defines). */
  openCriteria?: ReadonlySet<number>;
  /** Sheets to skip (the tool's own generated sheets). */
  skipSheets?: ReadonlySet<string>;
  /** The commune's region (or group) id: picks the region's (or group's) threshold sub-column. */
  region?: string | null;
  /** The user's column mapping; replaces what the headers say. */
  columns?: ColumnMapping;
}

/**
 * Finds indicator tables anywhere in any sheet: header rows give the figure, threshold and
 * self-assessment columns; a code in the leading cells of a row makes it an indicator or criterion row.
 * Tables may start below a title block, skip rows, span sheets and have hidden rows and sheets.
 */
export function findIndicators(grid: WorkbookGrid, opts: DetectOptions): Detection {
  const map: ReadingMap = { sheets: [], commune: null, provinceText: null, district: null };
  const found: { row: IndicatorRow; reading: Extract<RowReading, { as: "indicator" }>; table: RowReading[] }[] = [];
  const criteria: CriterionRow[] = [];
  const issues: DetectionIssue[] = [];
  const titles: { hidden: boolean; tables: number; title: TitleBlock }[] = [];

  for (const sheet of grid.sheets) {
    if (sheet.generated || opts.skipSheets?.has(sheet.name)) {
      map.sheets.push({ sheet: sheet.name, hidden: !!sheet.hidden, skipped: "generated", tables: [], commune: null });
      continue;
    }
    const y = readSheet(sheet, opts);
    map.sheets.push(y.reading);
    titles.push({ hidden: !!sheet.hidden, tables: y.reading.tables.length, title: y.title });
    const tableOf = new Map<RowReading, RowReading[]>();
    for (const t of y.reading.tables) for (const r of t.rows) tableOf.set(r, t.rows);
    for (const i of y.indicators) found.push({ row: i.row, reading: i.reading, table: tableOf.get(i.reading)! });
    criteria.push(...y.criteria);
    for (const u of y.unknownCodes) issues.push(problem("indicator/unknown-code", { indicator: u.code }, { cell: u.ref }));
  }
  // The title block of a visible sheet with a table names the commune before a hidden template's.
  const ranked = [...titles].sort((a, b) => rank(a) - rank(b));
  map.commune = ranked.find((t) => t.title.commune)?.title.commune ?? null;
  map.provinceText = ranked.find((t) => t.title.province)?.title.province ?? null;
  map.district = ranked.find((t) => t.title.district)?.title.district ?? null;
  const indicators = resolveDuplicates(found, issues);
  if (indicators.length === 0) issues.push(problem("table/not-found", {}));
  const asked = opts.columns?.period;
  if (asked && indicators.length > 0 && !map.sheets.some((s) => s.tables.some((t) => t.periodBy === "user"))) {
    issues.push(problem("table/period-not-found", { period: asked, periods: periodsOf(map, null) }));
  }
  return { indicators, criteria: resolveCriteria(criteria, indicators), commune: map.commune, provinceText: map.provinceText, district: map.district, issues, map };
}

/** The periods a sheet's tables (or every sheet's, `sheet` null) have side by side ("6 tháng đầu năm 2024", "Cả năm 2024"); empty with one period. */
export function periodsOf(map: ReadingMap, sheet: string | null): string[] {
  const tables = map.sheets.filter((s) => sheet === null || s.sheet === sheet).flatMap((s) => s.tables);
  return [...new Set(tables.flatMap((t) => (t.periods.length > 1 ? t.periods : [])))];
}

function rank(t: { hidden: boolean; tables: number }): number {
  return (t.tables > 0 ? 0 : 2) + (t.hidden ? 1 : 0);
}

/** One criterion row per number: the one on the sheet the criterion's indicators were taken from. */
function resolveCriteria(rows: CriterionRow[], indicators: IndicatorRow[]): CriterionRow[] {
  const sheets = new Set(indicators.map((i) => i.sheet));
  const byNo = new Map<number, CriterionRow>();
  for (const r of rows) {
    const seen = byNo.get(r.no);
    if (!seen || (!sheets.has(seen.sheet) && sheets.has(r.sheet))) byNo.set(r.no, r);
  }
  return [...byNo.values()];
}

/** One row per code: a visible row wins over a hidden one; otherwise the first found, the others reported. */
function resolveDuplicates(
  rows: { row: IndicatorRow; reading: Extract<RowReading, { as: "indicator" }>; table: RowReading[] }[],
  issues: DetectionIssue[],
): IndicatorRow[] {
  const byCode = new Map<string, (typeof rows)[number]>();
  const skip = (x: (typeof rows)[number], why: "duplicate" | "hidden-copy"): void => {
    const k = x.table.indexOf(x.reading);
    if (k >= 0) x.table[k] = { row: x.reading.row, as: "skipped", why, text: x.row.label.slice(0, 120), code: x.row.code };
  };
  for (const r of rows) {
    const seen = byCode.get(r.row.code);
    if (!seen) {
      byCode.set(r.row.code, r);
      continue;
    }
    if (seen.row.hidden && !r.row.hidden) {
      byCode.set(r.row.code, r);
      skip(seen, "hidden-copy");
      continue;
    }
    if (!seen.row.hidden && r.row.hidden) {
      skip(r, "hidden-copy");
      continue;
    }
    skip(r, "duplicate");
    issues.push(
      problem(
        "indicator/duplicate",
        { indicator: r.row.code, firstSheet: seen.row.sheet, firstRow: seen.row.row + 1 },
        { cell: { sheet: r.row.sheet, row: r.row.row, col: r.row.figureRef?.col ?? 0 } },
      ),
    );
  }
  return [...byCode.values()].map((x) => x.row);
}

/** Updates the detection in place for edited cells; returns true when an edit touched a detected cell. */
export function applyEdits(detection: Detection, edits: readonly CellEdit[]): boolean {
  const key = (r: CellRef): string => `${r.sheet}\u0000${r.row}\u0000${r.col}`;
  const byKey = new Map(edits.map((e) => [key(e.ref), e.cell]));
  let touched = false;
  for (const ind of detection.indicators) {
    for (const [refKey, cellKey] of [["figureRef", "figure"], ["thresholdRef", "threshold"], ["selfRef", "self"]] as const) {
      const ref = ind[refKey];
      if (ref && byKey.has(key(ref))) {
        ind[cellKey] = byKey.get(key(ref)) ?? null;
        touched = true;
      }
    }
  }
  for (const c of detection.criteria) {
    if (c.selfRef && byKey.has(key(c.selfRef))) {
      c.self = byKey.get(key(c.selfRef)) ?? null;
      touched = true;
    }
  }
  return touched;
}
