// @ts-nocheck
import type { CellRef } from "./Grid";

/** A column taken for a purpose, with the header it was recognised from ("" when chosen by its content or by the user). */
export interface ColumnChoice {
  col: number;
  header: string;
  /** How it was chosen. */
  by: "header" | "content" | "user";
}

/** The threshold column(s): one column, or region sub-columns with the general column as fallback. */
export interface ThresholdChoice extends ColumnChoice {
  /** Region or group of the column used ("tdmn-phia-bac"), or null for a single / general column. */
  region: string | null;
}

/** Why a row with content was not taken. */
export type SkipReason =
  | "numbering" // "(1) | (2) | (3)" under the header
  | "no-code" // text without an indicator code or criterion number in the code column
  | "unknown-code" // a code the criteria set does not have
  | "duplicate" // a second row for a code already read (the first is used)
  | "hidden-copy"; // a hidden row (or a row of a hidden sheet) when a visible one has the same code

export type RowReading =
  | { row: number; as: "criterion"; no: number; label: string }
  | { row: number; as: "indicator"; code: string; label: string; hidden: boolean; figure: CellRef | null; threshold: CellRef | null; self: CellRef | null; thresholdRegion: string | null }
  | { row: number; as: "skipped"; why: SkipReason; text: string; code?: string };

/** One table found in a sheet. */
export interface TableReading {
  sheet: string;
  /** Header rows (absolute, 0-based), or null when the user's column mapping replaced a header. */
  header: { first: number; last: number; row: number } | null;
  columns: {
    code: ColumnChoice | null;
    /** A "STT" column of ordinals, not codes. */
    ordinal: ColumnChoice | null;
    /** Column of criterion numbers (the "TT" column of the standard forms), when not the code column. */
    criterion: ColumnChoice | null;
    name: ColumnChoice | null;
    figure: ColumnChoice | null;
    threshold: ThresholdChoice | null;
    /** "Chỉ tiêu chung" beside region sub-columns: used where the region's cell is empty. */
    generalThreshold: ColumnChoice | null;
    /** Region sub-columns found ("TDMNPB" …), whether used or not. */
    regionColumns: { region: string; col: number }[];
    self: ColumnChoice | null;
    count: ColumnChoice | null;
    total: ColumnChoice | null;
  };
  /** The period judged when the table has several side by side ("Cả năm 2024"), else null. */
  period: string | null;
  /** Every period the table has, in column order. */
  periods: string[];
  /** "1" when codes are written "1.4.2" for indicator 4.2 (a report's section number), else null. */
  codePrefix: string | null;
  rows: RowReading[];
}

export interface SheetReading {
  sheet: string;
  hidden: boolean;
  /** Why the whole sheet was not read, or null. */
  skipped: null | "generated" | "no-table";
  tables: TableReading[];
  /** Commune named in this sheet's title block, or null. */
  commune: string | null;
}

/** Everything the reader took from a workbook, and why: shown by `ntm inspect` and the pane. */
export interface ReadingMap {
  sheets: SheetReading[];
  commune: string | null;
  provinceText: string | null;
  district: string | null;
}
