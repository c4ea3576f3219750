import type { CellInput } from "../../src/domain/figures/Figure";
import type { SheetGrid } from "../../src/domain/grid/Grid";
import { getSet } from "../../src/domain/definitions/builtIn";
import type { DetectOptions } from "../../src/domain/grid/findIndicators";
import { detectOptionsFor } from "../../src/domain/definitions/detectOptions";

type Raw = string | number | boolean | null | CellInput;

/** A sheet from rows of plain values (or full cells), starting at A1 unless origin given. */
export function sheet(name: string, rows: Raw[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return {
    name,
    originRow: 0,
    originCol: 0,
    rows: rows.map((r) => r.map((v) => (v === null ? null : typeof v === "object" ? v : { value: v }))),
    ...extra,
  };
}

export const SET = getSet("xa-ntm-2021-2025")!;

export const DETECT: DetectOptions = detectOptionsFor(SET);
