// @ts-nocheck
import type { CellInput } from "../figures/Figure";

/** A cell of a sheet grid; null where the cell is empty. */
export type GridCell = CellInput | null;

/** A merged area, 0-based absolute rows/columns, inclusive. */
export interface Merge { r1: number; c1: number; r2: number; c2: number }

/**
 * A worksheet as plain data: the used range from (originRow, originCol), 0-based absolute.
 * rows[i][j] is the cell at absolute row originRow+i, column originCol+j.
 */
export interface SheetGrid {
  name: string;
  originRow: number;
  originCol: number;
  rows: GridCell[][];
  /** Absolute 0-based indices of hidden rows. */
  hiddenRows?: number[];
  merges?: Merge[];
  /** Sheet protection is on: marks cannot be written here. */
  protected?: boolean;
  /** Sheet is hidden in the workbook. */
  hidden?: boolean;
  /** A sheet this tool generated (summary, district table): never read as input. */
  generated?: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/** A cell position in a workbook, 0-based absolute. */
export interface CellRef { sheet: string; row: number; col: number }

/** One changed cell: where, and what it holds now (value null when cleared). */
export interface CellEdit {
  ref: CellRef;
  cell: CellInput;
}
