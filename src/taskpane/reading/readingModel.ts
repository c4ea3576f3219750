/** The "Bảng đã đọc" view's and the column picker's logic, as pure functions. */
import { MAPPING_KEYS, type MappingKey } from "../../domain/grid/columnMapping";
import type { ReadingMap, RowReading, TableReading } from "../../domain/grid/ReadingMap";
import type { ColumnMapping } from "../../domain/grid/readSheet";
import type { SheetColumns } from "../../domain/grid/sheetColumns";

/** The picker's choice per role: a column (0-based), or undefined for automatic reading. */
export type PickerChoice = Partial<Record<MappingKey, number>>;

/** Rows of a table by what they were taken as. */
export function rowCounts(rows: readonly RowReading[]): { indicators: number; criteria: number; skipped: number } {
  const n = { indicators: 0, criteria: 0, skipped: 0 };
  for (const r of rows) {
    if (r.as === "indicator") n.indicators++;
    else if (r.as === "criterion") n.criteria++;
    else n.skipped++;
  }
  return n;
}

/** The columns the reader took in a table, by picker role. */
export function columnsRead(table: TableReading | undefined): PickerChoice {
  const out: PickerChoice = {};
  if (!table) return out;
  for (const key of MAPPING_KEYS) {
    const c = table.columns[key];
    if (c) out[key] = c.col;
  }
  return out;
}

/** The saved mapping applies to this sheet (one naming it, or one for every sheet). */
export function mappingApplies(mapping: ColumnMapping | undefined, sheet: string): boolean {
  return mapping !== undefined && (mapping.sheet === undefined || mapping.sheet === sheet);
}

/** The sheet the picker opens on: the saved mapping's, else the first with a table, else the first with columns. */
export function defaultSheet(map: ReadingMap, sheets: readonly SheetColumns[], saved: ColumnMapping | undefined): string | null {
  const offered = sheets.filter((s) => s.columns.length > 0).map((s) => s.sheet);
  if (saved?.sheet && offered.includes(saved.sheet)) return saved.sheet;
  const withTable = map.sheets.find((s) => s.tables.length > 0 && offered.includes(s.sheet));
  return withTable?.sheet ?? offered[0] ?? null;
}

/** What the picker shows first for a sheet: what was read there (the saved choice is what was read after a check with it). */
export function pickerDefaults(map: ReadingMap, sheet: string): PickerChoice {
  return columnsRead(map.sheets.find((s) => s.sheet === sheet)?.tables[0]);
}

export type PickerProblem = { kind: "need-figure" } | { kind: "same-column"; col: number; roles: [MappingKey, MappingKey] };

/**
 * The mapping to save from the picker's choice: every role given a column, and the period judged,
 * for one sheet (or every sheet). The figure column is needed unless a period is chosen (the reader
 * then takes that period's figure column); one column serves one role.
 */
export function mappingFromChoice(choice: PickerChoice, sheet: string | null, period?: string): { ok: true; mapping: ColumnMapping } | { ok: false; problem: PickerProblem } {
  if (choice.figure === undefined && !period) return { ok: false, problem: { kind: "need-figure" } };
  const seen = new Map<number, MappingKey>();
  const mapping: ColumnMapping = {};
  for (const key of MAPPING_KEYS) {
    const col = choice[key];
    if (col === undefined) continue;
    const other = seen.get(col);
    if (other) return { ok: false, problem: { kind: "same-column", col, roles: [other, key] } };
    seen.set(col, key);
    mapping[key] = col;
  }
  if (period) mapping.period = period;
  if (sheet !== null) mapping.sheet = sheet;
  return { ok: true, mapping };
}
