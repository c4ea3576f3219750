// @ts-nocheck
import type { Merge } from "../grid/Grid";

/** Cell style as data; adapters translate it to Excel formats. Colours are "#RRGGBB". */
export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  numberFormat?: string;
}

/** A cell of a generated sheet. Values are always written as values, never as formulas. */
export interface LayoutCell {
  row: number; // 0-based
  col: number; // 0-based
  value: string | number | null;
  style?: string; // key into SheetLayout.styles
}

/**
 * A whole generated sheet (summary, district table) as data: built once by the core,
 * drawn by each adapter, so the add-in and the command line produce the same sheet.
 */
export interface SheetLayout {
  /** Preferred sheet name ("Tổng hợp NTM"); the adapter picks another when a user sheet has it. */
  name: string;
  /** Column widths in Excel character units. */
  columnWidths: number[];
  /** Row heights in points, where set. */
  rowHeights?: Record<number, number>;
  cells: LayoutCell[];
  merges: Merge[];
  styles: Record<string, CellStyle>;
  print?: {
    orientation: "landscape" | "portrait";
    paper: "A4";
    fitToWidth: boolean;
    /** 0-based inclusive rows repeated at the top of every printed page. */
    repeatRows?: [number, number];
  };
}
