import type { CellInput } from "../../src/domain/figures/Figure";
import type { SheetGrid } from "../../src/domain/grid/Grid";
import { getSet } from "../../src/domain/definitions/catalogue";
import type { DetectOptions } from "../../src/domain/grid/findIndicators";

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

export const DETECT: DetectOptions = {
  indicatorCodes: new Set(SET.criteria.flatMap((c) => c.indicators.map((i) => i.code))),
  criterionNos: new Set(SET.criteria.map((c) => c.no)),
};
